package model

// The reporting lexicon: the verbs and phrases with which news prose hands a
// statement to a source ("said", "warned", "according to"). It is data, kept
// here in one place; the attribution code only looks words up in it.
//
// Each row lists one verb's forms in a fixed order: base, third person
// singular, past tense, past participle, present participle. Listing every
// form (rather than deriving them) keeps irregular verbs honest and lets a
// reader see exactly which words count as cues.

// verbForm is the grammatical form of a reporting verb as it appears in text.
type verbForm uint8

const (
	formBase       verbForm = iota // "say": finite with a plural subject, not after "to"
	formThird                      // "says"
	formPast                       // "said": finite, or a participle after have/be
	formParticiple                 // "written": only finite after have
	formGerund                     // "saying": only finite after be ("is saying")
)

// cueFlags refine when a reporting verb really reports speech.
type cueFlags uint8

const (
	// needsComplement marks verbs that also have everyday non-reporting uses
	// ("maintains a factory", "found the car"): they count only when followed
	// by a that-clause, a quote, a colon, or when they close a reporting tag.
	needsComplement cueFlags = 1 << iota
	// needsQuote marks verbs that report only when a quotation follows
	// ("called the plan “a disaster”", but not "called the police").
	needsQuote
	// needsObject marks phrase verbs whose reporting sense needs a particular
	// next word: "express concern", "point out", "raise concerns".
	needsObject
	// afterModalNever marks verbs that do not report after a modal:
	// "economists expect two cuts" reports a forecast, "residents can expect
	// delays" does not.
	afterModalNever
	// objectIsListener marks verbs whose object is the one spoken to or
	// about, so they never open a trailing tag: in "…, told The Associated
	// Press" the agency heard, in "…, blamed the council" it was blamed.
	objectIsListener
)

// reportingVerbRow is one verb of the lexicon.
type reportingVerbRow struct {
	forms [5]string // base, third person, past, past participle, present participle
	flags cueFlags
	// object lists the words that must follow for a needsObject verb; an
	// optional intensifier ("grave", "serious") may come between.
	object []string
}

// concernObjects completes the phrase verbs of worry: "express concern",
// "voiced concerns", "raised concerns".
var concernObjects = []string{"concern", "concerns", "alarm", "doubt", "doubts", "fears", "worries", "skepticism", "scepticism"}

// concernIntensifiers may stand between a phrase verb and its object.
var concernIntensifiers = map[string]bool{
	"grave": true, "serious": true, "deep": true, "strong": true, "growing": true,
	"particular": true, "some": true, "further": true, "similar": true, "new": true,
}

// reportingVerbs is the lexicon: 78 verbs and phrase verbs.
var reportingVerbs = []reportingVerbRow{
	{forms: [5]string{"say", "says", "said", "said", "saying"}},
	{forms: [5]string{"tell", "tells", "told", "told", "telling"}, flags: objectIsListener},
	{forms: [5]string{"add", "adds", "added", "added", "adding"}},
	{forms: [5]string{"warn", "warns", "warned", "warned", "warning"}},
	{forms: [5]string{"state", "states", "stated", "stated", "stating"}},
	{forms: [5]string{"emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing"}},
	{forms: [5]string{"emphasise", "emphasises", "emphasised", "emphasised", "emphasising"}},
	{forms: [5]string{"argue", "argues", "argued", "argued", "arguing"}},
	{forms: [5]string{"claim", "claims", "claimed", "claimed", "claiming"}},
	{forms: [5]string{"note", "notes", "noted", "noted", "noting"}, flags: needsComplement},
	{forms: [5]string{"estimate", "estimates", "estimated", "estimated", "estimating"}},
	{forms: [5]string{"accuse", "accuses", "accused", "accused", "accusing"}, flags: objectIsListener},
	{forms: [5]string{"write", "writes", "wrote", "written", "writing"}, flags: needsComplement},
	{forms: [5]string{"reply", "replies", "replied", "replied", "replying"}},
	{forms: [5]string{"respond", "responds", "responded", "responded", "responding"}, flags: needsComplement},
	{forms: [5]string{"announce", "announces", "announced", "announced", "announcing"}},
	{forms: [5]string{"explain", "explains", "explained", "explained", "explaining"}},
	{forms: [5]string{"insist", "insists", "insisted", "insisted", "insisting"}},
	{forms: [5]string{"acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"}},
	{forms: [5]string{"admit", "admits", "admitted", "admitted", "admitting"}},
	{forms: [5]string{"deny", "denies", "denied", "denied", "denying"}},
	{forms: [5]string{"confirm", "confirms", "confirmed", "confirmed", "confirming"}},
	{forms: [5]string{"predict", "predicts", "predicted", "predicted", "predicting"}},
	{forms: [5]string{"suggest", "suggests", "suggested", "suggested", "suggesting"}},
	{forms: [5]string{"believe", "believes", "believed", "believed", "believing"}, flags: needsComplement},
	{forms: [5]string{"think", "thinks", "thought", "thought", "thinking"}, flags: needsComplement},
	{forms: [5]string{"fear", "fears", "feared", "feared", "fearing"}, flags: needsComplement},
	{forms: [5]string{"worry", "worries", "worried", "worried", "worrying"}, flags: needsComplement},
	{forms: [5]string{"expect", "expects", "expected", "expected", "expecting"}, flags: afterModalNever},
	{forms: [5]string{"caution", "cautions", "cautioned", "cautioned", "cautioning"}},
	{forms: [5]string{"contend", "contends", "contended", "contended", "contending"}},
	{forms: [5]string{"assert", "asserts", "asserted", "asserted", "asserting"}},
	{forms: [5]string{"maintain", "maintains", "maintained", "maintained", "maintaining"}, flags: needsComplement},
	{forms: [5]string{"report", "reports", "reported", "reported", "reporting"}},
	{forms: [5]string{"testify", "testifies", "testified", "testified", "testifying"}},
	{forms: [5]string{"recall", "recalls", "recalled", "recalled", "recalling"}, flags: needsComplement},
	{forms: [5]string{"describe", "describes", "described", "described", "describing"}},
	{forms: [5]string{"stress", "stresses", "stressed", "stressed", "stressing"}},
	{forms: [5]string{"urge", "urges", "urged", "urged", "urging"}, flags: objectIsListener},
	{forms: [5]string{"ask", "asks", "asked", "asked", "asking"}},
	{forms: [5]string{"comment", "comments", "commented", "commented", "commenting"}},
	{forms: [5]string{"declare", "declares", "declared", "declared", "declaring"}, flags: needsComplement},
	{forms: [5]string{"allege", "alleges", "alleged", "alleged", "alleging"}},
	{forms: [5]string{"observe", "observes", "observed", "observed", "observing"}, flags: needsComplement},
	{forms: [5]string{"remark", "remarks", "remarked", "remarked", "remarking"}},
	{forms: [5]string{"concede", "concedes", "conceded", "conceded", "conceding"}},
	{forms: [5]string{"agree", "agrees", "agreed", "agreed", "agreeing"}, flags: needsComplement},
	{forms: [5]string{"disagree", "disagrees", "disagreed", "disagreed", "disagreeing"}},
	{forms: [5]string{"complain", "complains", "complained", "complained", "complaining"}},
	{forms: [5]string{"promise", "promises", "promised", "promised", "promising"}, flags: needsComplement},
	{forms: [5]string{"vow", "vows", "vowed", "vowed", "vowing"}},
	{forms: [5]string{"pledge", "pledges", "pledged", "pledged", "pledging"}, flags: needsComplement},
	{forms: [5]string{"reveal", "reveals", "revealed", "revealed", "revealing"}},
	{forms: [5]string{"disclose", "discloses", "disclosed", "disclosed", "disclosing"}},
	{forms: [5]string{"indicate", "indicates", "indicated", "indicated", "indicating"}, flags: needsComplement},
	{forms: [5]string{"find", "finds", "found", "found", "finding"}, flags: needsComplement},
	{forms: [5]string{"show", "shows", "showed", "shown", "showing"}, flags: needsComplement},
	{forms: [5]string{"conclude", "concludes", "concluded", "concluded", "concluding"}},
	{forms: [5]string{"reiterate", "reiterates", "reiterated", "reiterated", "reiterating"}},
	{forms: [5]string{"recount", "recounts", "recounted", "recounted", "recounting"}},
	{forms: [5]string{"tweet", "tweets", "tweeted", "tweeted", "tweeting"}},
	{forms: [5]string{"blame", "blames", "blamed", "blamed", "blaming"}, flags: objectIsListener},
	{forms: [5]string{"criticize", "criticizes", "criticized", "criticized", "criticizing"}, flags: objectIsListener},
	{forms: [5]string{"criticise", "criticises", "criticised", "criticised", "criticising"}, flags: objectIsListener},
	{forms: [5]string{"question", "questions", "questioned", "questioned", "questioning"}, flags: needsComplement | objectIsListener},
	{forms: [5]string{"dispute", "disputes", "disputed", "disputed", "disputing"}, flags: objectIsListener},
	{forms: [5]string{"highlight", "highlights", "highlighted", "highlighted", "highlighting"}, flags: needsComplement},
	{forms: [5]string{"underscore", "underscores", "underscored", "underscored", "underscoring"}},
	{forms: [5]string{"recommend", "recommends", "recommended", "recommended", "recommending"}},
	{forms: [5]string{"advise", "advises", "advised", "advised", "advising"}, flags: needsComplement | objectIsListener},
	{forms: [5]string{"demand", "demands", "demanded", "demanded", "demanding"}, flags: needsComplement},
	{forms: [5]string{"forecast", "forecasts", "forecast", "forecast", "forecasting"}},
	{forms: [5]string{"call", "calls", "called", "called", "calling"}, flags: needsQuote | objectIsListener},
	{forms: [5]string{"express", "expresses", "expressed", "expressed", "expressing"}, flags: needsObject, object: concernObjects},
	{forms: [5]string{"voice", "voices", "voiced", "voiced", "voicing"}, flags: needsObject, object: concernObjects},
	{forms: [5]string{"raise", "raises", "raised", "raised", "raising"}, flags: needsObject, object: concernObjects},
	{forms: [5]string{"point", "points", "pointed", "pointed", "pointing"}, flags: needsObject, object: []string{"out"}},
}

// reportingCue is what a word form tells the attribution code.
type reportingCue struct {
	row  *reportingVerbRow
	form verbForm
	cue  cueRef // the form as a claim's cue
}

// cueWords maps every inflected form, lower case, to its verb and form. A
// form shared by past tense and participle ("said") is recorded as past; the
// attribution code treats a past form after be as passive.
var cueWords = buildCueWords()

func buildCueWords() map[string]reportingCue {
	m := make(map[string]reportingCue, len(reportingVerbs)*5)
	for i := range reportingVerbs {
		row := &reportingVerbs[i]
		for f := len(row.forms) - 1; f >= 0; f-- {
			// Lower forms win (past over participle when they coincide).
			m[row.forms[f]] = reportingCue{row: row, form: verbForm(f), cue: wordCue(i, verbForm(f))}
		}
	}
	return m
}

// cueShapes marks the (first letter, length, last letter) shapes of the
// lexicon's forms and "according": most words of a sentence ("the", "of",
// "in") fail this test, so they are ruled out without a map look-up. Each
// (first letter, length) pair holds a bit per last letter (a–z, then one
// bit for anything else).
var cueShapes = buildCueShapes()

const maxCueLen = 16

func buildCueShapes() (t [26][maxCueLen]uint32) {
	mark := func(w string) {
		if c := w[0]; c >= 'a' && c <= 'z' && len(w) < maxCueLen {
			t[c-'a'][len(w)] |= lastLetterBit(w)
		}
	}
	for w := range cueWords {
		mark(w)
	}
	mark("according")
	return t
}

// lastLetterBit is the bit of a word's last byte in cueShapes.
func lastLetterBit(w string) uint32 {
	if c := w[len(w)-1]; c >= 'a' && c <= 'z' {
		return 1 << (c - 'a')
	}
	return 1 << 26
}

// mayBeCue reports whether a lower-case ASCII word has the shape of a
// lexicon form.
func mayBeCue(w string) bool {
	c := w[0]
	return c >= 'a' && c <= 'z' && len(w) < maxCueLen && cueShapes[c-'a'][len(w)]&lastLetterBit(w) != 0
}

// mayBeCueFolded is mayBeCue for an ASCII word in any case, as lower-casing
// would see it ("Said", "WARNED"). (Or-ing 0x20 lower-cases exactly the
// upper-case letters into the range a-z.)
func mayBeCueFolded(w string) bool {
	c, last := w[0]|0x20, w[len(w)-1]|0x20
	if c < 'a' || c > 'z' || len(w) >= maxCueLen {
		return false
	}
	bit := uint32(1 << 26)
	if last >= 'a' && last <= 'z' {
		bit = 1 << (last - 'a')
	}
	return cueShapes[c-'a'][len(w)]&bit != 0
}

// cueShapesComplete says every cue word is an ASCII word of a shape
// cueShapes records, so a word without such a shape is surely no cue.
var cueShapesComplete = func() bool {
	for w := range cueWords {
		if !isASCII(w) || !mayBeCue(w) {
			return false
		}
	}
	return true
}()

// accordingTo is the prepositional cue whose source follows it.
const accordingTo = "according to"
