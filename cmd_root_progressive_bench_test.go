package main

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"marginalia/bench/gen"
	"marginalia/data"
	"marginalia/ui"
)

// BenchmarkReaderStart is the work before the reader's first frame, on the
// embedded article and on a 5 MB one: load the file, analyse the first
// screen, build the reader and draw a 120×40 frame. The 5 MB article should
// cost about what the embedded one does; the rest of its analysis runs
// after the first frame.
func BenchmarkReaderStart(b *testing.B) {
	big := filepath.Join(b.TempDir(), "big.txt")
	if err := os.WriteFile(big, []byte(gen.Article(5<<20, 1)), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, arg string }{{"embedded", ""}, {"5MB", big}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				in, err := data.Load(c.arg)
				if err != nil {
					b.Fatal(err)
				}
				var m tea.Model = ui.New(progressiveOptions(in, stepBudget))
				m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				if m.(ui.Model).View().Content == "" {
					b.Fatal("empty frame")
				}
			}
		})
	}
}
