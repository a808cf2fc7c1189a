package model

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// paragraphsOf runs the Normalizer to the end.
func paragraphsOf(raw, format string) (title string, paras []string) {
	n := NewNormalizer(raw, format)
	for {
		p, ok := n.Next()
		if !ok {
			return n.Title(), paras
		}
		paras = append(paras, p)
	}
}

func TestNormalizerParagraphs(t *testing.T) {
	tests := []struct {
		name, format, in string
		wantTitle        string
		want             []string
	}{
		{"blank lines separate paragraphs", "text",
			"First paragraph here.\n\nSecond one.\n\n\n\nThird one.",
			"", []string{"First paragraph here.", "Second one.", "Third one."}},
		{"hard-wrapped lines are joined", "text",
			"The minister said the plan\nwould be announced on\nMonday.\n\nOthers disagreed.",
			"", []string{"The minister said the plan would be announced on Monday.", "Others disagreed."}},
		{"long lines ending a sentence are paragraphs of their own", "text",
			"The council approved the budget on Tuesday after a long and often bitter debate that ran well past midnight on Monday, officials said.\n" +
				"Critics said the plan would raise fees for families, renters and small businesses across the city and its suburbs next year.\n" +
				"Short wrapped\nlines join.",
			"", []string{
				"The council approved the budget on Tuesday after a long and often bitter debate that ran well past midnight on Monday, officials said.",
				"Critics said the plan would raise fees for families, renters and small businesses across the city and its suburbs next year.",
				"Short wrapped lines join.",
			}},
		{"in unwrapped text every sentence-ending line ends a paragraph", "text",
			"A short lede.\n" +
				"The council approved the budget on Tuesday after a long and often bitter debate that ran well past midnight on Monday, officials said.\n" +
				"Nobody objected.\n" +
				"A line that\nbreaks mid-sentence joins.",
			"", []string{
				"A short lede.",
				"The council approved the budget on Tuesday after a long and often bitter debate that ran well past midnight on Monday, officials said.",
				"Nobody objected.",
				"A line that breaks mid-sentence joins.",
			}},
		{"white space collapses", "text",
			"  Spaces \t and\u00a0no-break\u2009thin   spaces.  \n",
			"", []string{"Spaces and no-break thin spaces."}},
		{"CRLF line ends", "text",
			"One line\r\ncontinues.\r\n\r\nNext paragraph.\r\n",
			"", []string{"One line continues.", "Next paragraph."}},
		{"whitespace-only lines separate paragraphs", "text",
			"A paragraph.\n \t \nAnother.", "", []string{"A paragraph.", "Another."}},
		{"control sequences are removed per line", "text",
			"Safe \x1b]0;title\nline.\x1b[2J\n\nThe next paragraph.", "", []string{"Safe line.", "The next paragraph."}},
		{"short first line before a blank line is the title", "text",
			"Floods Hit the Valley\n\nRivers rose overnight.", "Floods Hit the Valley",
			[]string{"Rivers rose overnight."}},
		{"a punctuated first line is not a title", "text",
			"Rivers rose overnight.\n\nTowns were evacuated.", "",
			[]string{"Rivers rose overnight.", "Towns were evacuated."}},
		{"a long first line is not a title", "text",
			"The rivers of the valley rose overnight after three days of rain and the towns braced\n\nThey waited.", "",
			[]string{"The rivers of the valley rose overnight after three days of rain and the towns braced", "They waited."}},
		{"a short first line joined to the next is not a title", "text",
			"Rivers rose\novernight.", "", []string{"Rivers rose overnight."}},
		{"a leading # heading is the title in plain text", "text",
			"# Floods hit the valley\n\nRivers rose.", "Floods hit the valley", []string{"Rivers rose."}},
		{"list lines are items of one paragraph", "text",
			"The report found:\n- turnout fell\n- costs rose\n1. First point.\n2. Second point.",
			"", []string{"The report found:\nturnout fell\ncosts rose\n1. First point.\n2. Second point."}},
		{"byline and dateline under the title", "text",
			"Floods Hit the Valley\n\nBy Jane Doe and Tom Reyes\nUpdated 4:05 PM EST, March 3, 2024\n\nBy Tuesday, the river had risen.\n\nBy Jane Doe and Tom Reyes",
			"Floods Hit the Valley", []string{"By Tuesday, the river had risen.", "By Jane Doe and Tom Reyes"}},
		{"a date line above the title", "text",
			"Updated March 3, 2024\n\nFloods Hit the Valley\n\nRivers rose.",
			"Floods Hit the Valley", []string{"Rivers rose."}},
		{"a date line under the title", "text",
			"Floods Hit the Valley\n\nMarch 3, 2024 4:05 PM EST\n\nMarch 3 was the wettest day on record.",
			"Floods Hit the Valley", []string{"March 3 was the wettest day on record."}},
		{"leading chrome and a title", "text",
			"Skip to content\n\nMenu\n\nFloods Hit the Valley\n\nRivers rose.",
			"Floods Hit the Valley", []string{"Rivers rose."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, got := paragraphsOf(tt.in, tt.format)
			if title != tt.wantTitle {
				t.Errorf("title = %q, want %q", title, tt.wantTitle)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestNormalizerDropsBoilerplateLines(t *testing.T) {
	in := strings.Join([]string{
		"Skip to content",
		"",
		"The council approved the budget on Tuesday.",
		"Advertisement",
		"It passed by seven votes to two.",
		"",
		"SHARE THIS ARTICLE",
		"",
		"Read more: Council delays vote on parking fees",
		"",
		"We use cookies to improve your experience. By continuing you accept our policy.",
		"",
		"Critics said they would read more of the plan before deciding.",
		"",
		"Sign up for our newsletter",
		"",
		"Subscribe",
		"",
		"The mayor welcomed the result.",
	}, "\n")
	_, got := paragraphsOf(in, "text")
	want := []string{
		"The council approved the budget on Tuesday. It passed by seven votes to two.",
		"Critics said they would read more of the plan before deciding.",
		"The mayor welcomed the result.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got  %q\n want %q", got, want)
	}
}

func TestNormalizerDropsShortTrailingLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"chrome phrases and short lines at the end",
			"The storm passed by noon.\n\nRelated Topics\nWeather\n\nExit mobile version\n",
			[]string{"The storm passed by noon."}},
		{"short lines followed by content are kept",
			"The storm passed.\n\nWhy?\n\nNobody knows yet, officials said.",
			[]string{"The storm passed.", "Why?", "Nobody knows yet, officials said."}},
		{"a short final sentence is kept",
			"The storm passed by noon.\n\nNobody was hurt.",
			[]string{"The storm passed by noon.", "Nobody was hurt."}},
		{"the last line of a wrapped paragraph is kept",
			"The storm passed by noon and the roads\nreopened",
			[]string{"The storm passed by noon and the roads reopened"}},
		{"a short text alone is kept", "Hello there", []string{"Hello there"}},
		{"a long run of short paragraphs is content",
			"The storm passed by noon.\n\n" + strings.Repeat("Rain\n\n", 30),
			append([]string{"The storm passed by noon."}, strings.Split(strings.TrimSuffix(strings.Repeat("Rain,", 30), ","), ",")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := paragraphsOf(tt.in, "text")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestNormalizerMarkdown(t *testing.T) {
	in := strings.Join([]string{
		"---",
		"title: ignored front matter",
		"---",
		"# The *Big* Vote",
		"",
		"The **council** voted _yes_ on `plan-b`, see [the report](https://example.org/r \"Report\")",
		"and the [minutes][m] at <https://example.org/minutes>.",
		"![a chart](chart.png) Turnout was 41%.<br>",
		"",
		"## Reactions",
		"",
		"> \"We are pleased,\" the mayor said.",
		"> Others were not.",
		"",
		"Key points:",
		"",
		"- Costs rise by *3%*",
		"- Fees fall",
		"  for families",
		"* Parks reopen",
		"",
		"```go",
		"fmt.Println(\"code is not a claim\")",
		"```",
		"",
		"Tom &amp; Jerry use snake_case and 2 * 3 stays.[^1]",
		"",
		"[m]: https://example.org/minutes",
		"<!-- an editor's",
		"comment -->",
		"Setext Subheading",
		"-----------------",
		"",
		"| year | cost |",
		"|------|------|",
		"| 2024 | $3m  |",
		"",
		"    indented_code(not_a_claim)",
		"",
		"Final ~~old~~ words.",
	}, "\n")
	title, got := paragraphsOf(in, "markdown")
	if title != "The Big Vote" {
		t.Errorf("title = %q, want %q", title, "The Big Vote")
	}
	want := []string{
		"The council voted yes on plan-b, see the report and the minutes at https://example.org/minutes. Turnout was 41%.",
		"\"We are pleased,\" the mayor said. Others were not.",
		"Key points:",
		"Costs rise by 3%\nFees fall for families\nParks reopen",
		"Tom & Jerry use snake_case and 2 * 3 stays.",
		"Final old words.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got  %q\n want %q", got, want)
	}
}

func TestNormalizerMarkdownOutputIsNFC(t *testing.T) {
	_, got := paragraphsOf("Caf*e*\u0301 and cafe&#769; open.", "markdown")
	if want := []string{"Caf\u00e9 and caf\u00e9 open."}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}

func TestNormalizerSetextTitle(t *testing.T) {
	title, got := paragraphsOf("Floods Hit the Valley\n=====================\nRivers rose.", "markdown")
	if title != "Floods Hit the Valley" || !reflect.DeepEqual(got, []string{"Rivers rose."}) {
		t.Errorf("got title %q, paragraphs %q", title, got)
	}
}

func TestNormalizerIsStreaming(t *testing.T) {
	first := "The first paragraph is short."
	raw := first + "\n\n" + strings.Repeat("Another sentence follows here.\n\n", 100000)
	n := NewNormalizer(raw, "text")
	p, ok := n.Next()
	if !ok || p != first {
		t.Fatalf("first paragraph = %q, %v", p, ok)
	}
	if read := len(raw) - n.Remaining(); read > 100 {
		t.Errorf("read %d bytes to produce the first paragraph; want it read without the rest", read)
	}
}

func TestNormalizerPathologicalLinesAreHandled(t *testing.T) {
	if testing.Short() {
		t.Skip("megabyte inputs")
	}
	const size = 1 << 20
	for name, line := range map[string]string{
		"brackets":    strings.Repeat("[", size),
		"backticks":   strings.Repeat("`a", size/2),
		"emphasis":    strings.Repeat("*a_", size/3),
		"angles":      strings.Repeat("<a", size/2),
		"dots":        strings.Repeat("a.", size/2),
		"sentences":   strings.Repeat("Go. ", size/4),
		"quotes":      strings.Repeat("\"Why?\" ", size/7),
		"one word":    strings.Repeat("x", size),
		"escapes":     strings.Repeat("\x1b]", size/2),
		"list marker": "1. " + strings.Repeat("b. ", size/3),
	} {
		for _, format := range []string{"text", "markdown"} {
			n := NewNormalizer(line, format)
			total := 0
			for {
				p, ok := n.Next()
				if !ok {
					break
				}
				total += len(SplitSentences(p))
			}
			if total == 0 && name != "escapes" {
				t.Errorf("%s (%s): no sentences", name, format)
			}
		}
	}
}

func TestEmbeddedArticleParagraphsAndSentences(t *testing.T) {
	raw, err := os.ReadFile("../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	title, paras := paragraphsOf(string(raw), "text")
	if title != "" {
		t.Errorf("title = %q, want none", title)
	}
	if len(paras) != 5 {
		t.Fatalf("got %d paragraphs, want 5: %q", len(paras), paras)
	}
	sentences := 0
	for _, p := range paras {
		sentences += len(SplitSentences(p))
	}
	if sentences != 19 {
		t.Errorf("got %d sentences, want 19", sentences)
	}
	last := paras[len(paras)-1]
	if strings.Contains(last, "Share") || strings.Contains(last, "Exit mobile version") {
		t.Errorf("web chrome kept in the last paragraph: %q", last)
	}
}

// BenchmarkNormalize measures the Normalizer alone on about 4 MB of text,
// plain and as markdown.
func BenchmarkNormalize(b *testing.B) {
	raw := benchText(4 << 20)
	for _, format := range []string{"text", "markdown"} {
		b.Run(format, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				n := NewNormalizer(raw, format)
				for {
					if _, ok := n.Next(); !ok {
						break
					}
				}
			}
		})
	}
}

// BenchmarkNormalizeAndSplit measures the whole text layer: paragraphs and
// their sentences.
func BenchmarkNormalizeAndSplit(b *testing.B) {
	raw := benchText(4 << 20)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		n := NewNormalizer(raw, "text")
		for {
			p, ok := n.Next()
			if !ok {
				break
			}
			SplitSentences(p)
		}
	}
}

func FuzzNormalizer(f *testing.F) {
	for _, s := range []string{
		"Title\n\nText here.\n\nShare.\nExit mobile version",
		"# T\n\n- a\n- b\n\n```\ncode\n```\n> quote *em* [l](u)",
		"---\nk: v\n---\nx\r\n\r\ny\x1b]0;t\nz", "e\u0301 &#769; <b>x</b> `c`",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, markdown bool) {
		format := "text"
		if markdown {
			format = "markdown"
		}
		title, paras := paragraphsOf(raw, format)
		for _, s := range append([]string{title}, paras...) {
			if Sanitize(s) != s {
				t.Fatalf("not sanitized: %q", s)
			}
			if strings.Contains(s, "  ") || strings.TrimSpace(s) != s ||
				strings.Contains(s, " \n") || strings.Contains(s, "\n ") || strings.Contains(s, "\t") {
				t.Fatalf("white space not normalized: %q", s)
			}
		}
		if strings.Contains(title, "\n") {
			t.Fatalf("title spans lines: %q", title)
		}
		for _, p := range paras {
			if p == "" || strings.Contains(p, "\n\n") {
				t.Fatalf("empty paragraph or empty item in %q", paras)
			}
		}
	})
}

func TestIsChromeLine(t *testing.T) {
	for line, want := range map[string]bool{
		"Share.":                         true,
		"  EXIT MOBILE VERSION ":         true,
		"• Share »":                      true,
		"Read more →":                    true,
		"| Advertisement |":              true,
		"Read more: Why the vote failed": true,
		"© 2024 Example Media. All rights reserved.":                         true,
		"We use cookies to personalise content and ads. Accept to continue.": true,
		"Share prices fell.": false,
		"Read more of the report before deciding, the mayor urged residents.": false,
		"Subscribers were angry.": false,
		"Advertisement revenue rose 4% in the quarter, the company said.": false,
	} {
		if got := isChromeLine(line); got != want {
			t.Errorf("isChromeLine(%q) = %v, want %v", line, got, want)
		}
	}
}
