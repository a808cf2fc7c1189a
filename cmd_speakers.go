package main

import (
	"github.com/spf13/cobra"

	"marginalia/model"
)

func newSpeakersCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "speakers [ARTICLE]",
		Short: "List who is quoted or cited, with kind, role and claim count",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			art, err := loadArticle(args)
			if err != nil {
				return err
			}
			doc := model.ToDocument(&art, nil)
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), map[string]any{"speakers": doc.Speakers})
			}
			return printSpeakers(cmd.OutOrStdout(), doc.Speakers)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the speakers as JSON")
	return cmd
}
