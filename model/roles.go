package model

import "strings"

// Roles come from two places: titles written before a name ("Former US Army
// Captain Morgan Lerette", "Sen. Maria Lopez", "agency spokeswoman Jane
// Doe"), and appositives set off by commas ("Dr. Ana Ruiz, the study's lead
// author, said"). An appositive, when there is one, is the more informative
// and wins.

// titleWords end the title part of a capitalized run before a name. Lower
// case, without the period of an abbreviation.
var titleWords = setOf(
	"president", "vice-president", "minister", "secretary", "senator", "sen", "representative",
	"rep", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice",
	"chief", "director", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair",
	"professor", "prof", "dr", "doctor", "captain", "capt", "cpt", "lieutenant", "lt", "colonel",
	"col", "general", "gen", "major", "maj", "sergeant", "sgt", "officer", "detective", "det",
	"inspector", "insp", "commissioner", "superintendent", "supt", "sheriff", "deputy", "attorney",
	"ambassador", "chancellor", "king", "queen", "prince", "princess", "pope", "bishop", "rabbi",
	"imam", "pastor", "reverend", "rev", "coach", "admiral", "adm", "commander", "cmdr",
	"corporal", "cpl", "private", "pvt", "spokesman", "spokeswoman", "spokesperson", "councilman",
	"councilwoman", "councillor", "councilor", "alderman", "assemblyman", "assemblywoman",
	"prosecutor", "premier", "economist", "analyst", "researcher", "trooper", "marshal",
	"magistrate", "speaker", "leader", "founder", "executive", "manager", "head", "dean",
	"provost", "nurse", "sister", "brother", "father", "lawmaker", "mp", "mep", "envoy",
	"councilmember", "alderwoman", "alderperson", "assemblymember", "supervisor", "trustee",
	"treasurer", "comptroller", "controller", "clerk", "delegate", "selectman", "selectwoman",
	"constable", "warden", "chaplain", "archbishop", "cardinal", "rector", "vicar", "sheikh",
	"emir", "sultan", "ayatollah", "patriarch", "undersecretary", "secretary-general",
	"coroner", "agent", "principal",
)

// titleExpansions spell out abbreviated titles, so "the senator" can find
// "Sen. Maria Lopez".
var titleExpansions = map[string]string{
	"sen": "senator", "gov": "governor", "rep": "representative", "dr": "doctor",
	"prof": "professor", "capt": "captain", "cpt": "captain", "lt": "lieutenant",
	"col": "colonel", "gen": "general", "maj": "major", "sgt": "sergeant", "det": "detective",
	"insp": "inspector", "supt": "superintendent", "adm": "admiral", "cmdr": "commander",
	"cpl": "corporal", "pvt": "private", "rev": "reverend", "atty": "attorney",
}

// titleKey is the lexicon form of a word: lower case, without the period of
// an abbreviation.
func titleKey(w string) string {
	return strings.TrimSuffix(lowerWord(w), ".")
}

// isTitle reports whether a word is a title.
// (The word-class table lists every title with and without its period.)
func isTitle(w string) bool { return foldedClasses(w)&fTitle != 0 }

// splitTitle splits the capitalized run words[0:] of a name phrase, with
// their classes fl, into the title part words[:titleEnd] and the name
// words[nameStart:]: the title ends at the last title word, and an "of X"
// right after it belongs to the title ("Secretary of State"). Honorifics
// ("Mr.", "Ms.") are dropped from both.
func splitTitle(words []string, fl []wordFlags) (titleEnd, nameStart int) {
	last := -1
	for i := range words {
		if fl[i]&fTitle != 0 && i < len(words)-1 {
			last = i
		}
	}
	cut := last + 1
	if last >= 0 && cut+1 < len(words)-1 && isOf(words[cut]) {
		cut += 2
	}
	titleEnd, nameStart = cut, cut
	for len(words)-nameStart > 1 && fl[nameStart]&fHonorific != 0 {
		nameStart++
	}
	if titleEnd == 1 && fl[0]&fHonorific != 0 {
		titleEnd = 0
	}
	return titleEnd, nameStart
}

// isOf reports whether a word is "of" in any case. (No non-ASCII letter
// lower-cases to "o" or "f".)
func isOf(w string) bool { return len(w) == 2 && w[0]|0x20 == 'o' && w[1]|0x20 == 'f' }

// roleWords are the lower-case words of a role with abbreviated titles
// spelled out, for matching descriptions like "the senator".
func roleWords(role string) []string {
	var out []string
	for _, w := range strings.Fields(role) {
		k := titleKey(w)
		k = strings.Trim(k, ",;:()")
		if e, ok := titleExpansions[k]; ok {
			k = e
		}
		if k != "" && !determiners[k] {
			out = append(out, k)
		}
	}
	return out
}

// roleHead is the head noun of a role, given its roleWords: its last word
// that is not inside a post-modifier ("a spokeswoman for the agency" →
// "spokeswoman").
func roleHead(words []string) string {
	head := ""
	for _, w := range words {
		if prepositions[w] {
			break
		}
		head = w
	}
	return strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
}

// looksLikeRole reports whether an appositive, the words with the classes
// fl, describes someone rather than naming them: "a spokeswoman for the
// agency", "the study's lead author", "spokeswoman for the agency", "chief
// executive".
func looksLikeRole(words []string, fl []wordFlags) bool {
	if len(words) == 0 {
		return false
	}
	if fl[0]&(fDeterminer|fTitle) != 0 {
		return true
	}
	// "Acme's CEO", "Acme's chief executive": ends in a title or a word
	// for what a person does.
	last := words[len(words)-1]
	if len(words) > 1 && (fl[len(fl)-1]&fTitle != 0 || lexiconHead(strings.ToLower(last)) == headPerson) {
		return true
	}
	return !isCapitalized(words[0])
}

// roleCache remembers the words and head of the roles coreference has
// read: a speaker's role is read at every mention that registers it, and
// news repeats roles ("an economist at the University of Leeds"). It is
// bounded; roles past the bound are read each time.
type roleCache struct {
	m map[string]roleInfo
}

// roleInfo is what coreference reads from a role.
type roleInfo struct {
	words []string // roleWords: shared, never to be written
	head  string   // roleHead
	// the gender of the first gendered noun in the role ("spokeswoman")
	gender gender
}

const roleCacheMax = 1 << 12

func (c *roleCache) get(role string) roleInfo {
	if role == "" {
		return roleInfo{}
	}
	if ri, ok := c.m[role]; ok {
		return ri
	}
	ri := roleInfo{words: roleWords(role), gender: genderOfRole(role)}
	ri.head = roleHead(ri.words)
	if c.m == nil {
		c.m = map[string]roleInfo{}
	}
	if len(c.m) < roleCacheMax {
		c.m[role] = ri
	}
	return ri
}
