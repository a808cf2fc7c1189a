package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// noClaimsMarkdown fills the panes of an article without claims.
const noClaimsMarkdown = "No claims: the article has no sentences to analyse yet."

// paneMarkdown is the markdown pane i shows for claim ci.
func (m *Model) paneMarkdown(i, ci int) string {
	if ci < 0 {
		return noClaimsMarkdown
	}
	if i == paneAttribution {
		return attributionMarkdown(m.art, ci)
	}
	extra := ""
	if m.opts.ExtraNotes != nil {
		extra = m.opts.ExtraNotes(m.art.Claims[ci].ID())
	}
	return notesMarkdown(m.art, ci, extra)
}

func (m *Model) mdKeyFor(i, ci int) mdKey {
	return mdKey{style: m.theme.markdown, width: m.panes[i].innerWidth(), src: m.paneMarkdown(i, ci)}
}

// refreshPanes shows the current claim in the visible panes: the rendered
// markdown when it is cached, the plain text otherwise, and asks for the
// missing renderings (and the neighbours', so j and k find them ready).
func (m *Model) refreshPanes() tea.Cmd {
	if m.layout.tooSmall || m.width == 0 {
		return nil
	}
	// First, before the cache is looked at: a rendering finished from now
	// on sees the claim shown and wakes the reader (renderCmd).
	neighbours := m.moved()
	var cmds []tea.Cmd
	for i := range m.panes {
		p := &m.panes[i]
		if !p.visible || p.innerHeight() == 0 {
			continue
		}
		k := m.mdKeyFor(i, m.cur)
		cmds = append(cmds, m.requestRendering(k, m.cur))
		if lines, ok := m.mdCache.get(k); ok {
			p.setContent(k, lines, true)
		} else if p.shown != k {
			p.setContent(k, plainLines(k.src, k.width), false)
		}
		p.prepare(m.theme)
	}
	for _, c := range neighbours {
		for i := range m.panes {
			if m.panes[i].visible && m.panes[i].innerHeight() > 0 {
				cmds = append(cmds, m.requestRendering(m.mdKeyFor(i, c), c))
			}
		}
	}
	return tea.Batch(cmds...)
}

// moved tells the renderer which claims are near after a move (or a change
// of pane widths or style) and returns the neighbours to prefetch, once per
// move.
func (m *Model) moved() []int {
	pk := prefetchKey{cur: m.cur, w0: m.panes[0].width, w1: m.panes[1].width, style: m.theme.markdown}
	if m.cur < 0 || pk == m.prefetch {
		return nil
	}
	m.prefetch = pk
	next, prev := m.nav.Step(m.cur, +1), m.nav.Step(m.cur, -1)
	m.md.setNear(m.cur, min(prev, m.cur), max(next, m.cur))
	var out []int
	for _, c := range []int{next, prev} {
		if c != m.cur {
			out = append(out, c)
		}
	}
	return out
}

// requestRendering returns the command that renders k, claim's pane, unless
// it is cached or already on its way. Tests that need a deterministic final
// frame render synchronously instead.
func (m *Model) requestRendering(k mdKey, claim int) tea.Cmd {
	if !m.mdCache.reserve(k) {
		return nil
	}
	if m.opts.syncPanes {
		lines, err := m.md.render(k)
		if err != nil {
			lines = plainLines(k.src, k.width)
		}
		m.mdCache.put(k, lines)
		return nil
	}
	return m.md.renderCmd(m.mdCache, k, claim)
}

func keyIs(k tea.KeyPressMsg, b key.Binding) bool { return key.Matches(k, b) }
