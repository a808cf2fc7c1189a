package main

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/bench/gen"
	"marginalia/data"
	"marginalia/model"
	"marginalia/ui"
)

// readerHeader is the reader's header line as plain text.
func readerHeader(m tea.Model) string {
	line, _, _ := strings.Cut(ansi.Strip(m.(ui.Model).View().Content), "\n")
	return line
}

func pressKey(m tea.Model, k rune) tea.Model {
	next, _ := m.Update(tea.KeyPressMsg{Code: k, Text: string(k)})
	return next
}

// The reader opens on the first screen's analysis, shows its progress,
// moves within what is ready, and once the command chain has run to the end
// holds exactly the article model.Analyze gives, claim by claim.
func TestProgressiveReaderEndsWithTheWholeAnalysis(t *testing.T) {
	in := data.Input{Raw: gen.Article(256<<10, 2), Meta: model.Meta{Source: "test", Format: "text"}}
	full := model.Analyze(in.Raw, in.Meta)

	opts := progressiveOptions(in, 0)
	first := len(opts.Article.Claims)
	if opts.Start == nil || first == 0 || first >= len(full.Claims) {
		t.Fatalf("first screen: %d of %d claims, start command %v", first, len(full.Claims), opts.Start != nil)
	}
	if first < firstScreenClaims && len(opts.Article.Paragraphs) < firstScreenParagraphs {
		t.Errorf("first screen stopped at %d claims in %d paragraphs", first, len(opts.Article.Paragraphs))
	}
	var m tea.Model = ui.New(opts)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	h := readerHeader(m)
	if !strings.Contains(h, fmt.Sprintf("claim 1/%d", first)) || !strings.Contains(h, "analysing") {
		t.Fatalf("first frame header: %q", h)
	}
	m = pressKey(m, 'G') // the last claim ready
	if h := readerHeader(m); !strings.Contains(h, fmt.Sprintf("claim %d/%d", first, first)) {
		t.Errorf("G on the first screen's analysis: %q", h)
	}

	// Run the chain as Bubble Tea would, one command at a time, each
	// snapshot going through Update.
	msg, steps, sawProgress := opts.Start(), 0, false
	for {
		am, ok := msg.(ui.ArticleMsg)
		if !ok {
			t.Fatalf("a step returned %T", msg)
		}
		steps++
		m, _ = m.Update(am)
		if !am.Done {
			pct := fmt.Sprintf("analysing %d%%", int(am.Progress*100))
			sawProgress = sawProgress || strings.Contains(readerHeader(m), pct)
		}
		if am.Done {
			if am.Next != nil {
				t.Error("the last step chains another")
			}
			break
		}
		if am.Next == nil {
			t.Fatal("a step before the end chains nothing")
		}
		msg = am.Next()
	}
	if steps < 10 || !sawProgress {
		t.Errorf("%d steps, the percentage shown during the analysis: %v", steps, sawProgress)
	}
	h = readerHeader(m)
	if strings.Contains(h, "analysing") || !strings.Contains(h, fmt.Sprintf("claim %d/%d", first, len(full.Claims))) {
		t.Errorf("after %d steps the header is %q", steps, h)
	}

	// Every claim, in order, with the IDs of the one-shot analysis.
	m = pressKey(m, 'g')
	for i, c := range full.Claims {
		if got := m.(ui.Model).CurrentClaimID(); got != c.ID() {
			t.Fatalf("claim %d: ID %q, model.Analyze says %q", i+1, got, c.ID())
		}
		m = pressKey(m, 'j')
	}
}

// A short article is analysed completely before the reader starts: no
// command chain, no progress in the header.
func TestProgressiveReaderOnAShortArticleIsComplete(t *testing.T) {
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	opts := progressiveOptions(in, stepBudget)
	full := model.Analyze(in.Raw, in.Meta)
	if opts.Start != nil || len(opts.Article.Claims) != len(full.Claims) {
		t.Fatalf("embedded article: %d of %d claims, start command %v", len(opts.Article.Claims), len(full.Claims), opts.Start != nil)
	}
	var m tea.Model = ui.New(opts)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if h := readerHeader(m); strings.Contains(h, "analysing") {
		t.Errorf("header: %q", h)
	}
}
