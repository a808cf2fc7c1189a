package model

import (
	"slices"
	"strings"
	"testing"
)

// claimStarting returns the claim whose text starts with prefix.
func claimStarting(t *testing.T, art *Article, prefix string) Claim {
	t.Helper()
	for _, c := range art.Claims {
		if strings.HasPrefix(c.Text, prefix) {
			return c
		}
	}
	t.Fatalf("no claim starts with %q", prefix)
	return Claim{}
}

// speakersOf names a claim's speakers.
func speakersOf(art *Article, c Claim) []string {
	names := []string{}
	for _, si := range c.Speakers {
		names = append(names, art.Speakers[si].Name)
	}
	return names
}

// speakerNamed returns the speaker with this name.
func speakerNamed(t *testing.T, art *Article, name string) Speaker {
	t.Helper()
	for _, s := range art.Speakers {
		if s.Name == name {
			return s
		}
	}
	var names []string
	for _, s := range art.Speakers {
		names = append(names, s.Name)
	}
	t.Fatalf("no speaker %q; speakers: %q", name, names)
	return Speaker{}
}

// attribution is one expectation: the claim starting with prefix is
// attributed to these speakers (none: the article's own voice).
type attribution struct {
	prefix   string
	speakers []string
}

func checkAttributions(t *testing.T, art *Article, want []attribution) {
	t.Helper()
	for _, w := range want {
		c := claimStarting(t, art, w.prefix)
		got := speakersOf(art, c)
		if w.speakers == nil {
			w.speakers = []string{}
		}
		if !slices.Equal(got, w.speakers) {
			t.Errorf("claim %q: speakers %q, want %q", w.prefix, got, w.speakers)
		}
	}
}

// speakerWant is the expected identity of one speaker.
type speakerWant struct {
	name    string
	kind    Kind
	role    string
	aliases []string
}

func checkSpeakers(t *testing.T, art *Article, want []speakerWant) {
	t.Helper()
	if len(art.Speakers) != len(want) {
		var names []string
		for _, s := range art.Speakers {
			names = append(names, s.Name)
		}
		t.Errorf("%d speakers %q, want %d", len(art.Speakers), names, len(want))
	}
	for _, w := range want {
		s := speakerNamed(t, art, w.name)
		if s.Kind != w.kind || s.Role != w.role {
			t.Errorf("speaker %q: kind %q role %q, want kind %q role %q", w.name, s.Kind, s.Role, w.kind, w.role)
		}
		if w.aliases != nil && !slices.Equal(s.Aliases, w.aliases) {
			t.Errorf("speaker %q: aliases %q, want %q", w.name, s.Aliases, w.aliases)
		}
	}
}

func TestCourtStoryAttributesTagsPronounsAndSurnames(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/court.txt")
	checkSpeakers(t, &art, []speakerWant{
		{name: "police", kind: KindOrganization},
		{name: "Laura Mendez", kind: KindPerson, role: "Detective Sgt.", aliases: []string{"Mendez"}},
		{name: "Amy Chen", kind: KindPerson, role: "his lawyer"},
		{name: "Mark Ellis", kind: KindPerson, role: "a spokesman for the district attorney's office"},
		{name: "neighbors", kind: KindGroup},
		{name: "fire department records", kind: KindDocument},
	})
	checkAttributions(t, &art, []attribution{
		{"A 34-year-old man was charged", []string{"police"}},
		{"Detective Sgt. Laura Mendez told", []string{"Laura Mendez"}},
		{`"We found accelerant`, []string{"Laura Mendez"}},
		{`"This was not an accident."`, []string{"Laura Mendez"}}, // continues her quote
		{"The suspect, Daniel Reyes, appeared", nil},
		{"His lawyer, Amy Chen, said", []string{"Amy Chen"}},
		{`"He was at home`, []string{"Amy Chen"}}, // she
		{`"We are confident`, []string{"Mark Ellis"}},
		{"He added that prosecutors", []string{"Mark Ellis"}},
		{"The warehouse had been empty", nil},
		{"Neighbors said", []string{"neighbors"}},
		{"According to fire department records", []string{"fire department records"}},
		{"The department declined to comment", nil}, // "to comment" is no cue
	})
	if c := claimStarting(t, &art, `"This was not an accident."`); !c.Quoted {
		t.Error("a quoted sentence is not marked Quoted")
	}
}

func TestScienceStoryFindsDocumentsTitlesAndUniversities(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/science.txt")
	study := "a study published Monday in the journal Nature Medicine"
	checkSpeakers(t, &art, []speakerWant{
		{name: study, kind: KindDocument, aliases: []string{"the report"}},
		{name: "Ana Ruiz", kind: KindPerson, role: "the study's lead author", aliases: []string{"Ruiz"}},
		{name: "University of Lisbon", kind: KindOrganization, aliases: []string{"the university"}},
		{name: "some experts", kind: KindGroup},
		{name: "James Whitfield", kind: KindPerson, role: "an epidemiologist at King's College London"},
		{name: "its authors", kind: KindGroup}, // "…, though its authors acknowledged several limitations"
	})
	checkAttributions(t, &art, []attribution{
		{"A study published Monday", []string{study}},
		{"The researchers, led by", nil},
		{"Dr. Ana Ruiz, the study's lead author", []string{"Ana Ruiz"}},
		{`"We saw roughly`, []string{"Ana Ruiz"}},
		{"She cautioned", []string{"Ana Ruiz"}},
		{"The university said", []string{"University of Lisbon"}},
		{"Prof. James Whitfield", []string{"James Whitfield"}},
		{`"People who walk more`, []string{"James Whitfield"}},
		{"The report suggests", []string{study, "its authors"}},
	})
	if c := claimStarting(t, &art, "Dr. Ana Ruiz"); !c.Quoted {
		t.Error(`a partial quote ("surprisingly large") is not marked Quoted`)
	}
}

func TestBusinessStoryFindsCompanyFilingAndSpokespeople(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/business.txt")
	filing := "a filing with the Securities and Exchange Commission"
	checkSpeakers(t, &art, []speakerWant{
		{name: "Northwind Foods Inc.", kind: KindOrganization, aliases: []string{"the company"}},
		{name: "Priya Natarajan", kind: KindPerson, role: "Chief Executive Officer"},
		{name: filing, kind: KindDocument},
		{name: "Jenna Park", kind: KindPerson, role: "a spokeswoman for Northwind"},
		{name: "analysts at Morgan Stanley", kind: KindGroup},
		{name: "the union representing Northwind workers", kind: KindOrganization},
	})
	checkAttributions(t, &art, []attribution{
		{"Northwind Foods Inc. reported", []string{"Northwind Foods Inc."}},
		{"The company said net income", []string{"Northwind Foods Inc."}},
		{"Revenue rose 3%", nil},
		{`"We are working through`, []string{"Priya Natarajan"}},
		{"She added that prices", []string{"Priya Natarajan"}},
		{"According to a filing", []string{filing}},
		{"A spokeswoman for Northwind, Jenna Park", []string{"Jenna Park"}},
		{"Shares fell", nil},
	})
}

func TestPoliticsStoryHandlesAnonymityTitlesAndAbbreviations(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/politics.txt")
	checkSpeakers(t, &art, []speakerWant{
		{name: "a senior administration official", kind: KindAnonymous},
		{name: "Maria Lopez", kind: KindPerson, role: "Sen.", aliases: []string{"the senator"}},
		{name: "Tom Becker", kind: KindPerson, role: "Gov."},
		{name: "a White House official", kind: KindAnonymous},
		{name: "one of the officials", kind: KindAnonymous},
		{name: "critics", kind: KindGroup},
	})
	checkAttributions(t, &art, []attribution{
		{"The senator said", []string{"Maria Lopez"}},
		{"He argued that the U.S.", []string{"Tom Becker"}},
		{"The official did not give", nil},
	})
	explained := claimStarting(t, &art, "WASHINGTON")
	if !slices.Contains(explained.SourceNotes(), "Anonymous source: 'a senior administration official' is not named; a reason for anonymity is given.") {
		t.Errorf("anonymity with a reason: notes %q", explained.SourceNotes())
	}
	unexplained := claimStarting(t, &art, "A White House official")
	if !slices.Contains(unexplained.SourceNotes(), "Anonymous source: not named, and no reason for anonymity is given.") {
		t.Errorf("anonymity without a reason: notes %q", unexplained.SourceNotes())
	}
}

func TestLocalMarkdownStoryHandlesResidentsInitialsAndLists(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/local.md")
	checkSpeakers(t, &art, []speakerWant{
		{name: "J. R. Okafor", kind: KindPerson, role: "longtime resident"},
		{name: "Helen Voss", kind: KindPerson, role: "the city's planning director", aliases: []string{"Voss"}},
		{name: "residents", kind: KindGroup},
		{name: "Luis Ortega", kind: KindPerson, role: "Council member"},
	})
	checkAttributions(t, &art, []attribution{
		{"Residents of the Riverside neighborhood", nil},
		{"Okafor collected", nil},
		{"Voss noted", []string{"Helen Voss"}},
		{"Residents said they had", []string{"residents"}},
		{"The council is expected", nil}, // passive: no source
		{"Council member Luis Ortega said", []string{"Luis Ortega"}},
	})
	list := claimStarting(t, &art, "Traffic on Maple Avenue")
	if got := speakersOf(&art, list); !slices.Equal(got, []string{"residents"}) {
		t.Errorf(`"they said" in a list item: speakers %q, want residents`, got)
	}
}

func TestQuotesStoryFollowsMultiSentenceQuotesAndTheyForOrganizations(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/quotes.txt")
	society := "Harbor Preservation Society"
	checkSpeakers(t, &art, []speakerWant{
		{name: society, kind: KindOrganization, aliases: []string{"the group"}},
		{name: "Elena Marsh", kind: KindPerson, role: "the society's president", aliases: []string{"Marsh"}},
		{name: "the port authority", kind: KindOrganization},
		{name: "Hollis", kind: KindPerson, role: "a local fisherman"},
		{name: "Doyle", kind: KindPerson},
	})
	checkAttributions(t, &art, []attribution{
		{`"The dredging will destroy`, []string{"Elena Marsh"}},
		{"It will take decades", []string{"Elena Marsh"}},
		{"We had no choice", []string{"Elena Marsh"}},
		{"The group says", []string{society}},
		{"They also claim", []string{society}},
		{"The port authority called", []string{"the port authority"}},
		{"It said dredging", []string{"the port authority"}},
		{`"We were consulted`, []string{"Hollis"}},
		{"Marsh said Hollis", []string{"Elena Marsh"}},
		{`"One fisherman`, []string{"Elena Marsh"}},
	})
	doyle := claimStarting(t, &art, `"The science is on our side,"`)
	if notes := art.SourceNotes(int(doyle.Index)); !slices.Contains(notes, "Surname only: 'Doyle' is never introduced with a full name or role.") {
		t.Errorf("Doyle is only a surname: notes %q", notes)
	}
	hollis := claimStarting(t, &art, `"We were consulted`)
	for _, n := range art.SourceNotes(int(hollis.Index)) {
		if strings.HasPrefix(n, "Surname only") {
			t.Errorf("Hollis has a role, yet: %q", n)
		}
	}
}

func TestWireStoryHandlesTitlesBeforeNamesAsidesAndDataSources(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/wire.txt")
	goldman := "economists at Goldman Sachs"
	checkSpeakers(t, &art, []speakerWant{
		{name: "Jerome Powell", kind: KindPerson, role: "Fed Chair", aliases: []string{"Powell"}},
		{name: "the Fed's statement", kind: KindDocument},
		{name: goldman, kind: KindGroup},
		{name: "a note to clients", kind: KindDocument},
		{name: "Janet Yellen", kind: KindPerson, role: "Treasury Secretary"}, // not "speaking in Chicago"
		{name: "some lawmakers", kind: KindGroup},
		{name: "Elizabeth Warren", kind: KindPerson, role: "Sen."},
		{name: "a Republican aide", kind: KindAnonymous},
		{name: "data from LSEG", kind: KindDocument},
		{name: "Lawrence Yun", kind: KindPerson, role: "chief economist at the National Association of Realtors", aliases: []string{"Yun"}},
		{name: "the projections", kind: KindDocument},
	})
	checkAttributions(t, &art, []attribution{
		{"WASHINGTON (Reuters)", nil},
		{`"We need to see more good data."`, []string{"Jerome Powell"}},
		{"Economists at Goldman Sachs now expect", []string{goldman, "a note to clients"}},
		{`"The bar for a June cut is high," they wrote.`, []string{goldman}},
		{"She declined to comment", nil},
		{"Markets rallied", nil},
		{"The agency also released", nil},
		{"Policymakers see the unemployment rate", []string{"the projections"}},
	})
	aide := claimStarting(t, &art, "A Republican aide")
	if !slices.Contains(aide.SourceNotes(), "Anonymous source: 'a Republican aide' is not named; a reason for anonymity is given.") {
		t.Errorf("aide notes %q", aide.SourceNotes())
	}
}

func TestWorldStoryHandlesGovernmentsMultiParagraphQuotesAndContrasts(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/world.txt")
	images := "Satellite images reviewed by The Associated Press"
	checkSpeakers(t, &art, []speakerWant{
		{name: "Ukraine", kind: KindOrganization},
		{name: "Russia", kind: KindOrganization},
		{name: "Kremlin", kind: KindOrganization},
		{name: "Volodymyr Zelensky", kind: KindPerson, role: "President"},
		{name: "United Nations", kind: KindOrganization},
		{name: "Martin Griffiths", kind: KindPerson, role: "the U.N. humanitarian chief"},
		{name: "residents of Kherson", kind: KindGroup},
		{name: "Olena Petrenko", kind: KindPerson}, // "58" is her age, not a role
		{name: images, kind: KindDocument},
		{name: "experts", kind: KindGroup},
		{name: "some engineers", kind: KindGroup},
	})
	checkAttributions(t, &art, []attribution{
		{`"The whole world must react."`, []string{"Volodymyr Zelensky"}},
		{"He warned that the flooding", []string{"Martin Griffiths"}},
		{`"We took nothing.`, []string{"Olena Petrenko"}},
		{`"Now we have nothing."`, []string{"Olena Petrenko"}}, // the quote goes on in a new paragraph
		{"Satellite images", []string{images}},
		{"Experts said the damage", []string{"experts", "some engineers"}},
	})
}

func TestHealthStoryJoinsLongAgencyNamesAndKeepsGroupsVague(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/health.txt")
	cdc := "Centers for Disease Control and Prevention"
	checkSpeakers(t, &art, []speakerWant{
		{name: "Health officials in Clark County", kind: KindGroup},
		{name: "Priya Shah", kind: KindPerson, role: "the county's public health director", aliases: []string{"Shah"}},
		{name: cdc, kind: KindOrganization, aliases: []string{"the agency"}},
		{name: "Kim Alvarez", kind: KindPerson, role: "a mother of three in Vancouver"},
		{name: "others", kind: KindGroup},
		{name: "Mark Olsen", kind: KindPerson, role: "School district spokesman"},
		{name: "Health experts", kind: KindGroup},
		{name: "Alan Reyes", kind: KindPerson, role: "an infectious disease specialist at Oregon Health & Science University"},
	})
	checkAttributions(t, &art, []attribution{
		{"Most of the cases involve", []string{"Priya Shah"}},
		{"She urged parents", []string{"Priya Shah"}},
		{"The Centers for Disease Control", []string{cdc}},
		{"The agency recommends", []string{cdc}},
		{"Some parents remain skeptical.", nil},
		{"The district has about", nil},
	})
}

func TestSportsStoryNamesSpeakersByTheFullNameGivenBeforeTheyWereQuoted(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/sports.txt")
	checkSpeakers(t, &art, []speakerWant{
		{name: "Mika Zibanejad", kind: KindPerson, aliases: []string{"Zibanejad"}}, // "Mika Zibanejad scored …"
		{name: "Peter Laviolette", kind: KindPerson, role: "Rangers coach", aliases: []string{"Laviolette"}},
		{name: "Jim Montgomery", kind: KindPerson, role: "coach", aliases: []string{"Montgomery"}},
		{name: "the team", kind: KindOrganization},
	})
	checkAttributions(t, &art, []attribution{
		{"BOSTON —", nil},
		{`"That's the kind of team we are."`, []string{"Mika Zibanejad"}},
		{"Rangers coach Peter Laviolette praised", nil},
		{"Boston's David Pastrnak had two goals.", nil},
		{"He added that changes", []string{"Jim Montgomery"}},
	})
	for i, c := range art.Claims {
		for _, n := range art.SourceNotes(i) {
			if strings.HasPrefix(n, "Surname only") {
				t.Errorf("claim %q: %q, though the article gives the full name", c.Text, n)
			}
		}
	}
}

func TestCrimeStoryHandlesPoliceReportsRelativesAndUnnamedWitnesses(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/crime.txt")
	checkSpeakers(t, &art, []speakerWant{
		{name: "police", kind: KindOrganization},
		{name: "a police report", kind: KindDocument},
		{name: "Denver Police Department", kind: KindOrganization},
		{name: "the suspect's mother", kind: KindAnonymous},
		{name: "the sheriff's office", kind: KindOrganization},
		{name: "Rob Hale", kind: KindPerson, role: "a spokesman for the office"},
		{name: "witnesses", kind: KindGroup},
		{name: "one woman", kind: KindAnonymous},
	})
	checkAttributions(t, &art, []attribution{
		{`"My son is a good boy," she said.`, []string{"the suspect's mother"}},
		{"The sheriff's office, which runs", []string{"the sheriff's office"}},
	})
}

func TestCongressStoryHandlesLeadersPartyGroupsAndAnonymousMembers(t *testing.T) {
	art := analyzeFile(t, "testdata/articles/congress.txt")
	checkSpeakers(t, &art, []speakerWant{
		{name: "Mike Johnson", kind: KindPerson, role: "Speaker"},
		{name: "Chuck Schumer", kind: KindPerson, role: "Senate Majority Leader"},
		{name: "Karine Jean-Pierre", kind: KindPerson, role: "press secretary"},
		{name: "some moderate Republicans", kind: KindGroup},
		{name: "Don Bacon", kind: KindPerson, role: "Rep."},
		{name: "two other Republicans", kind: KindGroup},
		{name: "Congressional Budget Office", kind: KindOrganization},
		{name: "analysts at Goldman Sachs", kind: KindGroup},
	})
	checkAttributions(t, &art, []attribution{
		{"WASHINGTON — House Republicans", nil},
		{"In a statement, he said", []string{"Mike Johnson"}},
		{"Democrats were quick to reject it.", nil},
	})
}

// TestEmbeddedArticleSourcing checks every expectation the project states
// for the embedded article; they follow from the general rules.
func TestEmbeddedArticleSourcing(t *testing.T) {
	art := Analyze(readArticle(t, embeddedArticleFile), Meta{Source: "embedded", Format: "text"})
	if len(art.Claims) < 19 {
		t.Fatalf("%d claims, want at least 19", len(art.Claims))
	}
	official := "a US counter-terrorism official"
	checkSpeakers(t, &art, []speakerWant{
		{name: official, kind: KindAnonymous, aliases: []string{"the counter-terrorism official"}},
		{name: "experts", kind: KindGroup},
		{name: "Morgan Lerette", kind: KindPerson, role: "Former US Army Captain"},
		{name: "counter-terrorism analysts", kind: KindGroup},
		{name: "Clarke", kind: KindPerson},
		{name: "Byman", kind: KindPerson},
	})
	// Claims are numbered from 1, as the project states them.
	want := map[int][]string{
		1:  {official, "experts"},
		6:  {official},
		8:  {"experts"},
		10: {"Morgan Lerette"},
		13: {"experts"},
		15: {"counter-terrorism analysts"},
		18: {"Clarke", "Byman"},
	}
	for i := 1; i <= 19; i++ {
		got := speakersOf(&art, art.Claims[i-1])
		w := want[i]
		if w == nil {
			w = []string{}
		}
		if !slices.Equal(got, w) {
			t.Errorf("claim %d %q: speakers %q, want %q", i, art.Claims[i-1].Text, got, w)
		}
	}
	for _, name := range []string{"Clarke", "Byman"} {
		notes := art.SourceNotes(17)
		note := "Surname only: '" + name + "' is never introduced with a full name or role."
		if !slices.Contains(notes, note) {
			t.Errorf("claim 18 notes %q lack %q", notes, note)
		}
	}
	if c := art.Claims[0]; !slices.Contains(c.SourceNotes(), "Vague source: 'experts' are not identified.") ||
		!slices.Contains(c.SourceNotes(), "Anonymous source: not named, and no reason for anonymity is given.") {
		t.Errorf("claim 1 notes %q", c.SourceNotes())
	}
	if c := art.Claims[1]; !slices.Contains(c.SourceNotes(), noteUnattributed) {
		t.Errorf("claim 2 notes %q lack the unattributed note", c.SourceNotes())
	}
	lerette := speakerNamed(t, &art, "Morgan Lerette")
	if lerette.FirstClaim != 9 || !slices.Equal(lerette.Claims, []int{9}) {
		t.Errorf("Lerette: first claim %d, claims %v; want 9 and [9]", lerette.FirstClaim, lerette.Claims)
	}
}

func TestOneWordNamesBecomeOrganizationsWhenReferredToAsSuch(t *testing.T) {
	art := Analyze("Microsoft said profits rose. The company said it would hire. Clarke said so.", Meta{})
	if k := speakerNamed(t, &art, "Microsoft").Kind; k != KindOrganization {
		t.Errorf("Microsoft, later 'the company', is a %s", k)
	}
	if k := speakerNamed(t, &art, "Clarke").Kind; k != KindPerson {
		t.Errorf("Clarke is a %s", k)
	}
	russia := Analyze("Russia said the talks had failed. Beijing warned that it would respond.", Meta{})
	for _, name := range []string{"Russia", "Beijing"} {
		if k := speakerNamed(t, &russia, name).Kind; k != KindOrganization {
			t.Errorf("%s, speaking for a government, is a %s", name, k)
		}
	}
	pentagon := Analyze("The Pentagon said the test failed.", Meta{})
	if k := speakerNamed(t, &pentagon, "Pentagon").Kind; k != KindOrganization {
		t.Errorf("the Pentagon is a %s", k)
	}
}

func TestAFullNameGivenAfterTheQuoteStillCompletesTheSpeaker(t *testing.T) {
	art := Analyze("“We will win,” Okafor said.\n\nThe team is led by captain Ada Okafor, who joined in 2019.", Meta{})
	sp := speakerNamed(t, &art, "Ada Okafor")
	if sp.Role != "captain" || !slices.Equal(sp.Aliases, []string{"Okafor"}) {
		t.Errorf("role %q aliases %q, want captain and [Okafor]", sp.Role, sp.Aliases)
	}
	if notes := art.SourceNotes(0); len(notes) != 0 {
		t.Errorf("notes %q: the full name is given later", notes)
	}
}

func TestATitleGivenOutsideACueIsTheSpeakersRole(t *testing.T) {
	art := Analyze("President Biden met the press.\n\n“We are ready,” Biden said.", Meta{})
	sp := speakerNamed(t, &art, "Biden")
	if sp.Role != "President" {
		t.Errorf("role %q, want President", sp.Role)
	}
	if notes := art.SourceNotes(1); len(notes) != 0 {
		t.Errorf("notes %q: Biden was introduced with a title", notes)
	}
}

func TestHeOrSheIsThePersonJustIntroduced(t *testing.T) {
	art := Analyze("Critics said the plan was rushed. Mayor Jane Doe unveiled it on Monday. “It is historic,” she said.", Meta{})
	if got := speakersOf(&art, art.Claims[2]); !slices.Equal(got, []string{"Jane Doe"}) {
		t.Errorf("'she said' after Mayor Jane Doe is introduced: %q", got)
	}
	if sp := speakerNamed(t, &art, "Jane Doe"); sp.Role != "Mayor" {
		t.Errorf("role %q, want Mayor", sp.Role)
	}
	teams := Analyze("Jim Lee said the team was tired. The Rangers beat the Boston Bruins 4-3. “We never quit,” he said.", Meta{})
	if got := speakersOf(&teams, teams.Claims[2]); !slices.Equal(got, []string{"Jim Lee"}) {
		t.Errorf("a team is no person for 'he': %q", got)
	}
	places := Analyze("Jim Lee said the group was growing. It has followers across Central Asia. “We are worried,” he said.", Meta{})
	if got := speakersOf(&places, places.Claims[2]); !slices.Equal(got, []string{"Jim Lee"}) {
		t.Errorf("a place is no person for 'he': %q", got)
	}
	same := Analyze("Ann Roe said the vote was close. She said Tom Smith was wrong.", Meta{})
	if got := speakersOf(&same, same.Claims[1]); !slices.Equal(got, []string{"Ann Roe"}) {
		t.Errorf("'she' is not a name later in the same sentence: %q", got)
	}
}

func TestHeAndSheFollowWhatTheArticleSaysOfGender(t *testing.T) {
	art := Analyze("Ms. Amy Chen said the plan was fair. Mr. Mark Ellis said it was not. “It will pass,” she said.", Meta{})
	if got := speakersOf(&art, art.Claims[2]); !slices.Equal(got, []string{"Amy Chen"}) {
		t.Errorf("'she' after Ms. Chen and Mr. Ellis: %q", got)
	}
	learned := Analyze("Ann Roe said the plan was fair. “It is,” she said. Tom Ray said it was not. “It is not,” he said. “It will pass,” she added.", Meta{})
	if got := speakersOf(&learned, learned.Claims[4]); !slices.Equal(got, []string{"Ann Roe"}) {
		t.Errorf("'she' once Roe was called she and Ray he: %q", got)
	}
}

func TestCoordinatedSourcesKeepTheirOwnRoles(t *testing.T) {
	art := Analyze("Johnson, the Republican speaker, and Schumer, the Democratic leader, said they had a deal.", Meta{})
	checkSpeakers(t, &art, []speakerWant{
		{name: "Johnson", kind: KindPerson, role: "the Republican speaker"},
		{name: "Schumer", kind: KindPerson, role: "the Democratic leader"},
	})
}

func TestPartyMembersAndNationalitiesAreGroups(t *testing.T) {
	art := Analyze("Some moderate Republicans also expressed doubts. Democrats said the bill was dead. "+
		"Two other Republicans, speaking on condition of anonymity to discuss private talks, said 20 members could defect.", Meta{})
	for _, name := range []string{"some moderate Republicans", "Democrats", "two other Republicans"} {
		if k := speakerNamed(t, &art, name).Kind; k != KindGroup {
			t.Errorf("%s is a %s", name, k)
		}
	}
	anon := art.Claims[2].SourceNotes()
	if !slices.Contains(anon, "Anonymous sources: 'two other Republicans' are not named; a reason for anonymity is given.") {
		t.Errorf("unnamed sources with a reason: notes %q", anon)
	}
}

func TestAsidesAreNotRoles(t *testing.T) {
	art := Analyze("Tom Smith, for his part, said the bill failed. Jo Lee, however, said it passed. "+
		"Ann Ray, speaking in Ohio, said so. Bo Kim, 45, said no.", Meta{})
	for _, name := range []string{"Tom Smith", "Jo Lee", "Ann Ray", "Bo Kim"} {
		if role := speakerNamed(t, &art, name).Role; role != "" {
			t.Errorf("%s has role %q from an aside", name, role)
		}
	}
}

// TestCueRules checks the attribution rules one sentence shape at a time.
func TestCueRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want [][]string // speakers per claim
	}{
		{"participle clause names nobody", "The group has gained followers, declaring major enemies including the West.", [][]string{{}}},
		{"passive names nobody", "The plan is said to be dead.", [][]string{{}}},
		{"infinitive names nobody", "The company declined to say more.", [][]string{{}}},
		{"no cue, no speaker", "Experts are worried about the bridge.", [][]string{{}}},
		{"quoted cue belongs to the quote", `"They said it would rain," she wrote.`, [][]string{{}}},
		{"trailing tag", "The bridge is unsafe, engineers said.", [][]string{{"engineers"}}},
		{"inverted tag with appositive", `"It is unsafe," said Jane Doe, an engineer for the county.`, [][]string{{"Jane Doe"}}},
		{"told", "Jane Doe told Reuters the bridge was unsafe.", [][]string{{"Jane Doe"}}},
		{"according to two sources", "The bridge is unsafe, according to engineers and inspectors.", [][]string{{"engineers", "inspectors"}}},
		{"is saying", "Jane Doe is saying the bridge is unsafe.", [][]string{{"Jane Doe"}}},
		{"express concern", "Jane Doe expressed grave concern about the bridge.", [][]string{{"Jane Doe"}}},
		{"point out", "Jane Doe pointed out that the bridge is old.", [][]string{{"Jane Doe"}}},
		{"United States is no speaker", "Tourists from the United States visited the bridge.", [][]string{{}}},
		{"he with no antecedent invents nobody", "He said the bridge was unsafe.", [][]string{{}}},
		{"bare surname joins the full name", "Anna Lindqvist said the bridge was old. Lindqvist said it would close.", [][]string{{"Anna Lindqvist"}, {"Anna Lindqvist"}}},
		{"full name completes a surname", "Lindqvist said the bridge was old. Anna Lindqvist said it would close.", [][]string{{"Anna Lindqvist"}, {"Anna Lindqvist"}}},
		{"it refers to an organization", "The Transit Authority said the line would close. It said buses would replace trains.", [][]string{{"Transit Authority"}, {"Transit Authority"}}},
		{"they refers to people named together", "Smith and Jones said the line would close. They said buses would run.", [][]string{{"Smith", "Jones"}, {"Smith", "Jones"}}},
		{"the agency refers back", "The Environmental Protection Agency said the water was safe. The agency said tests continue.", [][]string{{"Environmental Protection Agency"}, {"Environmental Protection Agency"}}},
		{"a description that does not match is someone new", "A senior official said talks stalled. The junior official said they had not.", [][]string{{"a senior official"}, {"the junior official"}}},
		{"quote continues across sentences", `"We will rebuild. It will take time," the mayor said. "We are ready."`, [][]string{{"the mayor"}, {"the mayor"}, {"the mayor"}}},
		{"narrative between quotes ends the quote", `"We will rebuild," the mayor said. The storm hit at noon. "We are ready."`, [][]string{{"the mayor"}, {}, {}}},
		{"a study finds without that", "A new study found a sharp rise in cases.", [][]string{{"a new study"}}},
		{"police find no claim", "Police found a car near the river.", [][]string{{}}},
		{"time adverbial before subject", "On Tuesday Smith said the line would close.", [][]string{{"Smith"}}},
		{"fronted according to takes no appositive", "According to Acme Corp., the plant will close.", [][]string{{"Acme Corp."}}},
		{"news agency is an organization", "Reuters reported that the plant will close.", [][]string{{"Reuters"}}},
		{"appositive after trailing according to", "The plant will close, according to Jane Doe, a spokeswoman for the firm.", [][]string{{"Jane Doe"}}},
		{"relative clause with a number", "The union, which represents 4,000 nurses, said it would strike.", [][]string{{"the union"}}},
		{"role before name in an appositive", "Her neighbor, retired teacher Tom O'Brien, agreed.", [][]string{{"Tom O'Brien"}}},
		{"participial aside", "Janet Yellen, speaking in Chicago, said rates would fall.", [][]string{{"Janet Yellen"}}},
		{"multi-paragraph quote", "\"We will fight,\" said Ana Lopez. \"We have no choice.\n\n\"Our members are ready.\"", [][]string{{"Ana Lopez"}, {"Ana Lopez"}, {"Ana Lopez"}}},
		{"British single quotes", "‘We will rebuild,’ said the mayor. ‘It will take time.’", [][]string{{"the mayor"}, {"the mayor"}}},
		{"apostrophes are no quotes", "The workers’ union said it won’t strike.", [][]string{{"the workers’ union"}}},
		{"quote is the reported clause", "“This is wrong,” Smith wrote on X.", [][]string{{"Smith"}}},
		{"a film tells no claim", "The film tells the story of a family.", [][]string{{}}},
		{"time adverbial after a participle", "Prices rose, according to figures published on Monday.", [][]string{{"figures"}}},
		{"tag with a time", "“We will rebuild,” said Jane Doe on Tuesday.", [][]string{{"Jane Doe"}}},
		{"possessive role", "Jane Doe, Acme's CEO, said sales fell.", [][]string{{"Jane Doe"}}},
		{"aside that is no role", "Smith, D-Texas, said the bill failed.", [][]string{{"Smith"}}},
		{"the company finds a one-word name", "Microsoft said profits rose. The company said it would hire.", [][]string{{"Microsoft"}, {"Microsoft"}}},
		{"it finds a one-word name", "Microsoft said profits rose. It said it would hire.", [][]string{{"Microsoft"}, {"Microsoft"}}},
		{"the and one name is a body", "The Pentagon said the test failed.", [][]string{{"Pentagon"}}},
		{"however is no role", "Smith, however, said the bill failed.", [][]string{{"Smith"}}},
		{"quoted as saying", "Jane Doe was quoted as saying the plan failed.", [][]string{{"Jane Doe"}}},
		{"relative aside after a quantity", "Residents, many of whom have lived there for decades, say the plan is unfair.", [][]string{{"residents"}}},
		{"plural in -es", "Several witnesses told police they saw a red car.", [][]string{{"several witnesses"}}},
		{"singular they for an unnamed person", "A source said the talks stalled. They added that a deal was near.", [][]string{{"a source"}, {"a source"}}},
		{"a title alone names no one", "Bills will rise, said Gov.", [][]string{{}}},
		{"no response is no claim", "The mayor's office did not respond.", [][]string{{}}},
		{"a refusal to say is no claim", "The company didn't say how many jobs would go.", [][]string{{}}},
		{"a noted tag", "The bridge is old, she noted.", [][]string{{}}},
		{"a noted tag with a source", "The bridge is old, the engineer noted.", [][]string{{"the engineer"}}},
		{"told names the listener after it", "“We’re done,” Smith, who has run the shop since 1990, told The Associated Press on Friday.", [][]string{{"Smith"}}},
		{"cue inside a relative clause", "The plan, which officials said would cost $5 million, was approved.", [][]string{{"officials"}}},
		{"and inside a post-modifier", "Researchers from Stanford University and the University of Toronto found that the drug worked.", [][]string{{"researchers from Stanford University and the University of Toronto"}}},
		{"a sentence run on after Inc.", "Costs rose, according to Acme Systems Inc. Local business owners note that prices rose.", [][]string{{"Acme Systems Inc.", "local business owners"}}},
		{"a possessive makes the verb a noun", "The company's claims that it was hacked were false.", [][]string{{}}},
		{"a contracted pronoun before the verb", "Ann Roe spoke first. She's said that the vote was close.", [][]string{{}, {"Ann Roe"}}},
		{"it's said is passive", "The Transit Authority met. It's said that the line will close.", [][]string{{}, {}}},
		{"two named sources with roles", "Johnson, the Republican speaker, and Schumer, the Democratic leader, said they had a deal.", [][]string{{"Johnson", "Schumer"}}},
		{"a relative clause between subject and verb is no tag", "A city official, who spoke on condition of anonymity because she was not authorized to discuss security, said police removed three people.", [][]string{{"a city official"}}},
		{"a clause after said is no tag's source", "The roads were closed, said police removed three people.", [][]string{{}}},
		{"a tag's source with a participle post-modifier", "The roads were closed, said a spokesman based in Paris.", [][]string{{"a spokesman based in Paris"}}},
		{"plural of a person noun is a group", "Transit advocates argue that higher fares will push riders away.", [][]string{{"Transit advocates"}}},
		{"role before a company's name", "The drug's maker, Veridia Pharmaceuticals, said it would seek approval.", [][]string{{"Veridia Pharmaceuticals"}}},
		{"role of an unlisted head before a name", "The bill's sponsor, Sen. Jane Doe, said it would pass.", [][]string{{"Jane Doe"}}},
		{"a reported clause after a prepositional phrase", "Analysts wrote in a note to clients that the recall would cost little.", [][]string{{"analysts"}}},
		{"an object after a prepositional phrase is no reported clause", "Police found in the river a car that was stolen.", [][]string{{}}},
		{"the company is the company named before it spoke", "Norland Technologies is recalling 120,000 batteries, the company said.", [][]string{{"Norland Technologies"}}},
		{"declaring an emergency is an act, not a claim", "Gov. Linda Okonjo declared a state of emergency on Friday.", [][]string{{}}},
		{"the governor is the governor introduced before", "Gov. Linda Okonjo declared a state of emergency. The governor said the state would help.", [][]string{{}, {"Linda Okonjo"}}},
		{"the ministry is the ministry named before", "The Education Ministry defended the formula. The ministry said it was fair.", [][]string{{}, {"Education Ministry"}}},
		{"a second clause after a comma and", "The federation said the formula was unfair, and its president, Joanna Malik, called it \"a cut.\"", [][]string{{"the federation", "Joanna Malik"}}},
		{"a verb joined by but shares the subject", "The ministry did not dispute the figures but said inflation would be offset.", [][]string{{"the ministry"}}},
		{"a verb joined by but after an aside", "Smith, who leads the group, rejected the plan but said talks would go on.", [][]string{{"Smith"}}},
		{"a verb joined by and with no source", "Prices rose sharply and said nothing.", [][]string{{}}},
		{"a relative clause after an age", "Elena Brandt, 58, who runs a dairy farm, said prices had fallen.", [][]string{{"Elena Brandt"}}},
		{"a relative clause after a role", "Jane Doe, a nurse, who fled the fire, said the alarm failed.", [][]string{{"Jane Doe"}}},
		{"plural of an organization noun is a group", "The hospitals said in a joint statement that prices would not rise.", [][]string{{"the hospitals"}}},
		{"a capitalized plural of an organization noun inside a sentence is a name", "Prices will rise, said Banks.", [][]string{{"Banks"}}},
		{"a list inside a body's of-phrase is one source", "A coalition of nurses, doctors and patient groups has urged the state to block the deal.", [][]string{{"a coalition of nurses, doctors and patient groups"}}},
		{"the hospitals are the bodies named together", "Northgate Health and Riverside Medical said they would merge. Critics said prices would rise. The hospitals said they would not.", [][]string{{"Northgate Health", "Riverside Medical"}, {"critics"}, {"Northgate Health", "Riverside Medical"}}},
		{"a tag after a clause with no aside", "Prices rose in the city, which has grown fast, and will rise again, said Jane Doe.", [][]string{{"Jane Doe"}}},
		{"reporting verb as noun", "The report said prices rose. Critics dispute the report.", [][]string{{"the report"}, {"critics"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := Analyze(tt.text, Meta{Source: "test"})
			if len(art.Claims) != len(tt.want) {
				t.Fatalf("%d claims, want %d: %q", len(art.Claims), len(tt.want), tt.text)
			}
			for i, c := range art.Claims {
				if got := speakersOf(&art, c); !slices.Equal(got, tt.want[i]) {
					t.Errorf("claim %d %q: speakers %q, want %q", i+1, c.Text, got, tt.want[i])
				}
			}
		})
	}
}

func TestAnAnonymousSourceBeforeAnAsideKeepsTheReasonForAnonymity(t *testing.T) {
	art := Analyze("A city official, who spoke on condition of anonymity because she was not authorized to discuss security, said police removed three people.", Meta{})
	checkSpeakers(t, &art, []speakerWant{{name: "a city official", kind: KindAnonymous}})
	notes := art.Claims[0].SourceNotes()
	if !slices.Contains(notes, "Anonymous source: 'a city official' is not named; a reason for anonymity is given.") {
		t.Errorf("notes %q", notes)
	}
}

func TestPluralPersonNounsAreGroups(t *testing.T) {
	for _, noun := range []string{"advocates", "critics", "economists", "researchers", "scientists", "doctors",
		"lawyers", "activists", "supporters", "opponents", "investors", "teachers", "parents", "witnesses",
		"retirees", "shareholders", "proponents"} {
		art := Analyze("Some "+noun+" argue that higher fares will push riders away.", Meta{})
		checkSpeakers(t, &art, []speakerWant{{name: "some " + noun, kind: KindGroup}})
	}
}

func TestCompaniesAreOrganizationsWithTheirDescriptionAsRole(t *testing.T) {
	for _, text := range []string{
		"The drug's maker, Veridia Pharmaceuticals, said it would seek approval.",
		"Veridia Pharmaceuticals, the drug's maker, said it would seek approval.",
	} {
		art := Analyze(text, Meta{})
		checkSpeakers(t, &art, []speakerWant{{name: "Veridia Pharmaceuticals", kind: KindOrganization, role: "the drug's maker"}})
	}
	for _, name := range []string{"Apex Holdings", "Blue Ridge Partners", "Norland Technologies", "Kestrel Group"} {
		art := Analyze(name+" said profits rose.", Meta{})
		checkSpeakers(t, &art, []speakerWant{{name: name, kind: KindOrganization}})
	}
}

func TestLocalTitlesAreRolesNotNames(t *testing.T) {
	for _, title := range []string{"Councilmember", "Councilwoman", "Alderman", "Commissioner", "Superintendent",
		"Chancellor", "Ambassador", "Treasurer", "Comptroller"} {
		art := Analyze(title+" David Okafor said the cuts were cruel.", Meta{})
		checkSpeakers(t, &art, []speakerWant{{name: "David Okafor", kind: KindPerson, role: title}})
	}
}

// A known given name before a word that is also the plural of a body's
// noun ("Banks", "Courts") makes a person's name; without one, or with a
// determiner, the plural still names a body.
func TestAGivenNameBeforeAnOrganizationPluralIsAPerson(t *testing.T) {
	for _, name := range []string{"Jane Banks", "Tyra Banks", "Ernie Banks", "Michael Courts"} {
		art := Analyze(name+" said the merger was off.", Meta{})
		checkSpeakers(t, &art, []speakerWant{{name: name, kind: KindPerson}})
	}
	surname := Analyze("Jane Banks, the union's lawyer, said the merger was off. Banks said the talks would resume.", Meta{})
	checkAttributions(t, &surname, []attribution{
		{"Jane Banks, the union's lawyer", []string{"Jane Banks"}},
		{"Banks said the talks", []string{"Jane Banks"}},
	})
	if sp := speakerNamed(t, &surname, "Jane Banks"); sp.Kind != KindPerson || sp.Role != "the union's lawyer" ||
		!slices.Equal(sp.Aliases, []string{"Banks"}) {
		t.Errorf("Jane Banks: kind %s role %q aliases %q", sp.Kind, sp.Role, sp.Aliases)
	}
	for _, name := range []string{"Riverside Clinics", "Apex Banks", "Norland Hospitals"} {
		art := Analyze(name+" said the merger was off.", Meta{})
		checkSpeakers(t, &art, []speakerWant{{name: name, kind: KindOrganization}})
	}
	the := Analyze("The banks said the merger was off.", Meta{})
	checkSpeakers(t, &the, []speakerWant{{name: "the banks", kind: KindGroup}})
}
