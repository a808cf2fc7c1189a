package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/spf13/cobra"
)

// withCommandSuggestion adds "did you mean" to the error for an article that
// does not exist when its name is close to a subcommand's: `marginalia
// claim` is far more likely a typo of `claims` than a file called "claim".
// The reader takes any name as an article, so cobra's own suggestions for
// unknown commands never run.
func withCommandSuggestion(root *cobra.Command, args []string, err error) error {
	if len(args) != 1 || !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if root.SuggestionsMinimumDistance <= 0 {
		root.SuggestionsMinimumDistance = 2 // cobra's own default, set only on its unknown-command path
	}
	if names := root.SuggestionsFor(args[0]); len(names) > 0 {
		return fmt.Errorf("%w (did you mean `marginalia %s`?)", err, names[0])
	}
	return err
}
