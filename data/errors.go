package data

import (
	"errors"
	"fmt"
	"strings"

	"marginalia/model"
)

// The reasons an input is refused. Callers test for them with errors.Is; the
// wrapped messages add the detail (the content type, the limit, the status).
var (
	ErrNotText        = errors.New("not text")
	ErrEmpty          = errors.New("no text")
	ErrTooLarge       = errors.New("too large")
	ErrIsDirectory    = errors.New("is a directory")
	ErrNoArticle      = errors.New("no article text found in the HTML page")
	ErrHTTPStatus     = errors.New("HTTP status not 2xx") // see StatusError
	ErrContentType    = errors.New("unsupported content type")
	ErrContentEncode  = errors.New("unsupported content encoding")
	ErrTooManyRedir   = errors.New("too many redirects")
	ErrInsecureRedir  = errors.New("redirect from https to http refused")
	ErrTimeout        = errors.New("timed out")
	ErrConnRefused    = errors.New("connection refused")
	ErrUnsupportedURL = errors.New("not a usable URL: only http:// and https:// are fetched")
	ErrStdinTerminal  = errors.New("stdin is a terminal, not an article: pipe one in or give a path")
)

// InputError is a failure to load an article. Its message names the input as
// the user gave it (sanitized and quoted, so even a name with a newline stays
// on one line) and the reason:
//
//	open article "x.html": not text (binary data: image/png)
type InputError struct {
	Input string // the argument as given: a path, a URL or "-"
	Err   error
}

func (e *InputError) Error() string {
	reason := oneLine(e.Err.Error())
	switch {
	case e.Input == "-":
		return "read article from stdin: " + reason
	case isURL(e.Input) || hasOtherScheme(e.Input):
		return fmt.Sprintf("fetch article %q: %s", model.Sanitize(displayURL(e.Input)), reason)
	default:
		return fmt.Sprintf("open article %q: %s", model.Sanitize(e.Input), reason)
	}
}

func (e *InputError) Unwrap() error { return e.Err }

// inputError wraps err as the failure to load input, unless it already is one.
func inputError(input string, err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		return err
	}
	return &InputError{Input: input, Err: err}
}

// oneLine makes text from outside (a path, a URL, a server's words) inert and
// single-line, so an error message can never carry a control sequence or
// break the one-line error contract.
func oneLine(s string) string {
	return strings.Join(strings.Fields(model.Sanitize(s)), " ")
}
