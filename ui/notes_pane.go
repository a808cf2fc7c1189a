package ui

import (
	"fmt"
	"strings"

	"marginalia/model"
)

// notesMarkdown is the Source notes pane for a claim: where it stands in the
// article, the analysis's notes, its hedges and what makes it check-worthy,
// then whatever the notes store adds (the reader's note and verdict).
func notesMarkdown(a *model.Article, ci int, extra string) string {
	c := &a.Claims[ci]
	var b strings.Builder
	fmt.Fprintf(&b, "**Claim %d of %d** · ¶ %d · %s\n", ci+1, len(a.Claims), c.Paragraph, kindLabel(a.StrongestKind(*c)))
	if len(c.SourceNotes) > 0 {
		b.WriteString("\n")
		for _, n := range c.SourceNotes {
			fmt.Fprintf(&b, "- %s\n", escapeMarkdown(n))
		}
	}
	if len(c.Hedges) > 0 {
		fmt.Fprintf(&b, "\n**Hedged:** %s\n", emphasisList(c.Hedges))
	}
	if c.CheckWorthy || len(c.Checks) > 0 {
		b.WriteString("\n**Check-worthy:**\n")
		for _, ch := range c.Checks {
			fmt.Fprintf(&b, "- %s\n", escapeMarkdown(ch))
		}
	}
	if extra = strings.TrimSpace(extra); extra != "" {
		b.WriteString("\n" + extra + "\n")
	}
	return b.String()
}

// emphasisList is words as an italic, comma-separated list.
func emphasisList(words []string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = "*" + escapeMarkdown(w) + "*"
	}
	return strings.Join(parts, ", ")
}
