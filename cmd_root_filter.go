package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"marginalia/model"
)

// readerFilter resolves the reader's --speaker and --unattributed flags
// (registered on the root command by addFilterFlags) against the article.
// The article must be completely analysed: a name is an error when no
// speaker has it, and a speaker introduced late in a long article would not
// be in an early snapshot yet. The reader opens on the first matching claim
// (ui.New: an active Options.Filter wins over a remembered position).
func readerFilter(cmd *cobra.Command, a *model.Article) (model.Filter, error) {
	speakers, err := cmd.Flags().GetStringArray("speaker")
	if err != nil {
		return model.Filter{}, fmt.Errorf("--speaker: %w", err)
	}
	unattributed, err := cmd.Flags().GetBool("unattributed")
	if err != nil {
		return model.Filter{}, fmt.Errorf("--unattributed: %w", err)
	}
	flags := filterFlags{speakers: speakers, unattributed: unattributed}
	return flags.resolve(a)
}
