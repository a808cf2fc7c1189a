package model

import (
	"slices"
	"strings"
	"testing"

	"marginalia/bench/gen"
)

func TestHedgesFindsHedgesInOrder(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		// Modals.
		{"The group may attempt an attack on US soil.", []string{"may"}},
		{"Operatives could slip through undetected.", []string{"could"}},
		{"The plan might fail, and it may cost more.", []string{"might", "may"}},
		{"“We could lose everything,” she said.", []string{"could"}},
		{"May I ask why the report was delayed?", []string{"may"}},
		{"It may or may not be true.", []string{"may or may not"}},
		// Epistemic adverbs, adjectives and verbs.
		{"The minister reportedly resigned on Friday.", []string{"reportedly"}},
		{"The suspect allegedly stole the data, apparently without help.", []string{"allegedly", "apparently"}},
		{"Europe is a more likely target.", []string{"likely"}},
		{"Attacks are still possible, and potentially deadly.", []string{"possible", "potentially"}},
		{"The data suggest a link.", []string{"suggest"}},
		{"The figures seem low, and the trend appears to be slowing.", []string{"seem", "appears to"}},
		{"Militants believed to be linked to the group were arrested.", []string{"believed to"}},
		{"The painting is said to be worth millions.", []string{"said to"}},
		{"He is thought to have fled the country.", []string{"thought to"}},
		{"An estimated 3,000 people attended.", []string{"estimated"}},
		{"The study suggested that the drug works.", []string{"suggested that"}},
		// Agentless frames.
		{"It is feared that the dam will fail.", []string{"it is feared that"}},
		{"It was widely believed the talks would collapse.", []string{"it was widely believed"}},
		{"There is a fear that ISIS-K operatives could slip through.", []string{"there is a fear that", "could"}},
		{"There are concerns that prices will rise.", []string{"there are concerns that"}},
		{"A second attack cannot be ruled out.", []string{"cannot be ruled out"}},
		{"Officials can’t rule out sabotage.", []string{"can't rule out"}},
		// Approximators count only before a figure or a quantity word.
		{"About 300 people were evacuated.", []string{"about"}},
		{"Some 200 homes lost power for roughly two days.", []string{"some", "roughly"}},
		{"The fund has grown to nearly $4 billion.", []string{"nearly"}},
		{"Up to 40% of the crop was lost.", []string{"up to"}},
		{"As many as 1,200 workers could lose their jobs.", []string{"as many as", "could"}},
		{"Around a dozen boats were damaged.", []string{"around"}},
		{"We saw roughly a 30 percent lower risk.", []string{"roughly"}},
		{"Almost half of voters agreed.", []string{"almost"}},
		{"Prices may rise by as much as 5%.", []string{"may", "as much as"}},
		{"The toll could reach about a third of the population.", []string{"could", "about"}},
		// Belief and estimates without a figure.
		{"Experts believe the virus spread quickly.", []string{"believe"}},
		{"By some estimates, the river is polluted.", []string{"by some estimates"}},
		{"Officials suspect that the fire was set.", []string{"suspect that"}},
		// Stated uncertainty.
		{"It was not immediately clear how many people were inside.", []string{"not immediately clear"}},
		{"The cause remains unclear.", []string{"unclear"}},
		{"Such storms tend to weaken somewhat over land.", []string{"tend to", "somewhat"}},
	}
	for _, c := range cases {
		got := Hedges(c.sentence)
		if !slices.Equal(got, c.want) {
			t.Errorf("Hedges(%q) = %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestHedgesIgnoresLookalikes(t *testing.T) {
	for _, sentence := range []string{
		"Lerette expressed concerns about armed terrorists.",
		"The vote was held in May.",
		"The law took effect on May 5, 2023.",
		"Theresa May said the deal was done.",
		"May was the wettest month on record.",
		"The country showed its military might.",
		"Police could not confirm the report.",
		"Residents can leave at any time.",
		"She said it would close next year.",
		"He appeared in court on Monday.",
		"He said to reporters that the plan was final.",
		"Some residents left the area.",
		"The talks went on for about an hour after the walkout.",
		"Nearly everyone agreed.",
		"The attack was the deadliest in two decades.",
		"The potential for attacks remains.",
		"The mayor is the agency's chief.",
		"The company’s CEO, Ann May, resigned.",
		"In late May, the river flooded.",
		"A think tank published the figures.",
	} {
		if got := Hedges(sentence); len(got) != 0 {
			t.Errorf("Hedges(%q) = %q, want none", sentence, got)
		}
	}
}

// Signals scans once for both signals; it must say what the two functions
// say on their own, also where a hedge phrase and a reason share words
// ("about 300", "could double", "nearly a third").
func TestSignalsAgreesWithHedgesAndCheckWorthiness(t *testing.T) {
	sentences, _ := signalSentences(gen.Article(200_000, 3))
	sentences = append(sentences,
		"About 300 people were evacuated, and it is feared that the toll could double.",
		"Nearly a third of the 1,200 workers may lose their jobs by March 2025, the largest cut ever.",
		"Up to $3.5 million could be lost, reportedly the most since the 1990s.",
		"There is a fear that hundreds of thousands may be displaced.",
		"In May, Theresa May said it may rain.",
		"",
	)
	for _, s := range sentences {
		h, ok, r := Signals(s)
		wantOK, wantR := CheckWorthiness(s)
		if !slices.Equal(h, Hedges(s)) || ok != wantOK || !slices.Equal(r, wantR) {
			t.Errorf("Signals(%q) = %q, %v, %q; want %q, %v, %q", s, h, ok, r, Hedges(s), wantOK, wantR)
		}
	}
}

func TestHedgesReportsEachHedgeOnce(t *testing.T) {
	got := Hedges("It may rain, it may snow, and it may do both.")
	if !slices.Equal(got, []string{"may"}) {
		t.Errorf("got %q, want [may]", got)
	}
}

func TestCheckWorthinessGivesReasons(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		// Figures: numbers, money, percentages, spelled-out numbers.
		{"Support for the plan fell to 49% in the poll.", []string{"a figure: 49%"}},
		{"The city paid $3.5 million for the land.", []string{"a figure: $3.5 million"}},
		{"Turnout was 61.2 percent.", []string{"a figure: 61.2 percent"}},
		{"Prices rose 5 per cent.", []string{"a figure: 5 per cent"}},
		{"The company laid off 1,200 workers.", []string{"a figure: 1,200 workers"}},
		{"Unemployment fell to 3.9 percent in April, the lowest level since 2000.", []string{"a figure: 3.9 percent", "a date: April", "a superlative: 'the lowest'", "a date: 2000"}},
		{"The company reported revenue of $2bn.", []string{"a figure: $2bn"}},
		{"The 2000 troops arrived by sea.", []string{"a figure: 2000 troops"}},
		{"Emissions fell by 47% compared with 2002.", []string{"a figure: 47%", "a date: 2002"}},
		{"Twelve were arrested and 12 injured.", []string{"a figure: twelve", "a figure: 12"}},
		{"It was the worst attack in Europe in two decades.", []string{"a superlative: 'the worst'", "a figure: two decades"}},
		{"A dozen boats sank.", []string{"a figure: a dozen boats"}},
		{"The fund is worth €20 million.", []string{"a figure: €20 million"}},
		// A vote, score or ratio "N to M" is one figure; a range keeps its scale.
		{"The court voted 7 to 2 to strike down the law.", []string{"a figure: 7 to 2"}},
		{"The council voted 12 to 3.", []string{"a figure: 12 to 3"}},
		{"City beat United 3 to 1 on Sunday.", []string{"a figure: 3 to 1"}},
		{"Doctors outnumber nurses by a ratio of 4 to 1.", []string{"a figure: 4 to 1"}},
		{"The court voted 7-2.", []string{"a figure: 7-2"}},
		{"Inflation rose from 5 to 7 percent.", []string{"a figure: 5", "a figure: 7 percent"}},
		{"Inflation rose from 5 to 7 per cent.", []string{"a figure: 5", "a figure: 7 per cent"}},
		{"They sent 5 to the front and 2 to the rear.", []string{"a figure: 5", "a figure: 2"}},
		// A count after "N to M" keeps its noun, as a bare count does.
		{"About 5 to 10 people were hurt.", []string{"a figure: 5 to 10 people"}},
		{"Temperatures rose 5 to 7 degrees overnight.", []string{"a figure: 5 to 7 degrees"}},
		{"A 7 to 2 majority upheld it.", []string{"a figure: 7 to 2 majority"}},
		// Comparisons with a figure.
		{"More than 100 people were hurt.", []string{"a comparison: 'more than 100 people'"}},
		{"Costs are up 20% from last year.", []string{"a comparison: 'up 20%'"}},
		{"The new reactor is three times more powerful.", []string{"a comparison: 'three times more'"}},
		{"Exports doubled last year.", []string{"a comparison: 'doubled'"}},
		{"Traffic would double, they said.", []string{"a comparison: 'double'"}},
		{"The building had failed two safety inspections.", []string{"a figure: two safety inspections"}},
		{"About 1,200 workers lost their jobs.", []string{"a figure: 1,200 workers"}},
		{"Three children were hurt.", []string{"a figure: three children"}},
		{"The war has displaced more than a million people.", []string{"a comparison: 'more than a million people'"}},
		{"Rates rose by a quarter of a percentage point.", []string{"a figure: a quarter"}},
		{"Half of the staff quit.", []string{"a figure: half"}},
		{"Women were twice as likely to be hired.", []string{"a comparison: 'twice as likely'"}},
		// Dates and times.
		{"The law was passed in 2023.", []string{"a date: 2023"}},
		{"The law took effect on March 3, 2024, after a vote.", []string{"a date: March 3, 2024"}},
		{"The talks began on Jan. 5 in Geneva.", []string{"a date: Jan. 5"}},
		{"Rents have risen since the 1990s.", []string{"a date: 1990s"}},
		{"The vote was held in May.", []string{"a date: May"}},
		{"The vote is scheduled for March.", []string{"a date: March"}},
		{"The blast happened at 3 p.m. on Tuesday.", []string{"a time: 3 p.m."}},
		{"A 2021 study found no link.", []string{"a date: 2021"}},
		{"Prices peaked in mid-2022.", []string{"a date: mid-2022"}},
		{"The strike began on 5 May 2021.", []string{"a date: 5 May 2021"}},
		// Superlatives.
		{"The attack was the deadliest in Europe.", []string{"a superlative: 'the deadliest'"}},
		{"It is the country's largest port.", []string{"a superlative: 'country's largest'"}},
		{"This is the most expensive bridge in the state.", []string{"a superlative: 'the most expensive'"}},
		{"It was the first ever conviction under the law.", []string{"a superlative: 'first ever'"}},
		{"The drought is unprecedented.", []string{"a superlative: 'unprecedented'"}},
		{"Prices hit a record high.", []string{"a superlative: 'record high'"}},
		{"For the first time, the party lost the seat.", []string{"a superlative: 'for the first time'"}},
		{"It was the biggest ever fine.", []string{"a superlative: 'the biggest ever'"}},
		// Vague quantities with no figure.
		{"Potentially hundreds of individuals are entering the country.", []string{"a vague quantity ('hundreds') with no figure"}},
		{"There has been a sharp increase in the number of suspects.", []string{"a vague quantity ('a sharp increase') with no figure"}},
		{"A significant number of migrants were stopped.", []string{"a vague quantity ('a significant number') with no figure"}},
		{"Many residents fled.", []string{"a vague quantity ('many') with no figure"}},
		{"A growing number of schools ban phones.", []string{"a vague quantity ('a growing number') with no figure"}},
		{"Hundreds of thousands marched.", []string{"a vague quantity ('hundreds of thousands') with no figure"}},
		{"Arrests are increasing significantly.", []string{"a vague quantity ('increasing significantly') with no figure"}},
		{"Rents have soared.", []string{"a vague quantity ('soared') with no figure"}},
		{"Scores of people were hurt.", []string{"a vague quantity ('scores') with no figure"}},
		{"A surge in arrests followed.", []string{"a vague quantity ('a surge') with no figure"}},
		// A figure makes the vague quantity moot.
		{"Thousands gathered, and 12 people were arrested.", []string{"a figure: 12 people"}},
		// Several reasons, each once.
		{"In 2023, 49% said yes, and 49% said no.", []string{"a date: 2023", "a figure: 49%"}},
	}
	for _, c := range cases {
		ok, got := CheckWorthiness(c.sentence)
		if !ok || !slices.Equal(got, c.want) {
			t.Errorf("CheckWorthiness(%q) = %v, %q; want true, %q", c.sentence, ok, got, c.want)
		}
	}
}

func TestCheckWorthinessIgnoresPlainSentences(t *testing.T) {
	for _, sentence := range []string{
		"The threat is a serious concern, according to officials.",
		"Clarke and Byman both emphasize the need for vigilance.",
		"The group is growing bolder.",
		"The open borders present a substantial terror risk.",
		"Interest in the protest grew.",
		"At least the talks resumed.",
		"It will most likely rain.",
		"She is best known for her novels.",
		"Theresa May said the deal was done.",
		"The number of complaints is not known.",
		"How many people attended is unclear.",
		"It is one of the options.",
		"The latest report was published.",
		"Jan Novak, the mayor, spoke first.",
		"Visit the U.S. embassy.",
		"Some residents left the area.",
		"In the first half of the year, little changed.",
		"It was not immediately clear how many people were inside.",
		"He was charged with a double murder.",
	} {
		if ok, got := CheckWorthiness(sentence); ok || len(got) != 0 {
			t.Errorf("CheckWorthiness(%q) = %v, %q; want false and no reasons", sentence, ok, got)
		}
	}
}

func TestSignalWordsKeepFiguresAndAbbreviationsWhole(t *testing.T) {
	s := `He said: "U.S. prices rose 3.5% to $1,200.50 at 10:30, the first-ever rise." Don’t panic...`
	var got []string
	for i := 0; ; {
		st, en := nextSignalWord(s, i)
		if st < 0 {
			break
		}
		got = append(got, s[st:en])
		i = en
	}
	want := []string{"He", "said", "U.S", "prices", "rose", "3.5%", "to", "$1,200.50", "at", "10:30", "the", "first-ever", "rise", "Don’t", "panic"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q\nwant    %q", got, want)
	}
}

// signalSentences are the sentences of a text, as the analysis would pass
// them to the signal functions, and their total size.
func signalSentences(text string) ([]string, int64) {
	var sentences []string
	var size int64
	for _, para := range strings.Split(text, "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		for _, sp := range SplitSentences(para) {
			sentences = append(sentences, para[sp[0]:sp[1]])
			size += int64(sp[1] - sp[0])
		}
	}
	return sentences, size
}

// signalBenchSentences are the sentences of a generated 1 MB article.
func signalBenchSentences(b *testing.B) ([]string, int64) {
	b.Helper()
	return signalSentences(gen.Article(1<<20, 1))
}

func BenchmarkHedges(b *testing.B) {
	sentences, size := signalBenchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			Hedges(s)
		}
	}
}

func BenchmarkSignals(b *testing.B) {
	sentences, size := signalBenchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			Signals(s)
		}
	}
}

func BenchmarkCheckWorthiness(b *testing.B) {
	sentences, size := signalBenchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			CheckWorthiness(s)
		}
	}
}

// FuzzSignals checks what must hold for any text: no panic, hedges in lower
// case and each once, a reason for every check-worthy verdict, every quoted
// figure or phrase taken from the sentence itself, and Signals agreeing with
// Hedges and CheckWorthiness.
func FuzzSignals(f *testing.F) {
	for _, seed := range []string{
		"", "May", "about", "$", "€5", "3:", "1990s", "the most", "It is", "can’t be ruled out",
		"There is a fear that 49% of \xff\xfe U.S. voters may say “no.”",
		"On March 3, 2024, at 3 p.m., hundreds of thousands marched; the deadliest day ever.",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		hedges := Hedges(s)
		for i, h := range hedges {
			if h != strings.ToLower(h) || h == "" {
				t.Errorf("hedge %q is not a lower-case phrase", h)
			}
			if slices.Contains(hedges[:i], h) {
				t.Errorf("hedge %q reported twice", h)
			}
		}
		ok, reasons := CheckWorthiness(s)
		bothHedges, bothOK, bothReasons := Signals(s)
		if !slices.Equal(bothHedges, hedges) || bothOK != ok || !slices.Equal(bothReasons, reasons) {
			t.Errorf("Signals = %q, %v, %q; Hedges and CheckWorthiness = %q, %v, %q",
				bothHedges, bothOK, bothReasons, hedges, ok, reasons)
		}
		if ok != (len(reasons) > 0) {
			t.Errorf("CheckWorthiness = %v with reasons %q", ok, reasons)
		}
		lower := strings.ToLower(s)
		for i, r := range reasons {
			if i == maxListedReasons-1 && strings.HasPrefix(r, "and ") && strings.HasSuffix(r, " more") {
				continue // the count of the reasons not listed (maxListedReasons)
			}
			_, quoted, _ := strings.Cut(r, ": ")
			quoted = strings.Trim(quoted, "'")
			if strings.HasPrefix(r, "a vague quantity") {
				quoted = strings.TrimSuffix(strings.TrimPrefix(r, "a vague quantity ('"), "') with no figure")
			}
			if quoted == "" || (!strings.Contains(s, quoted) && !strings.Contains(lower, quoted) &&
				!strings.Contains(s, strings.TrimSuffix(quoted, "."))) {
				t.Errorf("reason %q quotes text that is not in %q", r, s)
			}
		}
	})
}

// The lexicons are matched in lower case, so an upper-case entry would
// silently never match.
func TestSignalLexiconsAreLowerCase(t *testing.T) {
	var entries []string
	for _, list := range [][]string{hedgeEpistemic, hedgePhrases, hedgeApproximators, hedgePassiveReports} {
		for _, pattern := range list {
			entries = append(entries, expandPattern(pattern)...)
		}
	}
	for _, row := range checkLexicon {
		entries = append(entries, strings.Fields(row.words)...)
	}
	for _, e := range entries {
		if e != strings.ToLower(e) || e != strings.Join(strings.Fields(e), " ") || e == "" {
			t.Errorf("lexicon entry %q is not lower case with single spaces", e)
		}
	}
}

func TestExpandPatternMakesEveryChoice(t *testing.T) {
	got := expandPattern("it {is|was} said {that|}")
	want := []string{"it is said that", "it is said", "it was said that", "it was said"}
	if !slices.Equal(got, want) {
		t.Errorf("expandPattern = %q, want %q", got, want)
	}
}

func TestSignalWordIsIgnoresCaseAndApostropheTypography(t *testing.T) {
	cases := []struct {
		w, lower string
		want     bool
	}{
		{"the", "the", true}, {"The", "the", true}, {"THE", "the", true}, {"then", "the", false},
		{"th", "the", false}, {"can't", "can't", true}, {"can’t", "can't", true}, {"CAN’T", "can't", true},
		{"cant", "can't", false}, {"can’", "can't", false}, {"thé", "the", false}, {"a.m", "a.m", true},
		{"A.M", "a.m", true}, {"’s", "'s", true}, {"x’s", "'s", false}, {"€5", "e5", false},
	}
	for _, c := range cases {
		if got := signalWordIs(c.w, c.lower); got != c.want {
			t.Errorf("signalWordIs(%q, %q) = %v, want %v", c.w, c.lower, got, c.want)
		}
	}
}

// The shape test before a lexicon probe may let any word through, but must
// never turn away a listed first word, in any case or with typographic
// apostrophes.
func TestSignalShapesNeverRuleOutAListedWord(t *testing.T) {
	tables := map[string]*signalTable{"hedges": hedgeLexicon, "check kinds": checkKinds, "check triggers": checkTriggerWords}
	for name, table := range tables {
		for _, e := range table.entries {
			if e.parent >= 0 {
				continue
			}
			typo := strings.ReplaceAll(e.word, "'", "’")
			for _, w := range []string{e.word, strings.ToUpper(e.word), strings.ToUpper(e.word[:1]) + e.word[1:], typo, strings.ToUpper(typo)} {
				if !table.firstShapes.mayList(w) {
					t.Errorf("%s: %q is ruled out by its shape", name, w)
				}
				if table.findFirst(w) < 0 {
					t.Errorf("%s: %q is not found", name, w)
				}
			}
		}
	}
}
