package ui

import (
	"fmt"
	"strings"

	"marginalia/model"
)

// userNoteMarkdown is what the Source notes pane adds for the reader's own
// work on a claim: the verdict and the note. The note is the user's text, so
// like article text it is sanitized and escaped: it shows as typed and
// cannot change the pane's structure. "" when there is nothing.
func userNoteMarkdown(n model.Note) string {
	if !n.Live() {
		return ""
	}
	var b strings.Builder
	if n.Verdict != model.VerdictNone {
		fmt.Fprintf(&b, "**Your verdict:** %s\n", userText(n.Verdict.String()))
	}
	if paras := noteParagraphs(n.Text); len(paras) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		// The label shares the first line's row: a short pane shows it.
		b.WriteString("**Your note:** " + strings.Join(paras, "\n\n") + "\n")
	}
	return b.String()
}

// noteParagraphs is a note's lines, each escaped to be its own paragraph:
// glamour renders a hard line break as a space, and the user's line breaks
// should survive. Blank lines are dropped; leading space is trimmed so a
// line cannot become a code block.
func noteParagraphs(text string) []string {
	var out []string
	for _, l := range strings.Split(model.Sanitize(text), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, userText(l))
		}
	}
	return out
}

// userText escapes one line of the user's text for the pane's markdown.
// Besides what escapeMarkdown handles, "&" could start an entity and "~" a
// code fence or strikethrough; glamour would print a backslash before
// them, so they become entities, which it renders as the character.
func userText(s string) string {
	s = escapeMarkdown(s)
	s = strings.ReplaceAll(s, "&", "&amp;")
	return strings.ReplaceAll(s, "~", "&#126;")
}
