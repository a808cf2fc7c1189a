package data

import (
	"net/url"
	"strings"
)

// isURL reports whether arg names a web page rather than a file.
func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// displayURL is rawURL as shown to the user (article source, error
// messages): as given, except that a password in it is masked. It works on
// the text, so even a URL that does not parse never shows its password.
func displayURL(rawURL string) string {
	scheme, rest, found := strings.Cut(rawURL, "://")
	if !found {
		return rawURL
	}
	authority, path := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, path = rest[:i], rest[i:]
	}
	userinfo, host, hasUser := cutLast(authority, "@")
	if !hasUser {
		return rawURL
	}
	user, _, hasPassword := strings.Cut(userinfo, ":")
	if !hasPassword {
		return rawURL
	}
	return scheme + "://" + user + ":xxxxx@" + host + path
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// hasOtherScheme reports whether arg looks like a URL of a scheme marginalia
// does not fetch (ftp://, file://, …), so it is refused as such instead of
// being reported as a missing file.
func hasOtherScheme(arg string) bool {
	scheme, _, found := strings.Cut(arg, "://")
	if !found || scheme == "" {
		return false
	}
	for i, r := range scheme {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

func isWebURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
