package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// gutterWidth is the columns left of the text: the current-claim bar and the
// mark of an annotated claim.
const gutterWidth = 2

// scrollOff is how many lines of context the view keeps above and below the
// current claim when it can (like vim's 'scrolloff').
const scrollOff = 3

// maxCachedParagraphs bounds the wrap cache (and the search matches cache).
// Past it the cache starts over; what is on screen is re-wrapped in
// microseconds, so a reader paging through a huge article holds the
// wrapping of what is shown or near it only (issue 7): a screen shows a few
// dozen paragraphs at most, and moving or scrolling looks at most a screen
// beyond it.
const maxCachedParagraphs = 256

// linePos is a line of the article as laid out in the pane: a paragraph
// (0-based) and a line of its block. A block is the paragraph's wrapped lines
// followed, except after the last paragraph, by one blank separator line.
type linePos struct{ para, line int }

func (p linePos) before(q linePos) bool {
	return p.para < q.para || p.para == q.para && p.line < q.line
}

// articlePane shows the article as wrapped paragraphs. It keeps only the
// first visible line; everything else is worked out from the wrap cache for
// the lines on screen, so its cost depends on the pane, not on the article.
type articlePane struct {
	width, height int
	top           linePos
	wraps         *wrapCache
}

// wrapCache holds each paragraph's wrapped lines for one text width.
type wrapCache struct {
	width int
	lines map[int][]span
}

func newArticlePane() articlePane {
	return articlePane{wraps: &wrapCache{lines: map[int][]span{}}}
}

// textWidth is the width available to the article's text.
func (ap *articlePane) textWidth() int { return max(ap.width-gutterWidth-1, 1) }

// setSize resizes the pane, keeping the first visible line's text at the top.
func (ap *articlePane) setSize(a *model.Article, w, h int) {
	w, h = max(w, 0), max(h, 0)
	if w == ap.width && h == ap.height {
		return
	}
	offset := ap.topOffset(a)
	ap.width, ap.height = w, h
	if ap.wraps.width != ap.textWidth() {
		ap.wraps.width = ap.textWidth()
		clear(ap.wraps.lines)
	}
	ap.top = ap.posOfOffset(a, ap.top.para, offset)
}

// forget drops the cached wrapping of paragraphs from index p on; called when
// a new article snapshot changes or adds them.
func (ap *articlePane) forget(p int) {
	for k := range ap.wraps.lines {
		if k >= p {
			delete(ap.wraps.lines, k)
		}
	}
}

// lines is paragraph p's wrapped lines, from the cache when possible.
func (ap *articlePane) lines(a *model.Article, p int) []span {
	if ls, ok := ap.wraps.lines[p]; ok {
		return ls
	}
	if len(ap.wraps.lines) >= maxCachedParagraphs {
		clear(ap.wraps.lines)
	}
	ls := wrapText(a.Paragraphs[p].Text, ap.textWidth())
	ap.wraps.lines[p] = ls
	return ls
}

func (ap *articlePane) blockLen(a *model.Article, p int) int {
	n := len(ap.lines(a, p))
	if p < len(a.Paragraphs)-1 {
		n++
	}
	return n
}

// down moves pos up to n lines down, stopping at the last line.
func (ap *articlePane) down(a *model.Article, pos linePos, n int) linePos {
	if len(a.Paragraphs) == 0 {
		return linePos{}
	}
	for n > 0 {
		rest := ap.blockLen(a, pos.para) - 1 - pos.line
		if n <= rest {
			pos.line += n
			return pos
		}
		if pos.para == len(a.Paragraphs)-1 {
			pos.line += rest
			return pos
		}
		n -= rest + 1
		pos = linePos{pos.para + 1, 0}
	}
	return pos
}

// up moves pos up to n lines up, stopping at the first line.
func (ap *articlePane) up(a *model.Article, pos linePos, n int) linePos {
	for n > 0 {
		if n <= pos.line {
			pos.line -= n
			return pos
		}
		if pos.para == 0 {
			return linePos{}
		}
		n -= pos.line + 1
		pos = linePos{pos.para - 1, ap.blockLen(a, pos.para-1) - 1}
	}
	return pos
}

// distance counts the lines from `from` down to `to`; ok is false when `to`
// is above `from` or more than limit lines below it.
func (ap *articlePane) distance(a *model.Article, from, to linePos, limit int) (int, bool) {
	if to.before(from) {
		return 0, false
	}
	d := to.line - from.line
	for p := from.para; p < to.para; p++ {
		d += ap.blockLen(a, p)
		if d-to.line > limit {
			return 0, false
		}
	}
	return d, d <= limit
}

// lastLine is the article's final line.
func (ap *articlePane) lastLine(a *model.Article) linePos {
	if len(a.Paragraphs) == 0 {
		return linePos{}
	}
	p := len(a.Paragraphs) - 1
	return linePos{p, ap.blockLen(a, p) - 1}
}

// maxTop is the lowest first line that still fills the pane.
func (ap *articlePane) maxTop(a *model.Article) linePos {
	return ap.up(a, ap.lastLine(a), ap.height-1)
}

// lineAt finds the line of paragraph p holding byte offset off.
func (ap *articlePane) lineAt(a *model.Article, p, off int) int {
	ls := ap.lines(a, p)
	i := sort.Search(len(ls), func(i int) bool { return ls[i].start > off })
	return max(i-1, 0)
}

func (ap *articlePane) posOfOffset(a *model.Article, p, off int) linePos {
	if p >= len(a.Paragraphs) {
		return linePos{}
	}
	return linePos{p, ap.lineAt(a, p, off)}
}

// topOffset is the byte offset where the first visible line starts, which
// survives re-wrapping at another width.
func (ap *articlePane) topOffset(a *model.Article) int {
	if ap.top.para >= len(a.Paragraphs) || ap.wraps.width == 0 {
		return 0
	}
	ls := ap.lines(a, ap.top.para)
	if ap.top.line >= len(ls) {
		return len(a.Paragraphs[ap.top.para].Text)
	}
	return ls[ap.top.line].start
}

// claimLines is the first and last line of a claim.
func (ap *articlePane) claimLines(a *model.Article, ci int) (first, last linePos) {
	c := a.Claims[ci]
	p, start, end := int(c.Paragraph)-1, int(c.Start), int(c.End)
	return linePos{p, ap.lineAt(a, p, start)}, linePos{p, ap.lineAt(a, p, max(end-1, start))}
}

// scroll moves the view n lines (negative: up) without leaving the article.
func (ap *articlePane) scroll(a *model.Article, n int) {
	if n > 0 {
		ap.top = ap.down(a, ap.top, n)
		if maxTop := ap.maxTop(a); maxTop.before(ap.top) {
			ap.top = maxTop
		}
	} else {
		ap.top = ap.up(a, ap.top, -n)
	}
}

// reveal scrolls as little as possible to show the claim with scrollOff
// lines of context; a claim taller than the pane shows its start.
func (ap *articlePane) reveal(a *model.Article, ci int) {
	if ap.height <= 0 || ci < 0 || ci >= len(a.Claims) {
		return
	}
	so := min(scrollOff, (ap.height-1)/4)
	room := ap.height - 1 - so // the lowest row the claim's last line may take
	first, last := ap.claimLines(a, ci)
	startTop := ap.up(a, first, so)
	if d, ok := ap.distance(a, ap.top, first, so); first.before(ap.top) || ok && d < so {
		ap.top = startTop
	} else if _, ok := ap.distance(a, ap.top, last, room); !ok {
		ap.top = ap.up(a, last, room)
		if startTop.before(ap.top) {
			ap.top = startTop
		}
	}
	if maxTop := ap.maxTop(a); maxTop.before(ap.top) {
		ap.top = maxTop
	}
}

// claimAtOrAfter is the first claim starting on or after line pos
// (len(a.Claims) when none does).
func (ap *articlePane) claimAtOrAfter(a *model.Article, pos linePos) int {
	p := pos.para
	off := 0
	if ls := ap.lines(a, p); pos.line < len(ls) {
		off = ls[pos.line].start
	} else {
		p++
	}
	for ; p < len(a.Paragraphs); p++ {
		for _, ci := range a.Paragraphs[p].Claims {
			if int(a.Claims[ci].Start) >= off {
				return ci
			}
		}
		off = 0
	}
	return len(a.Claims)
}

// claimAt is the claim under the pane cell (x, y), if any.
func (ap *articlePane) claimAt(a *model.Article, x, y int) (int, bool) {
	if y < 0 || y >= ap.height || x < gutterWidth || len(a.Paragraphs) == 0 {
		return 0, false
	}
	pos := ap.top
	if d, ok := ap.distance(a, pos, ap.lastLine(a), y); ok && d < y {
		return 0, false // below the article's end
	}
	pos = ap.down(a, pos, y)
	ls := ap.lines(a, pos.para)
	if pos.line >= len(ls) {
		return 0, false
	}
	text := a.Paragraphs[pos.para].Text
	ln := ls[pos.line]
	col, off := x-gutterWidth, ln.start
	for off < ln.end {
		cluster, w := ansi.FirstGraphemeCluster(text[off:ln.end], ansi.GraphemeWidth)
		if col < w {
			break
		}
		col -= w
		off += len(cluster)
	}
	if off >= ln.end {
		return 0, false
	}
	for _, ci := range a.Paragraphs[pos.para].Claims {
		if c := &a.Claims[ci]; int(c.Start) <= off && off < int(c.End) {
			return ci, true
		}
	}
	return 0, false
}

// paint is what the article view needs to know besides the layout.
type paint struct {
	a         *model.Article
	cur       int // current claim, -1 for none
	filter    model.Filter
	annotated func(claimID string) bool
	matches   func(para int) []span // search matches in a paragraph, sorted
	theme     *theme
}

// view renders the visible lines, each exactly the pane's width.
func (ap *articlePane) view(pt paint) []string {
	out := make([]string, 0, ap.height)
	a := pt.a
	pos := ap.top
	for row := 0; row < ap.height; row++ {
		if pos.para >= len(a.Paragraphs) {
			out = append(out, strings.Repeat(" ", ap.width))
			continue
		}
		ls := ap.lines(a, pos.para)
		if pos.line < len(ls) {
			out = append(out, ap.renderLine(pt, pos.para, ls[pos.line]))
		} else {
			out = append(out, strings.Repeat(" ", ap.width))
		}
		if pos.line+1 < ap.blockLen(a, pos.para) {
			pos.line++
		} else {
			pos = linePos{pos.para + 1, 0}
		}
	}
	return out
}

// renderLine draws one wrapped line: gutter, then the text cut into pieces
// wherever the claim, the current-claim highlight or a search match changes.
func (ap *articlePane) renderLine(pt paint, p int, ln span) string {
	a := pt.a
	para := &a.Paragraphs[p]
	text := para.Text
	var b strings.Builder
	b.Grow(ap.width + 64)

	// Claims overlapping this line, in order.
	claims := para.Claims
	first := sort.Search(len(claims), func(i int) bool { return int(a.Claims[claims[i]].End) > ln.start })
	claims = claims[first:]

	ap.renderGutter(&b, pt, ln, claims)

	var matches []span
	if pt.matches != nil {
		matches = pt.matches(p)
		mi := sort.Search(len(matches), func(i int) bool { return matches[i].end > ln.start })
		matches = matches[mi:]
	}

	width := 0
	for pos := ln.start; pos < ln.end; {
		look := spanLook{}
		next := ln.end
		for len(claims) > 0 && int(a.Claims[claims[0]].End) <= pos {
			claims = claims[1:]
		}
		if len(claims) > 0 {
			c := &a.Claims[claims[0]]
			if int(c.Start) <= pos {
				look.inClaim = true
				look.kind = a.StrongestKind(*c)
				look.current = claims[0] == pt.cur
				look.dimmed = !pt.filter.Match(*c)
				next = min(next, int(c.End))
			} else {
				next = min(next, int(c.Start))
			}
		}
		for len(matches) > 0 && matches[0].end <= pos {
			matches = matches[1:]
		}
		if len(matches) > 0 {
			if matches[0].start <= pos {
				look.match = true
				next = min(next, matches[0].end)
			} else {
				next = min(next, matches[0].start)
			}
		}
		piece := text[pos:next]
		code := pt.theme.spans.code(look)
		b.WriteString(code)
		width += writeText(&b, piece)
		if code != "" {
			b.WriteString(sgrReset)
		}
		pos = next
	}
	if pad := ap.width - gutterWidth - width; pad > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
	return b.String()
}

// renderGutter writes the two gutter cells: a bar beside the current claim's
// lines and a mark on the first line of an annotated claim.
func (ap *articlePane) renderGutter(b *strings.Builder, pt paint, ln span, claims []int) {
	a := pt.a
	bar, mark := " ", " "
	for _, ci := range claims {
		c := &a.Claims[ci]
		if int(c.Start) >= ln.end && ln.end > ln.start {
			break
		}
		if ci == pt.cur {
			bar = pt.theme.barGlyph
		}
		if pt.annotated != nil && int(c.Start) >= ln.start && pt.annotated(c.ID()) {
			mark = pt.theme.markGlyph
		}
	}
	b.WriteString(bar)
	b.WriteString(mark)
}

// writeText writes article text, drawing every whitespace rune as one space
// (the wrapper counts them so), and returns its width.
func writeText(b *strings.Builder, s string) int {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && isBreakSpace(r) }) {
		b.WriteString(s)
		return textWidth(s)
	}
	w := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if isBreakSpace(r) {
			b.WriteByte(' ')
			w++
			s = s[size:]
			continue
		}
		i := strings.IndexFunc(s, isBreakSpace)
		if i < 0 {
			i = len(s)
		}
		b.WriteString(s[:i])
		w += textWidth(s[:i])
		s = s[i:]
	}
	return w
}
