package model

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestMdLineEscapesMarkupAndNeutralisesLineStarts(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text, with commas.", "plain text, with commas."},
		{"[x](javascript:alert(1))", `\[x\](javascript:alert(1))`},
		{"<script>", `\<script\>`},
		{"### fake", `\#\#\# fake`},
		{"a `tick` and *em* and _em_ and ~~s~~", "a \\`tick\\` and \\*em\\* and \\_em\\_ and \\~\\~s\\~\\~"},
		{"cell | cell", `cell \| cell`},
		{`back\slash`, `back\\slash`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"---", `\---`},
		{"===", `\===`},
		{"1. first", `1\. first`},
		{"12) twelfth", `12\) twelfth`},
		{"2026 was a year", "2026 was a year"},
		{"    indented code", "indented code"},
		{"&amp; &#60; &#x3C; AT&T R&D;", `\&amp; \&\#60; \&\#x3C; AT&T R\&D;`},
		{"", ""},
	}
	for _, c := range cases {
		if got := mdLine(c.in); got != c.want {
			t.Errorf("mdLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMdInlineJoinsLinesAndStripsControls(t *testing.T) {
	if got, want := mdInline("  one\ntwo\x07  \r\n three  "), "one two three"; got != want {
		t.Errorf("mdInline = %q, want %q", got, want)
	}
}

func TestMdQuoteKeepsLineBreaksAndParagraphs(t *testing.T) {
	got := mdQuote("\nfirst line\nsecond\n\n\n# third\n\n", "  ")
	want := []string{"  > first line\\", "  > second", "  >", "  > \\# third"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("mdQuote =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := mdQuote(" \n\t\n", ""); len(got) != 1 || got[0] != ">" {
		t.Errorf("blank text quoted as %q, want an empty blockquote", got)
	}
	if got := mdQuote("ends in \\\nnext", ""); got[0] != `> ends in &#92;\` {
		t.Errorf("line ending in a backslash quoted as %q", got[0])
	}
}

func TestYamlStringReadsBackAsTheSameString(t *testing.T) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "colon: value # comment", "- list",
		"line\nbreak", "{flow: map}", "'single'", "…unicode ¶ ✓", "&anchor *alias ! tag % @ `"} {
		var got string
		if err := yaml.Unmarshal([]byte("v: "+yamlString(s)), &struct{ V *string }{&got}); err != nil {
			t.Errorf("yamlString(%q) = %s: %v", s, yamlString(s), err)
			continue
		}
		if got != s {
			t.Errorf("yamlString(%q) read back as %q", s, got)
		}
	}
}

// oneSpaced must be exactly strings.Join(strings.Fields(s), " "), whose
// work it spares for text already spaced that way.
func TestOneSpacedIsFieldsJoined(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b",
		"a\u2003b", "“Quoted,” she said.", "x\u0085y", "trailing\u3000", "\u200bzero-width is no space", "a b c d e"} {
		if got, want := oneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
