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
