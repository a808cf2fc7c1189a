package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"marginalia/data"
	"marginalia/model"
)

func newExportCommand() *cobra.Command {
	var (
		out           string
		annotatedOnly bool
	)
	cmd := &cobra.Command{
		Use:   "export [ARTICLE]",
		Short: "Export claims, sources and your notes as markdown",
		Long: "export writes the article's claims with their sourcing, your notes and verdicts as markdown\n" +
			"(with YAML front matter for note tools such as Obsidian) to stdout, or atomically to FILE.\n" +
			"Notes on claims the article no longer has are listed at the end.",
		Args: cobra.MaximumNArgs(1),
	}
	filter := addFilterFlags(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE (atomically replaced) instead of stdout")
	cmd.Flags().BoolVar(&annotatedOnly, "annotated-only", false, "only claims that carry a note or a verdict")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		arg := ""
		if len(args) > 0 {
			arg = args[0]
		}
		in, err := data.Load(arg)
		if err != nil {
			return err
		}
		art := model.Analyze(in.Raw, in.Meta)
		f, err := filter.resolve(&art)
		if err != nil {
			return err
		}
		store, warning, err := data.OpenNotesFor(in)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if warning != "" {
			fmt.Fprintln(cmd.ErrOrStderr(), "marginalia: warning: "+model.Sanitize(warning))
		}
		md := model.ExportMarkdown(&art, store.Notes(), f,
			model.ExportOptions{AnnotatedOnly: annotatedOnly, Exported: time.Now()})
		if out == "" || out == "-" {
			_, err := fmt.Fprint(cmd.OutOrStdout(), md)
			return err
		}
		return data.WriteFileAtomic(out, []byte(md))
	}
	return cmd
}
