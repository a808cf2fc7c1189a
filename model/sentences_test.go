package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentencesOf runs raw text through the Normalizer and SplitSentences, as
// the product does, and returns the sentence texts.
func sentencesOf(raw, format string) []string {
	var out []string
	n := NewNormalizer(raw, format)
	for {
		p, ok := n.Next()
		if !ok {
			return out
		}
		for _, sp := range SplitSentences(p) {
			out = append(out, p[sp[0]:sp[1]])
		}
	}
}

// goldenRulesPath is the shared copy of the English Golden Rules, outside
// the project: the repository root's sibling "shared" folder.
var goldenRulesPath = filepath.Join("..", "..", "shared", "peer", "golden_rules_en.json")

func TestGoldenRules(t *testing.T) {
	data, err := os.ReadFile(goldenRulesPath)
	if err != nil {
		t.Skipf("golden rules not available: %v", err)
	}
	var rules []struct {
		Name   string   `json:"name"`
		Input  string   `json:"input"`
		Output []string `json:"output"`
	}
	if err := json.Unmarshal(data, &rules); err != nil {
		t.Fatalf("read %s: %v", goldenRulesPath, err)
	}
	passed := 0
	var failed, unsatisfiable []string
	for _, r := range rules {
		got := sentencesOf(r.Input, "text")
		if reflect.DeepEqual(got, r.Output) {
			passed++
			continue
		}
		// Some cases of this copy lost the list marker of their first item
		// from the input ("1.) The first item" is expected from "The first
		// item"); no segmenter can produce text that is not there.
		flat := strings.Join(strings.Fields(r.Input), " ")
		missing := false
		for _, want := range r.Output {
			if !strings.Contains(flat, want) {
				missing = true
			}
		}
		if missing {
			unsatisfiable = append(unsatisfiable, r.Name)
			t.Logf("unsatisfiable %q: want %q, got %q", r.Name, r.Output, got)
			continue
		}
		failed = append(failed, r.Name)
		t.Logf("FAIL %q:\n  want %q\n  got  %q", r.Name, r.Output, got)
	}
	t.Logf("golden rules: %d of %d passed; %d unsatisfiable (expected text absent from input): %v",
		passed, len(rules), len(unsatisfiable), unsatisfiable)
	if passed < 44 {
		t.Errorf("golden rules: %d of %d passed, want at least 44; failed: %v", passed, len(rules), failed)
	}
}

func TestSplitSentencesNewsTraps(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"title before a name", "Dr. Amara K. Osei said the data were clear. Mr. Reyes disagreed.",
			[]string{"Dr. Amara K. Osei said the data were clear.", "Mr. Reyes disagreed."}},
		{"title before a name that looks like a starter", "Dr. Will Hart and Prof. May Lee agreed. Gov. Hope Ruiz did not.",
			[]string{"Dr. Will Hart and Prof. May Lee agreed.", "Gov. Hope Ruiz did not."}},
		{"stacked military titles", "Lt. Col. Dana Reyes and Gen. Mark Hill spoke. Sen. Ada Ruiz did not.",
			[]string{"Lt. Col. Dana Reyes and Gen. Mark Hill spoke.", "Sen. Ada Ruiz did not."}},
		{"initials", "The novel by J. R. R. Tolkien sold well. It still does.",
			[]string{"The novel by J. R. R. Tolkien sold well.", "It still does."}},
		{"U.S. before a noun", "The U.S. Army denied it. Officials declined to comment.",
			[]string{"The U.S. Army denied it.", "Officials declined to comment."}},
		{"U.S. ending a sentence", "Few migrants reach the U.S. The journey is long.",
			[]string{"Few migrants reach the U.S.", "The journey is long."}},
		{"U.S. before a plural subject", "The drones were made in the U.S. Officials confirmed it.",
			[]string{"The drones were made in the U.S.", "Officials confirmed it."}},
		{"U.K. before a lowercase word", "Prices in the U.K. rose 3.5% in May.",
			[]string{"Prices in the U.K. rose 3.5% in May."}},
		{"p.m. ending a sentence", "The vote closed at 5 p.m. Then the count began.",
			[]string{"The vote closed at 5 p.m.", "Then the count began."}},
		{"a.m. before a weekday", "It opens at 9 a.m. Monday and closes at noon.",
			[]string{"It opens at 9 a.m. Monday and closes at noon."}},
		{"a.m. before a name", "The blast came at 9 a.m. Police sealed the street.",
			[]string{"The blast came at 9 a.m.", "Police sealed the street."}},
		{"e.g. and i.e.", "Some cities, e.g. Boston, cut fares, i.e. Fares fell. Others did not.",
			[]string{"Some cities, e.g. Boston, cut fares, i.e. Fares fell.", "Others did not."}},
		{"money and percentages", "The deal is worth $3.5 million, up 12.5% from 2023. It closes Friday.",
			[]string{"The deal is worth $3.5 million, up 12.5% from 2023.", "It closes Friday."}},
		{"amount ending a sentence", "Revenue reached $1.5 billion. Profit fell.",
			[]string{"Revenue reached $1.5 billion.", "Profit fell."}},
		{"times", "The meeting began at 10:30. It ran late.",
			[]string{"The meeting began at 10:30.", "It ran late."}},
		{"company suffix mid-sentence", "Acme Inc. said on Tuesday that Widget Co. would merge with it.",
			[]string{"Acme Inc. said on Tuesday that Widget Co. would merge with it."}},
		{"company suffix ending a sentence", "The bid came from Orbital Corp. It was rejected.",
			[]string{"The bid came from Orbital Corp.", "It was rejected."}},
		{"month and number abbreviations", "The law took effect Jan. 5 under Rule No. 12 of the code. Nobody noticed.",
			[]string{"The law took effect Jan. 5 under Rule No. 12 of the code.", "Nobody noticed."}},
		{"units and versus", "The wall is 12 ft. high, approx. twice the old one, in Smith vs. Jones. Work starts soon.",
			[]string{"The wall is 12 ft. high, approx. twice the old one, in Smith vs. Jones.", "Work starts soon."}},
		{"etc. ending a sentence", "They sell fruit, bread, etc. The prices are low.",
			[]string{"They sell fruit, bread, etc.", "The prices are low."}},
		{"street and saint", "The church on Elm St. near the park is St. Mary's. It is old.",
			[]string{"The church on Elm St. near the park is St. Mary's.", "It is old."}},
		{"question in quotes with tag", "\"Why now?\" she asked. Nobody answered.",
			[]string{"\"Why now?\" she asked.", "Nobody answered."}},
		{"question in quotes with named tag", "\"Why now?\" Dr. Osei asked. Nobody answered.",
			[]string{"\"Why now?\" Dr. Osei asked.", "Nobody answered."}},
		{"period inside quotes then capital", "He said, \"We are ready.\" The crowd cheered.",
			[]string{"He said, \"We are ready.\"", "The crowd cheered."}},
		{"curly quotes", "“We will rebuild,” the mayor said. “It will take years.” Work began.",
			[]string{"“We will rebuild,” the mayor said.", "“It will take years.”", "Work began."}},
		{"exclamation in quotes with tag", "\"Stop!\" shouted the guard. He ran.",
			[]string{"\"Stop!\" shouted the guard.", "He ran."}},
		{"ellipsis mid-sentence", "The answer was... complicated, she said. Then she left.",
			[]string{"The answer was... complicated, she said.", "Then she left."}},
		{"solid ellipsis before a capital", "The audit found 3 million errors... Officials blamed staffing.",
			[]string{"The audit found 3 million errors...", "Officials blamed staffing."}},
		{"free-standing ellipsis before a name", "The plan ... Smith never read it.",
			[]string{"The plan ... Smith never read it."}},
		{"ellipsis character ending a sentence", "He waited… Then he left.",
			[]string{"He waited…", "Then he left."}},
		{"url and email", "See https://example.org/a.b?c=1 or write to press@example.com. Replies take a day.",
			[]string{"See https://example.org/a.b?c=1 or write to press@example.com.", "Replies take a day."}},
		{"parenthetical sentence", "The fund grew (it had shrunk in 2020.) and paid out. Investors were pleased.",
			[]string{"The fund grew (it had shrunk in 2020.) and paid out.", "Investors were pleased."}},
		{"sentence in parentheses", "Turnout was low. (Polls closed early.) Results come Monday.",
			[]string{"Turnout was low.", "(Polls closed early.)", "Results come Monday."}},
		{"citation marks after the period", "The study found no effect.[3] The authors disagreed.[12][a]",
			[]string{"The study found no effect.[3]", "The authors disagreed.[12][a]"}},
		{"list items on their own lines", "Three steps:\nCheck the source.\nCheck the date",
			[]string{"Three steps:", "Check the source.", "Check the date"}},
		{"no terminal punctuation", "A line without an end", []string{"A line without an end"}},
		{"lowercase after period is not a boundary", "Prices rose 2 pct. on the year.",
			[]string{"Prices rose 2 pct. on the year."}},
		{"number ends a sentence before a number", "The toll rose to 41. 12 more are missing.",
			[]string{"The toll rose to 41.", "12 more are missing."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range SplitSentences(tt.in) {
				got = append(got, tt.in[sp[0]:sp[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

// benchSentences are varied news sentences, traps included, from which the
// benchmarks build a few megabytes of text.
var benchSentences = []string{
	"The council approved the budget on Tuesday after a long debate.",
	"Dr. Amara K. Osei, the study's lead author, said the results were clear.",
	"The U.S. Army declined to comment on the report.",
	"Revenue rose 12.5% to $3.5 billion in the third quarter, according to the company.",
	"\"Why now?\" she asked.",
	"Officials said the vote would take place at 9 a.m. Monday.",
	"Critics, including Sen. Ruth Alder, called the plan reckless.",
	"It is feared that hundreds of families could lose their homes.",
	"The agency's statement, published at https://example.org/statement.html, gave no figures.",
	"Lt. Col. Dana Reyes told reporters the base was secure.",
	"Prices in the U.K. have risen for the fifth month in a row.",
	"\"We will rebuild,\" the mayor said.",
	"The meeting, which began at 10:30, ended without agreement...",
	"Acme Inc. and Widget Co. signed the deal in Jan. 2024.",
	"Analysts expect a sharp increase in demand next year.",
	"Was it enough?",
	"The report (published on Friday) runs to 300 pages.",
	"According to a senior official, the talks stalled over the cost.",
	"Residents described the flooding as the worst in decades!",
	"She can be reached at press@example.com for further questions.",
}

// benchText builds about size bytes of paragraphs from benchSentences in a
// fixed pseudo-random order.
func benchText(size int) string {
	var b strings.Builder
	b.Grow(size + 1024)
	seed := uint32(1)
	for b.Len() < size {
		n := 3 + int(seed%4)
		for i := 0; i < n; i++ {
			seed = seed*1664525 + 1013904223
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchSentences[(seed>>16)%uint32(len(benchSentences))])
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkSplitSentences measures the segmenter alone on about 4 MB of
// normalized paragraphs (MB/s counts paragraph bytes).
func BenchmarkSplitSentences(b *testing.B) {
	_, paras := paragraphsOf(benchText(4<<20), "text")
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			SplitSentences(p)
		}
	}
}

// checkSpans fails unless spans are ordered, non-overlapping, trimmed, on
// rune boundaries and cover every non-space byte of p.
func checkSpans(t *testing.T, p string, spans [][2]int) {
	t.Helper()
	covered := 0
	prev := 0
	for _, sp := range spans {
		a, b := sp[0], sp[1]
		if a < prev || b <= a || b > len(p) {
			t.Fatalf("SplitSentences(%q): bad span %v after %d", p, sp, prev)
		}
		if !utf8.RuneStart(p[a]) || (b < len(p) && !utf8.RuneStart(p[b])) {
			t.Fatalf("SplitSentences(%q): span %v not on rune boundaries", p, sp)
		}
		if isSpaceByte(p[a]) || isSpaceByte(p[b-1]) {
			t.Fatalf("SplitSentences(%q): span %v not trimmed", p, sp)
		}
		if strings.TrimSpace(strings.Map(keepNonSpace, p[prev:a])) != "" {
			t.Fatalf("SplitSentences(%q): text %q between spans not covered", p, p[prev:a])
		}
		covered += b - a
		prev = b
	}
	if strings.Map(keepNonSpace, p[prev:]) != "" {
		t.Fatalf("SplitSentences(%q): tail %q not covered", p, p[prev:])
	}
}

// keepNonSpace maps the white space SplitSentences trims to nothing.
func keepNonSpace(r rune) rune {
	if r < utf8.RuneSelf && isSpaceByte(byte(r)) {
		return -1
	}
	return r
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"Dr. Osei said so. It rained.", "\"Why?\" she asked. No.", "a. One b. Two c. Three",
		"• 9. First • 10. Second", "word. . . . Next", "x...\n- y", "U.S. How? Yes!",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if utf8.ValidString(p) { // paragraphs are always valid; rune boundaries need it
			checkSpans(t, p, SplitSentences(p))
		}
		n := NewNormalizer(p, "markdown")
		for {
			para, ok := n.Next()
			if !ok {
				break
			}
			checkSpans(t, para, SplitSentences(para))
		}
	})
}
