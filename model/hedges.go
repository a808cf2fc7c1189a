package model

import "strings"

// Hedges: the words and phrases with which a sentence stops short of
// asserting something outright. A reader should weigh a hedged claim
// differently, and a fact-checker should ask what the hedge is covering.
//
// The lexicon is data. Patterns use "{a|b}" for choices and an empty choice
// for an optional part (see expandPattern). What is reported is the phrase as
// matched, in lower case. Deliberately left out:
//   - "would": in news it is mostly reported future ("said it would close"),
//     not doubt;
//   - "can" and "should": ability and obligation, not doubt (but "cannot be
//     ruled out" is a hedge);
//   - "potential" and "possibility" as nouns ("the potential for attacks"):
//     they name a risk rather than soften an assertion;
//   - "more than", "at least": bounds, not approximations.

// Hedge rules: the extra condition a lexicon match must meet to count.
const (
	hedgeAlways         uint8 = iota
	hedgeBeforeQuantity       // an approximator: only before a number or quantity word ("about 300", not "concerns about")
	hedgeModalMay             // "may": not the month ("in May", "May 5") nor a name ("Theresa May")
	hedgeModalMight           // "might": not the noun ("military might")
	hedgeNotNegated           // "could": not "could not" (past inability: "police could not confirm")
	hedgeAfterBe              // "said to": only in the passive ("is said to")
)

// hedgeModals are the modal verbs of possibility, each with the rule that
// tells it from a lookalike.
var hedgeModals = map[string]uint8{"may": hedgeModalMay, "might": hedgeModalMight, "could": hedgeNotNegated}

// hedgeEpistemic are adverbs, adjectives and verbs of doubt, report or
// appearance that hedge a sentence wherever they stand.
var hedgeEpistemic = []string{
	"reportedly", "allegedly", "alleged", "apparently", "potentially", "possibly", "possible",
	"probably", "probable", "likely", "unlikely", "perhaps", "maybe", "presumably", "supposedly",
	"purportedly", "seemingly", "arguably", "conceivably", "suspected", "unconfirmed", "unverified",
	"rumored", "rumoured", "seem", "seems", "seemed", "suggest", "suggests", "estimated",
	"believe", "believes", "unclear", "somewhat",
}

// hedgePhrases are multi-word hedges. Verbs that are also plain reporting
// or motion verbs ("appeared in court", "he said to reporters") count only in
// the frame that makes them epistemic.
var hedgePhrases = []string{
	"{appear|appears|appeared|appearing} to",
	"{suggested|suggesting} that",
	"{believed|thought|understood|feared|presumed|rumored|rumoured|alleged} to",
	// Agentless: someone fears or believes, but the sentence will not say who.
	"it {is|was|has been|had been|is widely|was widely|is now|is also} {feared|believed|thought|said|understood|alleged|reported|rumored|rumoured|claimed|suspected|estimated|assumed|presumed|speculated|expected} {that|}",
	"there {is|was|remains} {a fear|fear|concern|a concern|growing concern|a worry|a possibility|a chance|a risk|a suspicion|speculation|a sense} that",
	"there {are|were|remain} {fears|concerns|worries|growing fears|suspicions|suggestions|indications} that",
	"{cannot|can't|can not|could not|couldn't} be {ruled out|excluded|discounted}",
	"{cannot|can't|could not|couldn't} rule out",
	"may or may not",
	"{think|thinks|suspect|suspects} that",
	"not {immediately|yet|entirely|} clear",
	"{tend|tends} to",
	"by {some|one|most|many} {estimates|estimate|accounts|account}",
}

// hedgeApproximators blur a figure; they count only right before one.
var hedgeApproximators = []string{
	"about", "around", "roughly", "nearly", "almost", "some", "approximately", "circa",
	"up to", "as many as", "as much as", "as few as", "close to", "upwards of",
}

// hedgePassiveReports are verbs that hedge only in the passive with "to",
// after a form of "be" ("is said to be", "was reported to have"): "he said
// to reporters" reports, and is no hedge.
var hedgePassiveReports = []string{"said to", "reported to", "expected to"}

// hedgeBeForms are the forms of "be" before a passive report.
var hedgeBeForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "being": true,
	"'s": true, "widely": true, "also": true, "now": true,
}

// hedgeMightNouns are the words after which "might" is the noun (power).
var hedgeMightNouns = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"your": true, "military": true, "economic": true, "naval": true, "industrial": true,
	"financial": true, "full": true, "sheer": true, "great": true,
}

// hedgeMonthBefore are the words after which a capitalised "May" is the
// month: "in May", "since May", "last May", "of May".
var hedgeMonthBefore = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"through": true, "during": true, "last": true, "next": true, "this": true, "early": true,
	"late": true, "mid": true, "before": true, "after": true, "on": true, "between": true,
	"and": true, "to": true, "each": true, "every": true,
}

// hedgeNotAfterModal are words a modal is never directly followed by, so a
// capitalised "May" before them is a month or a name ("May was wet", "May
// said").
var hedgeNotAfterModal = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "and": true, "or": true, "said": true,
	"says": true, "'s": true, "will": true, "would": true,
}

// hedgeEntry is what a lexicon phrase reports, and the rule its match must
// meet.
type hedgeEntry struct {
	text string
	rule uint8
}

// hedgeLexicon is the phrase trie; an entry's value is 1 + the index in
// hedgePhrasesByIndex of the phrase that ends there, or 0.
var hedgeLexicon, hedgePhrasesByIndex = buildHedgeLexicon()

func buildHedgeLexicon() (*signalTable, []hedgeEntry) {
	type row struct {
		rule     uint8
		patterns []string
	}
	rows := []row{
		{hedgeAlways, hedgeEpistemic},
		{hedgeAlways, hedgePhrases},
		{hedgeBeforeQuantity, hedgeApproximators},
		{hedgeAfterBe, hedgePassiveReports},
	}
	for modal, rule := range hedgeModals {
		rows = append(rows, row{rule, []string{modal}})
	}
	var phrases []hedgeEntry
	words := 0 // at most one table entry each
	for _, r := range rows {
		for _, pattern := range r.patterns {
			for _, text := range expandPattern(pattern) {
				phrases = append(phrases, hedgeEntry{text: text, rule: r.rule})
				words += strings.Count(text, " ") + 1 // expandPattern separates words by one space
			}
		}
	}
	// Phrases share their first words, so there are fewer entries than
	// words: the table is indexed again at its size once it is filled
	// (counting the distinct prefixes first, in a map of joined words,
	// took about two fifths of the build).
	t := newSignalTable(min(words, signalIndexMask-1))
	for i, p := range phrases {
		t.insert(strings.Fields(p.text)).val = uint64(i + 1)
	}
	t.fit()
	return t, phrases
}

// hedgeMaxWords is the most words a hedge phrase has; a longer chain of
// lexicon words is not followed further.
const hedgeMaxWords = 8

// Hedges returns the hedging words and phrases of a sentence, lower-case, in
// order of appearance, each once: modals ("may", "could"), epistemic words
// ("reportedly", "appears to"), approximators before a figure ("about 300")
// and agentless frames ("it is feared that", "there is a fear that").
func Hedges(sentence string) []string {
	var found []string
	prevStart, prevEnd := -1, -1
	for i := 0; ; {
		st, en := nextSignalWord(sentence, i)
		if st < 0 {
			return found
		}
		i = en
		entry := hedgeLexicon.findFirst(sentence[st:en])
		if entry < 0 {
			prevStart, prevEnd = st, en
			continue // most words: no hedge starts here
		}
		if text, end, ok := hedgeAt(sentence, prevStart, prevEnd, st, en, entry); ok {
			found = appendSignal(found, text)
			i = end
		}
		prevStart, prevEnd = st, en
	}
}

// hedgeAt matches the longest hedge phrase that starts with the word
// [st, en), whose lexicon entry is entry, and meets its rule, and returns
// its text and end.
func hedgeAt(s string, prevStart, prevEnd, st, en int, entry int32) (string, int, bool) {
	// Walk the phrase trie word by word, remembering where phrases end.
	var ends [hedgeMaxWords]struct {
		entry int32
		end   int
	}
	n := 0
	for pos := en; ; {
		if hedgeLexicon.entries[entry].val != 0 && n < len(ends) {
			ends[n].entry, ends[n].end = entry, pos
			n++
		}
		nst, nen := nextSignalWord(s, pos)
		if nst < 0 || !signalOnlySpaces(s[pos:nst]) {
			break
		}
		child := hedgeLexicon.find(s[nst:nen], signalHashChild(entry, signalWordHash(s[nst:nen])), entry)
		if child < 0 {
			break
		}
		entry, pos = child, nen
	}
	for n--; n >= 0; n-- {
		e := hedgePhrasesByIndex[hedgeLexicon.entries[ends[n].entry].val-1]
		if hedgeRuleHolds(e.rule, s, prevStart, prevEnd, st, en, ends[n].end) {
			return e.text, ends[n].end, true
		}
	}
	return "", 0, false
}

// hedgeRuleHolds checks a match's rule. The match spans [st, end); its
// first word ends at en; the word before it is [prevStart, prevEnd), or -1
// at the start of the sentence.
func hedgeRuleHolds(rule uint8, s string, prevStart, prevEnd, st, en, end int) bool {
	switch rule {
	case hedgeBeforeQuantity:
		return signalQuantityFollows(s, end)
	case hedgeModalMay:
		return !mayIsMonthOrName(s, prevStart, prevEnd, st, en)
	case hedgeModalMight:
		return prevStart < 0 || !signalIn(hedgeMightNouns, s[prevStart:prevEnd])
	case hedgeAfterBe:
		return prevStart >= 0 && signalIn(hedgeBeForms, s[prevStart:prevEnd])
	case hedgeNotNegated:
		nst, nen := nextSignalWord(s, en)
		return nst < 0 || !signalWordIs(s[nst:nen], "not")
	}
	return true
}

// mayIsMonthOrName tells the month and the surname from the modal. A
// lower-case "may" is the modal unless a number follows ("may 5" in sloppy
// copy). A capitalised one is the month or a name when a number follows,
// when punctuation or a finite verb follows (a modal needs its verb), or when
// it follows a capitalised word ("Theresa May") or a word that introduces a
// date ("in May"). At the start of a sentence it is the modal ("May I ask").
func mayIsMonthOrName(s string, prevStart, prevEnd, st, en int) bool {
	nst, nen := nextSignalWord(s, en)
	if nst >= 0 && signalOnlySpaces(s[en:nst]) && signalNumberAt(s, nst) {
		return true
	}
	if s[st] != 'M' {
		return false
	}
	if en < len(s) && s[en] != ' ' {
		return true
	}
	if nst >= 0 && signalIn(hedgeNotAfterModal, s[nst:nen]) {
		return true
	}
	if prevStart < 0 {
		return false
	}
	if c := s[prevStart]; 'A' <= c && c <= 'Z' {
		return true
	}
	return signalIn(hedgeMonthBefore, s[prevStart:prevEnd])
}

// signalQuantityFollows reports whether a number or a quantity word ("a
// dozen", "hundreds", "half") comes right after byte end.
func signalQuantityFollows(s string, end int) bool {
	st, en := nextSignalWord(s, end)
	if st < 0 || !signalOnlySpaces(s[end:st]) {
		return false
	}
	if signalNumberAt(s, st) {
		return true
	}
	kind := checkKindOf(s[st:en])
	if kind&checkArticle != 0 { // "about a dozen", "roughly a 30 percent"
		if st, en = nextSignalWord(s, en); st < 0 {
			return false
		}
		if signalNumberAt(s, st) {
			return true
		}
		kind = checkKindOf(s[st:en])
	}
	return kind&(checkNumberWord|checkVaguePlural|checkQuantity) != 0
}

// signalIn reports whether word w, in lower case, is in set.
func signalIn(set map[string]bool, w string) bool {
	if len(w) > 24 {
		return false
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
