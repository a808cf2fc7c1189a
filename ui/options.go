// Package ui is marginalia's reader: a Bubble Tea program that steps through
// an analysed article claim by claim, with panes for the claim's source
// notes and attribution.
package ui

import (
	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// Options configures the reader. Only Article is required; the hooks let the
// notes store and the filter work plug in without the reader knowing them.
type Options struct {
	// Article is the analysed article, or the first snapshot of one still
	// being analysed (see ArticleMsg).
	Article model.Article

	// Filter starts the reader filtered (the --speaker flag); the reader then
	// opens on the first matching claim.
	Filter model.Filter

	// StartClaimID opens the reader on this claim (a remembered reading
	// position) when no filter is given. An ID not yet in the article is
	// looked for again in each ArticleMsg until the analysis is done.
	StartClaimID string

	// Annotated reports whether a claim carries a note or verdict; such
	// claims get a mark in the gutter. It is called for visible claims on
	// every frame, so it must be cheap (a map lookup).
	Annotated func(claimID string) bool

	// ExtraNotes returns markdown shown in the Source notes pane for a
	// claim, right under its position line (the reader's own note and
	// verdict). It is called whenever the
	// pane content is rebuilt, which is after every message while that claim
	// is shown; return "" for nothing.
	ExtraNotes func(claimID string) string

	// OnExit, when set, receives the current claim's ID when the reader quits
	// normally, so the reading position can be remembered.
	OnExit func(claimID string)

	// NoColor draws without colour (the NO_COLOR convention); Run sets it
	// from the environment. The current claim is then shown in reverse video.
	NoColor bool

	// Light starts with the light palette; the terminal's answer to the
	// background colour query overrides it. Default is dark.
	Light bool

	// Start, when set, is run once when the reader starts, alongside its own
	// start-up commands: the first step of a progressive analysis, which
	// then continues through ArticleMsg.Next.
	Start tea.Cmd

	// Progress is the fraction of the text Article covers when Start
	// continues its analysis: the header shows it from the first frame until
	// an ArticleMsg says the analysis is done. Without Start the article is
	// complete.
	Progress float64

	// Notes is the notes store: the reader's notes and verdicts are read
	// from it at start and saved to it on every change (`m`, `v`) and the
	// reading position shortly after every move. Without it notes live in
	// memory only. The Annotated and ExtraNotes hooks default to showing
	// these notes.
	Notes NotesStore

	// Status is shown on the status line at start, until the first key
	// (a warning from opening the notes store).
	Status string

	// syncPanes renders pane markdown inside Update instead of in a command.
	// Only golden tests set it, so their final frame does not depend on how
	// fast the renderer goroutines were.
	syncPanes bool
}

// ArticleMsg replaces the article with a newer snapshot of the same article
// (progressive analysis sends a longer one as analysis proceeds). The current
// claim, scroll position and filter are kept; only paragraphs that changed
// are wrapped again.
type ArticleMsg struct {
	Article  model.Article
	Done     bool    // analysis is complete
	Progress float64 // fraction analysed, 0 to 1, shown in the header until Done

	// Next, when set, is returned as a command once the snapshot is shown:
	// the next step of the analysis pipeline. Work happens in the command,
	// never in a goroutine touching the model.
	Next tea.Cmd
}

// StatusMsg shows a message in the footer for a few seconds (an export path,
// a warning about the notes file). The text is sanitized before display.
type StatusMsg struct{ Text string }
