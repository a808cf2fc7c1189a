package model

import (
	"strings"
)

// Source notes are short remarks a reader can act on: who stands behind a
// claim and how well they are identified, whether the claim hedges, and
// whether it holds something a fact-checker would verify.
//
// Notes about a speaker that can only be decided once the whole article has
// been read ("Surname only" needs to know the full name never appears) are
// made when asked for, once the analysis is complete (Article.SourceNotes);
// notes published earlier are never changed in place.

// The signal detectors belong to the signals work; countSignals is the one
// place the analysis calls them. Signals gives what Hedges and
// CheckWorthiness give, from one scan of the sentence; here its lists are
// built in the scratch lists *hedgeBuf and *checkBuf (reused from claim to
// claim) only to be counted: the claim finds them again in its text when
// asked (Claim's fromText), and keeps only its source notes.
func countSignals(sentence string, hedgeBuf, checkBuf *[]string) (hedges int, checkWorthy bool, checks int) {
	*hedgeBuf, checkWorthy, *checkBuf = signalsInto(sentence, (*hedgeBuf)[:0], (*checkBuf)[:0])
	return len(*hedgeBuf), checkWorthy, len(*checkBuf)
}

const noteUnattributed = "Unattributed: stated in the article's own voice."

// anonymityPhrases mention that a source was granted anonymity.
var anonymityPhrases = []string{"anonymity", "not to be named", "not be named", "not to be identified",
	"not be identified", "without being named", "without being identified", "declined to be named",
	"declined to be identified", "unnamed", "withheld"}

// anonymityReasons are the words that give the reason for it: "because
// they were not authorized to speak", "to discuss internal deliberations",
// "for fear of reprisal", "citing the sensitivity of the talks".
var anonymityReasons = setOf("because", "authorized", "authorised", "discuss", "describe",
	"freely", "fear", "fearing", "citing", "due", "protect", "avoid", "order", "sensitivity",
	"retaliation", "reprisal", "reprisals", "permitted", "allowed")

// anonymityExplained reports whether a sentence mentions a source's
// anonymity and gives a reason for it after the mention.
func anonymityExplained(sentence string) bool {
	// The phrases and reasons stand inside the sentence, in lower case, so
	// the sentence is searched as it is. Each phrase holds one of a few
	// keys; a phrase is searched only when its key is in the sentence, and
	// only from where its first occurrence can begin.
	at, found := anonymityKeysAt(sentence)
	if !found {
		return false // the common case
	}
	for _, p := range anonymityPhraseKeys {
		if at[p.key] < 0 {
			continue
		}
		from := max(at[p.key]-p.off, 0)
		if i := strings.Index(sentence[from:], p.phrase); i >= 0 && hasReasonWord(sentence[from+i+len(p.phrase):]) {
			return true
		}
	}
	return false
}

// anonymityKeys are the words some phrase of anonymityPhrases holds, each
// with the position of its anchor, its rarest letter in news prose (y, m,
// f, w): the search for the keys stops only at those, where a search for
// their first letters (a, n, i) would stop at nearly every word.
var anonymityKeys = [...]struct {
	word   string
	anchor int
}{{"anonym", 4}, {"named", 2}, {"identified", 6}, {"withheld", 0}}

// anonymityKeysAt returns where each of anonymityKeys first occurs in s
// (strings.Index, -1 when it does not), and whether any does. One pass
// looks at each byte once, stopping only at the keys' anchor letters and
// checking the key whose anchor it is around it.
func anonymityKeysAt(s string) (at [len(anonymityKeys)]int, found bool) {
	for k := range at {
		at[k] = -1
	}
	for j := 0; j < len(s); j++ {
		k := int(anonymityAnchors[s[j]]) - 1
		if k < 0 || at[k] >= 0 {
			continue
		}
		key := anonymityKeys[k]
		if i := j - key.anchor; i >= 0 && i+len(key.word) <= len(s) && s[i:i+len(key.word)] == key.word {
			at[k], found = i, true
		}
	}
	return at, found
}

// anonymityAnchors maps each key's anchor letter to the key's index + 1.
var anonymityAnchors = func() (t [256]uint8) {
	for k, key := range anonymityKeys {
		c := key.word[key.anchor]
		if t[c] != 0 {
			panic("model: two anonymity keys share an anchor letter")
		}
		t[c] = uint8(k + 1)
	}
	return t
}()

// anonymityPhraseKeys are anonymityPhrases in order, each with the key it
// holds and the key's offset in it.
var anonymityPhraseKeys = func() []struct {
	phrase   string
	key, off int
} {
	out := make([]struct {
		phrase   string
		key, off int
	}, len(anonymityPhrases))
	for i, p := range anonymityPhrases {
		out[i].phrase, out[i].key = p, -1
		for k, key := range anonymityKeys {
			if off := strings.Index(p, key.word); off >= 0 {
				out[i].key, out[i].off = k, off
				break
			}
		}
		if out[i].key < 0 {
			panic("anonymity phrase without a key: " + p)
		}
	}
	return out
}()

// hasReasonWord reports whether s holds a word of anonymityReasons.
func hasReasonWord(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && !isASCIILetter(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if j > i && anonymityReasons[s[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// A claim's source notes are who stands behind it (speakerNotes), then its
// hedges and checks spelled out (signalNotes). Claims keep only the first
// part: the second is made from their hedges and checks when asked for
// (Claim.SourceNotes), which spares the 5 MB article 2.5 MB of strings that
// only repeat those hedges and checks (themselves found again in the
// claim's text, see Claim's fromText). The notes only the complete article
// decides are not kept either (finalSpeakerNotes, Article.SourceNotes).

// speakerNotes are the notes on who stands behind a claim, appended to
// notes (an empty list, perhaps with room; see arena), as far as the
// article read so far decides them: notes that depend on the absence of
// something (a full name) wait for the whole article (finalSpeakerNotes).
func speakerNotes(notes []string, c *Claim, speakers []Speaker, info []speakerInfo, unclear string) []string {
	if len(c.Speakers) == 0 {
		if unclear != "" {
			notes = append(notes, "Unclear source: '"+unclear+"' refers to no one named earlier.")
		} else {
			notes = append(notes, noteUnattributed)
		}
	}
	for _, si := range c.Speakers {
		if n := speakerNote(speakers[si], &info[si]); n != "" {
			notes = append(notes, n)
		}
	}
	if len(notes) == 0 {
		return nil
	}
	return notes
}

// finalSpeakerNotes is what speakerNotes gives for claim c once the whole
// article is read, from the article's speakers alone (a claim with speakers
// has no note on an unclear source).
func finalSpeakerNotes(c *Claim, speakers []Speaker) []string {
	var notes []string
	for _, si := range c.Speakers {
		sp := speakers[si]
		switch {
		case sp.Kind != KindPerson:
			if n := buildSpeakerNote(sp, sp.anonymityExplained); n != "" {
				notes = append(notes, n)
			}
		case surnameOnly(sp):
			notes = append(notes, surnameNote(sp))
		}
	}
	return notes
}

// signalNotes appends the notes that spell out a claim's hedges and checks.
func signalNotes(notes, hedges []string, checkWorthy bool, checks []string) []string {
	if len(hedges) > 0 {
		notes = append(notes, joinNote("Hedged: ", hedges, ", "))
	}
	if checkWorthy && len(checks) > 0 {
		notes = append(notes, joinNote("Check-worthy: ", checks, "; "))
	}
	return notes
}

// speakerNote is the note about one speaker of a claim, or "". A speaker's
// note is the same on each of its claims, so it is built once and kept
// until the speaker's name or anonymity changes.
func speakerNote(sp Speaker, in *speakerInfo) string {
	if sp.Kind == KindPerson {
		return "" // only the whole article decides (finalSpeakerNotes)
	}
	if in.noteName == sp.Name && in.noteExplained == in.anonymityExplained && in.noteBuilt {
		return in.note
	}
	in.note, in.noteName, in.noteExplained, in.noteBuilt = buildSpeakerNote(sp, in.anonymityExplained), sp.Name, in.anonymityExplained, true
	return in.note
}

func surnameNote(sp Speaker) string {
	return "Surname only: '" + sp.Name + "' is never introduced with a full name or role."
}

func buildSpeakerNote(sp Speaker, anonymityExplained bool) string {
	switch sp.Kind {
	case KindAnonymous:
		if anonymityExplained {
			return "Anonymous source: '" + sp.Name + "' is not named; a reason for anonymity is given."
		}
		return "Anonymous source: not named, and no reason for anonymity is given."
	case KindGroup:
		if anonymityExplained {
			return "Anonymous sources: '" + sp.Name + "' are not named; a reason for anonymity is given."
		}
		if first, _, _ := strings.Cut(sp.Name, " "); possessives[first] {
			return "" // "its authors", "their lawyers": identified by whose they are
		}
		return "Vague source: '" + sp.Name + "' are not identified."
	case KindDocument:
		if !hasCapital(sp.Name) {
			return "Vague source: '" + sp.Name + "' " + isOrAre(sp.Name) + " not identified by title, author or date."
		}
	case KindOrganization:
		// "the agency", "the company": a body the article never names.
		if words := strings.Fields(sp.Name); len(words) == 2 && determiners[words[0]] && genericOrgNouns[words[1]] {
			return "Vague source: '" + sp.Name + "' is not named."
		}
	}
	return ""
}

// joinNote builds "Prefix: a, b." in one allocation.
func joinNote(prefix string, items []string, sep string) string {
	n := len(prefix) + 1 + len(sep)*(len(items)-1)
	for _, it := range items {
		n += len(it)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(prefix)
	for i, it := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(it)
	}
	b.WriteByte('.')
	return b.String()
}

// surnameOnly reports whether a person is only ever named by one word and
// given no role.
func surnameOnly(sp Speaker) bool {
	return sp.Kind == KindPerson && sp.Role == "" && !strings.Contains(sp.Name, " ")
}

// isOrAre agrees a verb with a source's name: "records are", "a study is".
func isOrAre(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return "is"
	}
	last, first := lowerWord(words[len(words)-1]), lowerWord(words[0])
	if indefiniteIndividual[first] {
		return "is"
	}
	if _, plural := singular(last); plural && !strings.HasSuffix(last, "is") && !strings.HasSuffix(last, "us") || last == "data" {
		return "are"
	}
	return "is"
}

func hasCapital(s string) bool {
	for _, w := range strings.Fields(s) {
		if isCapitalized(w) {
			return true
		}
	}
	return false
}
