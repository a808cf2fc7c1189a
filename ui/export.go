package ui

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"marginalia/data"
	"marginalia/model"
)

// exportDir is where `e` writes: the current directory, as the user would
// expect of a command typed in a shell there.
const exportDir = "."

// exportedMsg reports a finished export.
type exportedMsg struct {
	path   string
	claims int
	filter string // the filter's label, "" when none
	err    error
}

// exportNotes exports what the reader shows (the claims the filter lets
// through, with their notes) as markdown to "<title-slug>-notes.md" in the
// current directory. It never replaces a file: the name gets -2, -3, … and
// the file appears complete or not at all (data.WriteNewExport). The work
// happens in a command; the notes are copied first, so the export holds
// exactly what the screen showed at the keypress.
func (m *Model) exportNotes() tea.Cmd {
	if !m.done {
		return m.setStatus("the article is still being analysed; export once it is complete")
	}
	art, notes, filter := m.art, m.notes.snapshot(), m.filter
	label := ""
	if filter.Active() {
		label = filter.Label(art)
	}
	return func() tea.Msg {
		path, err := data.WriteNewExportFrom(exportDir, model.ExportTitle(art), func(w io.Writer) error {
			return model.WriteExportMarkdown(w, art, notes, filter, model.ExportOptions{Exported: time.Now()})
		})
		return exportedMsg{path: path, claims: len(filter.Claims(art)), filter: label, err: err}
	}
}

// statusText is the status line for the export: how many claims, the filter
// that chose them, and where the file is.
func (e exportedMsg) statusText() string {
	if e.err != nil {
		return "export failed: " + e.err.Error()
	}
	s := fmt.Sprintf("exported %d claim", e.claims)
	if e.claims != 1 {
		s += "s"
	}
	if e.filter != "" {
		s += " (filter: " + e.filter + ")"
	}
	return s + " to " + displayPath(e.path)
}

// displayPath shows a relative path as ./name, so it reads as a file in the
// current directory.
func displayPath(p string) string {
	if filepath.IsAbs(p) || strings.HasPrefix(p, ".") {
		return p
	}
	return "." + string(filepath.Separator) + p
}
