package ui

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// titleWords is how many words of the first paragraph stand in for a
// missing title.
const titleWords = 8

// headerView is the top line: "marginalia", the title, the filter, the
// analysis progress and the position. The position ("claim N/M") is never
// cut: the title is shortened first, then the other parts are dropped.
func (m *Model) headerView() string {
	t := m.theme
	h := headerParts{
		brand: t.brand.Render("marginalia"),
		pos:   t.position.Render(m.positionText()),
		para:  t.muted.Render(m.paragraphText()),
	}
	if m.filter.Active() {
		h.filter = t.filter.Render("⊂ " + oneLine(m.filter.Label(m.art)))
	}
	if !m.done {
		h.progress = t.muted.Render(fmt.Sprintf("analysing %d%%", int(m.progress*100)))
	}
	title := m.titleText()
	// Least important first; the position is never dropped.
	for _, drop := range []*string{&title, &h.progress, &h.filter, &h.para, &h.brand, nil} {
		room := m.width - h.width()
		if title != "" && room >= minTitleWidth {
			return h.compose(m.width, m.headerTitle.styled(t, title, room))
		}
		if title == "" && room >= 0 {
			return h.compose(m.width, "")
		}
		if drop != nil {
			*drop = ""
		}
	}
	return ansi.Truncate(h.pos, m.width, "")
}

// titleMemo is the header's last styled title. The header is drawn for
// every message, and styling the title (lipgloss walks all of it) was about
// a quarter of drawing the header, for a string that changes only with the
// title, the room left for it and the theme.
type titleMemo struct {
	title string
	room  int
	theme *theme
	text  string
}

// styled is title cut to room cells and styled with t, styled again only
// when one of them changed. A nil memo styles it every time.
func (c *titleMemo) styled(t *theme, title string, room int) string {
	if c == nil {
		return t.title.Render(ansi.Truncate(title, room, "…"))
	}
	if c.theme != t || c.room != room || c.title != title {
		c.title, c.room, c.theme = title, room, t
		c.text = t.title.Render(ansi.Truncate(title, room, "…"))
	}
	return c.text
}

// minTitleWidth is the least room worth showing a shortened title in.
const minTitleWidth = 8

type headerParts struct{ brand, filter, progress, pos, para string }

func (h headerParts) right() []string {
	var rs []string
	for _, s := range []string{h.filter, h.progress, h.pos, h.para} {
		if s != "" {
			rs = append(rs, s)
		}
	}
	return rs
}

// width is what everything but the title takes, gaps included, leaving one
// cell between the title and the right-hand parts.
func (h headerParts) width() int {
	w := ansi.StringWidth(strings.Join(h.right(), "  ")) + 1
	if h.brand != "" {
		w += ansi.StringWidth(h.brand) + 1
	}
	return w
}

func (h headerParts) compose(width int, title string) string {
	left := strings.TrimSpace(h.brand + " " + title)
	r := strings.Join(h.right(), "  ")
	gap := max(width-ansi.StringWidth(left)-ansi.StringWidth(r), 1)
	return ansi.Truncate(left+strings.Repeat(" ", gap)+r, width, "")
}

func (m *Model) positionText() string {
	if m.cur < 0 {
		return "claim 0/0"
	}
	return fmt.Sprintf("claim %d/%d", m.nav.Rank(m.cur), m.nav.Len())
}

func (m *Model) paragraphText() string {
	p := 0
	if m.cur >= 0 {
		p = int(m.art.Claims[m.cur].Paragraph)
	}
	return fmt.Sprintf("¶ %d/%d", p, len(m.art.Paragraphs))
}

// titleText is the article's title, or its first words when it has none.
func (m *Model) titleText() string {
	if t := oneLine(m.art.Title); t != "" {
		return t
	}
	if len(m.art.Paragraphs) == 0 {
		return ""
	}
	words := leadingWords(m.art.Paragraphs[0].Text, titleWords+1)
	if len(words) > titleWords {
		return strings.Join(words[:titleWords], " ") + "…"
	}
	return strings.Join(words, " ")
}

// leadingWords is the first n words of s, as strings.Fields splits them. It
// reads no further than their end: the header asks on every frame, and a
// first paragraph can be most of a long article.
func leadingWords(s string, n int) []string {
	var words []string
	for len(words) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		words, s = append(words, s[:end]), s[end:]
	}
	return words
}

// oneLine folds all whitespace (newlines, tabs) into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
