package model_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"marginalia/model"
)

// failingWriter accepts n bytes, then fails.
type failingWriter struct {
	n   int
	err error
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, w.err
	}
	w.n -= len(p)
	return len(p), nil
}

// The streamed export is the document ExportMarkdown returns, and a writer
// that fails part-way (a full disk) is reported, not ignored.
func TestWriteExportMarkdownStreamsTheDocumentAndReportsWriteErrors(t *testing.T) {
	a := model.Analyze(strings.Repeat("Officials said the plan may fail. Costs rose 49% in 2024.\n\n", 3000), model.Meta{Source: "test"})
	want := model.ExportMarkdown(&a, nil, model.Filter{}, model.ExportOptions{Exported: exportTime})
	var b strings.Builder
	if err := model.WriteExportMarkdown(&b, &a, nil, model.Filter{}, model.ExportOptions{Exported: exportTime}); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Error("the streamed export differs from ExportMarkdown's")
	}
	// ExportMarkdown is this same stream written into a strings.Builder,
	// so the comparison above holds whatever the stream drops: the document
	// is also checked against the article, one heading for every claim, in
	// order, the last claim's text after the last heading.
	headings := claimHeading.FindAllStringSubmatch(want, -1)
	if len(headings) != len(a.Claims) || len(want) < 1<<20 {
		t.Fatalf("%d claim headings in %d bytes, want one for each of the %d claims (more than a megabyte)",
			len(headings), len(want), len(a.Claims))
	}
	for i, h := range headings {
		c := a.Claims[i]
		if h[1] != strconv.Itoa(int(c.Paragraph)) || h[2] != strconv.Itoa(int(c.Index)+1) {
			t.Fatalf("heading %d is %q, want ¶%d · Claim %d", i+1, h[0], c.Paragraph, c.Index+1)
		}
	}
	last := a.Claims[len(a.Claims)-1]
	if tail := want[strings.LastIndex(want, headings[len(headings)-1][0]):]; !strings.Contains(tail, last.Text) {
		t.Errorf("the last claim's section lacks its text %q:\n%s", last.Text, tail)
	}
	if !strings.HasSuffix(want, "\n") || strings.HasSuffix(want, "\n\n") {
		t.Errorf("the export ends with %q, want exactly one newline", want[max(len(want)-10, 0):])
	}
	full := errors.New("no space left on device")
	w := &failingWriter{n: len(want) / 2, err: full}
	if err := model.WriteExportMarkdown(w, &a, nil, model.Filter{}, model.ExportOptions{Exported: exportTime}); !errors.Is(err, full) {
		t.Errorf("WriteExportMarkdown into a full disk: error %v, want %v", err, full)
	}
}
