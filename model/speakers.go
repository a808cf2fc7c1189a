package model

import (
	"strings"
)

// A mention is one noun phrase that a reporting cue names as a source, read
// into what coreference needs: the name or description, its head noun, its
// role, its kind, and whether it is a pronoun or a definite description.
type mention struct {
	text     string // the phrase as a reader would name it ("the counter-terrorism official")
	name     string // the speaker's name: a proper name, or text for a description
	role     string // title or appositive
	head     string // lower-case head noun ("official", "experts", "agency")
	kind     Kind   // what sort of source the phrase describes
	pronoun  string // "he", "she", "they" or "it" when the phrase is a pronoun
	definite bool   // a description that points back: "the official"
	proper   bool   // the head is a proper name
	gender   gender // from an honorific or a gendered noun

	// The phrase the mention was read from, valid while its sentence is
	// analysed: content words are only listed when coreference needs them.
	r *sentenceReader
	p phrase
}

// appendContentWords appends the mention's lower-case words without
// determiners, its role's included (read through roles), for matching
// descriptions against earlier speakers.
func (m *mention) appendContentWords(dst []string, roles *roleCache) []string {
	if m.r == nil {
		return dst
	}
	return append(m.r.appendContentWords(dst, m.p.s, m.p.e), roles.get(m.role).words...)
}

// The speaker lexicon: head nouns that can name a source. A head noun outside
// these lists, not capitalized and not ending like an agent noun ("-ist",
// "-ian"), is not accepted as a speaker, which keeps "the attack says" or
// "this suggests" from becoming sources.

// personNouns name individuals by what they do (singular forms; plurals are
// derived, irregular ones listed in irregularPlurals).
var personNouns = setOf(
	"official", "spokesperson", "spokesman", "spokeswoman", "representative", "expert", "analyst",
	"researcher", "scientist", "author", "co-author", "professor", "doctor", "physician", "nurse", "lawyer",
	"attorney", "prosecutor", "judge", "witness", "resident", "neighbor", "neighbour", "critic",
	"activist", "economist", "investigator", "officer", "detective", "agent", "source", "person",
	"man", "woman", "worker", "employee", "leader", "minister", "president", "chief", "director",
	"manager", "executive", "chairman", "chairwoman", "chair", "member", "lawmaker", "legislator",
	"senator", "governor", "mayor", "teacher", "student", "parent", "diplomat", "aide", "adviser",
	"advisor", "consultant", "engineer", "owner", "founder", "candidate", "voter", "protester",
	"protestor", "victim", "survivor", "relative", "friend", "colleague", "commander", "soldier",
	"veteran", "observer", "insider", "staffer", "supporter", "opponent", "organizer", "organiser",
	"volunteer", "farmer", "trader", "investor", "banker", "customer", "patient", "user", "shopper",
	"commuter", "passenger", "driver", "participant", "respondent", "scholar", "academic",
	"campaigner", "local", "citizen", "villager", "fan", "journalist", "reporter", "editor",
	"regulator", "authority", "negotiator", "mediator", "envoy", "ambassador",
	"secretary", "deputy", "coach", "player", "sheriff", "firefighter", "paramedic",
	"medic", "surgeon", "epidemiologist", "biologist", "physicist", "chemist", "historian",
	"tenant", "landlord", "homeowner", "shopkeeper", "businessman", "businesswoman", "entrepreneur",
	"developer", "planner", "inspector", "auditor", "accountant", "lobbyist", "strategist",
	"pollster", "forecaster", "meteorologist", "counsel", "defendant", "plaintiff", "suspect",
	"juror", "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother",
	"spokespeople", "people", "staff", "personnel", "crew", "family", "families",
	"advocate", "proponent", "skeptic", "sceptic", "backer", "ally", "rival", "dissident",
	"retiree", "immigrant", "refugee", "migrant", "shareholder", "stakeholder", "consumer",
	"rider", "educator", "administrator", "councilmember", "councilman", "councilwoman",
	"alderman", "alderwoman", "commissioner", "superintendent", "chancellor", "trustee",
	"treasurer", "comptroller", "supervisor", "principal", "clerk", "delegate", "demonstrator",
	"rescuer", "responder", "landowner", "employer", "buyer", "seller", "homebuyer", "renter",
	"motorist", "caregiver", "counselor", "counsellor", "therapist", "pharmacist", "dentist",
	"midwife", "coroner", "examiner", "defender", "mom", "dad", "grandmother",
	"grandfather", "grandparent", "child", "teenager", "youth",
)

// irregularPlurals maps plural person nouns that do not just add "s".
var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "spokesmen": "spokesman",
	"spokeswomen": "spokeswoman", "businessmen": "businessman", "businesswomen": "businesswoman",
	"chairmen": "chairman", "firefighters": "firefighter", "authorities": "authority",
	"families": "family", "deputies": "deputy", "secretaries": "secretary", "children": "child",
	"staff": "staff", "personnel": "personnel", "crew": "crew", "police": "police",
}

// groupOnly are nouns that always name an unnamed plural.
var groupOnly = setOf("people", "staff", "personnel", "crew", "spokespeople", "children", "families",
	"authorities", "others", "locals", "onlookers", "bystanders", "passersby")

// organizationNouns name bodies, named ("the Environmental Protection
// Agency") or not ("the agency", "police").
var organizationNouns = setOf(
	"agency", "company", "firm", "corporation", "corp.", "inc.", "co.", "ltd", "llc", "ministry",
	"department", "government", "administration", "union", "police", "council", "commission",
	"committee", "court", "office", "bureau", "board", "university", "institute", "hospital",
	"school", "college", "organization", "organisation", "group", "party", "campaign", "team",
	"club", "bank", "fund", "network", "service", "services", "military", "army", "navy",
	"embassy", "parliament", "congress", "senate", "house", "airline", "carrier", "manufacturer",
	"retailer", "startup", "charity", "foundation", "coalition", "alliance", "association",
	"federation", "society", "lab", "laboratory", "center", "centre", "city", "county", "district",
	"patrol", "guard", "force", "reserve", "times", "post", "news", "press",
	"journal", "authority", "regulator", "cabinet", "command", "secretariat",
	"programme", "program", "trust", "clinic", "institution", "publisher", "broadcaster",
	"newspaper", "magazine", "outlet", "station", "ngo", "nonprofit", "watchdog",
	"industry", "sector", "state", "republic", "kingdom", "assembly", "tribunal",
	"prison", "jail", "zoo", "museum", "library", "church", "mosque", "synagogue", "temple",
	"nations", "corps", "guardia", "directorate", "inspectorate", "observatory",
	"maker", "automaker", "carmaker", "chipmaker", "drugmaker", "supplier", "insurer", "lender",
	"operator", "utility", "conglomerate", "subsidiary", "distributor", "contractor",
)

// companyNameWords end or fill a company's name without naming a source on
// their own: "Veridia Pharmaceuticals", "Apex Holdings", "Blue Ridge Partners".
// A capitalized name holding one is an organization, not a person.
var companyNameWords = setOf(
	"pharmaceuticals", "pharma", "therapeutics", "biosciences", "biotech", "holdings",
	"partners", "technologies", "technology", "tech", "industries", "systems", "enterprises",
	"ventures", "capital", "motors", "airlines", "airways", "energy", "labs", "laboratories",
	"solutions", "brands", "foods", "media", "entertainment", "communications", "telecom",
	"resources", "insurance", "financial", "investments", "securities", "logistics",
	"semiconductor", "semiconductors", "electric", "petroleum", "oil", "gas", "steel", "mining",
	"software", "robotics", "dynamics", "aerospace", "automotive", "chemicals", "materials",
	"networks", "studios", "pictures", "records", "properties", "realty", "bancorp",
	"bankshares", "advisors", "advisers", "associates", "consulting", "analytics", "wireless",
	"health", "healthcare", "medical", "biologics", "diagnostics", "devices", "instruments",
)

// newsOrganizations are one-word names of news agencies and outlets often
// cited as sources ("Reuters reported"), which would otherwise read as a
// person's surname.
var newsOrganizations = setOf("reuters", "bloomberg", "axios", "politico", "afp", "ap",
	"bbc", "cnn", "nbc", "abc", "cbs", "npr", "xinhua", "interfax", "tass", "yonhap", "kyodo",
	"semafor", "propublica")

// documentNouns name written sources.
var documentNouns = setOf(
	"study", "report", "statement", "survey", "filing", "memo", "memorandum", "paper", "analysis",
	"review", "poll", "letter", "document", "documents", "records", "data", "complaint", "lawsuit",
	"suit", "indictment", "affidavit", "ruling", "release", "email", "e-mail", "transcript",
	"audit", "assessment", "findings", "research", "tweet", "notice", "guidance", "bulletin",
	"census", "figures", "statistics", "estimates", "projections", "forecast", "model", "article",
	"book", "blog", "website", "post", "footage", "video", "recording", "minutes", "testimony",
	"brief", "motion", "petition", "order", "report's", "studies", "reports", "surveys", "polls",
	"statements", "filings", "memos", "papers", "letters", "emails", "tweets",
	"note", "newsletter", "presentation", "dossier", "database", "images", "imagery", "photos",
	"photographs", "pictures", "maps", "logs", "receipts", "invoices", "contracts", "contract",
	"bill", "law", "legislation", "treaty", "constitution", "regulation", "regulations",
	"guidelines", "policy", "results", "tests", "evidence", "trial", "trials", "polling",
	"forecasts", "projection", "verdict", "judgment", "opinion", "warrant",
)

// pronouns that can stand for a speaker, mapped to the pronoun class.
// Contracted forms ("she's said", "they've warned") stand for the pronoun.
var speakerPronouns = map[string]string{"he": "he", "she": "she", "they": "they", "it": "it",
	"he's": "he", "he’s": "he", "she's": "she", "she’s": "she", // "it's said" is passive
	"they've": "they", "they’ve": "they", "he'd": "he", "he’d": "he", "she'd": "she",
	"she’d": "she", "they'd": "they", "they’d": "they"}

// honorifics are dropped from a name without being a role.
var honorifics = setOf("mr.", "mrs.", "ms.", "mx.", "miss", "mr", "mrs", "ms", "mx", "sir", "dame", "madam")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// singular returns the singular of a plural head noun and whether the word
// was plural.
func singular(w string) (string, bool) {
	if s, ok := irregularPlurals[w]; ok {
		return s, true
	}
	return regularSingular(w)
}

// regularSingular is singular by the regular rules alone.
func regularSingular(w string) (string, bool) {
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		return w[:len(w)-3] + "y", true
	}
	for _, suffix := range []string{"sses", "shes", "ches", "xes", "zes"} {
		if strings.HasSuffix(w, suffix) {
			return w[:len(w)-2], true // "witnesses", "coaches"
		}
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
		return w[:len(w)-1], true
	}
	return w, false
}

// headClass is what a common head noun says about a source.
type headClass uint8

const (
	headNone headClass = iota
	headPerson
	headGroup
	headOrganization
	headDocument
)

// classifyHead reads a lower-case common head noun.
func classifyHead(w string) headClass {
	if c := lexiconHead(w); c != headNone {
		return c
	}
	if isAgentNoun(trimPossessive(w)) {
		return headPerson
	}
	return headNone
}

// lexiconHead reads a lower-case head noun by the lexicon alone, without
// guessing from its ending: a capitalized "Lindqvist" is a name, not an
// "-ist". The word-class table holds the class of every listed word, so only
// a word in none of the lists is read further, as a possessive or a plural.
func lexiconHead(w string) headClass {
	if k := wordTable.lookup(w); k != 0 {
		return wordTable.entries[k-1].head
	}
	return unlistedHead(w)
}

// unlistedHead is lexiconHead of a word in none of the lexicon lists: a
// possessive or a plural of a head noun may still be one. (An irregular
// plural is listed, so only the regular rules are tried.)
func unlistedHead(w string) headClass {
	if trimPossessive(w) != w {
		return lexiconHeadByLists(w) // rare: read the lists
	}
	if s, plural := regularSingular(w); plural && (classesOf(s)&(fPersonNoun|fOrgNoun) != 0 || isAgentNoun(s)) {
		return headGroup
	}
	return headNone
}

// pluralOfPerson reports whether w is the regular plural of a person noun:
// "advocates", but not "agencies".
func pluralOfPerson(w string) bool {
	s, plural := regularSingular(w)
	return plural && (classesOf(s)&fPersonNoun != 0 || isAgentNoun(s))
}

// lexiconHeadByLists is lexiconHead read from the lists themselves, which
// is how the word-class table learns each listed word's class.
func lexiconHeadByLists(w string) headClass {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if c, ok := lexiconHeads[w]; ok {
		return c
	}
	if s, plural := singular(w); plural && (personNouns[s] || isAgentNoun(s) || organizationNouns[s]) {
		// "advocates", "statisticians"; "the hospitals", "insurers":
		// unnamed people, or unnamed bodies, in the plural.
		return headGroup
	}
	return headNone
}

// lexiconHeads holds the words of documentNouns, organizationNouns,
// groupOnly and personNouns with the class lexiconHead gives them: that of
// the first of those lists that has the word. One look-up per word instead
// of four, and most words are in none.
var lexiconHeads = func() map[string]headClass {
	m := map[string]headClass{}
	for _, l := range []struct {
		set   map[string]bool
		class headClass
	}{{documentNouns, headDocument}, {organizationNouns, headOrganization}, {groupOnly, headGroup}, {personNouns, headPerson}} {
		for w, in := range l.set {
			if _, seen := m[w]; in && !seen {
				m[w] = l.class
			}
		}
	}
	return m
}()

// isAgentNoun accepts nouns for people formed with "-ist" or "-ian"
// ("economist", "statistician") that the lexicon does not list.
func isAgentNoun(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
}

// readMention reads the source phrase p of a sentence into a mention.
// ok is false when the phrase cannot name a source.
func (r *sentenceReader) readMention(p phrase) (m mention, ok bool) {
	role := ""
	if p.rs >= 0 {
		role = strings.Trim(r.readerText(p.rs, p.re), " ,")
	}
	if p.s == p.e {
		if r.has(p.s, fPronoun) {
			pr := r.tk[p.s].entry().pronoun
			return mention{text: pr, pronoun: pr}, true
		}
	}
	h := r.headIndex(p.s, p.e)
	if h < 0 {
		return m, false
	}
	m.text = r.readerText(p.s, p.e)
	m.r, m.p = r, p
	m.definite = r.has(p.s, fDefinite) // the definite determiners are determiners
	headLow := trimPossessive(r.low(h))
	if r.peopleByAffiliation(p.s, h) {
		// "Republicans", "some moderate Democrats", "two Ukrainians".
		m.kind, m.name, m.head = KindGroup, m.text, headLow
	} else if r.isProperHead(p.s, h) {
		if !r.readName(&m, p.s, h) {
			return m, false
		}
	} else {
		switch classifyHead(headLow) {
		case headDocument:
			m.kind = KindDocument
		case headOrganization:
			m.kind = KindOrganization
		case headGroup:
			m.kind = KindGroup
		case headPerson:
			m.kind = KindAnonymous
			if _, plural := singular(headLow); plural && classesOf(headLow)&fPersonNoun == 0 {
				m.kind = KindGroup
			}
		default:
			return m, false
		}
		if m.kind == KindGroup && r.has(p.s, fQuantity) && h != p.s && r.isWord(p.s+1) && r.low(p.s+1) == "of" {
			// "one of the officials" is one person; "some of the
			// residents" several.
			if r.has(p.s, fIndividual) {
				m.kind = KindAnonymous
			}
		}
		m.name = m.text
		m.head = headLow
	}
	if role != "" {
		m.role = role
	}
	if m.gender == genderUnknown && (m.kind == KindPerson || m.kind == KindAnonymous) {
		m.gender = genderOfWords(headLow, m.role, r.roles)
	}
	return m, true
}

// genderedNouns say a person's gender: "spokeswoman", "his father".
var genderedNouns = map[string]gender{
	"man": genderMale, "spokesman": genderMale, "father": genderMale, "son": genderMale,
	"husband": genderMale, "brother": genderMale, "king": genderMale, "prince": genderMale,
	"chairman": genderMale, "businessman": genderMale, "congressman": genderMale,
	"councilman": genderMale, "assemblyman": genderMale, "boy": genderMale, "grandfather": genderMale,
	"woman": genderFemale, "spokeswoman": genderFemale, "mother": genderFemale, "daughter": genderFemale,
	"wife": genderFemale, "sister": genderFemale, "queen": genderFemale, "princess": genderFemale,
	"chairwoman": genderFemale, "businesswoman": genderFemale, "congresswoman": genderFemale,
	"councilwoman": genderFemale, "assemblywoman": genderFemale, "girl": genderFemale,
	"grandmother": genderFemale,
}

// honorificGender reads "Mr." and "Ms." (and their kin).
var honorificGender = map[string]gender{
	"mr": genderMale, "mr.": genderMale, "sir": genderMale,
	"mrs": genderFemale, "mrs.": genderFemale, "ms": genderFemale, "ms.": genderFemale,
	"miss": genderFemale, "dame": genderFemale, "madam": genderFemale,
}

// genderOfWords finds a gendered noun among a lower-case head and a role,
// whose gender roles remembers.
func genderOfWords(head, role string, roles *roleCache) gender {
	if k := wordTable.lookup(head); k != 0 && wordTable.entries[k-1].gender != genderUnknown {
		return wordTable.entries[k-1].gender
	}
	return roles.get(role).gender
}

// genderOfRole finds a gendered noun among the words of a role.
func genderOfRole(role string) gender {
	for w := range strings.FieldsSeq(role) {
		if g, ok := genderedNouns[trimPossessive(lowerWord(w))]; ok {
			return g
		}
	}
	return genderUnknown
}

// affiliations are plural names of peoples and parties whose endings the
// rule in peopleByAffiliation does not catch.
var affiliations = setOf("germans", "afghans", "britons", "tories", "liberals", "conservatives",
	"progressives", "independents", "greens", "israelis", "pakistanis", "iraqis", "saudis",
	"somalis", "kuwaitis", "yemenis", "bangladeshis", "nepalis", "thais", "poles", "swedes",
	"danes", "finns", "turks", "kurds", "arabs", "jews", "muslims", "catholics", "protestants",
	"evangelicals", "mormons", "hindus", "sikhs", "buddhists", "europeans", "asians", "latinos",
	"hispanics", "republicans", "democrats", "socialists", "labourites", "unionists")

// peopleByAffiliation reports whether a capitalized plural head names
// people by party, nation or creed rather than a person: it ends like
// "Republicans", "Democrats", "Ukrainians", "Israelis", or follows a
// quantity ("some moderate Republicans", "two other Tories").
func (r *sentenceReader) peopleByAffiliation(s, h int) bool {
	w := r.text(h)
	if !r.capital(h) || isAcronym(w) || len(w) < 5 || !strings.HasSuffix(w, "s") {
		return false
	}
	if h > s && r.capital(h-1) && !r.has(h-1, fDeterminer|fQuantity) {
		return false // "Boston Bruins", "Acme Partners": a name
	}
	if r.has(h, fAffiliation) {
		return true
	}
	// Surnames end in -ans (Evans), -is (Davis), -ers (Sanders); these
	// endings are peoples and parties.
	for _, suffix := range []string{"icans", "ians", "crats", "ists"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return r.has(s, fQuantity) || r.low(s) == "other"
}

// isProperHead reports whether the head at h is a proper name: capitalized
// and either not a common noun of the lexicon ("Lerette", "FBI") or part of a
// multi-word name ("Environmental Protection Agency").
func (r *sentenceReader) isProperHead(s, h int) bool {
	w := r.text(h)
	if !r.capital(h) {
		return false
	}
	if r.lexHead(h) == headNone || isAcronym(w) {
		return true
	}
	return h > s && r.capital(h-1) && !r.has(h-1, fDeterminer)
}

// readName fills a mention whose head at h is a proper name: it splits the
// capitalized run ending at h into title and name, keeps lower-case words
// before the run as part of the role ("agency spokeswoman Jane Doe"), and
// decides between person and organization.
func (r *sentenceReader) readName(m *mention, s, h int) bool {
	runStart := h
	for runStart-1 >= s && (r.capital(runStart-1) || r.joinsName(runStart-1)) &&
		!r.has(runStart-1, fDeterminer) {
		runStart--
	}
	run, fl := r.words(runStart, h)
	for i, w := range run {
		if fl[i]&fHonorific != 0 {
			if g := honorGender(w); g != genderUnknown {
				m.gender = g // "Ms. Chen"
			}
		}
	}
	titleEnd, nameFrom := splitTitle(run, fl)
	title, name, nameFl := run[:titleEnd], run[nameFrom:], fl[nameFrom:]
	if len(name) == 0 {
		name, nameFl, title = run, fl, nil
	}
	if allTitles(nameFl) {
		return false // "said Gov." with the name cut off: no one is named
	}
	// The run is contiguous words, so name and role are spans of the
	// sentence: no copy is made.
	nameStart := runStart + len(run) - len(name)
	roleStart, roleEnd := s, runStart+len(title)-1
	if r.has(roleStart, fDeterminer) {
		roleStart++
	}
	m.proper = true
	m.kind = KindPerson
	// "the Pentagon", "the Kremlin": a person's name takes no article.
	theName := r.low(s) == "the" && runStart == s+1 && len(name) == 1
	if isOrganizationName(name, nameFl) || theName || isCountry(name, nameFl) {
		m.kind = KindOrganization
		nameStart, roleEnd = runStart, -1
	}
	// A post-modifier after the name ("Jane Doe of the agency", "Acme Corp.
	// in Ohio") describes the source but is not part of its name.
	m.name = r.span(nameStart, h)
	m.role = ""
	if roleEnd >= roleStart {
		m.role = r.span(roleStart, roleEnd)
	}
	m.head = trimPossessive(r.low(h))
	m.text = m.name
	return true
}

// allTitles reports whether a name, given its words' classes, is only
// titles and honorifics.
func allTitles(fl []wordFlags) bool {
	for _, f := range fl {
		if f&(fTitle|fHonorific) == 0 {
			return false
		}
	}
	return true
}

// isOrganizationName reports whether the words of a proper name, with the
// classes fl, name a body: an acronym on its own ("FBI"), or a name with an
// organization word ("Environmental Protection Agency", "University of
// Oslo", "Acme Corp.", "Centers" as well as "Center", "Veridia
// Pharmaceuticals"). A body's plural right after a known given name is a
// surname, not a body: "Jane Banks" (givenNames).
func isOrganizationName(name []string, fl []wordFlags) bool {
	if len(name) == 1 && isAcronym(name[0]) {
		return true
	}
	for i, f := range fl {
		if f&(fOrgNoun|fNewsOutlet|fCompanyWord) != 0 {
			return true
		}
		// A plural after a given name is a surname: "Jane Banks".
		if f&fOrgPlural != 0 && !(i > 0 && givenNames[strings.ToLower(name[i-1])]) {
			return true
		}
	}
	return false
}

// readerText is the phrase as a reader would name the source: the article's
// words, with a capital that only marks the start of the sentence lowered
// ("The official" → "the official", "Experts" → "experts").
func (r *sentenceReader) readerText(s, e int) string {
	t := r.span(s, e)
	first := r.text(s)
	lw := r.low(s)
	if s == 0 || r.tk[s-1].kind == tokQuoteClose || r.isPunct(s-1, ":") || r.has(s-1, fCorporate) {
		if r.has(s, fDeterminer|fPreposition) || lexiconHead(trimPossessive(lw)) != headNone {
			return lw + t[len(first):]
		}
	}
	return t
}

// appendContentWords appends the lower-case words of a phrase without
// determiners.
func (r *sentenceReader) appendContentWords(out []string, s, e int) []string {
	for k := s; k <= e; k++ {
		if r.tk[k].kind != tokWord {
			continue
		}
		w := trimPossessive(r.low(k))
		if classesOf(w)&fDeterminer == 0 {
			out = append(out, w)
		}
	}
	return out
}

func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// honorGender is the gender an honorific says ("Ms." a woman), or
// genderUnknown for any other word.
func honorGender(w string) gender {
	if e := foldedEntry(w); e != nil {
		return e.honor
	}
	return genderUnknown
}
