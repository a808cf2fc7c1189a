package ui

import "errors"

// reasonInParens is err's innermost cause in parentheses with a leading
// space (" (read-only file system)"), or "" when err wraps nothing. Status
// lines put it first: the full error starts with paths that push the reason
// off any terminal of ordinary width.
func reasonInParens(err error) string {
	cause := err
	for {
		next := errors.Unwrap(cause)
		if next == nil {
			break
		}
		cause = next
	}
	if cause == err {
		return ""
	}
	return " (" + cause.Error() + ")"
}
