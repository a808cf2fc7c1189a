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
		extra = m.opts.ExtraNotes(m.art.Claims[ci].ID)
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
	var cmds []tea.Cmd
	for i := range m.panes {
		p := &m.panes[i]
		if !p.visible || p.innerHeight() == 0 {
			continue
		}
		k := m.mdKeyFor(i, m.cur)
		cmds = append(cmds, m.requestRendering(k))
		if lines, ok := m.mdCache.get(k); ok {
			p.setContent(k, lines, true)
		} else if p.shown != k {
			p.setContent(k, plainLines(k.src, k.width), false)
		}
		p.prepare(m.theme)
	}
	cmds = append(cmds, m.prefetchNeighbours()...)
	return tea.Batch(cmds...)
}

// prefetchNeighbours asks for the panes of the claims before and after the
// current one, once per move.
func (m *Model) prefetchNeighbours() []tea.Cmd {
	pk := prefetchKey{cur: m.cur, w0: m.panes[0].width, w1: m.panes[1].width, style: m.theme.markdown}
	if m.cur < 0 || pk == m.prefetch {
		return nil
	}
	m.prefetch = pk
	var cmds []tea.Cmd
	for _, c := range []int{m.nav.Step(m.cur, +1), m.nav.Step(m.cur, -1)} {
		if c == m.cur {
			continue
		}
		for i := range m.panes {
			if m.panes[i].visible && m.panes[i].innerHeight() > 0 {
				cmds = append(cmds, m.requestRendering(m.mdKeyFor(i, c)))
			}
		}
	}
	return cmds
}

// requestRendering returns the command that renders k, unless it is cached
// or already on its way. Tests that need a deterministic final frame render
// synchronously instead.
func (m *Model) requestRendering(k mdKey) tea.Cmd {
	if _, ok := m.mdCache.get(k); ok || m.mdPending[k] {
		return nil
	}
	if m.opts.syncPanes {
		lines, err := m.md.render(k)
		m.storeRendering(mdRenderedMsg{key: k, lines: lines, err: err})
		return nil
	}
	m.mdPending[k] = true
	return m.md.renderCmd(k)
}

// storeRendering caches a finished rendering; a failed one caches the plain
// text so it is not retried on every message.
func (m *Model) storeRendering(msg mdRenderedMsg) {
	delete(m.mdPending, msg.key)
	lines := msg.lines
	if msg.err != nil {
		lines = plainLines(msg.key.src, msg.key.width)
	}
	m.mdCache.put(msg.key, lines)
}

func keyIs(k tea.KeyPressMsg, b key.Binding) bool { return key.Matches(k, b) }
