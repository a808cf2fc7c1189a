package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestInputsCLI builds the binary once and checks every way an article comes
// in the way a user meets it through `marginalia claims --json ARG`: good
// inputs give the article; bad ones give exit status 1, nothing on stdout and
// exactly one line on stderr naming the input and the reason; escape-laden
// inputs never put a control character into any output string.
func TestInputsCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	srv := httptest.NewServer(inputsTestHandler(t))
	t.Cleanup(srv.Close)

	t.Run("bad inputs", func(t *testing.T) { testBadInputs(t, bin, srv.URL) })
	t.Run("every command reports a bad input alike", func(t *testing.T) { testBadInputEveryCommand(t, bin, srv.URL) })
	t.Run("good inputs", func(t *testing.T) { testGoodInputs(t, bin, srv.URL) })
	t.Run("escape-laden inputs", func(t *testing.T) { testEscapeLadenInputs(t, bin, srv.URL) })
}

// inputsTestHandler serves the pages the CLI tests fetch, on loopback.
func inputsTestHandler(t *testing.T) http.Handler {
	mux := http.NewServeMux()
	servePage := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Write(body)
		})
	}
	servePage("/news", "text/html; charset=utf-8", readInputsFixture(t, "news_page.html"))
	servePage("/escapes", "text/html", readInputsFixture(t, "escapes.html"))
	servePage("/escapes.txt", "text/plain", readInputsFixture(t, "escapes.txt"))
	servePage("/report.pdf", "application/pdf", []byte("%PDF-1.7\n"))
	servePage("/no-article", "text/html", readInputsFixture(t, "no_article.html"))
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		line := bytes.Repeat([]byte("All work and no play. "), 1<<12)
		for sent := 0; sent <= 11<<20; sent += len(line) {
			if _, err := w.Write(line); err != nil {
				return
			}
		}
	})
	return mux
}

func testBadInputs(t *testing.T, bin, base string) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	huge := write("huge.txt", "x")
	if err := os.Truncate(huge, 64<<20+1); err != nil {
		t.Fatal(err)
	}
	refused := refusedAddress(t)

	tests := []struct {
		name   string
		arg    string
		stdin  string
		reason string
	}{
		{"missing file", filepath.Join(dir, "missing.txt"), "", "no such file or directory"},
		{"directory", dir, "", "is a directory"},
		{"image", write("photo.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "", "not text (binary data: image/png)"},
		{"image named as text", write("photo.txt", "GIF89a\x10\x00\x10\x00\x80\x00\x00"), "", "not text (binary data: image/gif)"},
		{"executable", bin, "", "not text (binary data: ELF executable)"},
		{"NUL bytes", write("nul.txt", "Some\x00text"), "", "not text (binary data)"},
		{"empty file", write("empty.txt", ""), "", "no text (empty)"},
		{"white space only", write("blank.md", "  \n\t\n"), "", "no text (only white space)"},
		{"over 64 MiB", huge, "", "too large: more than 64 MiB"},
		{"HTML page without article", write("nav.html", string(readInputsFixture(t, "no_article.html"))), "",
			"no article text found in the HTML page"},
		{"empty stdin", "-", "", "no text (empty)"},
		{"binary stdin", "-", "\x7fELF\x02\x01\x01\x00\x00\x00", "not text (binary data: ELF executable)"},
		{"HTTP 404", base + "/nowhere", "", "HTTP 404 Not Found"},
		{"HTTP 500", base + "/broken", "", "HTTP 500 Internal Server Error"},
		{"wrong content type", base + "/report.pdf", "", "unsupported content type application/pdf"},
		{"too many redirects", base + "/loop", "", "too many redirects (more than 5)"},
		{"body over the limit", base + "/huge", "", "too large: more than 10 MiB"},
		{"page without article", base + "/no-article", "", "no article text found in the HTML page"},
		{"refused connection", refused, "", "connection refused"},
		{"unsupported URL scheme", "ftp://example.com/a.txt", "", "not a usable URL: only http:// and https:// are fetched"},
		{"control characters in the name", filepath.Join(dir, "evil\x1b]0;pwned\x07.txt"), "", "no such file or directory"},
	}
	if procMemIsUnreadable() {
		// Reading a process's own memory from offset 0 fails with EIO even
		// for root, which makes it an unreadable file CI can really open.
		tests = append(tests, struct{ name, arg, stdin, reason string }{
			"unreadable file", "/proc/self/mem", "", "read: input/output error"})
	}
	if os.Geteuid() != 0 {
		locked := write("locked.txt", "Secret.")
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct{ name, arg, stdin, reason string }{
			"file without read permission", locked, "", "permission denied"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr := runBinary(t, bin, tt.stdin, 1, "claims", "--json", tt.arg)
			if stdout != "" {
				t.Errorf("stdout should be empty, got %q", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
				t.Fatalf("stderr should be exactly one line, got %q", stderr)
			}
			if i := strings.IndexFunc(stderr, isControlButNewline); i >= 0 {
				t.Errorf("stderr carries a control character: %q", stderr)
			}
			name := tt.arg
			if name == "-" {
				name = "stdin"
			}
			name = strings.Map(func(r rune) rune { // the name as shown: controls gone
				if unicode.IsControl(r) {
					return -1
				}
				return r
			}, name)
			prefix, _, _ := strings.Cut(name, "]0;") // the sanitizer may drop the whole sequence
			if !strings.Contains(stderr, prefix) || !strings.HasSuffix(stderr, ": "+tt.reason+"\n") {
				t.Errorf("stderr should name %q and end with the reason %q, got %q", name, tt.reason, stderr)
			}
		})
	}
}

// TestMistypedCommandIsSuggested: the reader takes any name as an article,
// so `marginalia claim` is a missing file; the one-line error then names the
// subcommand that was probably meant, and only when there is one.
func TestMistypedCommandIsSuggested(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	for arg, want := range map[string]string{
		"claim":   `marginalia: open article "claim": no such file or directory (did you mean ` + "`marginalia claims`" + `?)`,
		"speakrs": `marginalia: open article "speakrs": no such file or directory (did you mean ` + "`marginalia speakers`" + `?)`,
		"nothere": `marginalia: open article "nothere": no such file or directory`,
	} {
		stdout, stderr := runBinary(t, bin, "", 1, arg)
		if stdout != "" || stderr != want+"\n" {
			t.Errorf("marginalia %s: stdout %q, stderr %q, want %q", arg, stdout, stderr, want)
		}
	}
}

func testBadInputEveryCommand(t *testing.T, bin, base string) {
	missing := filepath.Join(t.TempDir(), "missing.md")
	for _, arg := range []string{missing, base + "/nowhere"} {
		var first string
		for _, command := range [][]string{{}, {"claims"}, {"claims", "--json"}, {"speakers"}, {"speakers", "--json"}, {"export"}} {
			stdout, stderr := runBinary(t, bin, "", 1, append(command, arg)...)
			if stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, arg) {
				t.Errorf("marginalia %v %s: stdout %q, stderr %q", command, arg, stdout, stderr)
			}
			if first == "" {
				first = stderr
			} else if stderr != first {
				t.Errorf("marginalia %v %s says %q, the root command says %q", command, arg, stderr, first)
			}
		}
	}
}

func testGoodInputs(t *testing.T, bin, base string) {
	page := string(readInputsFixture(t, "news_page.html"))
	tests := []struct {
		name, arg, stdin, wantTitle, wantSource, wantFirstClaim string
	}{
		{"HTML file", "data/testdata/news_page.html", "", "Harbor town votes to rebuild its sea wall", "/data/testdata/news_page.html",
			"The town council of Port Elwen voted 7 to 2 on Tuesday to rebuild the harbor sea wall, which was damaged in three winter storms."},
		{"HTML on stdin", "-", page, "Harbor town votes to rebuild its sea wall", "stdin",
			"The town council of Port Elwen voted 7 to 2 on Tuesday to rebuild the harbor sea wall, which was damaged in three winter storms."},
		{"URL", base + "/news", "", "Harbor town votes to rebuild its sea wall", base + "/news",
			"The town council of Port Elwen voted 7 to 2 on Tuesday to rebuild the harbor sea wall, which was damaged in three winter storms."},
		{"markdown with front matter", "data/testdata/note.md", "", "Library extends its opening hours", "/data/testdata/note.md",
			"The central library will open until nine in the evening from April, the city's culture office announced on Wednesday."},
		{"Latin-1 HTML", "data/testdata/latin1_page.html", "", "Café owners protest the new façade rules", "/data/testdata/latin1_page.html",
			"The owners of twelve cafés in the old town signed a letter on Monday protesting the façade rules adopted by the council in March."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr := runBinary(t, bin, tt.stdin, 0, "claims", "--json", tt.arg)
			var doc struct {
				Title  string `json:"title"`
				Source string `json:"source"`
				Claims []struct {
					Text string `json:"text"`
				} `json:"claims"`
			}
			if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
				t.Fatalf("output is not JSON: %v\n%s\nstderr: %s", err, stdout, stderr)
			}
			if doc.Title != tt.wantTitle || !strings.HasSuffix(doc.Source, tt.wantSource) || len(doc.Claims) == 0 ||
				doc.Claims[0].Text != tt.wantFirstClaim {
				t.Errorf("title %q, source %q, claims %+v", doc.Title, doc.Source, doc.Claims)
			}
			for _, c := range doc.Claims {
				if strings.Contains(c.Text, "What happens next") {
					t.Errorf("a subheading became a claim: %q", c.Text)
				}
			}
			for _, furniture := range []string{"Subscribe", "newsletter", "Related stories", "Copyright", "Script text", "Accueil"} {
				if strings.Contains(stdout, furniture) {
					t.Errorf("page furniture %q became part of the article", furniture)
				}
			}
		})
	}
}

func testEscapeLadenInputs(t *testing.T, bin, base string) {
	escapesTxt := string(readInputsFixture(t, "escapes.txt"))
	tests := []struct {
		name, arg, stdin string
		survivor         string // a sentence after the escapes that must not be swallowed
	}{
		{"text file", "data/testdata/escapes.txt", "", "must not swallow the next line of its paragraph."},
		{"text on stdin", "-", escapesTxt, "must not swallow the next line of its paragraph."},
		{"text over HTTP", base + "/escapes.txt", "", "must not swallow the next line of its paragraph."},
		{"HTML file with entity-encoded escapes", "data/testdata/escapes.html", "", "are never clickable, the guide says"},
		{"HTML over HTTP", base + "/escapes", "", "are never clickable, the guide says"},
		{"markdown with escapes in the front matter", "data/testdata/escapes.md", "", "stay inert, the clerk said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, _ := runBinary(t, bin, tt.stdin, 0, "claims", "--json", tt.arg)
			var doc any
			if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			strs := allStrings(doc, nil)
			for _, s := range strs {
				if !utf8.ValidString(s) {
					t.Errorf("invalid UTF-8 in %q", s)
				}
				if i := strings.IndexFunc(s, isControlOrBidi); i >= 0 {
					t.Errorf("control character %U in output string %q", []rune(s[i:])[0], s)
				}
			}
			if !strings.Contains(strings.Join(strs, "\n"), tt.survivor) {
				t.Errorf("text after the escapes was lost: no %q in\n%s", tt.survivor, stdout)
			}
		})
	}
}

// allStrings collects every string in a decoded JSON value, keys included.
func allStrings(v any, into []string) []string {
	switch v := v.(type) {
	case string:
		into = append(into, v)
	case []any:
		for _, e := range v {
			into = allStrings(e, into)
		}
	case map[string]any:
		for k, e := range v {
			into = allStrings(e, append(into, k))
		}
	}
	return into
}

// isControlOrBidi is true for every rune that could steer a terminal: C0 and
// C1 controls (newline and tab included: the JSON strings are normalized)
// and bidirectional overrides.
func isControlOrBidi(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

func isControlButNewline(r rune) bool { return r != '\n' && isControlOrBidi(r) }

func readInputsFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("data", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// procMemIsUnreadable reports whether /proc/self/mem opens but fails to
// read from its start with EIO, as on Linux (sandboxes may differ).
func procMemIsUnreadable() bool {
	if runtime.GOOS != "linux" {
		return false
	}
	f, err := os.Open("/proc/self/mem")
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = f.Read(make([]byte, 16))
	return errors.Is(err, syscall.EIO)
}

// refusedAddress is a loopback URL where nothing listens.
func refusedAddress(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/story"
}
