package model

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Sanitize makes untrusted text inert for a terminal and canonical for
// analysis. It is the one sanitizer of the project: every string from an
// article, a title, a URL or an error passes through it before it can reach
// a screen or an export.
//
//   - Invalid UTF-8 becomes U+FFFD; the result is in Unicode NFC.
//   - CRLF becomes LF; every other control character except "\n" and "\t"
//     is removed, as are the C1 controls U+0080–U+009F, the bidirectional
//     controls (which can make text display in another order than it is
//     stored) and the byte-order mark. Line and paragraph separators
//     (U+2028, U+2029) become "\n".
//   - Escape sequences are removed as a whole: CSI, OSC, DCS, SOS, PM and
//     APC, introduced by ESC or by a C1 control (a raw byte such as 0x9B or
//     its UTF-8 encoding U+009B), and the short ESC sequences. A string
//     sequence (OSC, DCS, ...) ends at BEL or ST; left unterminated it ends
//     at the next ESC or at the end of the line, so it never swallows the
//     text after it.
//
// Sanitize is idempotent, and returns clean input as is, without
// allocating.
func Sanitize(s string) string {
	if isSanitized(s) {
		return s
	}
	out := stripControls(s)
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isSanitized reports whether s is valid UTF-8 in NFC with nothing to
// remove: the fast path for the common case.
func isSanitized(s string) bool {
	ascii := true
	for i := 0; i < len(s); {
		// Eight printable ASCII bytes at a time: no byte below 0x20, none
		// at or above 0x7F.
		if i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if ((x-lows)|(x+highs))&^x&msbs == 0 && x&msbs == 0 {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || isDroppedRune(r) || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	// QuickSpan answers without allocating for almost all text; the full
	// check settles the rare "maybe" cases.
	return ascii || norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}

// Masks for the eight-bytes-at-a-time check in isSanitized: a byte b has
// b-0x20 borrow into its high bit when b < 0x20, and b+0x01 carries into it
// when b == 0x7F; bytes with the high bit already set are caught by msbs.
const (
	lows  = 0x2020202020202020
	highs = 0x0101010101010101
	msbs  = 0x8080808080808080
)

// isDroppedRune reports whether r is removed wherever it appears: a C1
// control, a bidirectional control or the byte-order mark.
func isDroppedRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return r == '\u200e' || r == '\u200f' || r == '\u061c' || r == '\ufeff'
}

// stripControls removes controls and escape sequences, and replaces
// invalid UTF-8, in one pass.
func stripControls(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			i = skipEscape(s, i+1)
			continue
		case c == '\n' || c == '\t':
			b.WriteByte(c)
			i++
			continue
		case c < 0x20 || c == 0x7f: // includes the CR of CRLF
			i++
			continue
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if isC1Introducer(rune(c)) {
				i = skipC1Sequence(s, i+1, rune(c))
				continue
			}
			b.WriteString("\uFFFD")
		case r >= 0x80 && r <= 0x9f:
			if isC1Introducer(r) {
				i = skipC1Sequence(s, i+size, r)
				continue
			}
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case isDroppedRune(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isC1Introducer reports whether the C1 control c opens a sequence: DCS,
// SOS, CSI, OSC, PM or APC.
func isC1Introducer(c rune) bool {
	switch c {
	case 0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f:
		return true
	}
	return false
}

// skipC1Sequence skips the body of the sequence opened by the C1 control
// intro, which ends just before i, and returns the index after it.
func skipC1Sequence(s string, i int, intro rune) int {
	if intro == 0x9b {
		return skipCSI(s, i)
	}
	return skipStringSequence(s, i)
}

// skipEscape skips the sequence whose ESC ends just before i and returns
// the index after it. A malformed sequence ends at its first unexpected
// byte, which is kept.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipStringSequence(s, i+1)
	}
	// Other ESC sequences: intermediate bytes, then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		return i + 1
	}
	return i
}

// skipCSI skips CSI parameters and intermediates up to and including the
// final byte. Anything else (a newline, another ESC, a non-ASCII byte) ends
// the sequence and is kept.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipStringSequence skips the payload of an OSC, DCS, SOS, PM or APC
// sequence and its terminator: BEL, ST (ESC \, 0x9C or U+009C). An
// unterminated payload ends before the next ESC or newline.
func skipStringSequence(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c == 0x07:
			return i + 1
		case c == '\n':
			return i
		case c == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == 0x9c || (r == utf8.RuneError && size == 1 && c == 0x9c) {
				return i + size
			}
			i += size
		default:
			i++
		}
	}
	return i
}
