package ui

import (
	"fmt"
	"strings"

	"marginalia/model"
)

// kindLabels name the source kinds for readers; "" is a claim with no
// speaker. The order of model.Kinds (strongest first) is kept wherever they
// are listed.
var kindLabels = map[model.Kind]string{
	model.KindPerson:       "named person",
	model.KindOrganization: "organization",
	model.KindDocument:     "document",
	model.KindAnonymous:    "anonymous source",
	model.KindGroup:        "unnamed group",
	"":                     "unattributed",
}

func kindLabel(k model.Kind) string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return string(k)
}

// unattributedExplanation is what the Attribution pane says about a claim in
// the article's own voice.
const unattributedExplanation = "**Unattributed**: the article's own voice. " +
	"No person, organization or document is given as the source, so the claim rests on the writer " +
	"and the outlet alone. Ask how they know."

// attributionMarkdown is the Attribution pane for a claim: each speaker with
// kind, role, the cue that attributed the claim, where the speaker is first
// introduced, whether the claim quotes them and how many claims they have.
func attributionMarkdown(a *model.Article, ci int) string {
	c := &a.Claims[ci]
	if c.Unattributed() {
		return unattributedExplanation + "\n"
	}
	var b strings.Builder
	for i, si := range c.Speakers {
		s := &a.Speakers[si]
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		fmt.Fprintf(&b, "**%s** · %s\n", escapeMarkdown(s.Name), kindLabel(s.Kind))
		if s.Role != "" {
			fmt.Fprintf(&b, "\n*%s*\n", escapeMarkdown(s.Role))
		}
		b.WriteString("\n")
		if len(s.Aliases) > 0 {
			fmt.Fprintf(&b, "- Also called: %s\n", escapeMarkdown(strings.Join(s.Aliases, ", ")))
		}
		if c.Cue != "" {
			fmt.Fprintf(&b, "- Cue: “%s”\n", escapeMarkdown(c.Cue))
		}
		if s.FirstClaim >= 0 && s.FirstClaim < len(a.Claims) {
			fc := a.Claims[s.FirstClaim]
			fmt.Fprintf(&b, "- First introduced: claim %d, ¶ %d\n", fc.Index+1, fc.Paragraph)
		}
		quoted := "no"
		if c.Quoted {
			quoted = "yes"
		}
		fmt.Fprintf(&b, "- Quoted here: %s\n", quoted)
		fmt.Fprintf(&b, "- Claims in the article: %d\n", len(s.Claims))
	}
	return b.String()
}
