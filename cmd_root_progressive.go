package main

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"marginalia/data"
	"marginalia/model"
	"marginalia/ui"
)

// The reader opens a long article before it is analysed: the paragraphs of
// the first screen are analysed before the reader starts, the rest by a chain
// of commands, each analysing a slice of the text and handing the reader a
// snapshot (ui.ArticleMsg) with the next command. Only one command of the
// chain exists at a time, so the analyzer is never used by two goroutines at
// once, and the reader reads snapshots, which share nothing the analysis
// still writes (model.Analyzer.Snapshot).
const (
	// firstScreenClaims and firstScreenParagraphs bound the synchronous
	// start: whichever comes first fills a tall terminal with claims.
	firstScreenClaims     = 60
	firstScreenParagraphs = 20

	// stepBudget is the analysis time one command spends before handing a
	// snapshot over: short enough for the header's percentage to move
	// smoothly, long enough for the snapshot and the reader's update to be
	// a small part of the work.
	stepBudget = 15 * time.Millisecond

	// paragraphsPerClock is how many paragraphs are analysed between two
	// reads of the clock.
	paragraphsPerClock = 4
)

// analysisRest is what remains of a progressive analysis when the reader
// starts: the command that continues it and the fraction done. The zero
// value means the article is complete.
type analysisRest struct {
	start    tea.Cmd
	progress float64
	in       data.Input // the article as read, whose notes the reader opens (cmd_root_notes.go)
}

// continued sets the reader's options to continue the analysis.
func (r analysisRest) continued(opts ui.Options) ui.Options {
	opts.Start, opts.Progress = r.start, r.progress
	return opts
}

// loadReaderArticle reads the article named by the optional argument for
// the root command. The reader on a terminal gets the first screen's
// analysis and the rest of it to continue; printed output and a filter flag
// (resolved against every speaker, see newRootCommand) get the whole analysis.
func loadReaderArticle(cmd *cobra.Command, args []string) (model.Article, analysisRest, error) {
	whole := !isTerminal(cmd.OutOrStdout()) || cmd.Flags().Changed("speaker") || cmd.Flags().Changed("unattributed")
	// The memory limit holds until the analysis is complete (the reader
	// lifts it then, see analysisStep and newRootCommand).
	in, err := loadInput(args) // cmd_root.go
	if err != nil {
		return model.Article{}, analysisRest{}, err
	}
	if whole {
		return model.Analyze(in.Raw, in.Meta), analysisRest{in: in}, nil
	}
	opts := progressiveOptions(in, stepBudget)
	return opts.Article, analysisRest{start: opts.Start, progress: opts.Progress, in: in}, nil
}

// progressiveOptions analyses the first screen of the article and returns
// the reader's options for it: the article so far, and, when there is more,
// the command that analyses the rest, budget at a time, and the fraction
// done. The reader uses stepBudget; tests pass 0 for the fewest paragraphs
// per step, so the chain has the same steps on any machine.
func progressiveOptions(in data.Input, budget time.Duration) ui.Options {
	an := model.NewAnalyzer(in.Raw, in.Meta)
	first := analyseFirstScreen(an)
	// This snapshot can stay reachable while the reader runs (the root
	// command's art, an address-taken variable on its stack, holds it until
	// the command returns): its claims are copied so that it does not pin
	// the analyzer's first, provisional claims array (0.6 MB on a 5 MB
	// article).
	first.Claims = slices.Clone(first.Claims)
	opts := ui.Options{Article: first}
	if !an.Done() {
		opts.Start = analysisStep(an, budget)
		opts.Progress = an.Progress()
	}
	return opts
}

// analyseFirstScreen analyses paragraphs until there are enough claims or
// paragraphs for the first screen, and returns the snapshot.
func analyseFirstScreen(an *model.Analyzer) model.Article {
	for {
		an.Step(1)
		// Early in the article a snapshot costs next to nothing: few
		// speakers to copy.
		snap := an.Snapshot()
		if an.Done() || len(snap.Claims) >= firstScreenClaims || len(snap.Paragraphs) >= firstScreenParagraphs {
			return snap
		}
	}
}

// analysisStep is one command of the chain: it analyses for about budget
// (at least paragraphsPerClock paragraphs) and returns the snapshot, with
// the next step unless the article is complete.
func analysisStep(an *model.Analyzer, budget time.Duration) tea.Cmd {
	return func() tea.Msg {
		deadline := time.Now().Add(budget)
		done := an.Step(paragraphsPerClock)
		for !done && time.Now().Before(deadline) {
			done = an.Step(paragraphsPerClock)
		}
		msg := ui.ArticleMsg{Article: an.Snapshot(), Done: done, Progress: an.Progress()}
		if !done {
			msg.Next = analysisStep(an, budget)
		} else {
			relaxMemoryLimit() // memory_limit.go
		}
		return msg
	}
}
