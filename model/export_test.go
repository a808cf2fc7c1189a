package model_test

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/glamour/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"

	"marginalia/data"
	"marginalia/model"
)

var updateExport = flag.Bool("update-export", false, "rewrite the export golden files in testdata/export")

// exportTime is the fixed export time of every test, so goldens are stable.
var exportTime = time.Date(2026, 11, 27, 10, 15, 0, 0, time.UTC)

// embeddedArticle is the embedded article as the CLI loads and analyses it.
func embeddedArticle(t testing.TB) model.Article {
	t.Helper()
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	return model.Analyze(in.Raw, in.Meta)
}

// sampleNotes are the notes of the "with notes" golden: a plain note with a
// verdict, a multi-line note, a verdict alone and a note whose claim is gone.
func sampleNotes(a *model.Article) map[string]model.Note {
	at := func(min int) time.Time { return exportTime.Add(-time.Duration(min) * time.Minute) }
	return map[string]model.Note{
		a.Claims[2].ID(): {ClaimID: a.Claims[2].ID(), Text: "ask CBP for the figures", Verdict: model.VerdictNeedsSource, Updated: at(30)},
		a.Claims[9].ID(): {ClaimID: a.Claims[9].ID(), Text: "Who is Lerette now?\nCheck his LinkedIn.\n\nCall back Monday.", Verdict: model.VerdictDisputed, Updated: at(20)},
		a.Claims[4].ID(): {ClaimID: a.Claims[4].ID(), Verdict: model.VerdictSupported, Updated: at(10)},
		"0123456789":     {ClaimID: "0123456789", Quote: "A sentence the article no longer has.", Text: "still mine", Updated: at(40)},
		a.Claims[0].ID(): {ClaimID: a.Claims[0].ID(), Deleted: true, Updated: at(5)},
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "export", name)
	if *updateExport {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model -run Export -update-export to create it)", err)
	}
	if got != string(want) {
		t.Errorf("export differs from %s (rerun with -update-export and review the diff):\n%s", path, firstDiff(got, string(want)))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(same lines)"
}

func TestExportEmbeddedArticleGolden(t *testing.T) {
	a := embeddedArticle(t)
	checkGolden(t, "embedded.md", model.ExportMarkdown(&a, nil, model.Filter{}, model.ExportOptions{Exported: exportTime}))
}

func TestExportEmbeddedArticleWithNotesGolden(t *testing.T) {
	a := embeddedArticle(t)
	checkGolden(t, "embedded-notes.md", model.ExportMarkdown(&a, sampleNotes(&a), model.Filter{}, model.ExportOptions{Exported: exportTime}))
}

var claimHeading = regexp.MustCompile(`(?m)^### ¶(\d+) · Claim (\d+)$`)

func countLevel3(md string) int { return strings.Count("\n"+md, "\n### ") }

func TestExportEmbeddedArticleHasOneHeadingPerClaimAndLerettesRole(t *testing.T) {
	a := embeddedArticle(t)
	md := model.ExportMarkdown(&a, nil, model.Filter{}, model.ExportOptions{Exported: exportTime})
	if n := countLevel3(md); n != 19 {
		t.Errorf("%d level-3 headings, want 19 (one per claim of the embedded article)", n)
	}
	if n := len(claimHeading.FindAllString(md, -1)); n != countLevel3(md) {
		t.Errorf("%d claim headings among %d level-3 headings", n, countLevel3(md))
	}
	row := regexp.MustCompile(`(?m)^\| Morgan Lerette \| [^|]+ \| Former US Army Captain \| \d+ \|$`)
	if !row.MatchString(md) {
		t.Errorf("speakers table has no row for Morgan Lerette, Former US Army Captain:\n%s", section(md, "## Speakers"))
	}
}

func TestExportWithSpeakerFilterKeepsWholeArticleNumbering(t *testing.T) {
	a := embeddedArticle(t)
	f, err := model.ResolveFilter(&a, []string{"experts"}, false)
	if err != nil {
		t.Fatal(err)
	}
	md := model.ExportMarkdown(&a, nil, f, model.ExportOptions{Exported: exportTime})
	if n := countLevel3(md); n != 3 {
		t.Errorf("--speaker experts: %d level-3 headings, want 3", n)
	}
	assertHeadingsMatchClaims(t, &a, md, f.Claims(&a))
	if !strings.Contains(md, "\nfilter: ") {
		t.Error("front matter does not name the filter")
	}
}

// assertHeadingsMatchClaims checks that the export has one heading per
// wanted claim, in order, numbered by its place in the whole article.
func assertHeadingsMatchClaims(t *testing.T, a *model.Article, md string, want []int) {
	t.Helper()
	got := claimHeading.FindAllStringSubmatch(md, -1)
	if len(got) != len(want) {
		t.Fatalf("%d claim headings, want %d", len(got), len(want))
	}
	for i, ci := range want {
		c := a.Claims[ci]
		if got[i][1] != strconv.Itoa(int(c.Paragraph)) || got[i][2] != strconv.Itoa(int(c.Index)+1) {
			t.Errorf("heading %d = %q, want ¶%d · Claim %d", i, got[i][0], c.Paragraph, c.Index+1)
		}
	}
}

func TestExportAnnotatedOnlyKeepsClaimsWithNotesOrVerdicts(t *testing.T) {
	a := embeddedArticle(t)
	md := model.ExportMarkdown(&a, sampleNotes(&a), model.Filter{}, model.ExportOptions{AnnotatedOnly: true, Exported: exportTime})
	// Claims 3, 5 and 10 carry notes; claim 1's note is a tombstone.
	assertHeadingsMatchClaims(t, &a, md, []int{2, 4, 9})
	for _, want := range []string{"ask CBP for the figures", "**Verdict:** needs source", "**Verdict:** supported",
		"> Who is Lerette now?\\\n> Check his LinkedIn.\n>\n> Call back Monday.", "annotated_only: true"} {
		if !strings.Contains(md, want) {
			t.Errorf("annotated export lacks %q", want)
		}
	}
}

func TestExportListsNotesOnClaimsNoLongerInTheArticle(t *testing.T) {
	a := embeddedArticle(t)
	f, err := model.ResolveFilter(&a, nil, true) // a filter applies: orphans are still listed
	if err != nil {
		t.Fatal(err)
	}
	md := model.ExportMarkdown(&a, sampleNotes(&a), f, model.ExportOptions{Exported: exportTime})
	orphans := section(md, model.OrphanHeading)
	if !strings.Contains(orphans, "“A sentence the article no longer has.”") || !strings.Contains(orphans, "> still mine") {
		t.Errorf("orphaned note missing from its section:\n%s", orphans)
	}
	if strings.Count(md, model.OrphanHeading) != 1 {
		t.Error("orphan heading missing or repeated")
	}
	none := model.ExportMarkdown(&a, nil, model.Filter{}, model.ExportOptions{})
	if strings.Contains(none, model.OrphanHeading) {
		t.Error("orphan heading present with no notes")
	}
}

// section returns the text from a heading line to the next heading of the
// same or a higher level.
func section(md, heading string) string {
	i := strings.Index(md, heading+"\n")
	if i < 0 {
		return ""
	}
	rest := md[i+len(heading):]
	level := strings.Repeat("#", strings.Index(heading, " "))
	for _, h := range []string{"\n" + level + " ", "\n# "} {
		if j := strings.Index(rest, h); j >= 0 {
			rest = rest[:j]
		}
	}
	return heading + rest
}

func TestExportFrontMatterIsValidYAMLEvenForHostileTitles(t *testing.T) {
	a := hostileArticle("A claim.")
	a.Title = "Title: \"quoted\" #tag\n---\nclaims: 99\n'single' {flow} [list] & *alias ! % @ `"
	a.Source = "https://example.com/a?x=1&y=\"2\""
	md := model.ExportMarkdown(&a, nil, model.Filter{}, model.ExportOptions{Exported: exportTime})
	fm, body := splitFrontMatter(t, md)
	var got struct {
		Title         string   `yaml:"title"`
		Source        string   `yaml:"source"`
		Exported      string   `yaml:"exported"`
		Claims        int      `yaml:"claims"`
		ArticleClaims int      `yaml:"article_claims"`
		Speakers      []string `yaml:"speakers"`
	}
	if err := yaml.Unmarshal([]byte(fm), &got); err != nil {
		t.Fatalf("front matter is not YAML: %v\n%s", err, fm)
	}
	wantTitle := strings.Join(strings.Fields(a.Title), " ")
	if got.Title != wantTitle || got.Source != a.Source || got.Exported != "2026-11-27T10:15:00Z" ||
		got.Claims != 1 || got.ArticleClaims != 1 || len(got.Speakers) != 1 || got.Speakers[0] != "Dr. <b>Evil</b> | \"quoted\"" {
		t.Errorf("front matter read back as %+v", got)
	}
	if !strings.HasPrefix(body, "# ") || strings.Count(body, "\n# ") != 0 {
		t.Errorf("body does not start with exactly one title heading:\n%s", body)
	}
}

func splitFrontMatter(t *testing.T, md string) (fm, body string) {
	t.Helper()
	rest, ok := strings.CutPrefix(md, "---\n")
	if !ok {
		t.Fatalf("no front matter:\n%s", md)
	}
	fm, body, ok = strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("front matter not closed:\n%s", md)
	}
	return fm, strings.TrimLeft(body, "\n")
}

func TestExportRendersWithGlamour(t *testing.T) {
	a := embeddedArticle(t)
	_, body := splitFrontMatter(t, model.ExportMarkdown(&a, sampleNotes(&a), model.Filter{}, model.ExportOptions{Exported: exportTime}))
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(100))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(body)
	if err != nil {
		t.Fatalf("glamour: %v", err)
	}
	for _, want := range []string{"Claim 3", "ask CBP for the figures", "Call back Monday.", "Strongest source"} {
		if !strings.Contains(out, want) {
			t.Errorf("glamour output lacks %q", want)
		}
	}
	if strings.Contains(out, `\#`) || strings.Contains(out, `\.`) {
		t.Error("glamour shows escaping backslashes")
	}
}

// hostile are texts that would break a naive export: markdown structure,
// links, raw HTML, entities and code.
var hostile = []string{
	"[x](javascript:alert(1)) and ![img](http://evil.example/p.png)",
	"<script>alert(1)</script> <b>bold</b> <!-- comment --> <https://evil.example>",
	"### fake heading",
	"# title\n## sub\n---\n===\n***\n___",
	"- item\n+ item\n* item\n1. one\n2) two",
	"> quoted\n>> nested",
	"```go\ncode\n```\n~~~\nmore\n~~~\n    indented code",
	"`tick` ``double`` | a | b |\n|---|---|",
	"&amp; &lt;b&gt; &#60;i&#62; &#x3C;u&#x3E; AT&T R&D;",
	"*em* _em_ **strong** ~~strike~~ \\ backslash at end \\",
	"[ref]: http://evil.example \"title\"\n[ref]",
	"trailing spaces make a break  \nnext line",
	"\x1b[2J escape \u202e bidi \x00 nul \r\n crlf",
}

// hostileArticle builds an article whose claims carry the given texts, with
// one hostile speaker.
func hostileArticle(claims ...string) model.Article {
	a := model.Article{Meta: model.Meta{Source: "test", Title: "Hostile"}}
	a.Speakers = []model.Speaker{{Name: "Dr. <b>Evil</b> | \"quoted\"", Kind: model.KindPerson,
		Role: "[link](javascript:x) <i>role</i>", Claims: []int{0}}}
	for i, txt := range claims {
		a.Paragraphs = append(a.Paragraphs, model.Paragraph{Index: i + 1, Text: txt, Claims: []int{i}})
		c := model.Claim{Index: int32(i), Paragraph: int32(i + 1), End: int32(len(txt)), Text: txt}
		if err := c.SetID(fmt.Sprintf("%010x", i)); err != nil {
			panic(err) // ten lower-case hex digits are always an ID
		}
		c.SetSignals([]string{"*may*"}, []string{"a figure: <1>"}, []string{"See [here](javascript:alert(1))"})
		a.Claims = append(a.Claims, c)
	}
	a.Claims[0].Speakers = []int{0}
	// A cue is a lexicon phrase, never the article's text (see
	// model.Claim.Cue): it has nothing hostile to carry.
	if err := a.Claims[0].SetCue("expressed grave concerns"); err != nil {
		panic(err)
	}
	return a
}

func hostileNotes(a *model.Article) map[string]model.Note {
	notes := map[string]model.Note{}
	for i, c := range a.Claims {
		notes[c.ID()] = model.Note{ClaimID: c.ID(), Text: hostile[(i+1)%len(hostile)], Verdict: model.VerdictDisputed}
	}
	notes["gone"] = model.Note{ClaimID: "gone", Quote: hostile[0], Text: hostile[2]}
	return notes
}

func TestExportParsesAsCommonMarkWithOneHeadingPerClaim(t *testing.T) {
	a := hostileArticle(hostile...)
	notes := hostileNotes(&a)
	md := model.ExportMarkdown(&a, notes, model.Filter{}, model.ExportOptions{Exported: exportTime})
	_, body := splitFrontMatter(t, md)
	checkCommonMark(t, &a, notes, body, len(a.Claims))
}

func TestExportUnderGFMHasNoScriptLinksOrHTML(t *testing.T) {
	a := hostileArticle(hostile...)
	md := model.ExportMarkdown(&a, hostileNotes(&a), model.Filter{}, model.ExportOptions{Exported: exportTime})
	_, body := splitFrontMatter(t, md)
	src := []byte(body)
	gfm := goldmark.New(goldmark.WithExtensions(extension.GFM))
	doc := gfm.Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML, *ast.Image:
			t.Errorf("GFM parse has a %s node", n.Kind())
		case *ast.Link:
			t.Errorf("GFM parse has a link to %q", n.Destination)
		case *ast.AutoLink:
			if u := string(n.URL(src)); !strings.HasPrefix(u, "http") {
				t.Errorf("GFM parse has an autolink to %q", u)
			}
		}
		return ast.WalkContinue, nil
	})
}

// checkCommonMark parses body as CommonMark and checks its structure: the
// claim headings are the only level-3 headings, each is followed by a
// blockquote holding exactly the claim text, each note is a blockquote
// holding exactly its text, and no raw HTML, link, image or code node exists.
func checkCommonMark(t testing.TB, a *model.Article, notes map[string]model.Note, body string, wantClaims int) {
	t.Helper()
	src := []byte(body)
	md := goldmark.New()
	doc := md.Parser().Parse(text.NewReader(src))
	var headings []ast.Node
	quotes := map[string]bool{} // plain text of every blockquote
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindHTMLBlock, ast.KindRawHTML, ast.KindLink, ast.KindAutoLink, ast.KindImage,
			ast.KindCodeSpan, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindThematicBreak:
			t.Errorf("export has a %s node: %q", n.Kind(), nodeText(md, src, n))
		case ast.KindHeading:
			if n.(*ast.Heading).Level == 3 {
				headings = append(headings, n)
			}
		case ast.KindBlockquote:
			quotes[fields(nodeText(md, src, n))] = true
			if n.Parent() != doc && n.Parent().Kind() != ast.KindListItem {
				t.Errorf("blockquote nested in a %s", n.Parent().Kind())
			}
		}
		return ast.WalkContinue, nil
	})
	if len(headings) != wantClaims {
		t.Fatalf("%d level-3 headings, want %d:\n%s", len(headings), wantClaims, body)
	}
	for i, h := range headings {
		c := a.Claims[i]
		if got, want := nodeText(md, src, h), "¶"+strconv.Itoa(int(c.Paragraph))+" · Claim "+strconv.Itoa(int(c.Index)+1); got != want {
			t.Errorf("heading %d reads %q, want %q", i, got, want)
		}
		q := h.NextSibling()
		if q == nil || q.Kind() != ast.KindBlockquote {
			t.Errorf("heading %d is not followed by a blockquote", i)
			continue
		}
		if got, want := fields(nodeText(md, src, q)), fields(model.Sanitize(c.Text)); got != want {
			t.Errorf("claim %d blockquote reads\n%q\nwant\n%q", i, got, want)
		}
	}
	for _, n := range notes {
		if want := fields(model.Sanitize(n.Text)); want != "" && n.Live() && !quotes[want] {
			t.Errorf("no blockquote holds exactly the note %q", want)
		}
	}
}

// nodeText renders a node to HTML with goldmark and turns it back into plain
// text. Since raw HTML is escaped or refused, every tag in the output is
// goldmark's own structure.
func nodeText(md goldmark.Markdown, src []byte, n ast.Node) string {
	var buf bytes.Buffer
	if n.Kind() == ast.KindHeading {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			_ = md.Renderer().Render(&buf, src, c)
		}
	} else {
		_ = md.Renderer().Render(&buf, src, n)
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	return html.UnescapeString(tags.ReplaceAllString(buf.String(), " "))
}

// fields normalises whitespace for comparing texts whose line breaks the
// export may legitimately change.
func fields(s string) string { return strings.Join(strings.Fields(s), " ") }
