package ui

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// termSeq is one escape sequence found in a terminal output stream.
type termSeq struct {
	kind    string // "CSI", "OSC", "ESC", or the string kind: "DCS", "APC", "PM", "SOS"
	prefix  string // CSI private marker (one of "<=>?"), if any
	params  string // CSI parameters and intermediates; the payload of a string sequence
	final   byte   // CSI or ESC final byte
	raw     string
	unended bool // a string sequence with no terminator before the end
}

// scanTerminalOutput splits a raw output stream into escape sequences and
// reports every control character outside them that a terminal would act on
// (anything but "\n", "\r" and "\t"), raw C1 bytes, invalid UTF-8, C1 code
// points and bidirectional controls.
func scanTerminalOutput(out []byte) (seqs []termSeq, stray []string) {
	for i := 0; i < len(out); {
		c := out[i]
		if c == 0x1b && i+1 < len(out) {
			seq, n := scanEscape(out[i:])
			seqs = append(seqs, seq)
			i += n
			continue
		}
		r, size := utf8.DecodeRune(out[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			stray = append(stray, fmt.Sprintf("raw byte 0x%02X at %d", c, i))
		case r == '\n' || r == '\r' || r == '\t':
		case r < 0x20 || r == 0x7f:
			stray = append(stray, fmt.Sprintf("control %q at %d", r, i))
		case r >= 0x80 && r <= 0x9f:
			stray = append(stray, fmt.Sprintf("C1 control U+%04X at %d", r, i))
		case unicode.Is(unicode.Bidi_Control, r):
			stray = append(stray, fmt.Sprintf("bidi control U+%04X at %d", r, i))
		}
		i += size
	}
	return seqs, stray
}

// scanEscape reads the escape sequence at the start of b (b[0] is ESC) and
// returns it with its length in bytes.
func scanEscape(b []byte) (termSeq, int) {
	switch b[1] {
	case '[':
		s := termSeq{kind: "CSI"}
		i := 2
		if i < len(b) && strings.IndexByte("<=>?", b[i]) >= 0 {
			s.prefix = string(b[i])
			i++
		}
		start := i
		for i < len(b) && b[i] >= 0x20 && b[i] <= 0x3f {
			i++
		}
		s.params = string(b[start:i])
		if i < len(b) && b[i] >= 0x40 && b[i] <= 0x7e {
			s.final = b[i]
			i++
		} else {
			s.unended = true
		}
		s.raw = string(b[:i])
		return s, i
	case ']', 'P', '_', '^', 'X':
		kind := map[byte]string{']': "OSC", 'P': "DCS", '_': "APC", '^': "PM", 'X': "SOS"}[b[1]]
		for i := 2; i < len(b); i++ {
			if b[i] == 0x07 {
				return termSeq{kind: kind, params: string(b[2:i]), raw: string(b[:i+1])}, i + 1
			}
			if b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\' {
				return termSeq{kind: kind, params: string(b[2:i]), raw: string(b[:i+2])}, i + 2
			}
		}
		return termSeq{kind: kind, params: string(b[2:]), raw: string(b), unended: true}, len(b)
	default:
		// ESC, intermediates, one final byte (ESC 7, ESC 8, ESC = ...).
		i := 1
		for i < len(b) && b[i] >= 0x20 && b[i] <= 0x2f {
			i++
		}
		s := termSeq{kind: "ESC", params: string(b[1:i])}
		if i < len(b) {
			s.final = b[i]
			i++
		}
		s.raw = string(b[:i])
		return s, i
	}
}
