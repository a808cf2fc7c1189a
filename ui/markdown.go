package ui

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// Glamour styles the panes use. Each is a built-in style with the document
// margin and blank first and last lines removed: the panes draw their own
// border and padding.
const (
	markdownDark    = "dark"
	markdownLight   = "light"
	markdownNoColor = "ascii"
)

var markdownStyles = map[string]gansi.StyleConfig{
	markdownDark:    paneStyle(styles.DarkStyleConfig),
	markdownLight:   paneStyle(styles.LightStyleConfig),
	markdownNoColor: noColorStyle(paneStyle(styles.ASCIIStyleConfig)),
}

// noColorStyle shows emphasis by bold and italic instead of the ASCII
// style's literal "**" and "*": NO_COLOR forbids colour, not attributes.
func noColorStyle(sc gansi.StyleConfig) gansi.StyleConfig {
	yes := true
	sc.Strong = gansi.StylePrimitive{Bold: &yes}
	sc.Emph = gansi.StylePrimitive{Italic: &yes}
	return sc
}

func paneStyle(sc gansi.StyleConfig) gansi.StyleConfig {
	zero := uint(0)
	sc.Document.Margin = &zero
	sc.Document.BlockPrefix = ""
	sc.Document.BlockSuffix = ""
	return sc
}

// wrapSlack is how much narrower than the pane glamour is asked to wrap:
// its list items come out a cell or two wider than the wrap width (the
// bullet is not always counted), and a line wider than the pane would be
// cut.
const wrapSlack = 2

// mdKey identifies one rendering: the same markdown in the same style at the
// same width always renders the same, so it is rendered once.
type mdKey struct {
	style string
	width int
	src   string
}

// mdRenderer renders pane markdown with one glamour renderer per style and
// width. A TermRenderer is not safe for concurrent use and render commands
// run concurrently, so calls are serialised. Only the renderers of the
// latest widths are kept (maxRenderers): a resize makes new ones, and a
// reader resizing a terminal often would otherwise keep one per width ever
// used.
//
// Renderings wait their turn, and a reader holding j asks for two or four a
// move, many more than are made meanwhile: each would be made, for claims
// long passed, and pile up waiting goroutines and garbage. So the reader
// tells the renderer which claims are near (setNear), and a rendering whose
// claim is no longer near when its turn comes is skipped; coming back to the
// claim asks for it again.
type mdRenderer struct {
	mu   sync.Mutex
	rs   map[[2]any]*glamour.TermRenderer
	near atomic.Pointer[nearClaims] // nil: every claim is near and shown
}

// nearClaims is the claim shown and the span of claims lo to hi (inclusive)
// that holds it and the neighbours prefetched.
type nearClaims struct{ cur, lo, hi int }

// maxRenderers is two panes' widths, with the ones before a resize.
const maxRenderers = 4

func newMDRenderer() *mdRenderer {
	return &mdRenderer{rs: map[[2]any]*glamour.TermRenderer{}}
}

// setNear says which claim the reader shows and which claims it prefetches.
func (r *mdRenderer) setNear(cur, lo, hi int) { r.near.Store(&nearClaims{cur, lo, hi}) }

// isNear reports whether claim is shown or prefetched; -1 (an article
// without claims) always is.
func (r *mdRenderer) isNear(claim int) bool {
	s := r.near.Load()
	return s == nil || claim < 0 || s.lo <= claim && claim <= s.hi
}

// isShown reports whether claim is the one the reader shows.
func (r *mdRenderer) isShown(claim int) bool {
	s := r.near.Load()
	return s == nil || claim < 0 || claim == s.cur
}

func (r *mdRenderer) render(k mdKey) ([]string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.renderLocked(k)
}

// renderNear renders k for claim unless the claim is no longer near when
// its turn comes (ok false).
func (r *mdRenderer) renderNear(k mdKey, claim int) (lines []string, ok bool, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.isNear(claim) {
		return nil, false, nil
	}
	lines, err = r.renderLocked(k)
	return lines, true, err
}

func (r *mdRenderer) renderLocked(k mdKey) ([]string, error) {
	id := [2]any{k.style, k.width}
	tr, ok := r.rs[id]
	if !ok {
		var err error
		tr, err = glamour.NewTermRenderer(
			glamour.WithStyles(markdownStyles[k.style]),
			glamour.WithWordWrap(max(k.width-wrapSlack, 1)),
		)
		if err != nil {
			return nil, fmt.Errorf("markdown renderer: %w", err)
		}
		if len(r.rs) >= maxRenderers {
			clear(r.rs)
		}
		r.rs[id] = tr
	}
	out, err := tr.Render(k.src)
	if err != nil {
		return nil, fmt.Errorf("render markdown: %w", err)
	}
	return strings.Split(trimPadding(out), "\n"), nil
}

// mdRenderedMsg wakes the reader when the rendering of the claim it shows
// is ready (in the cache). A neighbour's rendering wakes nothing: Update and
// a frame for each would double the work of a move, and redraw nothing.
type mdRenderedMsg struct{ key mdKey }

// renderCmd renders k, the markdown of claim's pane, off the keypress path,
// into the cache; a failed rendering caches the plain text so it is not
// retried on every message. k has been reserved in the cache.
func (r *mdRenderer) renderCmd(cache *mdCache, k mdKey, claim int) tea.Cmd {
	return safeCmd(func() tea.Msg {
		lines, ok, err := r.renderNear(k, claim)
		if !ok {
			cache.release(k)
			// The reader may have come back to the claim between the
			// check and the release, and found the rendering still on
			// its way: woken, it asks for it again.
			if r.isShown(claim) {
				return mdRenderedMsg{key: k}
			}
			return nil
		}
		if err != nil {
			lines = plainLines(k.src, k.width)
		}
		cache.put(k, lines)
		if !r.isShown(claim) {
			return nil
		}
		return mdRenderedMsg{key: k}
	})
}

// trailingPad matches what glamour pads each line with: spaces, alone or
// wrapped in SGR codes (glamour issue #235).
var trailingPad = regexp.MustCompile(`(?:\x1b\[[0-9;:]*m| )+$`)

// trimPadding drops glamour's right padding and the blank lines around the
// document, keeping runs that carry a background colour.
func trimPadding(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		cut := trailingPad.FindString(l)
		if j := strings.LastIndex(cut, "48;"); j >= 0 {
			if k := strings.Index(cut[j:], "\x1b[m"); k >= 0 {
				cut = cut[j+k+len("\x1b[m"):]
			} else {
				cut = ""
			}
		}
		l = strings.TrimSuffix(l, cut)
		if strings.Contains(cut, "\x1b") {
			l += sgrReset
		}
		lines[i] = l
	}
	for len(lines) > 0 && isBlankLine(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && isBlankLine(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

func isBlankLine(l string) bool {
	return strings.TrimSpace(stripSGR(l)) == ""
}

var sgrPattern = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func stripSGR(s string) string { return sgrPattern.ReplaceAllString(s, "") }

// escapeMarkdown makes article text literal inside markdown: the characters
// that open links, HTML tags, emphasis, code, headings and lists are
// backslash-escaped, so a claim cannot change the pane's structure.
// CommonMark allows escaping any ASCII punctuation, but glamour prints the
// backslash of the others (":", "'", "&"…), so only these are escaped.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if r < 0x80 && isMarkdownSpecial(byte(r)) {
			b.WriteByte('\\')
		}
		if r == '\n' || r == '\t' {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownSpecial is what escapeMarkdown escapes.
const markdownSpecial = "!#()*+-.<>[\\]_`{|}"

func isMarkdownSpecial(c byte) bool { return strings.IndexByte(markdownSpecial, c) >= 0 }
