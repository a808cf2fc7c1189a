package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"marginalia/model"
)

// theme holds every style the reader draws with. It is chosen once per
// background (dark or light) and colour setting, never per frame.
type theme struct {
	dark    bool
	noColor bool

	brand      lipgloss.Style // "marginalia" in the header
	title      lipgloss.Style
	position   lipgloss.Style // "claim N/M"
	muted      lipgloss.Style // separators, paragraph counter, hints
	filter     lipgloss.Style
	status     lipgloss.Style
	border     lipgloss.Style // pane borders
	paneTitle  lipgloss.Style
	gutterCur  lipgloss.Style // the bar beside the current claim
	gutterNote lipgloss.Style // the mark beside annotated claims
	overlay    lipgloss.Style // the help box
	legend     map[model.Kind]lipgloss.Style

	help help.Styles
	// footerHelp renders the footer's short help. It lives here, not in
	// the Model, because the guard copies the Model for every message (to
	// keep the one from before a panic, guard.Update) and a help.Model
	// would be 4.6 KB more of it.
	footerHelp help.Model
	input      textinput.Styles
	markdown   string // glamour style name, see markdown.go
	kindColor  map[model.Kind]color.Color

	spans *spanStyles // SGR codes for article text, built lazily

	// Glyphs drawn on every line, styled once here: calling Render for each
	// of them on each line would be most of a frame's cost.
	barGlyph  string // beside the current claim's lines
	markGlyph string // beside an annotated claim's first line
	sideGlyph string // a pane's side border
}

// Colours of the source kinds, as (light, dark) pairs. Unattributed text
// keeps the terminal's own colour: it is most of an article, and tinting it
// would drown the sourced claims the tints are there to show.
var kindPalette = map[model.Kind][2]string{
	model.KindPerson:       {"#00875f", "#5fd787"},
	model.KindOrganization: {"#005fd7", "#5fafff"},
	model.KindDocument:     {"#005f87", "#5fd7ff"},
	model.KindAnonymous:    {"#af5f00", "#ffaf5f"},
	model.KindGroup:        {"#875f87", "#d787d7"},
}

func newTheme(dark, noColor bool) *theme {
	ld := lipgloss.LightDark(dark)
	c := func(light, darkHex string) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(darkHex))
	}
	plain := lipgloss.NewStyle()
	t := &theme{dark: dark, noColor: noColor, kindColor: map[model.Kind]color.Color{}, legend: map[model.Kind]lipgloss.Style{}}
	accent := c("#5f00af", "#d7afff")
	t.brand = plain.Bold(true).Foreground(accent)
	t.title = plain.Foreground(c("#303030", "#e4e4e4"))
	t.position = plain.Bold(true)
	t.muted = plain.Foreground(c("#8a8a8a", "#808080"))
	t.filter = plain.Foreground(c("#af5f00", "#ffaf5f")).Bold(true)
	t.status = plain.Foreground(c("#005f87", "#87d7ff"))
	t.border = plain.Foreground(c("#bcbcbc", "#585858"))
	t.paneTitle = plain.Bold(true).Foreground(accent)
	t.gutterCur = plain.Foreground(accent)
	t.gutterNote = plain.Foreground(c("#d70087", "#ff5fd7")).Bold(true)
	t.overlay = plain.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	for k, p := range kindPalette {
		t.kindColor[k] = c(p[0], p[1])
		t.legend[k] = plain.Foreground(t.kindColor[k])
	}
	t.legend[""] = plain
	if noColor {
		t.help = help.Styles{}
		t.input = textinput.Styles{}
		t.markdown = markdownNoColor
		t.gutterCur = plain.Bold(true)
	} else {
		t.help = help.DefaultStyles(dark)
		t.input = textinput.DefaultStyles(dark)
		t.markdown = markdownLight
		if dark {
			t.markdown = markdownDark
		}
	}
	t.footerHelp = help.New()
	t.footerHelp.Styles = t.help
	t.spans = newSpanStyles(t, c)
	t.barGlyph = t.gutterCur.Render("▌")
	t.markGlyph = t.gutterNote.Render("•")
	t.sideGlyph = t.border.Render("│")
	return t
}

// spanLook is everything that decides how a piece of article text looks.
type spanLook struct {
	kind    model.Kind // strongest source of the claim ("" unattributed)
	inClaim bool       // false for the spaces between claims
	current bool
	dimmed  bool // outside the active filter
	match   bool // part of a search match
}

// spanStyles turns a spanLook into the SGR sequence that starts it. Article
// lines are built by concatenating these codes with raw text, because calling
// lipgloss Render for every piece of every visible line would cost more than
// the whole keypress budget.
type spanStyles struct {
	t        *theme
	c        func(light, dark string) color.Color
	codes    map[spanLook]string
	currentB color.Color
}

func newSpanStyles(t *theme, c func(string, string) color.Color) *spanStyles {
	return &spanStyles{t: t, c: c, codes: map[spanLook]string{}, currentB: c("#dadaff", "#30305a")}
}

// sgrReset ends any span.
const sgrReset = "\x1b[m"

// code returns the escape sequence that starts text looking like l ("" for
// plain text).
func (s *spanStyles) code(l spanLook) string {
	if code, ok := s.codes[l]; ok {
		return code
	}
	st := lipgloss.NewStyle()
	if l.inClaim && l.kind != "" {
		st = st.Foreground(s.t.kindColor[l.kind])
	}
	if l.current {
		if s.t.noColor {
			st = st.Reverse(true)
		} else {
			st = st.Background(s.currentB).Bold(true)
		}
	}
	if l.dimmed {
		st = st.Faint(true)
	}
	if l.match {
		if s.t.noColor {
			st = st.Underline(true).Bold(true)
		} else {
			st = st.Background(s.c("#ffd75f", "#d7af00")).Foreground(s.c("#000000", "#000000"))
		}
	}
	code := sgrPrefix(st)
	s.codes[l] = code
	return code
}

// sgrPrefix extracts the opening escape sequence lipgloss emits for a style.
func sgrPrefix(st lipgloss.Style) string {
	const probe = "\u2063" // invisible separator: never styled differently from text
	out := st.Render(probe)
	if i := strings.Index(out, probe); i > 0 {
		return out[:i]
	}
	return ""
}

// legendOrder lists the source kinds as the help legend shows them:
// strongest first, the article's own voice last.
var legendOrder = append(append([]model.Kind{}, model.Kinds...), "")
