package model

import (
	"strconv"
	"strings"
)

// Check-worthiness: what in a sentence a fact-checker could verify or should
// ask to see sourced. Figures, comparisons with a figure and dates can be
// checked against records; superlatives ("the deadliest") are claims about
// every other case; vague quantities ("hundreds", "a sharp increase") are
// claims of size that give no figure to check.
//
// The lexicon below is data: each word has the kinds it can play, and the
// scanner in CheckWorthiness decides from a word's neighbours which one it
// plays in a sentence.

// checkKind is a set of roles a word can play.
type checkKind uint64

const (
	checkNumberWord           checkKind = 1 << iota // "two", "dozen", "million": a spelled-out figure
	checkScale                                      // "million", "percent", "dollars": extends a figure
	checkQuantity                                   // "half", "third": a quantity after an approximator
	checkMonth                                      // "March", "May"
	checkMonthAbbr                                  // "Jan.", "Sept.": a month only before a day or year
	checkDatePrep                                   // "in", "since": introduces a date
	checkYearNoun                                   // "study", "election": may follow a year ("a 2023 study")
	checkStop                                       // function words: never the unit of a figure
	checkAmPm                                       // "a.m.", "p.m."
	checkCompareThan                                // "more", "fewer": a comparison before "than"
	checkThan                                       // "than"
	checkCompareBare                                // "up", "over": a comparison right before a figure
	checkFrom                                       // "from", in "up from"
	checkTimes                                      // "times", in "three times more"
	checkMultiplier                                 // "twice", "doubled"
	checkArticle                                    // "a", "an"
	checkDeterminer                                 // "the", "its": before a superlative
	checkEst                                        // an -est superlative (set by the scanner)
	checkIrregularSuperlative                       // "best", "worst": superlative after a determiner
	checkStrongSuperlative                          // "largest", "deadliest": superlative even without one
	checkNotSuperlative                             // "-est" words that are not superlatives: "interest"
	checkMost                                       // "most", "least"
	checkMostNot                                    // after "most", a hedge or a time: "most likely"
	checkAt                                         // "at", in "at least"
	checkFirst                                      // "first", in "first ever", "for the first time"
	checkEver                                       // "ever"
	checkFor                                        // "for"
	checkTime                                       // "time"
	checkRecord                                     // "record", "all-time" before a record noun
	checkRecordNoun                                 // "high", "number": "a record high"
	checkUnprecedented                              // "unprecedented", "first-ever": superlative alone
	checkVague                                      // "many", "numerous": a vague quantity
	checkVaguePlural                                // "hundreds", "thousands": a vague quantity
	checkVagueOf                                    // "scores", "a number": vague before "of"
	checkNeedsArticle                               // of the checkVagueOf words: needs "a"/"the" before
	checkOf                                         // "of"
	checkHowAs                                      // "how", "as": "how many" asks, "as many as" bounds
	checkTrendModifier                              // "sharp", "significant": before a trend noun
	checkTrendNoun                                  // "increase", "number": after a trend modifier
	checkTrendVerb                                  // "rose", "increasing": before a trend adverb
	checkTrendAdverb                                // "sharply", "significantly"
	checkTrendAlone                                 // "skyrocketed", "soaring": a vague change by itself
	checkSurgeNoun                                  // "surge", "influx": vague in "a surge in/of"
	checkInOf                                       // "in", "of": after a surge noun
	checkYearPrefix                                 // "mid", "late": "mid-2023"
	checkFraction                                   // "a quarter of", "half of": a figure before "of"
	checkOrdinal                                    // "first", "last": before a fraction that is a period ("the first half")
	checkMultiplierVerb                             // "double": a comparison only as a verb ("would double")
	checkModalTo                                    // "would", "to": before a verb
	checkPluralNoun                                 // "people", "children": plurals without -s that end a counted noun
)

// checkTriggers are the kinds that can start a reason; the others only give
// context to a neighbour ("the" before "deadliest", "in" before "2023").
const checkTriggers = checkNumberWord | checkFraction | checkMonth | checkMonthAbbr | checkYearPrefix | checkMultiplier |
	checkMost | checkEst | checkIrregularSuperlative | checkStrongSuperlative | checkFirst | checkRecord |
	checkUnprecedented | checkVague | checkVaguePlural | checkVagueOf | checkTrendModifier | checkTrendVerb |
	checkTrendAdverb | checkTrendAlone | checkSurgeNoun

// checkLexicon lists each kind's words. A word may appear under several
// kinds. Words are lower case; abbreviations have no final period ("a.m").
var checkLexicon = []struct {
	kind  checkKind
	words string
}{
	{checkNumberWord, "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
		"sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety " +
		"hundred thousand million billion trillion dozen"},
	{checkScale, "hundred thousand million billion trillion percent bn mn dollars euros pounds yen yuan " +
		"rupees francs cents"},
	{checkFraction, "half third quarter fifth tenth"},
	{checkOrdinal, "first second third fourth last final latter former other"},
	{checkQuantity, "half third quarter twice double triple"},
	{checkMonth, "january february march april may june july august september october november december"},
	{checkMonthAbbr, "jan feb mar apr jun jul aug sep sept oct nov dec"},
	{checkDatePrep, "in since by until till from through during before after between early late mid of for"},
	{checkYearNoun, "study report survey census election elections budget season campaign olympics law act " +
		"agreement deal figures data levels level review attack attacks crisis war summit plan strategy " +
		"analysis poll edition estimate estimates peak average"},
	{checkStop, "of and or to in on at for by with from were was are is be been have has had who that " +
		"which than as but it its they he she we you i said says the a an more less times per"},
	{checkAmPm, "a.m p.m"},
	{checkCompareThan, "more less fewer greater higher lower larger bigger smaller"},
	{checkThan, "than"},
	{checkCompareBare, "up down over under above below"},
	{checkFrom, "from"},
	{checkTimes, "times"},
	{checkMultiplier, "twice doubled tripled quadrupled halved double triple quadruple halve"},
	{checkMultiplierVerb, "double triple quadruple halve"},
	{checkModalTo, "to will would could may might can should must"},
	{checkPluralNoun, "people men women children police staff personnel cattle feet teeth"},
	{checkArticle, "a an"},
	{checkDeterminer, "the its their his her our my your whose"},
	{checkIrregularSuperlative, "best worst"},
	{checkStrongSuperlative, "largest biggest deadliest highest lowest greatest smallest costliest fastest " +
		"longest worst"},
	{checkNotSuperlative, "interest protest forest request suggest west honest modest contest arrest test " +
		"manifest harvest invest nest rest guest quest chest pest vest zest crest digest conquest priest " +
		"earnest inquest latest unrest midwest southwest northwest attest detest infest ingest behest " +
		"bequest tempest everest budapest bucharest dishonest retest pretest lest ernest divest incest molest"},
	{checkMost, "most least"},
	{checkMostNot, "likely probably recently recent importantly notably"},
	{checkAt, "at"},
	{checkFirst, "first"},
	{checkEver, "ever"},
	{checkFor, "for"},
	{checkTime, "time"},
	{checkRecord, "record all-time"},
	{checkRecordNoun, "high highs low lows number numbers level levels amount year heat temperatures profit " +
		"profits sales turnout"},
	{checkUnprecedented, "unprecedented first-ever record-breaking record-high record-low"},
	{checkVague, "many numerous countless"},
	{checkVaguePlural, "hundreds thousands millions billions dozens tens"},
	{checkVagueOf, "scores host slew raft lot lots number handful majority multitude"},
	{checkNeedsArticle, "host slew raft lot number handful majority multitude"},
	{checkOf, "of"},
	{checkHowAs, "how as"},
	{checkTrendModifier, "sharp significant dramatic substantial huge massive steep marked considerable " +
		"large growing rising increasing major big rapid enormous tremendous notable alarming worrying " +
		"unprecedented record"},
	{checkTrendNoun, "increase increases rise rises surge spike jump drop decline fall decrease number " +
		"numbers amount share proportion influx growth reduction uptick wave boom"},
	{checkTrendVerb, "increase increases increased increasing rise rises rose rising risen grow grows grew " +
		"growing grown surge surged surging jump jumped jumping drop dropped dropping fall falls fell " +
		"falling fallen decline declined declining decrease decreased decreasing climb climbed climbing"},
	{checkTrendAdverb, "sharply significantly dramatically substantially considerably steeply rapidly " +
		"markedly massively exponentially drastically"},
	{checkTrendAlone, "skyrocketed skyrocketing soared soaring plummeted plummeting plunged plunging " +
		"ballooned ballooning spiked spiking"},
	{checkSurgeNoun, "surge spike influx uptick upsurge flood wave jump"},
	{checkInOf, "in of"},
	{checkYearPrefix, "mid early late pre post"},
}

// checkKinds has every lexicon word; checkTriggerWords only those that can
// start a reason. The scanner looks every word up in the small one, where
// the commonest words ("the", "of") miss at once, and classifies the words
// around a trigger in the full one.
var checkKinds, checkTriggerWords = buildCheckKinds()

func buildCheckKinds() (all, triggers *signalTable) {
	// A word's kinds are those of every row that lists it: collected in
	// one table made for every listed word, then fitted.
	rows, words := make([][]string, len(checkLexicon)), 0
	for i, row := range checkLexicon {
		rows[i] = strings.Fields(row.words)
		words += len(rows[i])
	}
	all = newSignalTable(min(words, signalIndexMask-1))
	for i, row := range checkLexicon {
		for _, w := range rows[i] {
			all.insert([]string{w}).val |= uint64(row.kind)
		}
	}
	all.fit()
	nTriggers := 0
	for _, e := range all.entries {
		if checkKind(e.val)&checkTriggers != 0 {
			nTriggers++
		}
	}
	triggers = newSignalTable(nTriggers)
	for _, e := range all.entries {
		if checkKind(e.val)&checkTriggers != 0 {
			triggers.insert([]string{e.word}).val = e.val
		}
	}
	return all, triggers
}

// checkMayTrigger is a quick test that the word w may start a reason: a
// figure, a trigger word, a hyphenated word (whose first part may be one)
// or an -est word. glued says the word has a mark inside; h is its hash
// when hashed says the caller has it.
func checkMayTrigger(w string, glued bool, h uint32, hashed bool) bool {
	if c := w[0]; isASCIIDigit(c) || c == '$' || (c >= 0x80 && signalNumberAt(w, 0)) {
		return true
	}
	if checkTriggerWords.firstShapes.mayList(w) {
		if !hashed {
			h = signalWordHash(w)
		}
		if checkTriggerWords.mayStart(h) && checkTriggerWords.find(w, h, -1) >= 0 {
			return true
		}
	}
	n := len(w)
	if n >= 5 && (w[n-3]|0x20) == 'e' && (w[n-2]|0x20) == 's' && (w[n-1]|0x20) == 't' {
		return true
	}
	return glued && strings.IndexByte(w, '-') > 0
}

// checkKindOf is the kinds of one word. A hyphenated word not in the
// lexicon takes its first part's kinds ("twenty-five", "worst-hit",
// "record-setting"); an -est word of five letters or more is a superlative
// unless listed as not one.
func checkKindOf(w string) checkKind {
	v, found := checkKinds.lookup(w)
	if !found {
		if dash := strings.IndexByte(w, '-'); dash > 0 {
			w = w[:dash]
			v, _ = checkKinds.lookup(w)
		}
	}
	kind := checkKind(v)
	// The ending first: it rules out nearly every word at once.
	if kind&checkNotSuperlative == 0 && len(w) >= 5 &&
		(w[len(w)-3]|0x20) == 'e' && (w[len(w)-2]|0x20) == 's' && (w[len(w)-1]|0x20) == 't' && signalAllLetters(w) {
		kind |= checkEst
	}
	return kind
}

func signalAllLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return true
}

// CheckWorthiness reports whether a fact-checker should verify the sentence,
// and why, in short phrases fit for a note: "a figure: 49%", "a comparison:
// 'more than 100'", "a date: 2023", "a superlative: 'the deadliest'", "a
// vague quantity ('hundreds') with no figure". Vague quantities are reported
// only when the sentence gives no figure at all.
func CheckWorthiness(sentence string) (bool, []string) {
	sc := checkScanner{s: sentence}
	none := [2]int{-1, -1}
	prev3, prev2, prev := none, none, none
	for pos := 0; ; {
		st, en, glued := nextSignalWordGlued(sentence, pos)
		if st < 0 {
			break
		}
		pos = en
		if checkMayTrigger(sentence[st:en], glued, 0, false) {
			// The rules may use the words after this one: carry on
			// after the last they used, remembering the three before.
			end := sc.trigger(prev3, prev2, prev, st, en)
			for pos < end {
				prev2, prev = prev, [2]int{st, en}
				st, en, _ = nextSignalWordGlued(sentence, pos)
				pos = en
			}
		}
		prev3, prev2, prev = prev2, prev, [2]int{st, en}
	}
	return sc.finish()
}

// trigger runs the check rules on the word [st, en) given the spans of the
// three words before it, and returns the end of the last word the rules
// used: no other reason starts before it.
func (c *checkScanner) trigger(prev3, prev2, prev [2]int, st, en int) int {
	cur := c.classify(st, en)
	if cur.kind&checkTriggers == 0 && !cur.number {
		// No rule starts here (a quick test let it through): the window
		// around it is not needed.
		return en
	}
	c.beforeSpan, c.prev2Span = prev3, prev2
	c.w[1], c.w[2], c.w[3] = c.classify(prev[0], prev[1]), cur, c.read(en)
	c.pending = 1<<0 | 1<<4
	n := c.step()
	if past := c.past; past > 0 {
		c.past = 0
		return past
	}
	return c.at(1 + n).end
}

// at is word i of the window. The words two before and two after the
// current one (w[0] and w[4]) are classified only when a rule first asks
// for them: most rules decide without them, and each is a lexicon probe.
func (c *checkScanner) at(i int) checkWord {
	if c.pending&(1<<i) != 0 {
		c.pending &^= 1 << i
		if i == 0 {
			c.w[0] = c.classify(c.prev2Span[0], c.prev2Span[1])
		} else {
			c.w[4] = c.read(max(c.w[3].end, c.w[2].end))
		}
	}
	return c.w[i]
}

// finish adds the vague quantities when the sentence gave no figure, and
// returns the verdict and the reasons.
func (c *checkScanner) finish() (bool, []string) {
	if !c.figure {
		for _, v := range c.vague[:c.nvague] {
			c.add("a vague quantity ('" + strings.ToLower(c.s[v[0]:v[1]]) + "') with no figure")
		}
	}
	if len(c.reasons) > maxListedReasons {
		more := len(c.reasons) - (maxListedReasons - 1)
		c.reasons = append(c.reasons[:maxListedReasons-1], "and "+strconv.Itoa(more)+" more")
	}
	return len(c.reasons) > 0, c.reasons
}

// maxListedReasons is how many reasons a claim lists at most; past it the
// last one says how many more there are. A reader acts on the first few,
// and a sentence listing thousands of figures would otherwise carry a
// source note of megabytes into every pane, export and JSON document.
const maxListedReasons = 8

// checkWord is one word in the scanner's window.
type checkWord struct {
	start, end int // -1 when before the sentence's start or past its end
	kind       checkKind
	number     bool // starts with a digit or a currency sign
	capital    bool // starts with an upper-case ASCII letter
}

// checkScanner walks a sentence with a window of five words: two before the
// current one (w[2]) and, when the current one may start a reason, two
// after it.
type checkScanner struct {
	s string
	// beforeSpan is the word before w[0], classified only when a figure
	// needs to look that far back ("more than a million").
	beforeSpan [2]int
	prev2Span  [2]int // w[0]'s span, for at
	w          [5]checkWord
	pending    uint8 // bit i: w[i] is still to be classified (see at)
	reasons    []string
	// seen holds the reasons once there are more than a handful: a
	// sentence of thousands of different figures would otherwise compare
	// each new reason with all the others, quadratic in the sentence.
	seen   map[string]struct{}
	vague  [4][2]int
	nvague int
	figure bool // a figure or a comparison with one was found
	// past, when not 0, is where the rule that just ran ended, beyond the
	// window (a tally's noun: "5 to 10 people"); see trigger.
	past int
}

// read classifies the word at or after byte pos; its start is -1 past the
// end.
func (c *checkScanner) read(pos int) checkWord {
	if pos < 0 {
		return checkWord{start: -1, end: -1}
	}
	st, en := nextSignalWord(c.s, pos)
	return c.classify(st, en)
}

// classify makes the window entry for the word [st, en), or an empty one
// when st is -1.
func (c *checkScanner) classify(st, en int) checkWord {
	if st < 0 {
		return checkWord{start: -1, end: -1}
	}
	w := c.s[st:en]
	return checkWord{
		start:   st,
		end:     en,
		kind:    checkKindOf(w),
		number:  signalNumberAt(c.s, st),
		capital: 'A' <= w[0] && w[0] <= 'Z',
	}
}

// possessive reports whether w ends in 's or s' ("the country's largest"),
// which stands for a determiner before a superlative.
func (c *checkScanner) possessive(w checkWord) bool {
	if w.start < 0 {
		return false
	}
	t := c.s[w.start:w.end]
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "s'")
}

func (c *checkScanner) text(from, to checkWord) string { return c.s[from.start:to.end] }

// joined reports whether words a and b are next to each other with only
// white space between, so a phrase never spans a comma.
func (c *checkScanner) joined(a, b checkWord) bool {
	return a.start >= 0 && b.start >= 0 && signalOnlySpaces(c.s[a.end:b.start])
}

func (c *checkScanner) add(reason string) {
	if len(c.reasons) < reasonsScannedInLine {
		c.reasons = appendSignal(c.reasons, reason)
		return
	}
	if c.seen == nil {
		c.seen = make(map[string]struct{}, 2*len(c.reasons))
		for _, r := range c.reasons {
			c.seen[r] = struct{}{}
		}
	}
	if _, dup := c.seen[reason]; !dup {
		c.seen[reason] = struct{}{}
		c.reasons = append(c.reasons, reason)
	}
}

// reasonsScannedInLine is how many reasons a sentence collects before its
// duplicates are found through a set instead of by a scan of the list.
const reasonsScannedInLine = 16

func (c *checkScanner) addVague(from, to checkWord) {
	if c.nvague < len(c.vague) {
		c.vague[c.nvague] = [2]int{from.start, to.end}
		c.nvague++
	}
}

// step looks at the current word and returns how many words it used (at
// least one).
func (c *checkScanner) step() int {
	cur := c.w[2]
	k := cur.kind
	switch {
	case cur.number:
		return c.number()
	case k&(checkMonth|checkMonthAbbr) != 0 && cur.capital:
		if n := c.monthDate(); n > 0 {
			return n
		}
	case k&checkYearPrefix != 0:
		if _, year, ok := strings.Cut(c.s[cur.start:cur.end], "-"); ok && c.isYear(year) {
			c.add("a date: " + c.s[cur.start:cur.end]) // "mid-2023"
			return 1
		}
	case k&checkNumberWord != 0:
		return c.numberWord()
	case k&checkFraction != 0:
		if n := c.fraction(); n > 0 {
			return n
		}
	case k&checkMultiplier != 0:
		return c.multiplier()
	}
	if k&(checkMost|checkEst|checkIrregularSuperlative|checkStrongSuperlative|checkFirst|checkRecord|checkUnprecedented) != 0 {
		if n := c.superlative(); n > 0 {
			return n
		}
	}
	return c.vagueQuantity()
}

// number handles a word that starts with a digit or a currency sign: a time,
// a date, a comparison or a plain figure.
func (c *checkScanner) number() int {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	w := c.s[cur.start:cur.end]
	switch {
	case strings.IndexByte(w, ':') > 0 || (next.kind&checkAmPm != 0 && c.joined(cur, next)):
		end, n := cur, 1
		if next.kind&checkAmPm != 0 && c.joined(cur, next) {
			end, n = next, 2
		}
		t := c.text(cur, end)
		if end.kind&checkAmPm != 0 && end.end < len(c.s) && c.s[end.end] == '.' {
			t += "."
		}
		c.add("a time: " + t)
		return n
	case len(w) == 5 && w[4] == 's' && allDigits(w[:4]):
		c.add("a date: " + w)
		return 1
	case signalOrdinal(w):
		return 1
	case c.isYear(w) && c.yearContext():
		c.add("a date: " + w)
		return 1
	case allDigits(w) && len(w) <= 2 && next.kind&checkMonth != 0 && next.capital && c.joined(cur, next):
		end, n := next, 2
		if next2 := c.at(4); next2.number && c.isYear(c.s[next2.start:next2.end]) && c.s[next.end:next2.start] == " " {
			end, n = next2, 3
		}
		c.add("a date: " + c.text(cur, end))
		return n
	case next.kind&checkTimes != 0 && c.joined(cur, next):
		return c.times(cur)
	}
	start, comparison := c.comparedFrom(cur, prev, func() checkWord { return c.at(0) })
	end, n := c.figureEnd(cur)
	if tally, ok := c.tally(cur); ok {
		end, n = tally, 3 // "voted 7 to 2": one figure
		// with the noun it counts, one word past the window, as a bare
		// count keeps its noun: "5 to 10 people", "a 7 to 2 majority"
		if noun := c.read(tally.end); c.unitWord(tally, noun) {
			end, c.past = noun, noun.end
		}
	} else if end == cur && signalAllDigitsAndCommas(c.s[cur.start:cur.end]) {
		end, n = c.withUnit(end, n) // a bare count: "1,200 workers"
	}
	c.figure = true
	if comparison {
		c.add("a comparison: '" + strings.ToLower(c.text(start, end)) + "'")
	} else {
		c.add("a figure: " + c.text(start, end))
	}
	return n
}

// tally returns the second count of a vote, score or ratio written "N to
// M" ("voted 7 to 2", "won 3 to 1", "a ratio of 4 to 1"), which is one
// figure, not two: two plain counts joined by "to" with nothing but spaces
// between. A range with a scale after it ("from 5 to 7 percent", "per
// cent" too) is left to the figure rules, which keep the scale with its
// number.
func (c *checkScanner) tally(cur checkWord) (checkWord, bool) {
	to, second := c.w[3], c.at(4)
	if to.start < 0 || second.start < 0 || !second.number ||
		!signalWordIs(c.s[to.start:to.end], "to") || !c.joined(cur, to) || !c.joined(to, second) ||
		!signalAllDigitsAndCommas(c.s[cur.start:cur.end]) || !signalAllDigitsAndCommas(c.s[second.start:second.end]) {
		return checkWord{}, false
	}
	if after := c.read(second.end); c.joined(second, after) && (after.kind&checkScale != 0 || c.perCent(after)) {
		return checkWord{}, false
	}
	return second, true
}

// perCent reports whether the word per is "per" and the next one "cent":
// the scale figureEnd reads in two words.
func (c *checkScanner) perCent(per checkWord) bool {
	if per.start < 0 || !signalWordIs(c.s[per.start:per.end], "per") {
		return false
	}
	cent := c.read(per.end)
	return cent.start >= 0 && signalWordIs(c.s[cent.start:cent.end], "cent")
}

// comparedFrom returns where a figure starting with word first begins once
// a comparison before it is included ("more than 100", "up 20%", "up from
// $3bn"), given the word before first and a way to the one before that
// (asked for only after "than" or "from"), and whether there is one.
func (c *checkScanner) comparedFrom(first, prev checkWord, before func() checkWord) (checkWord, bool) {
	if prev.kind&checkThan != 0 {
		if prev2 := before(); prev2.kind&checkCompareThan != 0 {
			return prev2, true
		}
	}
	if prev.kind&checkCompareBare != 0 && c.joined(prev, first) {
		return prev, true
	}
	if prev.kind&checkFrom != 0 {
		if prev2 := before(); prev2.kind&checkCompareBare != 0 {
			return prev2, true
		}
	}
	return first, false
}

// figureEnd extends a figure over the scale and unit words after it: "3.5
// million", "49 percent", "5 per cent", "2 million dollars".
func (c *checkScanner) figureEnd(cur checkWord) (checkWord, int) {
	end, n := cur, 1
	for n < 3 {
		next := c.at(2 + n)
		switch {
		case next.kind&checkScale != 0 && c.joined(end, next):
			end = next
			n++
			continue
		case n == 1 && signalWordIs(c.s[max(next.start, 0):max(next.end, 0)], "per") &&
			signalWordIs(c.s[max(c.at(4).start, 0):max(c.at(4).end, 0)], "cent") && c.joined(end, next):
			return c.at(4), 3
		}
		break
	}
	return end, n
}

// times handles "three times" (optionally "more", "higher", "as"): a
// comparison with a figure.
func (c *checkScanner) times(from checkWord) int {
	times := c.w[3]
	end, n := times, 2
	if after := c.at(4); after.kind&(checkCompareThan|checkHowAs) != 0 && c.joined(times, after) {
		end, n = after, 3
	}
	c.figure = true
	c.add("a comparison: '" + strings.ToLower(c.text(from, end)) + "'")
	return n
}

// multiplier handles "twice as many", "doubled": a comparison with a figure.
func (c *checkScanner) multiplier() int {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	if cur.kind&checkMultiplierVerb != 0 && prev.kind&checkModalTo == 0 {
		return 1 // "a double murder", not "would double"
	}
	end, n := cur, 1
	if next.kind&checkHowAs != 0 && c.joined(cur, next) {
		if next2 := c.at(4); next2.start >= 0 && c.joined(next, next2) {
			end, n = next2, 3
		}
	}
	c.figure = true
	c.add("a comparison: '" + strings.ToLower(c.text(cur, end)) + "'")
	return n
}

// numberWord handles a spelled-out figure: "two decades", "a dozen
// people", "three million".
func (c *checkScanner) numberWord() int {
	prev, cur := c.w[1], c.w[2]
	start, end, n := cur, cur, 1
	if prev.kind&checkArticle != 0 && c.joined(prev, cur) {
		start = prev
	}
	if next := c.w[3]; next.kind&(checkNumberWord|checkScale) != 0 && c.joined(cur, next) {
		end, n = next, 2
	}
	if next := c.at(2 + n); n == 1 && next.kind&checkTimes != 0 && c.joined(end, next) {
		return c.times(start)
	}
	end, n = c.withUnit(end, n)
	c.figure = true
	before := func() checkWord { return c.at(0) }
	if start != cur { // the article is part of the figure
		prev, before = c.at(0), func() checkWord { return c.classify(c.beforeSpan[0], c.beforeSpan[1]) }
	}
	if from, ok := c.comparedFrom(start, prev, before); ok {
		c.add("a comparison: '" + strings.ToLower(c.text(from, end)) + "'")
		return n
	}
	c.add("a figure: " + strings.ToLower(c.text(start, end)))
	return n
}

// fraction handles "a quarter of", "half of", "a third": a figure when an
// article comes before it, or "of" after it and no determiner or ordinal
// before it ("the first half of the year" is none).
func (c *checkScanner) fraction() int {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	switch {
	case prev.kind&checkArticle != 0 && c.joined(prev, cur):
		c.figure = true
		c.add("a figure: " + strings.ToLower(c.text(prev, cur)))
		return 1
	case prev.kind&(checkDeterminer|checkOrdinal) == 0 && next.kind&checkOf != 0 && c.joined(cur, next):
		c.figure = true
		c.add("a figure: " + strings.ToLower(c.text(cur, cur)))
		return 1
	}
	return 0
}

// withUnit extends a count over the noun it counts ("two decades", "1,200
// workers", "two safety inspections"): up to two lower-case words that are
// not function words, participles or adverbs ("12 were", "47% compared",
// "5 only"), the second only when the first is no plural noun (which ends
// the phrase: "1,200 workers lost").
func (c *checkScanner) withUnit(end checkWord, n int) (checkWord, int) {
	for n < 3 {
		next := c.at(2 + n)
		if !c.unitWord(end, next) {
			break
		}
		end, n = next, n+1
		if w := c.s[next.start:next.end]; w[len(w)-1] == 's' || next.kind&checkPluralNoun != 0 {
			break
		}
	}
	return end, n
}

// unitWord reports whether next can be part of the noun a figure counts.
func (c *checkScanner) unitWord(end, next checkWord) bool {
	if next.start < 0 || next.number || next.capital || next.kind&checkStop != 0 ||
		!isASCIILetter(c.s[next.start]) || !c.joined(end, next) {
		return false
	}
	w := c.s[next.start:next.end]
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing")
}

// signalAllDigitsAndCommas reports whether w is a plain count: "12",
// "1,200".
func signalAllDigitsAndCommas(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIIDigit(w[i]) && w[i] != ',' {
			return false
		}
	}
	return true
}

// monthDate handles a capitalised month: "March 3", "March 3, 2024", "May
// 2023", or "in March". It returns 0 when the word is no date ("Theresa
// May", "Jan Novak").
func (c *checkScanner) monthDate() int {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	if next.number && next.start >= 0 {
		nw := c.s[next.start:next.end]
		gap := c.s[cur.end:next.start]
		if gap != " " && gap != ". " {
			return 0
		}
		switch {
		case c.isYear(nw):
			c.add("a date: " + c.text(cur, next))
			return 2
		case signalDay(nw):
			if next2 := c.at(4); next2.number && c.isYear(c.s[next2.start:next2.end]) {
				if g := c.s[next.end:next2.start]; g == ", " || g == " " {
					c.add("a date: " + c.text(cur, next2))
					return 3
				}
			}
			c.add("a date: " + c.text(cur, next))
			return 2
		}
	}
	if cur.kind&checkMonth != 0 && prev.kind&checkDatePrep != 0 && c.joined(prev, cur) {
		c.add("a date: " + c.text(cur, cur))
		return 1
	}
	return 0
}

// isYear reports whether w is a year from 1800 to 2099.
func (c *checkScanner) isYear(w string) bool {
	return len(w) == 4 && allDigits(w) && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20")
}

// yearContext tells a year from a count of four digits ("2000 troops"): a
// year follows a date word ("in 2023") or is followed by punctuation, the
// end, a capitalised word, a function word or a noun that years qualify ("a
// 2023 study").
func (c *checkScanner) yearContext() bool {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	if prev.kind&(checkDatePrep|checkMonth) != 0 {
		return true
	}
	return next.start < 0 || !c.joined(cur, next) || next.capital || next.kind&(checkStop|checkYearNoun) != 0
}

// superlative handles "the deadliest", "the most dangerous", "largest",
// "the biggest ever", "first ever", "for the first time", "a record high",
// "unprecedented". It returns 0 when the word is no superlative here ("at
// least", "most likely", "best known").
func (c *checkScanner) superlative() int {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	k := cur.kind
	det := (prev.kind&checkDeterminer != 0 || c.possessive(prev)) && c.joined(prev, cur)
	start := cur
	if det {
		start = prev
	}
	switch {
	case k&checkRecord != 0 && next.kind&checkRecordNoun != 0 && c.joined(cur, next):
		c.add("a superlative: '" + strings.ToLower(c.text(cur, next)) + "'")
		return 2
	case k&checkUnprecedented != 0 || (k&checkRecord != 0 && strings.IndexByte(c.s[cur.start:cur.end], '-') > 0):
		c.add("a superlative: '" + strings.ToLower(c.text(cur, cur)) + "'")
		return 1
	case k&checkRecord != 0:
		return 0
	case k&checkFirst != 0:
		if next.kind&checkEver != 0 && c.joined(cur, next) {
			c.add("a superlative: '" + strings.ToLower(c.text(cur, next)) + "'")
			return 2
		}
		if prev.kind&checkDeterminer != 0 && next.kind&checkTime != 0 {
			if prev2 := c.at(0); prev2.kind&checkFor != 0 {
				c.add("a superlative: '" + strings.ToLower(c.text(prev2, next)) + "'")
				return 2
			}
		}
		return 0
	case k&checkMost != 0:
		if prev.kind&checkAt != 0 || next.kind&checkMostNot != 0 {
			return 0
		}
		end, n := cur, 1
		if next.start >= 0 && !next.number && next.kind&checkStop == 0 && c.joined(cur, next) {
			end, n = next, 2
		}
		c.add("a superlative: '" + strings.ToLower(c.text(start, end)) + "'")
		return n
	}
	if !det && k&checkStrongSuperlative == 0 && next.kind&checkEver == 0 {
		return 0
	}
	end, n := cur, 1
	if next.kind&checkEver != 0 && c.joined(cur, next) {
		end, n = next, 2
	}
	c.add("a superlative: '" + strings.ToLower(c.text(start, end)) + "'")
	return n
}

// vagueQuantity notes a quantity with no figure: "hundreds", "hundreds of
// thousands", "many", "a number of", "a sharp increase", "increasing
// significantly", "soaring".
func (c *checkScanner) vagueQuantity() int {
	prev, cur, next := c.w[1], c.w[2], c.w[3]
	k := cur.kind
	article := prev.kind&(checkArticle|checkDeterminer) != 0 && c.joined(prev, cur)
	switch {
	case k&checkVaguePlural != 0:
		if next.kind&checkOf != 0 && c.joined(cur, next) {
			if next2 := c.at(4); next2.kind&checkVaguePlural != 0 && c.joined(next, next2) {
				c.addVague(cur, next2)
				return 3
			}
		}
		c.addVague(cur, cur)
	case k&checkVague != 0:
		if prev.kind&checkHowAs == 0 {
			c.addVague(cur, cur)
		}
	case k&checkVagueOf != 0 && next.kind&checkOf != 0 && c.joined(cur, next):
		switch {
		case !article && k&checkNeedsArticle == 0:
			c.addVague(cur, cur)
		case article && (prev.kind&checkArticle != 0 || k&checkNeedsArticle == 0 || signalWordIs(c.s[cur.start:cur.end], "majority")):
			c.addVague(prev, cur)
		}
	case k&checkTrendModifier != 0 && next.kind&checkTrendNoun != 0 && c.joined(cur, next):
		if prev.kind&checkArticle != 0 && c.joined(prev, cur) {
			c.addVague(prev, next)
		} else {
			c.addVague(cur, next)
		}
		return 2
	case k&checkTrendVerb != 0 && next.kind&checkTrendAdverb != 0 && c.joined(cur, next),
		k&checkTrendAdverb != 0 && next.kind&checkTrendVerb != 0 && c.joined(cur, next):
		c.addVague(cur, next)
		return 2
	case k&checkTrendAlone != 0:
		c.addVague(cur, cur)
	case k&checkSurgeNoun != 0 && prev.kind&checkArticle != 0 && next.kind&checkInOf != 0 && c.joined(prev, cur):
		c.addVague(prev, cur)
	}
	return 1
}

// signalDay reports whether w is a day of the month: "3", "21", "3rd".
func signalDay(w string) bool {
	digits := strings.TrimRight(w, "stndrh")
	if !allDigits(digits) || len(digits) > 2 {
		return false
	}
	d := int(digits[0] - '0')
	if len(digits) == 2 {
		d = d*10 + int(digits[1]-'0')
	}
	return d >= 1 && d <= 31
}

// signalOrdinal reports whether w is an ordinal number: "21st", "3rd".
func signalOrdinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch strings.ToLower(w[len(w)-2:]) {
	case "st", "nd", "rd", "th":
		return allDigits(w[:len(w)-2])
	}
	return false
}
