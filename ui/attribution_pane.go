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
		role := ""
		if s.Role != "" {
			role = " (" + escapeMarkdown(s.Role) + ")"
		}
		fmt.Fprintf(&b, "**%s**%s · %s\n\n", escapeMarkdown(s.Name), role, kindLabel(s.Kind))
		if len(s.Aliases) > 0 {
			fmt.Fprintf(&b, "- Also called: %s\n", escapeMarkdown(strings.Join(s.Aliases, ", ")))
		}
		quoted := "not quoted"
		if c.Quoted {
			quoted = "quoted"
		}
		if c.Cue() != "" {
			fmt.Fprintf(&b, "- Cue: “%s”, %s\n", escapeMarkdown(c.Cue()), quoted)
		} else {
			fmt.Fprintf(&b, "- %s\n", strings.ToUpper(quoted[:1])+quoted[1:])
		}
		if s.FirstClaim >= 0 && s.FirstClaim < len(a.Claims) {
			fc := a.Claims[s.FirstClaim]
			fmt.Fprintf(&b, "- First introduced: claim %d, ¶ %d\n", fc.Index+1, fc.Paragraph)
		}
		fmt.Fprintf(&b, "- Claims in the article: %d\n", len(s.Claims))
	}
	return b.String()
}
