package data

import (
	"strings"
	"testing"
)

// nested wraps inner in n levels of <div>.
func nested(n int, inner string) string {
	return "<html><body>" + strings.Repeat("<div>", n) + inner + strings.Repeat("</div>", n) + "</body></html>"
}

const deepArticle = "<p>The council said the wall would hold for a decade, the engineer said on Monday.</p>" +
	"<p>Repairs begin in the autumn, according to the town's harbor office.</p>"

func TestFlattenDeepHTMLLeavesNormalPagesAlone(t *testing.T) {
	for _, page := range []string{newsPage, nested(maxHTMLDepth-2, deepArticle), mustRead(t, "testdata/news_page.html")} {
		if got := flattenDeepHTML(page); got != page {
			t.Errorf("page of depth %d was changed", nestingDepth(page))
		}
	}
}

func TestFlattenDeepHTMLBoundsDepthAndKeepsText(t *testing.T) {
	page := nested(20000, deepArticle)
	flat := flattenDeepHTML(page)
	if d := nestingDepth(flat); d > maxHTMLDepth {
		t.Errorf("depth after flattening = %d, want at most %d", d, maxHTMLDepth)
	}
	if !strings.Contains(flat, deepArticle) {
		t.Error("the article text was lost in flattening")
	}
}

func TestDeeplyNestedPageIsExtracted(t *testing.T) {
	text, _, err := extractHTML([]byte(nested(20000, deepArticle)), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "The council said the wall would hold for a decade, the engineer said on Monday.\n\n" +
		"Repairs begin in the autumn, according to the town's harbor office."
	if text != want {
		t.Errorf("text = %q", text)
	}
}

func TestNestingDepthIgnoresVoidAndSelfClosingElements(t *testing.T) {
	tests := []struct {
		page string
		want int
	}{
		{"<div><div></div></div>", 2},
		{"<div><br><img src=x><hr></div>", 1},
		{"<p>one<p>two<p>three<li>four<li>five", 0},
		{"<div><span><b>x</b></span></div>", 3},
		{"</div></div><div>", 1},
	}
	for _, tt := range tests {
		if got := nestingDepth(tt.page); got != tt.want {
			t.Errorf("nestingDepth(%q) = %d, want %d", tt.page, got, tt.want)
		}
	}
}

// BenchmarkExtractDeeplyNestedHTML shows the extraction of a pathological
// page (20,000 nested elements) takes about as long as a normal one.
func BenchmarkExtractDeeplyNestedHTML(b *testing.B) {
	page := []byte(nested(20000, deepArticle))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := extractHTML(page, "", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractNewsPage is the reference: a realistic page.
func BenchmarkExtractNewsPage(b *testing.B) {
	page, err := readFixtureBytes("testdata/news_page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := extractHTML(page, "", nil); err != nil {
			b.Fatal(err)
		}
	}
}
