package model

import (
	"strings"
	"unicode"
)

// Sanitize makes untrusted text inert for a terminal.
// PLACEHOLDER: the segmentation work replaces this with the full sanitizer
// (escape sequences as a whole, C1, bidi, invalid UTF-8, NFC).
func Sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
