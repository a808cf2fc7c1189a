package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"marginalia/data"
	"marginalia/model"
	"marginalia/ui"
)

func newRootCommand() *cobra.Command {
	var filter *filterFlags // --speaker, --unattributed
	root := &cobra.Command{
		Use:   "marginalia [ARTICLE]",
		Short: "Read news critically, claim by claim",
		Long: "marginalia opens an article (the embedded one by default), splits it into claims and shows\n" +
			"for each who says it and how well it is sourced. ARTICLE is a path, - for stdin, or an\n" +
			"http(s):// URL.",
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			art, rest, err := loadReaderArticle(cmd, args) // cmd_root_progressive.go
			if err != nil {
				return withCommandSuggestion(cmd, args, err) // cmd_suggest.go
			}
			// The filter needs the completely analysed article: a name is
			// an error when no speaker has it, and a speaker introduced late
			// in a long article would not be in an early snapshot yet. The
			// reader opens on the first matching claim (ui.New: an active
			// Options.Filter wins over a remembered position).
			f, err := filter.resolve(&art)
			if err != nil {
				return err
			}
			// Like glow's notty style: piped or redirected, print the
			// analysed article as plain text instead of drawing a screen.
			if !isTerminal(cmd.OutOrStdout()) {
				shown := filteredArticle(&art, f)
				return printArticle(cmd.OutOrStdout(), &shown)
			}
			if rest.start == nil {
				relaxMemoryLimitLater() // the analysis is complete (memory_limit.go)
			}
			return runReaderWithNotes(cmd.ErrOrStderr(), rest.in, rest.continued(ui.Options{Article: art, Filter: f})) // cmd_root_notes.go
		},
	}
	filter = addFilterFlags(root)
	root.AddCommand(newClaimsCommand(), newSpeakersCommand(), newExportCommand())
	return root
}

// loadArticle reads and analyses the article named by the optional argument.
func loadArticle(args []string) (model.Article, error) {
	in, err := loadInput(args)
	if err != nil {
		return model.Article{}, err
	}
	return model.Analyze(in.Raw, in.Meta), nil
}

// loadInput reads the article named by the optional argument and sets the
// memory limit for analysing it (memory_limit.go), as every command that
// analyses begins.
func loadInput(args []string) (data.Input, error) {
	arg := ""
	if len(args) > 0 {
		arg = args[0]
	}
	in, err := data.Load(arg)
	if err != nil {
		return data.Input{}, err
	}
	limitMemoryFor(len(in.Raw))
	return in, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// runReader runs the reader. After a panic inside it (the terminal is
// restored by then), the sanitized stack goes to stderr for a bug report and
// the error, reported once by main, gives a non-zero status.
func runReader(stderr io.Writer, opts ui.Options) error {
	err := ui.Run(opts)
	var perr *ui.PanicError
	if errors.As(err, &perr) {
		fmt.Fprintf(stderr, "%s\n", perr.Stack)
	}
	return err
}
