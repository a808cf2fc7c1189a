package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"marginalia/model"
)

func newClaimsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "claims [ARTICLE]",
		Short: "List the article's claims with their sources",
		Args:  cobra.MaximumNArgs(1),
	}
	filter := addFilterFlags(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		art, f, err := filter.load(args)
		if err != nil {
			return err
		}
		if asJSON {
			return writeArticleJSON(cmd.OutOrStdout(), &art, keep(f)) // output_document.go
		}
		shown := filteredArticle(&art, f)
		if f.Active() && len(shown.Paragraphs) == 0 {
			// Empty stdout, as a script expects of a query that matched
			// nothing; the person at the terminal is told why.
			fmt.Fprintf(cmd.ErrOrStderr(), "marginalia: no claim matches the filter (%s)\n", model.Sanitize(f.Label(&art)))
			return nil
		}
		return printArticle(cmd.OutOrStdout(), &shown)
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the analysis as JSON")
	return cmd
}
