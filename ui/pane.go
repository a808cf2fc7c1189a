package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// sidePane is a bordered, titled box beside or below the article (Source
// notes, Attribution). Its content is markdown about the current claim: the
// glamour rendering once it is ready, plain wrapped text until then.
type sidePane struct {
	title         string
	visible       bool
	width, height int
	shown         mdKey    // the markdown shown and the width it was laid out for
	lines         []string // content lines: rendered, or the plain fallback
	rendered      bool
	offset        int // first content line shown (mouse wheel over the pane)

	// rows caches lines fitted to the box (cut, padded, between the side
	// borders) for fittedFor, so a frame only joins strings.
	rows     []string
	fittedTo fitKey

	// chrome caches the border rows for chromeFor, so a frame does not
	// style them again.
	chrome    paneChrome
	chromeFor chromeKey
}

// paneChrome is a pane's styled border rows and the fixed content rows: the
// top border with the title, the bottom border, an empty content row and
// the "more" row.
type paneChrome struct{ top, bottom, blank, more string }

// chromeKey is what the chrome was built from.
type chromeKey struct {
	title string
	width int
	theme *theme
}

// fitKey is what rows were built from.
type fitKey struct {
	lines *string
	n     int
	width int
	theme *theme
}

// minRowsForMore is the least content height that gives up its last row
// to say there is more: below it the row is worth more as content.
const minRowsForMore = 3

// innerWidth is the content width inside the border and padding.
func (p *sidePane) innerWidth() int { return max(p.width-4, 1) }

func (p *sidePane) innerHeight() int { return max(p.height-2, 0) }

// setContent shows new content, keeping the scroll offset only when the
// markdown is the same (the rendered version replacing the plain one).
func (p *sidePane) setContent(k mdKey, lines []string, rendered bool) {
	if k.src != p.shown.src {
		p.offset = 0
	}
	p.shown, p.lines, p.rendered = k, lines, rendered
	p.clampOffset()
}

func (p *sidePane) scroll(n int) {
	p.offset += n
	p.clampOffset()
}

func (p *sidePane) clampOffset() {
	p.offset = min(p.offset, len(p.lines)-p.innerHeight())
	p.offset = max(p.offset, 0)
}

// view draws the box, exactly width × height cells.
func (p *sidePane) view(t *theme) []string {
	if p.height <= 0 {
		return nil
	}
	out := make([]string, 0, p.height)
	if p.width < 5 || p.height < 3 {
		for range p.height {
			out = append(out, strings.Repeat(" ", max(p.width, 0)))
		}
		return out
	}
	ih := p.innerHeight()
	ch := p.chrome
	if p.chromeFor != p.chromeKey(t) {
		ch = p.makeChrome(t) // only when Update did not prepare it
	}
	out = append(out, ch.top)
	rows := p.rows
	if p.fittedTo != p.fitKey(t) {
		rows = p.fit(t) // only when Update did not prepare them
	}
	for row := range ih {
		i := p.offset + row
		switch {
		case row == ih-1 && i+1 < len(rows) && ih >= minRowsForMore:
			out = append(out, ch.more)
		case i < len(rows):
			out = append(out, rows[i])
		default:
			out = append(out, ch.blank)
		}
	}
	out = append(out, ch.bottom)
	return out
}

func (p *sidePane) chromeKey(t *theme) chromeKey {
	return chromeKey{title: p.title, width: p.width, theme: t}
}

// makeChrome styles the border rows for the pane's width and theme t.
func (p *sidePane) makeChrome(t *theme) paneChrome {
	title := ansi.Truncate(" "+p.title+" ", p.width-4, "…")
	fill := p.width - 3 - ansi.StringWidth(title)
	return paneChrome{
		top:    t.border.Render("╭─") + t.paneTitle.Render(title) + t.border.Render(strings.Repeat("─", max(fill, 0))+"╮"),
		bottom: t.border.Render("╰" + strings.Repeat("─", max(p.width-2, 0)) + "╯"),
		blank:  p.fitLine(t, ""),
		more:   p.fitLine(t, t.muted.Render("⋯ more: J/K or wheel")),
	}
}

func (p *sidePane) fitKey(t *theme) fitKey {
	k := fitKey{n: len(p.lines), width: p.width, theme: t}
	if len(p.lines) > 0 {
		k.lines = &p.lines[0]
	}
	return k
}

// prepare fits the content and styles the border to the box ahead of the
// frames that show them.
func (p *sidePane) prepare(t *theme) {
	if k := p.fitKey(t); p.fittedTo != k {
		p.rows, p.fittedTo = p.fit(t), k
	}
	if k := p.chromeKey(t); p.chromeFor != k {
		p.chrome, p.chromeFor = p.makeChrome(t), k
	}
}

func (p *sidePane) fit(t *theme) []string {
	rows := make([]string, len(p.lines))
	for i, l := range p.lines {
		rows[i] = p.fitLine(t, l)
	}
	return rows
}

// fitLine is a content line cut to the inner width, padded, and framed by
// the side borders.
func (p *sidePane) fitLine(t *theme, l string) string {
	iw := p.innerWidth()
	w := ansi.StringWidth(l)
	if w > iw {
		l = ansi.Truncate(l, iw, "…")
		w = ansi.StringWidth(l)
	}
	return t.sideGlyph + " " + l + strings.Repeat(" ", max(iw-w, 0)) + " " + t.sideGlyph
}

// plainLines is the fallback shown before glamour's rendering arrives: the
// markdown source without its escapes, word-wrapped.
func plainLines(src string, width int) []string {
	var out []string
	for _, para := range strings.Split(src, "\n") {
		para = unescapeMarkdown(para)
		for _, ln := range wrapText(para, width) {
			out = append(out, para[ln.start:ln.end])
		}
	}
	return out
}

// unescapeMarkdown removes the backslashes escapeMarkdown added and the
// emphasis markers the pane markdown uses, for the plain fallback.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isMarkdownSpecial(s[i+1]):
			i++
			b.WriteByte(s[i])
		case c == '*' || c == '_':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
