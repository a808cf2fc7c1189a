package model

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// ExportOptions tune ExportMarkdown.
type ExportOptions struct {
	AnnotatedOnly bool      // export only claims that carry a note or a verdict
	Exported      time.Time // the export time written in the front matter
}

// OrphanHeading is the heading of the list of notes whose claim is no longer
// in the article.
const OrphanHeading = "## Notes on claims no longer in the article"

// ExportMarkdown renders an article's claims, their sourcing and the
// reader's notes as a markdown document for a draft, a ticket or a notes
// vault: YAML front matter, a title, a sourcing summary, a speakers table,
// then one "### ¶P · Claim N" section per exported claim (P and N count
// paragraphs and claims in the whole article, so they stay the same when a
// filter applies), and finally the notes on claims that the article no longer
// has. Claims pass when filter matches them (and, with AnnotatedOnly, when
// they carry a note). notes is keyed by claim ID; tombstones and empty notes
// are ignored. Every piece of article or note text is escaped, so nothing in
// it can change the document's structure.
func ExportMarkdown(a *Article, notes map[string]Note, filter Filter, opts ExportOptions) string {
	var b strings.Builder
	_ = WriteExportMarkdown(&b, a, notes, filter, opts) // a strings.Builder never fails
	return b.String()
}

// WriteExportMarkdown writes what ExportMarkdown returns to w, a line at a
// time through a small buffer: on a 5 MB article the document is 20 MB, which
// need not be held in memory on its way to a file. The error is w's first.
func WriteExportMarkdown(w io.Writer, a *Article, notes map[string]Note, filter Filter, opts ExportOptions) error {
	out := &lineWriter{w: bufio.NewWriterSize(w, 64<<10)}
	e := exporter{a: a, notes: liveNotes(notes), filter: filter, out: out}
	for _, c := range a.Claims {
		if filter.Match(c) && (!opts.AnnotatedOnly || e.hasNote(c.ID())) {
			e.claims = append(e.claims, int(c.Index))
		}
	}
	e.frontMatter(opts)
	e.intro(opts)
	e.summary()
	e.speakers()
	e.claimSections()
	e.orphans()
	return out.close()
}

var newline = []byte{'\n'}

// lineWriter writes the document's lines, holding back blank lines until
// something follows them, so the document ends with exactly one newline
// whatever its last section wrote. It keeps the first write error.
type lineWriter struct {
	w       *bufio.Writer
	pending int // newlines not written yet
	err     error
}

func (lw *lineWriter) Write(p []byte) (int, error) {
	if lw.err != nil {
		return 0, lw.err
	}
	text := bytes.TrimRight(p, "\n")
	if len(text) > 0 {
		for ; lw.pending > 0 && lw.err == nil; lw.pending-- {
			lw.err = lw.w.WriteByte('\n')
		}
		if lw.err == nil {
			_, lw.err = lw.w.Write(text)
		}
	}
	lw.pending += len(p) - len(text)
	if lw.err != nil {
		return 0, lw.err
	}
	return len(p), nil
}

// close ends the document with one newline and flushes it.
func (lw *lineWriter) close() error {
	if lw.err == nil {
		lw.err = lw.w.WriteByte('\n')
	}
	if lw.err == nil {
		lw.err = lw.w.Flush()
	}
	return lw.err
}

// ExportTitle is the title an export gives an article: its own title, else
// the first words of its first claim, else "Untitled article".
func ExportTitle(a *Article) string {
	if t := strings.Join(strings.Fields(a.Title), " "); t != "" {
		return t
	}
	if len(a.Claims) > 0 {
		words := strings.Fields(a.Claims[0].Text)
		const maxWords = 8
		if len(words) > maxWords {
			return strings.Join(words[:maxWords], " ") + "…"
		}
		if len(words) > 0 {
			return strings.Join(words, " ")
		}
	}
	return "Untitled article"
}

type exporter struct {
	a      *Article
	notes  map[string]Note
	filter Filter
	claims []int // indices of the exported claims, in article order
	out    io.Writer
}

func liveNotes(notes map[string]Note) map[string]Note {
	out := make(map[string]Note, len(notes))
	for id, n := range notes {
		if n.Live() {
			n.ClaimID = id
			out[id] = n
		}
	}
	return out
}

func (e *exporter) hasNote(id string) bool { _, ok := e.notes[id]; return ok }

func (e *exporter) line(format string, args ...any) {
	fmt.Fprintf(e.out, format, args...)
	e.out.Write(newline) // the lineWriter keeps the first error
}

// exportedSpeakers lists the speakers of the exported claims, in article
// order, with how many exported claims each speaks.
func (e *exporter) exportedSpeakers() (speakers []int, counts map[int]int) {
	counts = map[int]int{}
	for _, ci := range e.claims {
		for _, si := range e.a.Claims[ci].Speakers {
			counts[si]++
		}
	}
	for si := range e.a.Speakers {
		if counts[si] > 0 {
			speakers = append(speakers, si)
		}
	}
	return speakers, counts
}

func (e *exporter) frontMatter(opts ExportOptions) {
	e.line("---")
	e.line("title: %s", yamlString(ExportTitle(e.a)))
	e.line("source: %s", yamlString(e.a.Source))
	if !opts.Exported.IsZero() {
		e.line("exported: %s", yamlString(opts.Exported.UTC().Format(time.RFC3339)))
	}
	e.line("claims: %d", len(e.claims))
	e.line("article_claims: %d", len(e.a.Claims))
	if e.filter.Active() {
		e.line("filter: %s", yamlString(e.filter.Label(e.a)))
	}
	if opts.AnnotatedOnly {
		e.line("annotated_only: true")
	}
	speakers, _ := e.exportedSpeakers()
	if len(speakers) == 0 {
		e.line("speakers: []")
	} else {
		e.line("speakers:")
		for _, si := range speakers {
			e.line("  - %s", yamlString(e.a.Speakers[si].Name))
		}
	}
	e.line("---")
	e.line("")
}

func (e *exporter) intro(opts ExportOptions) {
	e.line("# %s", mdInline(ExportTitle(e.a)))
	e.line("")
	var what []string
	if e.filter.Active() {
		what = append(what, "claims by "+mdInline(e.filter.Label(e.a)))
	}
	if opts.AnnotatedOnly {
		what = append(what, "claims with a note or verdict")
	}
	scope := "All claims"
	if len(what) > 0 {
		scope = "Only " + strings.Join(what, ", and only ")
	}
	e.line("%s: %d of %d. Source: %s.", scope, len(e.claims), len(e.a.Claims), mdInline(e.a.Source))
	e.line("")
}

// summary is the sourcing of the exported claims, each counted once under its
// strongest source kind.
func (e *exporter) summary() {
	keep := make([]bool, len(e.a.Claims))
	for _, ci := range e.claims {
		keep[ci] = true
	}
	s := Summarize(e.a, func(c Claim) bool { return keep[c.Index] })
	e.line("## Sourcing")
	e.line("")
	e.line("| Strongest source | Claims |")
	e.line("| --- | ---: |")
	for _, k := range SummaryKinds {
		if n := s.ByKind[k]; n > 0 {
			e.line("| %s | %d |", mdInline(KindLabel(k)), n)
		}
	}
	e.line("| **total** | **%d** |", s.Claims)
	e.line("")
	e.line("Hedged: %d. Check-worthy: %d.", s.Hedged, s.CheckWorthy)
	e.line("")
}

func (e *exporter) speakers() {
	e.line("## Speakers")
	e.line("")
	speakers, counts := e.exportedSpeakers()
	if len(speakers) == 0 {
		e.line("No speaker is quoted or cited in these claims.")
		e.line("")
		return
	}
	e.line("| Name | Kind | Role | Claims |")
	e.line("| --- | --- | --- | ---: |")
	for _, si := range speakers {
		s := e.a.Speakers[si]
		e.line("| %s | %s | %s | %d |", mdInline(s.Name), mdInline(KindLabel(s.Kind)), mdInline(s.Role), counts[si])
	}
	e.line("")
}

func (e *exporter) claimSections() {
	e.line("## Claims")
	e.line("")
	if len(e.claims) == 0 {
		e.line("No claim matches.")
		e.line("")
		return
	}
	for _, ci := range e.claims {
		e.claim(e.a.Claims[ci])
	}
}

// claim writes one claim's section: the only kind of level-3 heading in the
// document.
func (e *exporter) claim(c Claim) {
	e.line("### ¶%d · Claim %d", c.Paragraph, c.Index+1)
	e.line("")
	for _, l := range mdQuote(c.Text, "") {
		e.line("%s", l)
	}
	e.line("")
	e.line("- **Source:** %s", e.attribution(c))
	hedges, checks, notes := e.a.ClaimSignals(int(c.Index))
	if len(hedges) > 0 {
		e.line("- **Hedges:** %s", mdInline(strings.Join(hedges, ", ")))
	}
	if len(checks) > 0 {
		e.line("- **To check:** %s", mdInline(strings.Join(checks, "; ")))
	}
	for _, sn := range notes {
		e.line("- **Source note:** %s", mdInline(sn))
	}
	n, ok := e.notes[c.ID()]
	if ok && n.Verdict != VerdictNone {
		e.line("- **Verdict:** %s", mdInline(n.Verdict.String()))
	}
	e.line("")
	if ok && strings.TrimSpace(n.Text) != "" {
		e.line("**Your note:**")
		e.line("")
		for _, l := range mdQuote(n.Text, "") {
			e.line("%s", l)
		}
		e.line("")
	}
}

// attribution says who makes the claim: each speaker with kind and role,
// then the reporting cue.
func (e *exporter) attribution(c Claim) string {
	if c.Unattributed() {
		return "unattributed (the article's own voice)"
	}
	parts := make([]string, 0, len(c.Speakers))
	for _, si := range c.Speakers {
		s := e.a.Speakers[si]
		desc := KindLabel(s.Kind)
		if s.Role != "" {
			desc += ", " + s.Role
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", mdInline(s.Name), mdInline(desc)))
	}
	out := strings.Join(parts, "; ")
	if c.Cue() != "" {
		out += " · cue: “" + mdInline(c.Cue()) + "”"
	}
	if c.Quoted {
		out += " · quoted"
	}
	return out
}

// orphans lists the notes whose claim the article no longer has, oldest
// first, with the claim's text as it was when the note was written.
func (e *exporter) orphans() {
	// The notes are few and the claims many: the claims are looked up in
	// the notes, not the other way round (a set of every claim ID is
	// megabytes on a long article).
	found := make(map[string]bool, len(e.notes))
	for _, c := range e.a.Claims {
		if _, ok := e.notes[c.ID()]; ok {
			found[c.ID()] = true
		}
	}
	var lost []Note
	for id, n := range e.notes {
		if !found[id] {
			lost = append(lost, n)
		}
	}
	if len(lost) == 0 {
		return
	}
	sort.Slice(lost, func(i, j int) bool {
		if !lost[i].Updated.Equal(lost[j].Updated) {
			return lost[i].Updated.Before(lost[j].Updated)
		}
		return lost[i].ClaimID < lost[j].ClaimID
	})
	e.line("%s", OrphanHeading)
	e.line("")
	for _, n := range lost {
		quote := "claim " + mdInline(n.ClaimID)
		if strings.TrimSpace(n.Quote) != "" {
			quote = "“" + mdInline(n.Quote) + "”"
		}
		if n.Verdict != VerdictNone {
			quote += " · **Verdict:** " + mdInline(n.Verdict.String())
		}
		e.line("- %s", quote)
		if strings.TrimSpace(n.Text) != "" {
			e.line("")
			for _, l := range mdQuote(n.Text, "  ") {
				e.line("%s", l)
			}
		}
		e.line("")
	}
}
