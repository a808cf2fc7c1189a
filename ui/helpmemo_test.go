package ui

import (
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The footer's short help is laid out once and reused (helpMemo): after
// every change that shows in it (a search enabling n/N, the width, the
// palette, an overlay and back) the footer is the one laid out afresh.
func TestShortHelpMemoFollowsWhatTheFooterShows(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 120, 40)
	fresh := func(m Model) string {
		m.shortHelp = nil // lays the help out every time
		return m.footerView()
	}
	steps := []struct {
		name string
		do   func(Model) Model
	}{
		{"opened", func(m Model) Model { return m }},
		{"a move", func(m Model) Model { return press(m, "j") }},
		{"a search applied (n/N enabled)", func(m Model) Model { return press(typeText(press(m, "/"), "said"), "enter") }},
		{"the search cleared", func(m Model) Model { return press(m, "esc") }},
		{"narrower", func(m Model) Model { return send(m, tea.WindowSizeMsg{Width: 50, Height: 30}) }},
		{"a light palette", func(m Model) Model { return send(m, tea.BackgroundColorMsg{Color: lightGrey{}}) }},
		{"wider again", func(m Model) Model { return send(m, tea.WindowSizeMsg{Width: 120, Height: 40}) }},
		{"help open", func(m Model) Model { return press(m, "?") }},
		{"help closed", func(m Model) Model { return press(m, "esc") }},
	}
	seen := map[string]bool{}
	for _, s := range steps {
		m = s.do(m)
		got, want := m.footerView(), fresh(m)
		if got != want {
			t.Fatalf("%s: footer\n%q\nlaid out afresh it is\n%q", s.name, got, want)
		}
		if m.footerView() != got {
			t.Fatalf("%s: the footer drawn twice differs", s.name)
		}
		seen[got] = true
	}
	if len(seen) < 5 {
		t.Errorf("the steps showed %d different footers: the test no longer changes what the footer shows", len(seen))
	}
}

// The memo lays the help out again when only a binding changed: its help
// text or whether it is enabled, at the same width and palette.
func TestShortHelpMemoSeesBindingChanges(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 120, 40)
	h := m.theme.footerHelp
	c := &helpMemo{}
	bindings := m.ShortHelp()
	first := c.line(h, m.theme, bindings, 100)
	if first != readerShortHelp(h, bindings, 100) {
		t.Fatalf("memo laid out %q, not the help %q", first, readerShortHelp(h, bindings, 100))
	}
	disabled := append([]key.Binding(nil), bindings...)
	disabled[0].SetEnabled(false)
	renamed := append([]key.Binding(nil), bindings...)
	renamed[0] = withHelp(renamed[0], "j/k", "next or previous claim")
	for name, b := range map[string][]key.Binding{"disabled": disabled, "renamed": renamed, "one less": bindings[1:]} {
		want := readerShortHelp(h, b, 100)
		if want == first {
			t.Fatalf("%s: the change does not show in the help; nothing to test", name)
		}
		if got := c.line(h, m.theme, b, 100); got != want {
			t.Errorf("%s binding: memo gave %q, want %q", name, got, want)
		}
	}
}
