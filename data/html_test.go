package data

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func loadFixture(t *testing.T, name string) Input {
	t.Helper()
	var l Loader
	in, err := l.Load(context.Background(), "testdata/"+name)
	if err != nil {
		t.Fatalf("Load(%s): %v", name, err)
	}
	return in
}

func paragraphs(raw string) []string {
	return strings.Split(raw, "\n\n")
}

func TestHTMLPageKeepsOnlyTheArticleBody(t *testing.T) {
	in := loadFixture(t, "news_page.html")
	want := []string{
		"The town council of Port Elwen voted 7 to 2 on Tuesday to rebuild the harbor sea wall, which was damaged in three winter storms. The project is expected to cost 14 million dollars over four years.",
		`"We cannot keep patching a wall that the sea has already beaten," said Mayor Dana Whitfield, who proposed the plan in January. She added that the town would apply for a state resilience grant to cover half of the cost.`,
		"Two council members opposed the vote. Councillor Ivo Brandt argued that the estimate was too optimistic and warned that similar projects along the coast had run over budget by a third.",
		"## What happens next", // a subheading, marked so it is not taken for a claim
		"According to the harbor engineering report, construction could begin in the autumn, once the fishing season ends. Residents who spoke at the meeting were divided, with several fishing families asking for the work to be done in stages.",
		"The first stage repairs the northern breakwater.",
		"The second stage raises the promenade by half a metre.",
		"The sea wall protects about two hundred homes, the report said.",
		"The council will publish the tender documents next month, a spokesperson for the town said.",
	}
	got := paragraphs(in.Raw)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Page furniture around the article must not leak in anywhere.
	for _, chrome := range []string{"Subscribe", "Advertisement", "rain boots", "Related stories", "Ferry",
		"You might also like", "newsletter", "Copyright", "Privacy", "Script text", "script text",
		"NAV-SCRIPT", "font-family", "Waves break", "By Priya Raman", "Read next", "Ferry fares"} {
		if strings.Contains(in.Raw, chrome) {
			t.Errorf("article text contains page furniture %q", chrome)
		}
	}
}

func TestHTMLPageMetadata(t *testing.T) {
	in := loadFixture(t, "news_page.html")
	m := in.Meta
	if m.Format != "html" || m.Title != "Harbor town votes to rebuild its sea wall" || m.Byline != "Priya Raman" ||
		m.Date != "2026-03-14T09:30:00Z" || m.URL != "https://ledger.example/news/sea-wall" {
		t.Errorf("meta = %+v", m)
	}
	if !strings.HasSuffix(m.Source, "/data/testdata/news_page.html") || !strings.HasPrefix(m.Source, "/") {
		t.Errorf("Source = %q, want the absolute path", m.Source)
	}
}

func TestHTMLDeclaredLatin1IsDecoded(t *testing.T) {
	in := loadFixture(t, "latin1_page.html")
	if in.Meta.Title != "Café owners protest the new façade rules" {
		t.Errorf("title = %q", in.Meta.Title)
	}
	for _, want := range []string{"twelve cafés", `"Nobody asked us," said Hélène Dubois`, "Café Séverine"} {
		if !strings.Contains(in.Raw, want) {
			t.Errorf("text lacks %q:\n%s", want, in.Raw)
		}
	}
	if strings.ContainsRune(in.Raw, '\uFFFD') || strings.Contains(in.Raw, "Accueil") || strings.Contains(in.Raw, "Écho") {
		t.Errorf("bad decoding or page furniture:\n%s", in.Raw)
	}
}

func TestHTMLUndeclaredCharsetIsGuessed(t *testing.T) {
	body := "<p>" + strings.Repeat("Plain words fill the first kilobyte of this page. ", 30) + "</p>"
	tests := []struct {
		name string
		page []byte
	}{
		// UTF-8 after a long ASCII start: a guess from the first kilobyte alone would say Windows-1252.
		{"utf-8", []byte("<html><body><article>" + body + "<p>The café reopened on Monday, the owner said.</p></article></body></html>")},
		{"windows-1252", []byte("<html><body><article>" + body + "<p>The caf\xe9 reopened on Monday, the owner said.</p></article></body></html>")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _, err := extractHTML(tt.page, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(text, "The café reopened on Monday") {
				t.Errorf("text = %q", text)
			}
		})
	}
}

func TestHTMLEntitiesNeverSmuggleControls(t *testing.T) {
	in := loadFixture(t, "escapes.html")
	for _, s := range []string{in.Raw, in.Meta.Title, in.Meta.Byline} {
		if i := strings.IndexFunc(s, isControlExceptNewline); i >= 0 {
			t.Errorf("control %U in %q", []rune(s[i:])[0], s)
		}
	}
	// "&amp;#27;" is the text "&#27;", and an entity split by a tag is two
	// pieces of text: neither is decoded a second time.
	for _, literal := range []string{"The literal text &#27;[31m must stay literal", "split entities &#27;[32m stay inert"} {
		if !strings.Contains(in.Raw, literal) {
			t.Errorf("text lacks %q:\n%s", literal, in.Raw)
		}
	}
	if strings.Contains(in.Raw, "javascript:") || strings.Contains(in.Raw, "data:text") {
		t.Errorf("link targets leaked into the text:\n%s", in.Raw)
	}
	if !strings.Contains(in.Raw, "A script link and a data link are never clickable") {
		t.Errorf("link words lost:\n%s", in.Raw)
	}
}

func isControlExceptNewline(r rune) bool { return r != '\n' && isControlOrBidi(r) }

func isControlOrBidi(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) }

func TestHTMLWithoutArticleTextIsRefused(t *testing.T) {
	pages := map[string]string{
		"navigation only": mustRead(t, "testdata/no_article.html"),
		"empty body":      "<!doctype html><html><head><title>Nothing</title></head><body></body></html>",
		"only a script":   "<html><body><script>document.write('hello')</script></body></html>",
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			_, _, err := extractHTML([]byte(page), "", nil)
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("err = %v, want ErrNoArticle", err)
			}
		})
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := readFixtureBytes(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func readFixtureBytes(path string) ([]byte, error) { return os.ReadFile(path) }

func TestHTMLMetaCharsetAfterTheFirstKilobyte(t *testing.T) {
	scripts := "<script>" + strings.Repeat("var tracking = 'padding before the meta tag';\n", 40) + "</script>"
	page := func(charset, text string) string {
		return "<html><head>" + scripts + `<meta http-equiv="Content-Type" content="text/html; charset=` + charset +
			`"></head><body><article><p>` + text + "</p></article></body></html>"
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page("gbk", "市议会周二投票决定重建海堤，市长说这项工程将在秋天开始。"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, page, want string
	}{
		{"gbk", gbk, "市议会周二投票决定重建海堤"},
		{"windows-1252", page("windows-1252", "\x93Fair,\x94 the caf\xe9 owner said on Monday."), "“Fair,” the café owner said"},
		// A page re-saved as UTF-8 that kept its old declaration is UTF-8.
		{"stale declaration", page("iso-8859-1", "The café owner said on Monday."), "The café owner said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _, err := extractHTML([]byte(tt.page), "", nil)
			if err != nil || !strings.Contains(text, tt.want) {
				t.Errorf("text %q, err %v; want %q", text, err, tt.want)
			}
		})
	}
}

func TestHTMLBylineLosesItsBy(t *testing.T) {
	page := `<html><head><meta name="author" content="By Erin Cole"></head><body><article>
<p>The harbor reopened on Monday after repairs, the port authority said in a statement.</p></article></body></html>`
	_, meta, err := extractHTML([]byte(page), "", nil)
	if err != nil || meta.Byline != "Erin Cole" {
		t.Errorf("byline %q, err %v", meta.Byline, err)
	}
}
