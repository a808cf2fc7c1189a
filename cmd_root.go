package main

import (
	"github.com/spf13/cobra"

	"marginalia/data"
	"marginalia/model"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "marginalia [ARTICLE]",
		Short: "Read news critically, claim by claim",
		Long: "marginalia opens an article (the embedded one by default), splits it into claims and shows\n" +
			"for each who says it and how well it is sourced. ARTICLE is a path or - for stdin.",
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			art, err := loadArticle(args)
			if err != nil {
				return err
			}
			return printArticle(cmd.OutOrStdout(), &art)
		},
	}
	root.AddCommand(newClaimsCommand(), newSpeakersCommand(), newExportCommand())
	return root
}

// loadArticle reads and analyses the article named by the optional argument.
func loadArticle(args []string) (model.Article, error) {
	arg := ""
	if len(args) > 0 {
		arg = args[0]
	}
	in, err := data.Load(arg)
	if err != nil {
		return model.Article{}, err
	}
	return model.Analyze(in.Raw, in.Meta), nil
}
