package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: the notes work implements export.
func newExportCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "export [ARTICLE]",
		Short: "Export claims, sources and your notes as markdown",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("export: not implemented yet")
		},
	}
}
