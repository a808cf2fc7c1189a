package data

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

const (
	// DefaultFetchTimeout bounds a whole fetch, connection to last body byte.
	DefaultFetchTimeout = 15 * time.Second
	// MaxFetchBytes is the most a fetched body may hold once decompressed.
	MaxFetchBytes = 10 << 20
	// maxRedirects is how many redirects a fetch follows.
	maxRedirects = 5
	// userAgent tells servers who is asking.
	userAgent = "marginalia/1 (+terminal news reader)"
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

// fetched is a successful response, its body read within the limit.
type fetched struct {
	body        []byte
	contentType string   // the Content-Type header
	url         *url.URL // where the body came from, after redirects
}

// fetch GETs rawURL with marginalia's own client: one deadline for the whole
// exchange including the body, a body limit applied after decompression (so
// a gzip bomb stops at the limit), at most maxRedirects redirects and never
// from https to http, 2xx only.
func (l *Loader) fetch(ctx context.Context, rawURL string) (fetched, error) {
	u, err := url.Parse(rawURL)
	if err != nil || !isWebURL(u) {
		return fetched{}, ErrUnsupportedURL
	}
	timeout := l.FetchTimeout
	if timeout <= 0 {
		timeout = DefaultFetchTimeout
	}
	client := &http.Client{Transport: l.transport, Timeout: timeout, CheckRedirect: checkRedirect}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fetched{}, ErrUnsupportedURL
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, text/markdown, text/plain;q=0.9")
	resp, err := client.Do(req)
	if err != nil {
		return fetched{}, fetchFailure(err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetched{}, &StatusError{Code: resp.StatusCode}
	}
	if enc := resp.Header.Get("Content-Encoding"); !resp.Uncompressed && enc != "" && !strings.EqualFold(enc, "identity") {
		return fetched{}, fmt.Errorf("%w %s", ErrContentEncode, oneLine(enc))
	}
	contentType := resp.Header.Get("Content-Type")
	if _, err := fetchedFormat(contentType); err != nil {
		return fetched{}, err
	}
	if resp.ContentLength > MaxFetchBytes {
		return fetched{}, tooLarge(MaxFetchBytes)
	}
	body, err := readAtMost(resp.Body, MaxFetchBytes, resp.ContentLength)
	if err != nil {
		return fetched{}, fetchFailure(err, timeout)
	}
	return fetched{body: body, contentType: contentType, url: resp.Request.URL}, nil
}

// StatusError is a response outside 2xx. Its message uses the standard
// reason phrase for the code, never the server's own words.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Is makes errors.Is(err, ErrHTTPStatus) true for every StatusError.
func (e *StatusError) Is(target error) bool { return target == ErrHTTPStatus }

// checkRedirect enforces the redirect rules; via holds the requests made so
// far, so len(via) is the number of redirects this one would make.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedir, maxRedirects)
	}
	if via[len(via)-1].URL.Scheme == "https" && req.URL.Scheme != "https" {
		return ErrInsecureRedir
	}
	return nil
}

// fetchedFormat is the article format a Content-Type promises, or "" when
// the content decides: text/plain and a missing type are sniffed, since
// servers often label markdown (and sometimes HTML) as plain text.
func fetchedFormat(contentType string) (string, error) {
	if strings.TrimSpace(contentType) == "" {
		return "", nil
	}
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", fmt.Errorf("%w %s", ErrContentType, oneLine(contentType))
	}
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return formatHTML, nil
	case "text/markdown", "text/x-markdown":
		return formatMarkdown, nil
	case "text/plain":
		return "", nil
	}
	return "", fmt.Errorf("%w %s", ErrContentType, oneLine(mediaType))
}

// fetchFailure turns a transport error into a short reason. The client's
// own errors repeat the URL, which the caller already names, so they are
// reduced to their cause.
func fetchFailure(err error, timeout time.Duration) error {
	var netErr net.Error
	switch {
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrTooManyRedir), errors.Is(err, ErrInsecureRedir):
		return unwrapURLError(err)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("%w after %s", ErrTimeout, timeout)
	case errors.Is(err, syscall.ECONNREFUSED):
		return ErrConnRefused
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("cannot resolve host: %w", dnsErr)
	}
	return unwrapURLError(err)
}

func unwrapURLError(err error) error {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return urlErr.Err
	}
	return err
}
