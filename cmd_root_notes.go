package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"marginalia/data"
	"marginalia/model"
	"marginalia/ui"
)

// runReaderWithNotes runs the reader with the notes kept for the article
// (under $XDG_DATA_HOME/marginalia): the reader opens on the remembered
// claim unless a filter was given, and saves every note, verdict and move.
// Notes that could not be saved by the time the reader ends are printed to
// stderr, so that nothing typed is lost even on a read-only disk.
func runReaderWithNotes(stderr io.Writer, in data.Input, opts ui.Options) error {
	err := runReader(stderr, withNotes(in, opts))
	var unsaved *ui.UnsavedNotesError
	if errors.As(err, &unsaved) {
		printUnsavedNotes(stderr, unsaved.Notes)
	}
	return err
}

// withNotes opens the article's notes store for the reader. A store that
// cannot be read does not keep the reader closed: notes made then are kept
// in memory, can be exported with e, and are printed at exit.
func withNotes(in data.Input, opts ui.Options) ui.Options {
	store, warning, err := data.OpenNotesFor(in)
	if err != nil {
		opts.Status = "notes unavailable, not saved this session: " + err.Error()
		return opts
	}
	opts.Notes = store
	opts.Status = warning
	if !opts.Filter.Active() {
		opts.StartClaimID = store.Position()
	}
	return opts
}

// printUnsavedNotes writes the notes the store refused to stderr, one
// block per claim, sanitized.
func printUnsavedNotes(w io.Writer, notes []model.Note) {
	fmt.Fprintln(w, "marginalia: these notes could not be saved; copy them now:")
	for _, n := range notes {
		fmt.Fprintf(w, "\nclaim %q", model.Sanitize(oneLineText(n.Quote)))
		if n.Verdict != model.VerdictNone {
			fmt.Fprintf(w, " [%s]", n.Verdict)
		}
		fmt.Fprintln(w)
		if n.Text != "" {
			fmt.Fprintln(w, model.Sanitize(n.Text))
		}
	}
}

func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
