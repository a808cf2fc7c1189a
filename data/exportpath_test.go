package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestSlugify(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The threat of ISIS-K terrorists infiltrating the United…", "the-threat-of-isis-k-terrorists-infiltrating-the-united"},
		{"  Café résumé: naïve façade!  ", "cafe-resume-naive-facade"},
		{"../../etc/passwd", "etc-passwd"},
		{"a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"},
		{"Москва сегодня", "москва-сегодня"},
		{"", "article"},
		{"¶ — … !!!", "article"},
		{"ＦＵＬＬ　ｗｉｄｔｈ", "full-width"},
	}
	for _, c := range cases {
		if got := Slugify(c.in); got != c.want {
			t.Errorf("Slugify(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSlugifyBoundsLengthAtAWordAndARune(t *testing.T) {
	long := strings.Repeat("word ", 40)
	got := Slugify(long)
	if len(got) > maxSlugBytes || strings.HasSuffix(got, "-") || !strings.HasSuffix(got, "word") {
		t.Errorf("Slugify(long) = %q (%d bytes)", got, len(got))
	}
	runes := Slugify(strings.Repeat("é", 100) + strings.Repeat("ж", 100))
	if len(runes) > maxSlugBytes || !utf8.ValidString(runes) {
		t.Errorf("Slugify cut a rune: %q", runes)
	}
}

func TestUniqueExportPathSkipsExistingFiles(t *testing.T) {
	dir := t.TempDir()
	want := []string{"my-title-notes.md", "my-title-notes-2.md", "my-title-notes-3.md"}
	for _, name := range want {
		p := UniqueExportPath(dir, "My Title")
		if filepath.Base(p) != name || filepath.Dir(p) != dir {
			t.Fatalf("UniqueExportPath = %q, want %s in %s", p, name, dir)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWriteNewExportNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "title-notes.md")
	if err := os.WriteFile(first, []byte("the user's earlier export"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := WriteNewExport(dir, "Title", []byte("# new\n"))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p) != "title-notes-2.md" {
		t.Errorf("path = %s, want title-notes-2.md", p)
	}
	if b, _ := os.ReadFile(first); string(b) != "the user's earlier export" {
		t.Errorf("existing export overwritten: %q", b)
	}
	if b, _ := os.ReadFile(p); string(b) != "# new\n" {
		t.Errorf("new export holds %q", b)
	}
	if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("new export mode: %v, %v", st.Mode(), err)
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".marginalia-export-*")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestWriteNewExportInParallelGivesEveryWriterItsOwnFile(t *testing.T) {
	dir := t.TempDir()
	const writers = 8
	var wg sync.WaitGroup
	paths := make([]string, writers)
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := WriteNewExport(dir, "Same", []byte{byte('a' + i)})
			if err != nil {
				t.Error(err)
			}
			paths[i] = p
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for i, p := range paths {
		if seen[p] {
			t.Errorf("two writers got %s", p)
		}
		seen[p] = true
		if b, _ := os.ReadFile(p); string(b) != string(rune('a'+i)) {
			t.Errorf("%s holds %q, want writer %d's export", p, b, i)
		}
	}
}

func TestWriteFileAtomicReplaces(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.md")
	for _, content := range []string{"one", "two"} {
		if err := WriteFileAtomic(p, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != content {
			t.Errorf("file holds %q, want %q", b, content)
		}
	}
	if err := WriteFileAtomic(filepath.Join(t.TempDir(), "missing", "out.md"), nil); err == nil {
		t.Error("writing into a missing folder gave no error")
	}
}

func TestExportErrorsNameTheTargetNotTheTemporaryFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such", "dir")
	err := WriteFileAtomic(filepath.Join(missing, "x.md"), []byte("x"))
	if err == nil || err.Error() != "write "+filepath.Join(missing, "x.md")+": no such file or directory" {
		t.Errorf("WriteFileAtomic error = %v", err)
	}
	_, err = WriteNewExport(missing, "Title", []byte("x"))
	if err == nil || err.Error() != "export to "+missing+": no such file or directory" {
		t.Errorf("WriteNewExport error = %v", err)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the reason is no longer inspectable: %v", err)
	}
}
