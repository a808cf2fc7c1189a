package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

type searchKeys struct {
	Open      key.Binding
	NextMatch key.Binding
	PrevMatch key.Binding
	Submit    key.Binding
	Cancel    key.Binding
}

func newSearchKeys() searchKeys {
	return searchKeys{
		Open:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Submit:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "find")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// searchBox is the `/` search: a text input while typing, then an applied
// query whose matches are highlighted and stepped through with n and N.
//
// Matching never scans the whole article per keystroke: while typing, only
// the paragraphs on screen are searched (to highlight them); the article is
// scanned claim by claim on enter, n and N, and only until the next match.
type searchBox struct {
	input   textinput.Model
	typing  bool
	query   string // the applied query, "" when no search is active
	before  string // the applied query when typing began, restored by esc
	keys    searchKeys
	matches *matchCache
}

// matchCache holds the highlighted query's matches per paragraph.
type matchCache struct {
	query  string
	fq     foldQuery
	byPara map[int][]span
}

func newSearchBox(t *theme) searchBox {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search"
	in.SetVirtualCursor(false)
	in.SetStyles(t.input)
	s := searchBox{input: in, keys: newSearchKeys(), matches: &matchCache{byPara: map[int][]span{}}}
	s.syncKeys()
	return s
}

// active reports whether anything of the search shows: the input or
// highlighted matches.
func (s *searchBox) active() bool { return s.typing || s.query != "" }

// highlighted is the query whose matches the article shows.
func (s *searchBox) highlighted() string {
	if s.typing {
		return s.input.Value()
	}
	return s.query
}

func (s *searchBox) open() tea.Cmd {
	s.typing = true
	s.before = s.query
	s.input.SetValue("")
	s.syncKeys()
	return s.input.Focus()
}

// cancel leaves typing and restores the previous search, or clears an
// applied search: the two things esc undoes, innermost first.
func (s *searchBox) cancel() {
	if s.typing {
		s.typing = false
		s.query = s.before
		s.input.Blur()
	} else {
		s.query = ""
	}
	s.syncKeys()
}

// submit applies what was typed; an empty query clears the search.
func (s *searchBox) submit() {
	s.typing = false
	s.input.Blur()
	s.query = s.input.Value()
	if strings.TrimSpace(s.query) == "" {
		s.query = ""
	}
	s.syncKeys()
}

func (s *searchBox) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return cmd
}

func (s *searchBox) syncKeys() {
	s.keys.NextMatch.SetEnabled(s.query != "" && !s.typing)
	s.keys.PrevMatch.SetEnabled(s.query != "" && !s.typing)
}

// paragraphMatches returns the matches of the highlighted query in
// paragraph p, computing them the first time they are asked for.
func (s *searchBox) paragraphMatches(a *model.Article, p int) []span {
	q := s.highlighted()
	mc := s.matches
	if q != mc.query {
		mc.query, mc.fq = q, newFoldQuery(q)
		clear(mc.byPara)
	}
	if mc.fq.empty() {
		return nil
	}
	if ms, ok := mc.byPara[p]; ok {
		return ms
	}
	if len(mc.byPara) >= maxCachedParagraphs {
		clear(mc.byPara)
	}
	ms := mc.fq.all(a.Paragraphs[p].Text)
	mc.byPara[p] = ms
	return ms
}

// forget drops cached matches from paragraph p on (a new article snapshot).
func (s *searchBox) forget(p int) {
	for k := range s.matches.byPara {
		if k >= p {
			delete(s.matches.byPara, k)
		}
	}
}

// find looks for the applied query from claim `from` in direction dir (+1
// or -1) among the navigable claims, wrapping around the article once. It
// returns the matching claim and whether the search wrapped.
func (s *searchBox) find(a *model.Article, nav navigator, from, dir int) (claim int, wrapped, ok bool) {
	fq := newFoldQuery(s.query)
	n := nav.Len()
	if fq.empty() || n == 0 {
		return 0, false, false
	}
	i := nav.Search(from)
	if dir < 0 && (i >= n || nav.At(i) != from) {
		i-- // from is not navigable: the one before it is the first candidate
	}
	for step := 0; step < n; step++ {
		j := ((i+dir*step)%n + n) % n
		c := nav.At(j)
		if _, hit := fq.index(a.Claims[c].Text, 0); hit {
			return c, dir > 0 && j < i || dir < 0 && j > i, true
		}
	}
	return 0, false, false
}

// enabled is b switched on, to recognise its keys while it is disabled.
func enabled(b key.Binding) key.Binding {
	b.SetEnabled(true)
	return b
}
