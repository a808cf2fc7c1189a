package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/charmbracelet/x/term"
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
	root.AddCommand(newClaimsCommand(), newSpeakersCommand())
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

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printSpeakers prints an aligned table on a terminal and tab-separated rows
// otherwise, so the output is readable and scriptable.
func printSpeakers(w io.Writer, speakers []model.DocSpeaker) error {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = term.IsTerminal(f.Fd())
	}
	out := w
	var tw *tabwriter.Writer
	if tty {
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		out = tw
		fmt.Fprintln(out, "NAME\tKIND\tROLE\tCLAIMS")
	}
	for _, s := range speakers {
		fmt.Fprintf(out, "%s\t%s\t%s\t%d\n", s.Name, s.Kind, s.Role, len(s.Claims))
	}
	if tw != nil {
		return tw.Flush()
	}
	return nil
}

// printArticle prints the analysed article as plain text: each paragraph's
// claims with their sources.
func printArticle(w io.Writer, a *model.Article) error {
	if a.Title != "" {
		fmt.Fprintf(w, "%s\n\n", a.Title)
	}
	for _, p := range a.Paragraphs {
		fmt.Fprintf(w, "¶ %d\n", p.Index)
		for _, ci := range p.Claims {
			c := a.Claims[ci]
			who := "unattributed"
			if len(c.Speakers) > 0 {
				names := make([]string, len(c.Speakers))
				for i, si := range c.Speakers {
					names[i] = a.Speakers[si].Name
				}
				who = strings.Join(names, ", ")
			}
			fmt.Fprintf(w, "  %d. %s\n     — %s\n", c.Index+1, c.Text, who)
		}
		fmt.Fprintln(w)
	}
	return nil
}
