package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchmarkLoadFile loads a file of size bytes made by repeating unit, and
// reports the bytes allocated per byte of input (the memory budget of a
// large article is ten times its size, for everything).
func benchmarkLoadFile(b *testing.B, name, unit string, size int) {
	path := filepath.Join(b.TempDir(), name)
	text := strings.Repeat(unit, size/len(unit)+1)[:size]
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	var l Loader
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Load(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadText5MB(b *testing.B) {
	benchmarkLoadFile(b, "article.txt", "The council said the wall would hold. Repairs begin in the autumn.\n\n", 5<<20)
}

func BenchmarkLoadLatin1Text5MB(b *testing.B) {
	benchmarkLoadFile(b, "article.txt", "Le caf\xe9 a rouvert, a dit H\xe9l\xe8ne.\n\n", 5<<20)
}

func BenchmarkLoadOneWord50MB(b *testing.B) {
	benchmarkLoadFile(b, "word.txt", "word ", 50<<20)
}

func BenchmarkLoadHTML5MB(b *testing.B) {
	para := "<p>The council said the wall would hold for a decade, the engineer said on Monday.</p>\n"
	var page strings.Builder
	page.WriteString("<html><body><nav><a href=/>Home</a></nav><article>")
	for i := 0; page.Len() < 5<<20; i++ {
		fmt.Fprintf(&page, "<h2>Section %d</h2>%s%s", i, para, para)
	}
	page.WriteString("</article></body></html>")
	benchmarkLoadFile(b, "page.html", page.String(), page.Len())
}
