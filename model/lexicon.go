package model

// The grammatical word lists the attribution code walks phrases with: which
// words open, continue or end a source's noun phrase, which stand between a
// subject and its verb, which start a clause. They are data, kept here
// together; tokens.go folds them into one table of word classes, so each
// word is looked up once. The reporting verbs are in reporting.go, the nouns
// that name sources in speakers.go, titles in roles.go.

// beForms make a following past form passive and a following -ing form
// finite.
var beForms = setOf("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s")

// modals are the auxiliaries of possibility and obligation.
var modals = setOf("can", "could", "may", "might", "must", "should", "will", "would", "shall")

// preVerbSkips are auxiliaries and adverbs that may stand between a subject
// and its reporting verb: "has also said", "both emphasize", "did not say".
var preVerbSkips = setOf("have", "has", "had", "will", "would", "may", "might", "could",
	"should", "can", "must", "also", "both", "all", "further", "later", "previously",
	"repeatedly", "again", "once", "recently", "earlier", "still", "did", "does", "do", "not",
	"never", "long", "publicly", "privately", "separately", "flatly", "strongly", "firmly",
	"already", "initially", "first", "reportedly", "allegedly", "often", "frequently",
	"themselves", "himself", "herself", "itself", "each", "then", "too", "now", "jointly",
	"subsequently", "consistently", "openly", "explicitly", "specifically", "clearly")

// complementWords open a reported clause after a verb.
var complementWords = setOf("that", "how", "why", "whether", "what", "when", "where", "there")

// objectWords may stand between a verb and its reported clause: "told
// reporters that", "warned them that".
var objectWords = setOf("him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers")

// boundaryWords start a clause, so a subject may follow them.
var boundaryWords = setOf("while", "but", "and", "or", "as", "because", "although", "though",
	"whereas", "when", "since", "if", "so", "yet", "after", "before", "that", "where", "once",
	"until", "unless", "now", "then", "meanwhile", "however", "also", "even", "which")

// contrastWords, after a comma, open a clause that is not part of the
// reported clause before it: "…, though some engineers cautioned …".
var contrastWords = setOf("but", "though", "although", "while", "whereas", "yet")

// possessives are the determiners that name whose something is.
var possessives = setOf("his", "her", "its", "their", "our")

// corporateSuffixes end a company's name: "Acme Systems Inc.".
var corporateSuffixes = setOf("inc.", "inc", "corp.", "corp", "co.", "ltd.", "ltd", "llc", "plc", "ag", "s.a.", "gmbh")

// negations, before a reporting verb, turn a statement into a silence:
// "did not say", "has never commented".
var negations = setOf("not", "never")

// timeWords end a time adverbial that may stand before a subject without a
// comma: "Last week the company said", "Earlier this year officials said".
var timeWords = setOf("week", "month", "year", "morning", "afternoon", "evening", "night",
	"weekend", "today", "yesterday", "earlier", "later", "recently", "previously")

// quantityHeads open "one of the officials"-style phrases.
var quantityHeads = setOf("one", "some", "many", "several", "two", "three", "four", "five",
	"most", "all", "each", "none", "few", "both", "dozens", "hundreds", "thousands", "another")

// monthsAndDays are capitalized words that are never sources. "May" is left
// out: it is far more often the modal.
var monthsAndDays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "today", "yesterday", "tomorrow")

// relativeWords open a relative clause, which ends a role: "an
// epidemiologist at King's College London who was not involved".
var relativeWords = setOf("who", "which", "whose", "whom", "that", "where")

// determiners open a noun phrase; definiteDeterminers make it point back.
var determiners = setOf("a", "an", "the", "this", "these", "those", "one", "another", "some",
	"many", "several", "few", "other", "most", "all", "both", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "dozens", "his", "her", "their", "its", "our",
	"various", "multiple", "numerous", "each", "every", "any")

var definiteDeterminers = setOf("the", "this", "these", "those", "his", "her", "their", "its")

// indefiniteIndividual openers introduce one unnamed person: "a senior
// official", "another source", "one of the officials".
var indefiniteIndividual = setOf("a", "an", "one", "another", "each")

// prepositions join a noun phrase to a post-modifier: "officials in the
// city", "a spokeswoman for the agency", "one of the officials".
var prepositions = setOf("of", "for", "at", "in", "from", "with", "on", "by", "to", "within",
	"inside", "near", "outside", "across", "among", "under", "about", "over", "behind", "into")

// postLinkers introduce a post-modifier before its preposition: "a source
// familiar with", "a person close to", "a study published in".
var postLinkers = setOf("familiar", "close", "responsible", "involved", "based", "seen",
	"written", "led", "speaking", "working", "knowledgeable", "briefed")

// stopWords never belong to a speaker's noun phrase: verbs of being and
// having, modals, conjunctions, subordinators, relative and other pronouns.
var stopWords = setOf("is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
	"had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do",
	"does", "did", "not", "that", "which", "who", "whom", "whose", "what", "when", "where",
	"why", "how", "whether", "if", "while", "but", "and", "or", "nor", "as", "because",
	"although", "though", "whereas", "since", "so", "yet", "after", "before", "than", "then",
	"there", "here", "it", "we", "i", "you", "me", "us", "him", "them", "also",
	"however", "there's", "it's", "there’s", "it’s", "until", "unless", "once", "now", "still",
	"even", "just", "only", "very", "too", "such", "said", "says", "say", "told", "according",
	"like", "amid", "despite", "during", "following", "without", "against", "toward", "towards",
	"through", "via", "per", "upon", "meanwhile", "instead", "again", "already", "always",
	"never", "often", "sometimes", "nothing", "everything", "something", "anything",
	"more", "less", "much", "well", "yes", "no")
