package model

// givenNames are common given names, lower case. They settle one ambiguity
// only: a capitalized word that is also the plural of a body's noun
// ("Banks", "Courts") is a surname after one of them ("Jane Banks"), while
// after any other word it still names a body ("Riverside Clinics", "Apex
// Banks"). The list is deliberately short and common; a name missing from
// it leaves such a pair read as a body, as before. It is no test of
// whether a word is a name anywhere else.
var givenNames = setOf(
	// English-language given names
	"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
	"charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
	"andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
	"jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
	"larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander",
	"patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "henry", "peter",
	"adam", "nathan", "zachary", "douglas", "walter", "kyle", "harold", "carl", "arthur",
	"roger", "keith", "jeremy", "terry", "lawrence", "sean", "christian", "ethan", "austin",
	"joe", "albert", "jesse", "willie", "billy", "bruce", "bryan", "ralph", "roy", "jordan",
	"eugene", "wayne", "louis", "dylan", "alan", "juan", "noah", "russell", "harry", "randy",
	"philip", "vincent", "bobby", "johnny", "logan", "tom", "jim", "bob", "mike", "bill",
	"dan", "ben", "sam", "tony", "nick", "chris", "steve", "ernie", "ed", "ted", "ian",
	"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
	"karen", "lisa", "nancy", "betty", "sandra", "margaret", "ashley", "kimberly", "emily",
	"donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "dorothy",
	"rebecca", "sharon", "laura", "cynthia", "amy", "kathleen", "angela", "shirley", "brenda",
	"emma", "anna", "pamela", "nicole", "samantha", "katherine", "christine", "helen", "debra",
	"rachel", "carolyn", "janet", "maria", "catherine", "heather", "diane", "olivia", "julie",
	"joyce", "victoria", "ruth", "virginia", "lauren", "kelly", "christina", "joan", "evelyn",
	"judith", "andrea", "hannah", "megan", "cheryl", "jacqueline", "martha", "madison",
	"teresa", "gloria", "sara", "janice", "ann", "anne", "kathryn", "abigail", "sophia",
	"frances", "jean", "alice", "judy", "isabella", "julia", "grace", "amber", "denise",
	"danielle", "marilyn", "beverly", "charlotte", "natalie", "theresa", "diana", "brittany",
	"doris", "kayla", "alexis", "lori", "jane", "jo", "kate", "liz", "sue", "tyra", "ada",
	"ellen", "claire", "lucy", "jill", "beth", "eve", "rose", "amelia", "chloe", "zoe",
	// given names common in other languages
	"ana", "jose", "josé", "carlos", "luis", "miguel", "pedro", "pablo", "diego", "javier",
	"carmen", "lucia", "lucía", "sofia", "sofía", "elena", "isabel", "marta", "pierre",
	"jean-pierre", "marie", "sophie", "claude", "françois", "hans", "klaus", "jürgen", "anna-lena",
	"giovanni", "marco", "giulia", "francesca", "ivan", "olga", "natalia", "dmitri", "sergei",
	"omar", "ahmed", "mohammed", "muhammad", "ali", "fatima", "aisha", "hassan", "yusuf",
	"wei", "li", "ming", "hiroshi", "yuki", "kenji", "raj", "priya", "amit", "anil", "sunita",
	"kwame", "amara", "chinedu", "ngozi", "oluwaseun", "jan", "piotr", "katarzyna", "lars",
	"ingrid", "sven", "mika", "mateo", "santiago", "valentina", "camila",
)
