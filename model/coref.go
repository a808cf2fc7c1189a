package model

import "strings"

// Coreference merges the mentions of one source into one speaker. Its state
// is small and carried from paragraph to paragraph, so progressive analysis
// resolves exactly as a one-shot analysis does:
//
//   - a pronoun (he, she, they, it) refers to the most recent compatible
//     speaker: he/she to an individual not known to be of the other gender
//     (or to a person the article has just introduced by name, if no one has
//     spoken since), they to a group, an
//     organization or several speakers named together (else to an unnamed
//     individual), it to an organization or a document (or to a one-word
//     name, which then proves to be an organization);
//   - a definite description ("the official", "the agency", "the report")
//     refers to the most recent speaker with the same head noun (in its name
//     or its role) whose words include the description's words;
//   - a bare surname ("Lindqvist said") refers to the person with that
//     surname, named as the article introduced them anywhere (names.go); a
//     full name seen after a bare surname completes it.
//
// All mentions of a speaker end up in one Speaker, named by its fullest form,
// the other forms kept as aliases.
type resolver struct {
	speakers *[]Speaker
	lower    *lowerCache
	book     nameBook // people introduced anywhere in the article
	claim    int      // the claim being analysed
	info     []speakerInfo
	roles    roleCache // the words and heads of the roles read
	words    []string  // reused list of a mention's content words

	byName    map[string]int   // lower-case name or alias → speaker
	bySurname map[string]int   // lower-case surname → person
	byHead    map[string][]int // head noun → speakers, oldest first

	lastIndividual int   // for he/she
	individuals    []int // recent individual speakers, most recent last
	lastThing      int   // for it
	lastPlural     []int // for they
	lastBodies     []int // the named organizations last named together, for "the hospitals"
	lastOrg        int   // for "the company" when no name matches
	lastDoc        int   // for "the report"

	// A person introduced after the last individual speaker, in an earlier
	// sentence ("Mayor Jane Doe unveiled the plan. “It is historic,” she
	// said."), is who he or she most likely is. introduced is that person
	// as of the current sentence's start; individualAt the book's count
	// when the last individual spoke.
	introduced   bookEntry
	introducedAt int
	individualAt int

	// A one-word name with no role ("Microsoft said") may be a company as
	// well as a surname. When "the company" or "it" then finds no
	// organization more recent than it, it was a company after all.
	lastBareName int
	lastOrgSeq   int // mention number of lastOrg, lastThing and lastBareName
	lastThingSeq int
	bareNameSeq  int
	seq          int
}

// speakerInfo is what coreference and the source notes know about a speaker
// beyond the public Speaker fields.
type speakerInfo struct {
	words              map[string]bool // name, role and alias words, lower case
	anonymityExplained bool            // a reason for anonymity was given
	gender             gender          // from an honorific, a gendered noun or a pronoun

	// The speaker's source note, kept for the name and anonymity it was
	// built for (see speakerNote).
	note          string
	noteName      string
	noteExplained bool
	noteBuilt     bool
}

// genericOrgNouns are descriptions that may stand for the most recent
// organization even without sharing a word with its name: "Northwind Foods
// Inc. … The company said".
var genericOrgNouns = setOf("company", "firm", "corporation", "business", "retailer",
	"manufacturer", "carrier", "airline", "bank", "startup", "group", "organization",
	"organisation", "agency", "society", "charity", "nonprofit", "automaker", "insurer",
	"conglomerate", "maker", "carmaker", "chipmaker", "drugmaker", "lender", "utility", "supplier",
	"operator")

// genericDocumentNouns may stand for the most recent document: "a study
// published in Nature … the report suggests".
var genericDocumentNouns = setOf("report", "study", "paper", "analysis", "survey", "document",
	"statement", "filing", "memo", "letter", "review", "research", "findings", "assessment")

// companyNouns describe a business, which a one-word name often is
// ("Microsoft … the company"); "the agency" is not taken to mean "Smith".
var companyNouns = setOf("company", "firm", "corporation", "business", "retailer", "manufacturer",
	"carrier", "airline", "startup", "bank", "automaker", "insurer", "conglomerate", "group",
	"maker", "carmaker", "chipmaker", "drugmaker", "lender", "utility", "supplier", "operator")

func newResolver(speakers *[]Speaker, lower *lowerCache) *resolver {
	return &resolver{
		speakers: speakers, lower: lower, byName: map[string]int{}, bySurname: map[string]int{},
		byHead: map[string][]int{}, lastIndividual: -1, lastThing: -1, lastOrg: -1, lastDoc: -1,
		lastBareName: -1,
	}
}

// resolve appends to dst the speakers a mention refers to (several for
// "they"), creating one when the mention introduces a new source; claim is
// the index of the claim being analysed. It appends nothing for a pronoun
// with no antecedent: no speaker is invented.
func (rv *resolver) resolve(dst []int, m mention, claim int) []int {
	rv.claim = claim
	if m.pronoun != "" {
		return rv.resolvePronoun(dst, m.pronoun)
	}
	if m.proper && m.kind == KindPerson && !strings.Contains(m.name, " ") {
		// "Zibanejad said", after "Mika Zibanejad scored …".
		if e, ok := rv.book.bySurname[rv.lower.lower(m.name)]; ok {
			m.name = e.name
			if m.role == "" {
				m.role = e.role
			}
		}
	}
	if m.kind == KindGroup && !m.definite && m.r != nil && m.p.s == m.p.e && m.r.capital(m.p.s) &&
		m.r.has(m.p.s, fOrgPlural) {
		// "Banks said" opening a sentence, after "Jane Banks" was
		// introduced: the surname, not banks in general.
		if e, ok := rv.book.bySurname[m.head]; ok {
			m = mention{text: m.r.text(m.p.s), name: e.name, role: e.role, head: e.surname, kind: KindPerson,
				proper: true, r: m.r, p: m.p}
		}
	}
	idx := rv.find(m)
	if idx < 0 && m.definite && !m.proper {
		m, idx = rv.findIntroduced(m)
	}
	if idx < 0 && m.definite && m.kind == KindGroup && rv.namedBodies(m.head) {
		// "Northgate Health and Riverside Medical Partners announced …
		// The hospitals said": the bodies just named together.
		return append(dst, rv.lastBodies...)
	}
	if idx < 0 {
		idx = rv.create(m, claim)
	} else {
		rv.merge(idx, m)
	}
	rv.noteMention(idx)
	return append(dst, idx)
}

// namedBodies reports whether the plural head of a description names bodies
// ("hospitals", "companies") and some were named together before.
func (rv *resolver) namedBodies(head string) bool {
	one, plural := singular(head)
	return plural && classesOf(one)&fOrgNoun != 0 && len(rv.lastBodies) > 1
}

// findIntroduced reads a description that found no speaker ("the
// governor", "the ministry", "the company") as someone the article named
// before they spoke: a person introduced with a role that holds its words,
// a body whose name does, or for a business the company named last. It
// returns the mention under that name and its speaker, or -1 when the name
// has not spoken yet.
func (rv *resolver) findIntroduced(m mention) (mention, int) {
	words := m.appendContentWords(rv.words[:0], &rv.roles)
	rv.words = words
	switch m.kind {
	case KindAnonymous:
		if e, ok := described(rv.book.titled, words, &rv.roles); ok {
			m.name, m.role, m.kind, m.proper = e.name, e.role, KindPerson, true
			return m, rv.find(m)
		}
	case KindOrganization:
		if e, ok := described(rv.book.orgs, words, &rv.roles); ok {
			m.name, m.proper = e.name, true
			return m, rv.find(m)
		}
		if companyNouns[m.head] && len(words) <= 2 && rv.book.company != "" {
			// "Norland Technologies is recalling …, the company said"
			m.name, m.proper = rv.book.company, true
			return m, rv.find(m)
		}
	}
	return m, -1
}

func (rv *resolver) resolvePronoun(dst []int, p string) []int {
	switch p {
	case "he", "she":
		want := pronounGender(p)
		if rv.introducedAt > rv.individualAt {
			e := rv.introduced
			n := len(dst)
			dst = rv.resolve(dst, mention{text: e.name, name: e.name, role: e.role, head: e.surname,
				kind: KindPerson, proper: true}, rv.claim)
			rv.learnGender(dst[n], want)
			return dst
		}
		// The most recent individual whose gender does not contradict the
		// pronoun: after "Ms. Chen said …" and "Mr. Ellis said …", "she"
		// is Chen.
		for k := len(rv.individuals) - 1; k >= 0; k-- {
			idx := rv.individuals[k]
			if g := rv.info[idx].gender; g == genderUnknown || g == want {
				rv.learnGender(idx, want)
				return append(dst, idx)
			}
		}
	case "it":
		if idx := rv.bareNameAsOrganization(rv.lastThingSeq); idx >= 0 {
			return append(dst, idx)
		}
		if rv.lastThing >= 0 {
			return append(dst, rv.lastThing)
		}
	case "they":
		if len(rv.lastPlural) > 0 {
			return append(dst, rv.lastPlural...)
		}
		// Singular "they" for an unnamed person: "A source said … They
		// added that …".
		if i := rv.lastIndividual; i >= 0 && (*rv.speakers)[i].Kind == KindAnonymous {
			return append(dst, i)
		}
	}
	return dst
}

// find looks for an earlier speaker the mention refers to, or -1.
func (rv *resolver) find(m mention) int {
	key := rv.lower.lower(m.name)
	if idx, ok := rv.byName[key]; ok {
		return idx
	}
	if m.proper && m.kind == KindPerson {
		words := strings.Fields(key)
		if idx, ok := rv.bySurname[words[len(words)-1]]; ok {
			sp := (*rv.speakers)[idx]
			if len(words) == 1 || !strings.Contains(sp.Name, " ") {
				return idx
			}
		}
		return -1
	}
	if !m.definite {
		return -1
	}
	cands := rv.byHead[m.head]
	rv.words = m.appendContentWords(rv.words[:0], &rv.roles)
	words := rv.words
	for i := len(cands) - 1; i >= 0; i-- {
		if rv.hasWords(cands[i], words) {
			return cands[i]
		}
	}
	generic := genericOrgNouns[m.head] && len(words) <= 2
	if companyNouns[m.head] && len(words) <= 2 {
		if idx := rv.bareNameAsOrganization(rv.lastOrgSeq); idx >= 0 {
			return idx
		}
	}
	switch {
	case m.kind == KindOrganization && rv.lastOrg >= 0 && generic:
		return rv.lastOrg
	case m.kind == KindDocument && rv.lastDoc >= 0 && genericDocumentNouns[m.head] && len(words) <= 2:
		return rv.lastDoc
	}
	return -1
}

// bareNameAsOrganization returns the latest one-word name when it is more
// recent than the organization (or thing) seen at seq, and makes it an
// organization: "Microsoft said … The company said" (or "It said"). It
// returns -1 otherwise.
func (rv *resolver) bareNameAsOrganization(seq int) int {
	idx := rv.lastBareName
	if idx < 0 || rv.bareNameSeq < seq {
		return -1
	}
	sp := &(*rv.speakers)[idx]
	if sp.Kind != KindPerson || sp.Role != "" {
		return -1
	}
	sp.Kind = KindOrganization
	rv.lastBareName = -1
	delete(rv.bySurname, strings.ToLower(sp.Name))
	return idx
}

func (rv *resolver) hasWords(idx int, words []string) bool {
	have := rv.info[idx].words
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
}

func (rv *resolver) create(m mention, claim int) int {
	idx := len(*rv.speakers)
	*rv.speakers = append(*rv.speakers, Speaker{Name: m.name, Kind: m.kind, Role: m.role, FirstClaim: claim,
		Aliases: appendAlias(nil, m.text, m.name)})
	rv.info = append(rv.info, speakerInfo{words: map[string]bool{}})
	rv.register(idx, m)
	return idx
}

// merge adds what a later mention says about a speaker: a fuller name, a
// role, another form of its name.
func (rv *resolver) merge(idx int, m mention) {
	sp := &(*rv.speakers)[idx]
	changed := false
	if m.proper && m.kind == KindPerson && len(m.name) > len(sp.Name) && strings.Count(m.name, " ") > strings.Count(sp.Name, " ") {
		sp.Aliases = appendAlias(sp.Aliases, sp.Name, m.name)
		sp.Name = m.name
		changed = true
	}
	aliases := len(sp.Aliases)
	sp.Aliases = appendAlias(sp.Aliases, m.text, sp.Name)
	changed = changed || len(sp.Aliases) != aliases
	if sp.Role == "" && m.role != "" {
		sp.Role = m.role
		changed = true
	}
	if changed || (m.role != "" && !rv.info[idx].words[m.head]) || m.gender != genderUnknown && rv.info[idx].gender == genderUnknown {
		rv.register(idx, m)
		return
	}
	// A mention in a form already known only makes the speaker the most
	// recent one with its head noun.
	rv.addHead(m.head, idx)
}

// startSentence notes who had been introduced before the sentence about to
// be read, so its pronouns never point at a name in the same sentence.
func (rv *resolver) startSentence() {
	rv.introduced, rv.introducedAt = rv.book.latest, rv.book.count
}

// completeNames gives speakers known only by a surname the full name and
// role the article introduced them with anywhere, even after they spoke. It
// runs once the whole article has been read.
func (rv *resolver) completeNames() {
	for i := range *rv.speakers {
		sp := &(*rv.speakers)[i]
		if sp.Kind != KindPerson || strings.Contains(sp.Name, " ") {
			continue
		}
		if e, ok := rv.book.lookup(sp.Name); ok {
			sp.Aliases = appendAlias(sp.Aliases, sp.Name, e.name)
			sp.Name = e.name
			if sp.Role == "" {
				sp.Role = e.role
			}
		}
	}
}

// appendAlias adds form to aliases unless it is the name or already there.
// Aliases are only ever appended, so a snapshot's copy stays valid.
func appendAlias(aliases []string, form, name string) []string {
	if form == "" || strings.EqualFold(form, name) {
		return aliases
	}
	for _, a := range aliases {
		if strings.EqualFold(a, form) {
			return aliases
		}
	}
	return append(aliases, form)
}

// register indexes a speaker under the name, surname, head nouns and words
// of a mention.
func (rv *resolver) register(idx int, m mention) {
	sp := &(*rv.speakers)[idx]
	rv.byName[rv.lower.lower(sp.Name)] = idx
	name := rv.lower.lower(m.name)
	rv.byName[name] = idx
	if m.proper && sp.Kind == KindPerson {
		surname := ""
		for w := range strings.FieldsSeq(name) {
			surname = w
		}
		rv.bySurname[surname] = idx
	}
	rv.addHead(m.head, idx)
	if sp.Kind == KindOrganization {
		// "the University of Lisbon" is also "the university".
		for w := range strings.FieldsSeq(rv.lower.lower(sp.Name)) {
			if classesOf(w)&fOrgNoun != 0 {
				rv.addHead(w, idx)
			}
		}
	}
	role := rv.roles.get(sp.Role)
	if role.head != "" {
		rv.addHead(role.head, idx)
	}
	if rv.info[idx].gender == genderUnknown {
		rv.info[idx].gender = m.gender
	}
	info := rv.info[idx].words
	rv.words = m.appendContentWords(rv.words[:0], &rv.roles)
	for _, w := range rv.words {
		info[w] = true
	}
	for w := range strings.FieldsSeq(name) {
		info[trimPossessive(w)] = true
	}
	for _, w := range role.words {
		info[trimPossessive(w)] = true
	}
}

func (rv *resolver) addHead(head string, idx int) {
	if head == "" {
		return
	}
	// A speaker is listed once under a head, most recent last; it is most
	// often the most recent already, so the list is read from its end.
	list := rv.byHead[head]
	if n := len(list); n > 0 && list[n-1] == idx {
		return
	}
	for i := len(list) - 2; i >= 0; i-- {
		if list[i] == idx {
			// Move to the end: the most recent mention wins. The list
			// keeps its length and array, so the map needs no update.
			copy(list[i:], list[i+1:])
			list[len(list)-1] = idx
			return
		}
	}
	rv.byHead[head] = append(list, idx)
}

// noteMention updates the recency state pronouns and descriptions use.
func (rv *resolver) noteMention(idx int) {
	rv.seq++
	sp := (*rv.speakers)[idx]
	switch sp.Kind {
	case KindPerson, KindAnonymous:
		rv.lastIndividual, rv.individualAt = idx, rv.book.count
		rv.individuals = appendRecent(rv.individuals, idx, maxRecentIndividuals)
		if sp.Kind == KindPerson && sp.Role == "" && !strings.Contains(sp.Name, " ") && !strings.Contains(sp.Name, ".") {
			rv.lastBareName, rv.bareNameSeq = idx, rv.seq
		}
	case KindOrganization:
		rv.lastThing, rv.lastOrg = idx, idx
		rv.lastOrgSeq, rv.lastThingSeq = rv.seq, rv.seq
		rv.lastPlural = append(rv.lastPlural[:0], idx) // never handed out: resolve copies it
	case KindDocument:
		rv.lastThing, rv.lastDoc = idx, idx
		rv.lastThingSeq = rv.seq
	case KindGroup:
		rv.lastPlural = append(rv.lastPlural[:0], idx)
	}
}

// maxRecentIndividuals bounds how far back he/she looks for a speaker of
// the right gender: coreference state stays small.
const maxRecentIndividuals = 8

// appendRecent moves idx to the end of a recency list bounded to max.
func appendRecent(list []int, idx, max int) []int {
	for i, x := range list {
		if x == idx {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	list = append(list, idx)
	if len(list) > max {
		list = list[len(list)-max:]
	}
	return list
}

// gender is what the article says of a speaker's gender, if anything.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

func pronounGender(p string) gender {
	if p == "she" {
		return genderFemale
	}
	return genderMale
}

// learnGender records the gender a pronoun showed, unless one is known.
func (rv *resolver) learnGender(idx int, g gender) {
	if rv.info[idx].gender == genderUnknown {
		rv.info[idx].gender = g
	}
}

// notePlural records speakers named together ("Clarke and Byman"), whom a
// later "they" refers to.
func (rv *resolver) notePlural(idxs []int) {
	if len(idxs) > 1 {
		rv.lastPlural = append([]int(nil), idxs...)
		for _, idx := range idxs {
			if sp := (*rv.speakers)[idx]; sp.Kind != KindOrganization || !isCapitalized(sp.Name) {
				return
			}
		}
		rv.lastBodies = append(rv.lastBodies[:0], idxs...)
	}
}
