package data

import (
	"strings"
	"testing"

	"marginalia/model"
)

func TestFrontMatterBecomesMetadata(t *testing.T) {
	in := loadFixture(t, "note.md")
	want := model.Meta{
		Title: "Library extends its opening hours", Byline: "Tomas Lind, Mei Chen", Date: "2026-02-03",
		URL: "https://notes.example/library-hours", Format: "markdown", Source: in.Meta.Source,
	}
	if in.Meta != want {
		t.Errorf("meta = %+v\nwant   %+v", in.Meta, want)
	}
	if strings.Contains(in.Raw, "---") || strings.Contains(in.Raw, "tags:") || strings.Contains(in.Raw, "Tomas") {
		t.Errorf("front matter left in the text:\n%s", in.Raw)
	}
	if !strings.HasPrefix(strings.TrimSpace(in.Raw), "The central library will open") {
		t.Errorf("body does not start with the first paragraph:\n%s", in.Raw)
	}
}

func TestApplyFrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantBody string
		want     model.Meta
	}{
		{"author string and quoted date", "---\ntitle: T\nauthor: A. Writer\ndate: \"March 3, 2026\"\nurl: https://x.example/a\n---\nBody.\n",
			"Body.\n", model.Meta{Title: "T", Byline: "A. Writer", Date: "March 3, 2026", URL: "https://x.example/a"}},
		{"only web URLs become the URL", "---\ntitle: T\nsource: javascript:alert(1)\nurl: https://x.example/b\n---\nBody.",
			"Body.", model.Meta{Title: "T", URL: "https://x.example/b"}},
		{"a relative source is not a URL", "---\nsource: the city council\n---\nBody.", "Body.", model.Meta{}},
		{"dots close the block, CRLF lines", "---\r\ntitle: T\r\n...\r\nBody.", "Body.", model.Meta{Title: "T"}},
		{"timestamp with time of day", "---\ndate: 2026-02-03T10:30:00Z\n---\nBody.", "Body.", model.Meta{Date: "2026-02-03T10:30:00Z"}},
		{"nested mapping is ignored", "---\ntitle: {a: b}\nbyline: B\n---\nBody.", "Body.", model.Meta{Byline: "B"}},
		{"unclosed block is text", "---\ntitle: T\nBody.", "---\ntitle: T\nBody.", model.Meta{}},
		{"invalid YAML is text", "---\n: : :\n  - [\n---\nBody.", "---\n: : :\n  - [\n---\nBody.", model.Meta{}},
		{"a rule mid-text is text", "Intro.\n---\ntitle: T\n---\nBody.", "Intro.\n---\ntitle: T\n---\nBody.", model.Meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var meta model.Meta
			body := applyFrontMatter(tt.text, &meta)
			if body != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
			if meta != tt.want {
				t.Errorf("meta = %+v, want %+v", meta, tt.want)
			}
		})
	}
}

func TestFrontMatterEscapesAreSanitized(t *testing.T) {
	var meta model.Meta
	applyFrontMatter("---\ntitle: \"Bad \\e]0;pwned\\a title\"\nauthor: \"Eve \\e[31mRed\"\n---\nBody.", &meta)
	for _, s := range []string{meta.Title, meta.Byline} {
		if strings.ContainsFunc(s, isControlExceptNewline) || s == "" {
			t.Errorf("metadata %q is empty or kept a control character", s)
		}
	}
}
