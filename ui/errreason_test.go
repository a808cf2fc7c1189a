package ui

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestReasonInParensNamesTheInnermostCause(t *testing.T) {
	deep := fmt.Errorf("save notes to %s: %w", strings.Repeat("/very/long/path", 10),
		&os.PathError{Op: "open", Path: "/notes", Err: syscall.ENOSPC})
	if got := reasonInParens(deep); got != " (no space left on device)" {
		t.Errorf("reasonInParens(%v) = %q", deep, got)
	}
	if got := reasonInParens(errors.New("plain")); got != "" {
		t.Errorf("an error without a cause gave %q", got)
	}
	// The status line shows the reason within the first columns.
	text := saveFailureText(deep)
	if i := strings.Index(text, "no space left on device"); i < 0 || i > 40 {
		t.Errorf("the reason is not near the start of %q", text)
	}
}
