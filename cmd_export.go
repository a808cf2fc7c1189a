package main

import (
	"fmt"
	"io"
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
		in, err := loadInput(args) // cmd_root.go
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
		// Written as it is made: the markdown of a long article is several
		// times its size (20 MB for 5 MB).
		write := func(w io.Writer) error {
			return model.WriteExportMarkdown(w, &art, store.Notes(), f,
				model.ExportOptions{AnnotatedOnly: annotatedOnly, Exported: time.Now()})
		}
		if out == "" || out == "-" {
			return write(cmd.OutOrStdout())
		}
		return data.WriteFileAtomicFrom(out, write)
	}
	return cmd
}
