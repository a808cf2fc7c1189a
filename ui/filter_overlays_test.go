package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

var (
	_ overlay = (*pickerOverlay)(nil)
	_ overlay = (*overviewOverlay)(nil)
)

// sendAndRun sends a message to the reader and then the messages its
// command produces, as Bubble Tea would.
func sendAndRun(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	for _, out := range runCmds(cmd) {
		switch out.(type) {
		case FilterChosenMsg, PickerClosedMsg, OverviewClosedMsg:
			m = sendAndRun(m, out)
		}
	}
	return m
}

// filterOverlayArticle is a small article built by hand: two paragraphs,
// five claims, three speakers (claims 1 and 2 are unattributed).
func filterOverlayArticle() model.Article {
	paragraphs := [][]string{
		{"Experts warn of a threat.", "The border is porous.", "Officials agree."},
		{"Lerette fears attacks at concerts.", "Analysts say the risk is real."},
	}
	var a model.Article
	a.Title = "Overlay test"
	for pi, claims := range paragraphs {
		p := model.Paragraph{Index: pi + 1, Text: strings.Join(claims, " ")}
		start := 0
		for _, text := range claims {
			ci := len(a.Claims)
			a.Claims = append(a.Claims, model.Claim{Index: int32(ci), Paragraph: int32(pi + 1),
				Start: int32(start), End: int32(start + len(text)), Text: text})
			setFixtureID(&a.Claims[ci], ci)
			p.Claims = append(p.Claims, ci)
			start += len(text) + 1
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	for _, s := range []struct {
		name  string
		kind  model.Kind
		claim int
	}{{"experts", model.KindGroup, 0}, {"Morgan Lerette", model.KindPerson, 3}, {"analysts", model.KindGroup, 4}} {
		a.Claims[s.claim].Speakers = []int{len(a.Speakers)}
		a.Speakers = append(a.Speakers, model.Speaker{Name: s.name, Kind: s.kind, Claims: []int{s.claim}, FirstClaim: s.claim})
	}
	return a
}

// openReaderForOverlay is the reader on the article at the given size.
func openReaderForOverlay(w, h int) Model {
	next, _ := New(Options{Article: filterOverlayArticle()}).Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(Model)
}

func overlayScreen(m Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")
}

func TestPickerOverlayFiltersTheReader(t *testing.T) {
	m := openReaderForOverlay(100, 30)
	m.pushOverlay(newPickerOverlay(m.art, m.filter, m.theme))
	for _, l := range overlayScreen(m) {
		if ansi.StringWidth(l) > 100 {
			t.Fatalf("a line overflows the screen: %q", l)
		}
	}
	if !strings.Contains(strings.Join(overlayScreen(m), "\n"), "Filter by speaker") {
		t.Fatalf("the picker is not drawn:\n%s", strings.Join(overlayScreen(m), "\n"))
	}
	for _, r := range "lerette" {
		m = sendAndRun(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = sendAndRun(m, keyEnter)
	if len(m.overlays) != 0 {
		t.Fatal("the picker should close when it applies a filter")
	}
	if h := overlayScreen(m)[0]; !strings.Contains(h, "claim 1/1") || !strings.Contains(h, "Lerette") {
		t.Errorf("after choosing Lerette the header reads %q", h)
	}
}

func TestPickerOverlayEscLeavesTheFilter(t *testing.T) {
	m := openReaderForOverlay(100, 30)
	m.pushOverlay(newPickerOverlay(m.art, m.filter, m.theme))
	m = sendAndRun(m, keyTab)
	m = sendAndRun(m, keyEsc)
	if len(m.overlays) != 0 || m.filter.Active() {
		t.Errorf("esc should close the picker and leave no filter; overlays %d, filter %+v", len(m.overlays), m.filter)
	}
}

func TestOverviewOverlayFiltersTheReaderByKind(t *testing.T) {
	m := openReaderForOverlay(60, 20)
	m.pushOverlay(newOverviewOverlay(m.art, m.filter, m.theme))
	for _, l := range overlayScreen(m) {
		if ansi.StringWidth(l) > 60 {
			t.Fatalf("a line overflows the screen: %q", l)
		}
	}
	// The first choice is the unattributed bar, the next the group bar (claims 0
	// and 4): anonymous, person... have no claims and are skipped.
	m = sendAndRun(m, keyDown)
	m = sendAndRun(m, keyEnter)
	if h := overlayScreen(m)[0]; !strings.Contains(h, "claim 1/2") {
		t.Errorf("after choosing the group bar the header reads %q, want claim 1/2", h)
	}
}
