package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every word of every list the table folds together must carry its class,
// in any case, and a word of no list none.
func TestWordTableHoldsEveryList(t *testing.T) {
	lists := []struct {
		name string
		set  map[string]bool
		flag wordFlags
	}{
		{"determiners", determiners, fDeterminer}, {"stopWords", stopWords, fStop},
		{"prepositions", prepositions, fPreposition}, {"monthsAndDays", monthsAndDays, fMonthOrDay},
		{"postLinkers", postLinkers, fPostLinker}, {"boundaryWords", boundaryWords, fBoundary},
		{"timeWords", timeWords, fTime}, {"preVerbSkips", preVerbSkips, fPreVerbSkip},
		{"quantityHeads", quantityHeads, fQuantity}, {"relativeWords", relativeWords, fRelative},
		{"beForms", beForms, fBe}, {"modals", modals, fModal}, {"contrastWords", contrastWords, fContrast},
		{"corporateSuffixes", corporateSuffixes, fCorporate}, {"negations", negations, fNegation},
		{"honorifics", honorifics, fHonorific}, {"placeWords", placeWords, fPlace},
		{"organizationNouns", organizationNouns, fOrgNoun}, {"newsOrganizations", newsOrganizations, fNewsOutlet},
		{"definiteDeterminers", definiteDeterminers, fDefinite}, {"indefiniteIndividual", indefiniteIndividual, fIndividual},
		{"complementWords", complementWords, fComplement}, {"objectWords", objectWords, fObject},
		{"concernIntensifiers", concernIntensifiers, fIntensifier}, {"personNouns", personNouns, fPersonNoun},
		{"affiliations", affiliations, fAffiliation}, {"titleWords", titleWords, fTitle},
		{"abbreviations", abbreviations, fAbbrev},
	}
	for _, l := range lists {
		for w := range l.set {
			_, n := utf8.DecodeRuneInString(w)
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:n]) + w[n:]} {
				if foldedClasses(v)&l.flag == 0 {
					t.Errorf("%s: %q lacks its class", l.name, v)
				}
			}
			if classesOf(w)&l.flag == 0 {
				t.Errorf("%s: %q lacks its class", l.name, w)
			}
		}
	}
	for w, c := range cueWords {
		k := wordTable.lookup(w)
		if k == 0 || wordTable.entries[k-1].cue != c || wordTable.entries[k-1].flags&fCue == 0 {
			t.Errorf("cue %q: wrong entry", w)
		}
	}
	for w, p := range speakerPronouns {
		if e := foldedEntry(w); e == nil || e.pronoun != p {
			t.Errorf("pronoun %q: wrong entry", w)
		}
	}
	for w := range titleWords {
		if !isTitle(w+".") || !isTitle(strings.ToUpper(w)+".") {
			t.Errorf("%q with a period is no title", w)
		}
	}
	for _, w := range []string{"zebra", "Lindqvist", "said.", "sen..", "", "thé"} {
		if f := foldedClasses(w); f != 0 {
			t.Errorf("%q: classes %b, want none", w, f)
		}
	}
	if classesOf("The") != 0 {
		t.Error(`classesOf("The") found a class: it must match the lower-case lists exactly`)
	}
}

// lexiconHead reads the table; it must agree with the lists on every listed
// word and on the plurals, possessives and other forms made from them.
func TestLexiconHeadAgreesWithTheLists(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{personNouns, organizationNouns, documentNouns, groupOnly, titleWords, stopWords} {
		for w := range set {
			words = append(words, w, w+"s", w+"es", strings.TrimSuffix(w, "y")+"ies", w+"'s", w+"’s", w+"s'",
				w+"'s's", w+"’s's", strings.ToUpper(w))
		}
	}
	for w := range irregularPlurals {
		words = append(words, w, w+"'s")
	}
	words = append(words, "economists", "statisticians", "lindqvist", "lindqvists", "xyz", "", "s", "ies", "'s")
	for _, w := range words {
		if got, want := lexiconHead(w), lexiconHeadByLists(w); got != want {
			t.Errorf("lexiconHead(%q) = %d, the lists say %d", w, got, want)
		}
	}
}

// The sentence gate reads plain ASCII sentences from their tokens; it must
// decide as the reading of their bytes does.
func TestSentenceGateTokensAgreeWithBytes(t *testing.T) {
	sents := []string{
		"Jean-Paul O'Brien said.", "U.S. officials re-said it.", "The AT&T deal closed.",
		"saID the man.", "SAID the man.", "sAid the man.", "\"Said the man.", "'Warned' Smith.",
		"According to Smith.", "ACCORDING to X.", "AcCording to X.", "x According to.",
		"3M Corp said.", "Mr.Smith Jones", "A B", "AB", "A-B", "a B C", "Smith,Jones wrote.",
	}
	files, _ := filepath.Glob("testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			for _, sp := range SplitSentences(p) {
				sents = append(sents, p[sp[0]:sp[1]])
			}
		}
	}
	var lc lowerCache
	var tk []token
	checked := 0
	for _, s := range sents {
		var ascii bool
		tk, ascii = tokenize(s, tk, &lc)
		if !ascii {
			continue
		}
		checked++
		gc, gn := gateTokens(s, tk)
		bc, bn := gateBytes(s)
		if gc != bc || gn != bn {
			t.Errorf("%q: tokens say cue %v name %v, bytes say cue %v name %v", s, gc, gn, bc, bn)
		}
	}
	if checked < 50 {
		t.Fatalf("only %d ASCII sentences checked", checked)
	}
}

// runIsCue and classedRunIsCue read the table; they must decide as the
// reporting lexicon itself does, for every case of every cue word.
func TestRunIsCueAgreesWithTheLexicon(t *testing.T) {
	byLexicon := func(w string, i int) bool {
		switch {
		case mayBeCue(w):
			_, cue := cueWords[w]
			return cue || w == "according"
		case w == "According" || w == "ACCORDING":
			return true
		case i == 0 || (i < 4 && w[0] >= 'A' && w[0] <= 'Z'):
			_, cue := cueWords[strings.ToLower(w)]
			return cue
		}
		return false
	}
	var words []string
	for w := range cueWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1]+strings.ToUpper(w[len(w)-1:]))
	}
	words = append(words, "according", "According", "ACCORDING", "AcCording", "accordinG", "the", "The", "Smith", "sai")
	for _, w := range words {
		for _, i := range []int{0, 1, 3, 4, 10} {
			want := byLexicon(w, i)
			if got := runIsCue(w, i); got != want {
				t.Errorf("runIsCue(%q, %d) = %v, the lexicon says %v", w, i, got, want)
			}
			if got := classedRunIsCue(w, i, foldedClasses(w), strings.ToLower(w) != w); got != want {
				t.Errorf("classedRunIsCue(%q, %d) = %v, the lexicon says %v", w, i, got, want)
			}
		}
	}
}
