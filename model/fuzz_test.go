package model

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzAnalyze checks the analysis invariants on any input: no panic; claims
// in order, not overlapping, with offsets in bounds and on rune boundaries,
// each claim's text equal to its paragraph's text at its offsets; speaker
// indices valid; no control character in any output string; the same result
// twice, and the same result stepping one paragraph at a time.
//
//	go test ./model -run '^$' -fuzz FuzzAnalyze -fuzztime 30s
func FuzzAnalyze(f *testing.F) {
	for _, text := range testArticles(f) {
		f.Add(text, "text")
	}
	f.Add(readArticle(f, "testdata/articles/local.md"), "markdown")
	for _, s := range []string{
		"",
		"\x1b]8;;http://x\x07link\x1b]8;;\x07 said Smith.",
		"“Unclosed quote, said Jane Doe.\n\n“Another,” she said. ”",
		"He said. They said. It said. according to",
		"Dr. J. R. R. Tolkien, the author, said: \"Hello.\" \u202eevil\u202c",
		"according to and and and, said , , ,",
		"\"\"\"\" said \"\" \" said.",
		"One of the of the said according to a the an.",
		"Sen. (D-Calif.), who said, said.",
		"\xff\xfe broken utf8 said Smith.",
	} {
		f.Add(s, "text")
	}
	f.Fuzz(func(t *testing.T, raw, format string) {
		if format != "markdown" {
			format = "text"
		}
		meta := Meta{Source: "fuzz", Format: format}
		art := Analyze(raw, meta)
		checkArticleInvariants(t, &art)
		if again := Analyze(raw, meta); !reflect.DeepEqual(again, art) {
			t.Fatal("analysis is not deterministic")
		}
		a := NewAnalyzer(raw, meta)
		for !a.Step(1) {
		}
		if stepped := a.Snapshot(); !reflect.DeepEqual(stepped, art) {
			t.Fatal("progressive analysis differs from one-shot analysis")
		}
	})
}

func checkArticleInvariants(t *testing.T, art *Article) {
	t.Helper()
	checkClean(t, "title", art.Title)
	next := 0
	for pi, p := range art.Paragraphs {
		checkClean(t, "paragraph", p.Text)
		if p.Index != pi+1 {
			t.Fatalf("paragraph %d has index %d", pi, p.Index)
		}
		prevEnd := 0
		for _, ci := range p.Claims {
			if ci != next {
				t.Fatalf("claim %d out of order (want %d)", ci, next)
			}
			next++
			c := art.Claims[ci]
			if int(c.Index) != ci || int(c.Paragraph) != p.Index {
				t.Fatalf("claim %d: index %d paragraph %d", ci, c.Index, c.Paragraph)
			}
			start, end := int(c.Start), int(c.End)
			if start < prevEnd || end < start || end > len(p.Text) {
				t.Fatalf("claim %d: offsets [%d,%d) overlap or out of [%d,%d]", ci, start, end, prevEnd, len(p.Text))
			}
			if !utf8.RuneStart(at(p.Text, start)) || !utf8.RuneStart(at(p.Text, end)) {
				t.Fatalf("claim %d: offsets [%d,%d) not on rune boundaries", ci, start, end)
			}
			if c.Text != p.Text[start:end] {
				t.Fatalf("claim %d: text %q is not its paragraph's [%d:%d]", ci, c.Text, start, end)
			}
			prevEnd = end
			checkClean(t, "claim", c.Text)
			checkClean(t, "cue", c.Cue())
			checkClean(t, "id", c.ID())
			for _, s := range append(append(append([]string{}, c.Hedges()...), c.Checks()...), art.SourceNotes(ci)...) {
				checkClean(t, "signal or note", s)
			}
			if len(art.SourceNotes(ci)) == 0 && c.Unattributed() {
				t.Fatalf("claim %d is unattributed but has no note", ci)
			}
			if !c.Unattributed() && c.Cue() == "" {
				t.Fatalf("claim %d has speakers but no cue", ci)
			}
			if c.Unattributed() && c.Cue() != "" && !strings.HasPrefix(art.SourceNotes(ci)[0], "Unclear source") {
				t.Fatalf("claim %d has cue %q, no speaker and no note saying why: %q", ci, c.Cue(), art.SourceNotes(ci))
			}
			for _, si := range c.Speakers {
				if si < 0 || si >= len(art.Speakers) {
					t.Fatalf("claim %d: speaker %d out of range", ci, si)
				}
			}
		}
	}
	if next != len(art.Claims) {
		t.Fatalf("paragraphs list %d claims, article has %d", next, len(art.Claims))
	}
	for _, sp := range art.Speakers {
		checkClean(t, "speaker name", sp.Name)
		checkClean(t, "role", sp.Role)
		if strings.TrimSpace(sp.Name) == "" {
			t.Fatal("a speaker has an empty name")
		}
		for _, al := range sp.Aliases {
			checkClean(t, "alias", al)
		}
		for _, ci := range sp.Claims {
			if ci < 0 || ci >= len(art.Claims) {
				t.Fatalf("speaker %q: claim %d out of range", sp.Name, ci)
			}
		}
	}
}

// at returns the byte at i, or a rune-start byte at the end of s.
func at(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// checkClean fails on any control character (tab and newline aside in
// paragraph text they are not expected either) or bidi control.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if (unicode.IsControl(r) && r != '\t' && r != '\n') || unicode.Is(unicode.Bidi_Control, r) {
			t.Fatalf("%s holds control character %U: %q", what, r, s)
		}
	}
}
