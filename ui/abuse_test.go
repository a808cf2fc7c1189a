package ui

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/model"
)

// hostileTailWord ends the 10 KB of text that follows an unterminated OSC in
// hostileArticle: finding it on screen shows none of that text was lost.
const hostileTailWord = "Quokkastrasse"

// hostileTail is the text after the unterminated OSC: numbered sentences so
// that every one of them can be looked for in the claims.
func hostileTail() []string {
	var sentences []string
	for i := 0; len(strings.Join(sentences, " ")) < 10<<10; i++ {
		sentences = append(sentences, fmt.Sprintf("Tail sentence %03d of the long text keeps going after the broken sequence.", i))
	}
	return append(sentences, "The tail ends at "+hostileTailWord+" for good.")
}

// hostileArticle carries every trick a page can use to reach the terminal
// through its text, each in a sentence of its own.
func hostileArticle() string {
	return strings.Join([]string{
		"\x1b]0;pwned-title\x07Hostile page",
		"Breaking news \x1b[2J\x1b[H wiped the screen, said Mayor Ana Ruiz.",
		"The council met \x1b]0;pwned-osc0\x07 on Tuesday \x1b]2;pwned-osc2\x1b\\ as usual, officials said.",
		"A window report \x1b[21t and a cursor report \x1b[6n were requested, experts said.",
		"The clipboard \x1b]52;c;cm0gLXJmIH4K\x07 was targeted, according to the report.",
		"A link \x1b]8;;javascript:alert(1)\x1b\\click here\x1b]8;;\x1b\\ was planted in the page.",
		"A device control string \x1bP1$qm\x1b\\ and an APC \x1b_Gf=100;pwned-apc\x1b\\ were sent.",
		"A raw C1 \x9b31m control and its code point \u009b32m arrived too.",
		"A carriage return\rOVERWRITE and back spaces\b\b\b\b tried to hide words.",
		"The \u202eterces\u202c word was reversed with a bidi override, he said.",
		"Bell \x07 and delete \x7f and a lone escape \x1b at the end.",
		"\x1b]0;never terminated\n" + strings.Join(hostileTail(), " "),
	}, "\n\n") + "\n"
}

// checkNoForeignSequences fails the test for any escape sequence in out that
// the reader does not emit itself, and for any stray control character.
// Allowed: SGR styling, the cursor movement, erase, scroll and mode sequences
// of Bubble Tea's renderer, its terminal queries, and the window title it
// sets from the (sanitized) article title.
func checkNoForeignSequences(t *testing.T, out []byte, wantTitle string) {
	t.Helper()
	seqs, stray := scanTerminalOutput(out)
	for _, s := range stray {
		t.Errorf("stray control in the output: %s", s)
	}
	for _, s := range seqs {
		if reason := foreignSequence(s, wantTitle); reason != "" {
			t.Errorf("foreign escape sequence %q: %s", s.raw, reason)
		}
	}
	// The named attacks, each checked on its own so a failure names it.
	for _, bad := range []string{
		"\x1b]0;", "\x1b]2;pwned", "\x1b]8;", "\x1b]52;", "\x1b[21t", "\x1b[6n", "\x1bP", "\x1b_",
		"\x9b", "\u009b", "\u202e", "\b", "javascript:", "pwned",
	} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("the output contains %q", bad)
		}
	}
	if t.Failed() {
		t.Logf("distinct sequences: %q", distinctSequences(seqs))
	}
}

// foreignSequence says why s is not one of the reader's own sequences, or
// returns "" when it is.
func foreignSequence(s termSeq, wantTitle string) string {
	if s.unended {
		return "unterminated"
	}
	switch s.kind {
	case "CSI":
		switch s.prefix {
		case "":
			// The real cursor's shape (DECSCUSR, CSI Ps SP q) while the
			// search box or the note editor shows it.
			if s.final == 'q' && strings.HasSuffix(s.params, " ") && strings.Trim(s.params, "0123456 ") == "" {
				return ""
			}
			if strings.IndexByte("mHABCDEFGKJdrX@PLMSTfs", s.final) < 0 {
				return "CSI final byte not used by the renderer"
			}
			if strings.ContainsAny(s.params, "$") {
				return "CSI with intermediates"
			}
		case "?":
			// Private modes set and reset (alt screen, cursor, mouse,
			// bracketed paste, focus, synchronized output) and the
			// renderer's mode queries (DECRQM, CSI ? ... $ p).
			if !(s.final == 'h' || s.final == 'l' || s.final == 'u' || (s.final == 'p' && strings.HasSuffix(s.params, "$"))) {
				return "private CSI not a mode set, reset or query"
			}
		case ">":
			// Keyboard enhancement (kitty keyboard, modifyOtherKeys).
			if s.final != 'u' && s.final != 'm' {
				return "CSI > other than keyboard enhancement"
			}
		case "<", "=":
			if s.final != 'u' {
				return "CSI < or = other than keyboard enhancement"
			}
		}
	case "OSC":
		switch {
		case s.params == "11;?":
			return "" // background colour query
		case s.params == "112", isCursorColour(s.params):
			return "" // the real cursor's colour, set and reset by Bubble Tea
		case strings.HasPrefix(s.params, "2;"):
			// Bubble Tea resets the title to "" on exit.
			if title := strings.TrimPrefix(s.params, "2;"); title != wantTitle && title != "" {
				return fmt.Sprintf("window title %q is not the reader's %q", title, wantTitle)
			}
		default:
			return "OSC other than the window title and the background query"
		}
	case "ESC":
		if s.final != '7' && s.final != '8' && s.final != '=' && s.final != '>' && s.final != 'M' {
			return "ESC sequence not used by the renderer"
		}
	default:
		return s.kind + " string"
	}
	return ""
}

func distinctSequences(seqs []termSeq) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range seqs {
		key := s.kind + " " + s.prefix + string(s.final)
		if s.kind == "OSC" {
			key = s.raw
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	slices.Sort(out)
	return out
}

func TestHostileArticleTextIsAllKept(t *testing.T) {
	a := model.Analyze(hostileArticle(), model.Meta{Source: "hostile", Format: "text"})
	var all strings.Builder
	for _, c := range a.Claims {
		all.WriteString(c.Text)
		all.WriteString(" ")
	}
	for _, s := range hostileTail() {
		if !strings.Contains(all.String(), s) {
			t.Fatalf("text after the unterminated OSC is lost: no claim holds %q", s)
		}
	}
	for _, word := range []string{"Breaking news", "OVERWRITE", "terces", "click here", "wiped the screen"} {
		if !strings.Contains(all.String(), word) {
			t.Errorf("the visible text %q is lost", word)
		}
	}
}

// TestHostileArticleFramesAreInert draws the reader on every claim of the
// hostile article and scans each frame, exactly as the model produces it.
func TestHostileArticleFramesAreInert(t *testing.T) {
	a := model.Analyze(hostileArticle(), model.Meta{Source: "hostile", Format: "text"})
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m := open(t, Options{Article: a}, size[0], size[1])
		for i := range a.Claims {
			v := m.View()
			checkNoForeignSequences(t, []byte(v.Content), m.windowTitle())
			// A frame, before the renderer, holds styling only: no cursor
			// movement or erase (so an article's ESC[2J cannot hide there).
			seqs, _ := scanTerminalOutput([]byte(v.Content))
			for _, s := range seqs {
				if s.kind != "CSI" || s.prefix != "" || s.final != 'm' {
					t.Errorf("frame holds %q, not styling", s.raw)
				}
			}
			if strings.ContainsAny(v.WindowTitle, "\x1b\x07\u202e") || strings.Contains(v.WindowTitle, "pwned") {
				t.Fatalf("window title %q", v.WindowTitle)
			}
			if t.Failed() {
				t.Fatalf("claim %d at %v", i+1, size)
			}
			m = press(m, "j")
		}
	}
}

// TestHostileArticleRawOutputIsInert runs the whole program on the hostile
// article in teatest, steps through every claim and searches the end of the
// text behind the unterminated OSC, then scans every byte the program wrote
// to the terminal.
func TestHostileArticleRawOutputIsInert(t *testing.T) {
	a := model.Analyze(hostileArticle(), model.Meta{Source: "hostile", Format: "text"})
	tm := teatest.NewTestModel(t, asProgram(New(Options{Article: a})),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
	var out bytes.Buffer
	stream := io.TeeReader(tm.Output(), &out)
	teatest.WaitFor(t, stream, func(b []byte) bool { return bytes.Contains(b, []byte("claim 1/")) },
		teatest.WithDuration(15*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	for range len(a.Claims) - 1 {
		tm.Send(keyPress("j"))
		time.Sleep(17 * time.Millisecond) // about a frame, so every claim is drawn
		_, _ = io.ReadAll(stream)
	}
	tm.Send(keyPress("g"))
	for _, k := range append(append([]string{"/"}, strings.Split(hostileTailWord, "")...), "enter") {
		tm.Send(keyPress(k))
	}
	time.Sleep(50 * time.Millisecond)
	tm.Send(keyPress("q"))
	final := readerOf(t, tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second)))
	_, _ = io.ReadAll(stream)

	screen := ansi.Strip(final.View().Content)
	if !strings.Contains(screen, hostileTailWord) {
		t.Errorf("searching %q does not show it; screen:\n%s", hostileTailWord, screen)
	}
	if want := fmt.Sprintf("claim %d/%d", len(a.Claims), len(a.Claims)); !strings.Contains(screen, want) {
		t.Errorf("the search did not land on the last claim (%s); screen:\n%s", want, screen)
	}
	checkNoForeignSequences(t, out.Bytes(), final.windowTitle())
	t.Logf("%d claims, %d bytes of output", len(a.Claims), out.Len())
}

// TestTerminalScannerFlagsEveryAttack makes sure the checks above can fail:
// each attack of the hostile article, written raw, is flagged.
func TestTerminalScannerFlagsEveryAttack(t *testing.T) {
	for _, attack := range []string{
		"\x1b[2J", "\x1b]0;x\x07", "\x1b]2;x\x1b\\", "\x1b[21t", "\x1b[6n", "\x1b]52;c;eA==\x07",
		"\x1b]8;;javascript:alert(1)\x1b\\", "\x1bP1$qm\x1b\\", "\x1b_Gf=1\x1b\\", "\x1b]0;unterminated",
		"\x9b31m", "\u009b31m", "\b", "\x07", "\u202e", "\x1b[?1049h\x1b]2;other title\x07",
	} {
		seqs, stray := scanTerminalOutput([]byte("text " + attack + " text"))
		flagged := len(stray) > 0
		for _, s := range seqs {
			if foreignSequence(s, "title") != "" {
				flagged = true
			}
		}
		// "\x1b[2J" is a renderer sequence too: the frame test catches it
		// by allowing only styling in a frame.
		if !flagged && attack != "\x1b[2J" {
			t.Errorf("%q is not flagged", attack)
		}
	}
}

// isCursorColour reports whether OSC params set the cursor colour (OSC 12) to
// a plain "#rrggbb" value, which is all Bubble Tea writes for View.Cursor.
func isCursorColour(params string) bool {
	colour, ok := strings.CutPrefix(params, "12;#")
	if !ok || len(colour) != 6 {
		return false
	}
	return strings.Trim(strings.ToLower(colour), "0123456789abcdef") == ""
}
