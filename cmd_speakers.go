package main

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"marginalia/model"
)

func newSpeakersCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "speakers [ARTICLE]",
		Short: "List who is quoted or cited, with kind, role and claim count, and the article's sourcing",
		Long: "speakers lists who is quoted or cited, with kind, role and claim count. On a terminal a\n" +
			"line under the table sums up the sourcing: claims by the kind of their strongest source,\n" +
			"hedged and check-worthy claims. With --json the same sum is the \"summary\" object.\n" +
			"With --speaker or --unattributed only the speakers named are listed, and the summary\n" +
			"counts only the claims that pass the filter.",
		Args: cobra.MaximumNArgs(1),
	}
	filter := addFilterFlags(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		art, f, err := filter.load(args)
		if err != nil {
			return err
		}
		// Only the speakers: ToDocument would also copy every claim. The
		// list is never nil, so JSON says [] rather than null.
		all := slices.AppendSeq(make([]model.DocSpeaker, 0, len(art.Speakers)), model.DocSpeakers(&art, nil))
		speakers := selectedSpeakers(all, f)
		summary := model.Summarize(&art, keep(f))
		w := cmd.OutOrStdout()
		if asJSON {
			return writeJSON(w, map[string]any{"speakers": speakers, "summary": summary})
		}
		if err := printSpeakers(w, speakers); err != nil {
			return err
		}
		// Scripts read the tab-separated rows, so the summary line is for people only.
		if isTerminal(w) { // cmd_root.go
			_, err = fmt.Fprintf(w, "\n%s\n", summary)
		}
		return err
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the speakers and the sourcing summary as JSON")
	return cmd
}

// selectedSpeakers keeps the speakers a filter names, or all of them when
// nothing is filtered; --unattributed alone names nobody, so lists nobody.
func selectedSpeakers(all []model.DocSpeaker, f model.Filter) []model.DocSpeaker {
	if !f.Active() {
		return all
	}
	out := []model.DocSpeaker{}
	for _, si := range f.Speakers {
		out = append(out, all[si])
	}
	return out
}
