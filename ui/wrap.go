package ui

import (
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// span is a byte range [start, end) of a paragraph's text. Wrapped lines are
// spans, so wrapping never copies the article.
type span struct{ start, end int }

// wrapText breaks text into lines at most width cells wide, at whitespace;
// a word wider than a line is broken between grapheme clusters. Whitespace at
// a break is dropped. The result always holds at least one line, so every
// paragraph takes up space on screen even when it is empty.
func wrapText(text string, width int) []span {
	width = max(width, 1)
	var lines []span
	lineStart, lineEnd, lineW := -1, 0, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isBreakSpace(r) {
			i += size
			continue
		}
		ws := i
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isBreakSpace(r) {
				break
			}
			i += size
		}
		word := span{ws, i}
		ww := textWidth(text[ws:i])
		// Every whitespace rune is drawn as one space (see writeText in
		// article.go), so the gap before the word is as wide as it has runes.
		gap := 0
		if lineStart >= 0 {
			gap = utf8.RuneCountInString(text[lineEnd:ws])
		}
		switch {
		case lineStart >= 0 && lineW+gap+ww <= width:
			lineEnd, lineW = word.end, lineW+gap+ww
			continue
		case lineStart >= 0:
			lines = append(lines, span{lineStart, lineEnd})
		}
		if ww <= width {
			lineStart, lineEnd, lineW = word.start, word.end, ww
			continue
		}
		// The word alone is too wide: hard-break it, and let the line go on
		// after its last piece.
		pieces := hardBreak(text, word, width)
		lines = append(lines, pieces[:len(pieces)-1]...)
		last := pieces[len(pieces)-1]
		lineStart, lineEnd, lineW = last.start, last.end, textWidth(text[last.start:last.end])
	}
	if lineStart >= 0 {
		lines = append(lines, span{lineStart, lineEnd})
	}
	if len(lines) == 0 {
		lines = append(lines, span{0, 0})
	}
	return lines
}

// hardBreak cuts a word into pieces at most width cells wide. A single
// grapheme wider than width (a wide character on a 1-column pane) still gets
// a piece of its own, which the view truncates.
func hardBreak(text string, word span, width int) []span {
	var pieces []span
	start, w := word.start, 0
	for i := word.start; i < word.end; {
		cluster, cw := ansi.FirstGraphemeCluster(text[i:word.end], ansi.GraphemeWidth)
		if w > 0 && w+cw > width {
			pieces = append(pieces, span{start, i})
			start, w = i, 0
		}
		w += cw
		i += len(cluster)
	}
	return append(pieces, span{start, word.end})
}

// textWidth is ansi.StringWidth with a fast path for plain ASCII, which is
// what almost every word of an English article is.
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

func isBreakSpace(r rune) bool {
	return r != '\u00a0' && r != '\u202f' && unicode.IsSpace(r)
}
