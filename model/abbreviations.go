package model

// Word lists for the sentence segmenter (sentences.go). They are data, kept
// together here so they can be read and extended without touching the
// scanning code. Every entry is matched with its exact case: "Co." and "co."
// are both listed, but "no." (a word) is not, only "No." before a figure.

// abbrevKind says how a period after an abbreviation decides a sentence
// boundary when a capitalized word follows. (Before a lowercase word or a
// figure a known abbreviation never ends a sentence.)
type abbrevKind uint8

const (
	// abbrevNone: not an abbreviation; the period ends the sentence unless a
	// lowercase word follows.
	abbrevNone abbrevKind = iota
	// abbrevTitle: a title before a name (Dr., Gov., Lt. Col.). The name
	// follows, even one that looks like a sentence starter ("Dr. Will
	// Hart"), so the period never ends the sentence.
	abbrevTitle
	// abbrevMid: usually inside a sentence (company suffixes, U.S.,
	// initials, St. and Mt.). The period ends the sentence only when the
	// next word is a common sentence starter ("the U.S. How about you?").
	abbrevMid
	// abbrevFinal: usually ends a clause (etc., a.m., p.m.). The period ends
	// the sentence before any capitalized word except a continuation such as
	// a weekday, a month or a time zone ("at 9 a.m. Monday").
	abbrevFinal
	// abbrevInner: introduces what follows (e.g., i.e., vs.); never a boundary.
	abbrevInner
)

// titleAbbreviations come before a name: Dr. Amara Osei, Lt. Col. Reyes.
var titleAbbreviations = []string{
	"Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs",
	"Prof", "Profs", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev",
	"Hon", "Pres", "Amb", "Supt", "Det", "Insp", "Atty", "Gen", "Lt", "Col",
	"Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Spc",
	"Ens", "Fr", "Msgr", "Rt", "Gens", "Lts", "Cols", "Sgts", "Capts",
	"Supts", "Asst", "Assoc",
}

// generalAbbreviations sit inside sentences: company suffixes, addresses,
// units, months and weekdays, US state abbreviations (AP style), reference
// words that come before a figure (No. 5, p. 55, Fig. 3).
var generalAbbreviations = []string{
	// organizations and addresses
	"Inc", "inc", "Co", "co", "Corp", "corp", "Ltd", "ltd", "Bros", "bros",
	"Dept", "dept", "Univ", "univ", "Assn", "assn", "Intl", "Natl", "Govt",
	"Ave", "ave", "Blvd", "blvd", "Rd", "rd", "Hwy", "hwy", "st", "mt", "ft",
	"Cong", "Dist", "Dir",
	// place names and suffixes that may also end a sentence: St. Louis,
	// Main St.; Mt. Fuji; John Smith Jr.
	"St", "Ste", "Mt", "Ft", "Jr", "Sr", "Esq",
	// references before a figure
	"No", "Nos", "Nr", "N°", "Nº", "Vol", "vol", "Vols", "vols", "Fig", "fig",
	"Figs", "figs", "Art", "Sec", "sec", "Ch", "ch", "Chap", "chap", "Para",
	"para", "Pt", "pt", "Pts", "pts", "p", "pp", "ed", "eds", "Ed", "Eds",
	"eq", "Eq", "ref", "Ref", "op", "Op", "ca", "approx", "Approx", "est",
	"Est", "al",
	// units
	"oz", "lb", "lbs", "yd", "yds", "mi", "sq", "hr", "hrs", "min", "mins",
	"tsp", "tbsp", "gal",
	// months and weekdays
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
	"Sat", "Sun",
	// US states, AP style
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
	"Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
	"Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa", "Penn",
	"Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
}

// finalAbbreviations usually close a clause; see abbrevFinal. Multi-period
// forms are listed without their last period, as the segmenter sees them.
var finalAbbreviations = []string{"etc", "a.m", "p.m", "A.M", "P.M"}

// innerAbbreviations announce what follows; see abbrevInner.
var innerAbbreviations = []string{
	"e.g", "i.e", "E.g", "I.e", "cf", "Cf", "viz", "vs", "Vs", "v",
}

// finalContinuations may follow a.m., p.m. or etc. inside the same sentence.
var finalContinuations = []string{
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
	"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
	"PDT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST",
	"Eastern", "Central", "Mountain", "Pacific", "local",
}

// sentenceStarters are words that commonly open an English sentence and
// rarely follow a title or abbreviation inside one: after "U.S." the word
// "How" starts a new sentence, "Government" does not.
var sentenceStarters = []string{
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "It's",
	"He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
	"My", "Your", "Him", "Them", "Us", "There", "Here", "But", "And", "Or",
	"So", "Yet", "Nor", "However", "Then", "When", "While", "After",
	"Before", "If", "In", "On", "At", "For", "As", "By", "With", "From",
	"To", "Of", "Since", "Although", "Though", "Because", "Meanwhile",
	"Still", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Some",
	"Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "None",
	"One", "What", "Why", "How", "Who", "Whom", "Whose", "Where", "Which",
	"Is", "Are", "Was", "Were", "Did", "Do", "Does", "Can", "Could", "Will",
	"Would", "Should", "Shall", "May", "Might", "Must", "Has", "Have", "Had",
	"Also", "Instead", "Such", "Other", "Another", "Even", "Only", "Just",
	"Until", "Unless", "During", "Despite", "Under", "Over", "About",
	"Among", "Against", "Without", "Through", "Once", "Later", "Earlier",
	"Thus", "Hence", "Indeed", "Moreover", "Furthermore", "Nevertheless",
	"Nonetheless", "Otherwise", "Besides", "Similarly", "Finally", "First",
	"Second", "Third", "Please", "Let", "Let's", "Yes", "Well",
	"Oh", "According",
	// Plural subjects that open news sentences; after "U.S." or "Inc." a
	// proper noun is usually singular ("the U.S. Army").
	"Officials", "Police", "Experts", "Analysts", "Critics", "Residents",
	"Authorities", "Researchers", "Scientists", "Investigators",
	"Prosecutors", "Lawmakers", "Voters", "Witnesses", "Several", "Few",
	"Others", "Supporters", "Opponents", "Investors", "Shares", "Prices",
}

// quoteTagVerbs end a question or exclamation quoted before its speaker:
// "Why now?" Dr. Osei asked. is one sentence, not two.
var quoteTagVerbs = []string{
	"said", "says", "asked", "asks", "added", "adds", "told", "tells",
	"wrote", "writes", "replied", "replies", "explained", "continued",
	"shouted", "insisted", "recalled", "answered", "wondered", "noted",
	"argued", "exclaimed", "cried", "demanded", "whispered", "warned",
	"admitted", "conceded", "yelled", "joked",
}

// The lists above, as sets built once.
var (
	abbreviationKinds    = buildAbbreviationKinds()
	finalContinuationSet = wordSet(finalContinuations)
	sentenceStarterSet   = wordSet(sentenceStarters)
	quoteTagVerbSet      = wordSet(quoteTagVerbs)
)

func buildAbbreviationKinds() map[string]abbrevKind {
	m := make(map[string]abbrevKind)
	for _, w := range titleAbbreviations {
		m[w] = abbrevTitle
	}
	for _, w := range generalAbbreviations {
		m[w] = abbrevMid
	}
	for _, w := range finalAbbreviations {
		m[w] = abbrevFinal
	}
	for _, w := range innerAbbreviations {
		m[w] = abbrevInner
	}
	return m
}

func wordSet(words []string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}
