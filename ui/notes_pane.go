package ui

import (
	"fmt"
	"sort"
	"strings"

	"marginalia/model"
)

// maxLabelLength is the longest "Label:" at the start of a source note that
// is shown in bold ("Hedged:", "Check-worthy:", "Anonymous source:").
const maxLabelLength = 24

// notesMarkdown is the Source notes pane for a claim: where it stands in the
// article, whatever the notes store adds (the reader's own verdict and note,
// first because a short pane must not hide them), then the analysis's notes
// with their labels in bold and the hedging words in italics, and any hedge
// or check the notes do not mention.
func notesMarkdown(a *model.Article, ci int, extra string) string {
	c := &a.Claims[ci]
	var b strings.Builder
	fmt.Fprintf(&b, "**Claim %d of %d** · ¶ %d · %s\n", ci+1, len(a.Claims), c.Paragraph, kindLabel(a.StrongestKind(*c)))
	if extra = strings.TrimSpace(extra); extra != "" {
		b.WriteString("\n" + extra + "\n")
	}
	claimHedges, claimChecks, sourceNotes := a.ClaimSignals(ci)
	if len(sourceNotes) > 0 {
		b.WriteString("\n")
		for _, n := range sourceNotes {
			fmt.Fprintf(&b, "- %s\n", noteMarkdown(n, claimHedges))
		}
	}
	notes := strings.Join(sourceNotes, "\n")
	if hedges := unmentioned(claimHedges, notes); len(hedges) > 0 {
		fmt.Fprintf(&b, "\n**Hedged:** %s\n", emphasisList(hedges))
	}
	if checks := unmentioned(claimChecks, notes); len(checks) > 0 {
		b.WriteString("\n**Check-worthy:**\n")
		for _, ch := range checks {
			fmt.Fprintf(&b, "- %s\n", escapeMarkdown(ch))
		}
	}
	return b.String()
}

// noteMarkdown is one source note: its leading label in bold and every
// hedge it quotes in italics, everything else escaped.
func noteMarkdown(note string, hedges []string) string {
	label := ""
	if i := strings.Index(note, ": "); i > 0 && i <= maxLabelLength {
		label, note = note[:i+1], note[i+2:]
	}
	var spans []span
	for _, h := range hedges {
		for from := 0; h != ""; {
			j := strings.Index(note[from:], h)
			if j < 0 {
				break
			}
			spans = append(spans, span{from + j, from + j + len(h)})
			from += j + len(h)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	if label != "" {
		b.WriteString("**" + escapeMarkdown(label) + "** ")
	}
	pos := 0
	for _, s := range spans {
		if s.start < pos {
			continue // overlaps the previous hedge
		}
		b.WriteString(escapeMarkdown(note[pos:s.start]))
		b.WriteString("*" + escapeMarkdown(note[s.start:s.end]) + "*")
		pos = s.end
	}
	b.WriteString(escapeMarkdown(note[pos:]))
	return b.String()
}

// unmentioned is the items no note already states.
func unmentioned(items []string, notes string) []string {
	var out []string
	for _, it := range items {
		if !strings.Contains(notes, it) {
			out = append(out, it)
		}
	}
	return out
}

// emphasisList is words as an italic, comma-separated list.
func emphasisList(words []string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = "*" + escapeMarkdown(w) + "*"
	}
	return strings.Join(parts, ", ")
}
