package model

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is unchanged", "Plain text.\n\tIndented.", "Plain text.\n\tIndented."},
		{"clear screen CSI", "a\x1b[2Jb", "ab"},
		{"colour CSI", "\x1b[1;31mred\x1b[0m text", "red text"},
		{"cursor position report CSI", "before\x1b[6nafter", "beforeafter"},
		{"private-mode CSI", "x\x1b[?1049hy", "xy"},
		{"OSC 0 title with BEL", "\x1b]0;evil title\x07body", "body"},
		{"OSC 2 title with ST", "\x1b]2;evil title\x1b\\body", "body"},
		{"OSC 52 clipboard write", "safe\x1b]52;c;cm0gLXJmIH4=\x07 text", "safe text"},
		{"OSC 8 hyperlink keeps the link text", "see \x1b]8;;https://evil.example\x1b\\this page\x1b]8;;\x1b\\ now", "see this page now"},
		{"DCS", "a\x1bPq#0;2;0;0;0#1!\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"SOS and PM", "a\x1bXsos\x1b\\b\x1b^pm\x07c", "abc"},
		{"unterminated OSC ends at the newline", "\x1b]0;title without end\nThe article text.", "\nThe article text."},
		{"unterminated OSC ends at the next ESC", "\x1b]0;title\x1b[31mred", "red"},
		{"unterminated OSC at the end", "text\x1b]0;title", "text"},
		{"unterminated CSI keeps the next line", "a\x1b[12;\nnext line", "a\nnext line"},
		{"short ESC sequences", "a\x1b7b\x1b(Bc\x1b=d", "abcd"},
		{"lone ESC at the end", "text\x1b", "text"},
		{"raw 8-bit CSI", "a\x9b31mb", "ab"},
		{"UTF-8 encoded CSI", "a\u009b31mb", "ab"},
		{"raw 8-bit OSC with 8-bit ST", "a\x9d0;title\x9cb", "ab"},
		{"UTF-8 encoded OSC with encoded ST", "a\u009d0;title\u009cb", "ab"},
		{"other C1 controls removed", "a\u0085b\u0080c", "abc"},
		{"CRLF to LF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR removed", "progress 10%\rprogress 100%", "progress 10%progress 100%"},
		{"backspace removed", "ab\bc", "abc"},
		{"NUL and DEL removed", "a\x00b\x7fc", "abc"},
		{"bell removed", "ding\x07", "ding"},
		{"bidi override removed", "file\u202Etxt.exe", "filetxt.exe"},
		{"bidi isolates and marks removed", "\u2066a\u2069\u200Eb\u200F\u061Cc", "abc"},
		{"byte-order mark removed", "\ufeffHello", "Hello"},
		{"line separators become newlines", "a\u2028b\u2029c", "a\nb\nc"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"NFC composition", "cafe\u0301", "caf\u00e9"},
		{"NFC across a removed sequence", "cafe\x1b[0m\u0301", "caf\u00e9"},
		{"multibyte text inside an OSC payload", "\x1b]0;t\u00eftle \u271c\x07ok", "ok"},
		{"non-ASCII text kept", "Zoë said “ok” — 東京", "Zoë said “ok” — 東京"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: Sanitize(%q) = %q", got, again)
			}
		})
	}
}

func TestSanitizeUnterminatedOSCKeepsLongTextAfterIt(t *testing.T) {
	body := strings.Repeat("The article goes on and on. ", 400) // about 11 KB
	got := Sanitize("\x1b]0;never terminated" + "\n" + body)
	if got != "\n"+body {
		t.Errorf("lost text after an unterminated OSC: got %d bytes, want %d", len(got), len(body)+1)
	}
}

func TestSanitizeCleanInputDoesNotAllocate(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("Plain ASCII text.\n", 100),
		strings.Repeat("Zoë’s café in Zürich — “quoted”.\n", 100),
	} {
		if n := testing.AllocsPerRun(20, func() { _ = Sanitize(in) }); n != 0 {
			t.Errorf("Sanitize allocated %v times on clean input %.20q", n, in)
		}
	}
}

// checkSanitized fails the test if out could still reach a terminal as a
// control sequence or is not valid UTF-8.
func checkSanitized(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Sanitize(%q) = %q: invalid UTF-8", in, out)
	}
	for _, r := range out {
		if r == '\n' || r == '\t' {
			continue
		}
		if unicode.IsControl(r) || isDroppedRune(r) || unicode.Is(unicode.Bidi_Control, r) {
			t.Fatalf("Sanitize(%q) = %q: contains %U", in, out, r)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"plain", "\x1b[2J", "\x1b]0;t\x07x", "\x1b]0;t\nafter", "\x9b1m", "\u009b1m",
		"\x1b]8;;u\x1b\\l\x1b]8;;\x1b\\", "a\r\nb", "\u202ex", "\xff\xfe", "e\u0301", "\x1bP\x1b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		checkSanitized(t, in, out)
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: Sanitize(%q) = %q, then %q", in, out, again)
		}
		// An unterminated sequence never swallows a later line.
		const later = "\nlater line"
		if !strings.HasSuffix(Sanitize(in+"\x1b]0;"+later), later) {
			t.Fatalf("text after an unterminated OSC lost for %q", in)
		}
		if !strings.HasSuffix(Sanitize(in+"\x9d0;"+later), later) {
			t.Fatalf("text after an unterminated 8-bit OSC lost for %q", in)
		}
	})
}

func TestSanitizeFindsEveryByteNeedingWorkAtEveryOffset(t *testing.T) {
	base := "abcdefghijklmnopqrstuvwx" // three 8-byte words for the fast check
	for _, bad := range []string{"\x00", "\x1b", "\x1f", "\x7f", "\x9b", "\xff", "\r", "\u202e"} {
		for i := 0; i <= len(base); i++ {
			in := base[:i] + bad + base[i:]
			if isSanitized(in) {
				t.Errorf("isSanitized(%q) = true", in)
			}
			checkSanitized(t, in, Sanitize(in))
		}
	}
	clean := "plain ascii text, ok!"
	for i := 0; i <= len(clean); i++ {
		in := clean[:i] + "\t\n" + clean[i:]
		if got := Sanitize(in); got != in {
			t.Errorf("Sanitize(%q) = %q, want it unchanged", in, got)
		}
	}
}
