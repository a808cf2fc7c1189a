package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/charmbracelet/x/term"

	"marginalia/model"
)

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
