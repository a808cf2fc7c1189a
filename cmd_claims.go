package main

import (
	"github.com/spf13/cobra"

	"marginalia/model"
)

func newClaimsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "claims [ARTICLE]",
		Short: "List the article's claims with their sources",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			art, err := loadArticle(args)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), model.ToDocument(&art, nil))
			}
			return printArticle(cmd.OutOrStdout(), &art)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the analysis as JSON")
	return cmd
}
