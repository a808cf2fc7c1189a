package gen

// The vocabularies the templates draw from. They are invented, generic news
// language: no real article is copied. Each list feeds one slot of the
// templates in sentences.go; the comments say which analysis path it feeds.

// subjects start a statement in the article's own voice.
var subjects = []string{
	"the new policy", "the bridge project", "the water utility", "the regional hospital",
	"the vaccine program", "the housing plan", "the port expansion", "the school district",
	"the power grid upgrade", "the rail line", "the tax reform", "the flood barrier",
	"the trade agreement", "the emergency fund", "the data center", "the ferry service",
}

// predicates complete a subject. Slots: {money} {pct} {n} (a count)
// {few} (a small count) {year} {date} {time} {last}. They carry hedges, figures, superlatives and vague
// quantities, and abbreviations that must not end a sentence.
var predicates = []string{
	"will cost {money} over the next {few} years",
	"has been delayed by {few} months",
	"may fail to meet its targets",
	"could raise household bills by {pct}",
	"is potentially the largest investment in the region since {year}",
	"reportedly ran {pct} over budget",
	"was approved on {date} after a long debate",
	"affects about {n} households in the valley",
	"has led to a sharp increase in complaints",
	"left hundreds of families without service for days",
	"is the most expensive project of its kind in the U.S. so far",
	"serves roughly {n} people each day",
	"appears to have stalled since the spring",
	"is likely to be reviewed again in {year}",
	"drew thousands of comments from the public",
	"was first proposed in {year} by Gov. {last}",
	"will be debated at {time} on Tuesday",
	"relies on software from Acme Systems Inc. and equipment from Northwind Co.",
	"has cut emissions by {pct} compared with {year}",
	"was reviewed by the U.K. regulator, i.e. the national audit office",
	"might be the deadliest failure of its kind in two decades",
	"is said to be behind schedule",
	"has grown by {pct} a year, e.g. in the northern districts",
	"costs {money}, up from {money} in {year}",
	"has a significant number of unresolved faults",
	"was opened by Mr. {last} at {time} on {date}",
}

// quotes are direct speech, some with the terminal mark inside the quotes.
var quotes = []string{
	"This is the worst outcome we could have imagined.",
	"We are doing everything we can,",
	"Nobody expected it to happen so fast,",
	"Why now?",
	"Is anyone accountable for this?",
	"It's a disaster!",
	"The numbers speak for themselves,",
	"We simply don't know yet...",
	"There is no evidence of wrongdoing,",
	"People deserve a straight answer.",
}

var titles = []string{"Dr.", "Mr.", "Ms.", "Prof.", "Sen.", "Gov.", "Lt. Col.", "", "", "Former U.S. Army Captain"}

var firstNames = []string{
	"Ana", "Daniel", "Priya", "Tomas", "Grace", "Kwame", "Mei", "Jonas",
	"Farah", "Luis", "Ingrid", "Omar", "Sofia", "Ravi", "Helen", "Yusuf",
}

var lastNames = []string{
	"Ruiz", "Okafor", "Lindqvist", "Chen", "Haddad", "Novak", "Mensah", "Brennan",
	"Sato", "Kowalski", "Abara", "Fischer", "Moreau", "Patel", "Walsh", "Dubois",
}

// roles are appositives after a name.
var roles = []string{
	"the study's lead author", "a spokesperson for the agency", "an economist at the University of Leeds",
	"the city's budget director", "a former U.S. Army captain", "who chairs the oversight committee",
}

// organizations and documents are named sources of their own kinds.
var organizations = []string{
	"the U.S. Department of Energy", "Acme Systems Inc.", "the World Health Organization",
	"the city council", "the regional transit authority", "Northwind Co.", "the union",
}

var documents = []string{
	"a report by the national audit office", "a 2023 study", "a statement from the ministry",
	"an internal memo seen by reporters", "court documents", "figures published on Monday",
}

// anonymous sources are unnamed individuals; groups are unnamed plurals.
var anonymous = []string{
	"a senior official", "one of the officials", "a person familiar with the matter", "a government source",
}

var groups = []string{
	"experts", "analysts", "residents", "officials", "economists", "critics", "local business owners",
}

// Reporting verbs, in the past for people and in the present for groups.
var pastVerbs = []string{
	"said", "told reporters", "added", "warned", "argued", "noted", "stated", "claimed",
	"wrote", "explained", "emphasized", "cautioned",
}

var presentVerbs = []string{"say", "warn", "argue", "note", "believe", "estimate", "fear"}

// openers are hedged or framing lead-ins before a statement.
var openers = []string{
	"It is feared that", "There is a fear that", "It is believed that", "In recent years,",
	"Since {year},", "On {date},", "By some estimates,", "At {time} on Friday,", "Meanwhile,",
}

// participles end a sentence with a clause that introduces no speaker.
var participles = []string{
	"declaring the matter closed", "citing rising costs", "raising fresh questions about oversight",
	"prompting calls for an inquiry",
}

var months = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

var pronouns = []string{"he", "she"}

// chrome is web-page debris a paste from a browser leaves between paragraphs.
var chrome = []string{"Advertisement", "Read more", "Share.", "Sign up for our newsletter"}
