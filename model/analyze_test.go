package model

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// testArticles are the texts the analysis tests run on: every test article,
// the embedded article, and all of them joined into one long article (so
// coreference and quotes cross many paragraphs).
func testArticles(t testing.TB) map[string]string {
	t.Helper()
	texts := map[string]string{"embedded": readArticle(t, embeddedArticleFile)}
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, p := range paths {
		texts[filepath.Base(p)] = readArticle(t, p)
		all = append(all, texts[filepath.Base(p)])
	}
	texts["joined"] = strings.Join(all, "\n\n")
	return texts
}

func TestProgressiveAnalysisEqualsOneShot(t *testing.T) {
	for name, text := range testArticles(t) {
		want := Analyze(text, Meta{Source: name})
		for _, n := range []int{1, 2, 3, 7} {
			a := NewAnalyzer(text, Meta{Source: name})
			for !a.Step(n) {
				a.Snapshot() // snapshots along the way must not disturb the analysis
			}
			if got := a.Snapshot(); !reflect.DeepEqual(got, want) {
				t.Errorf("%s in steps of %d differs from one-shot analysis", name, n)
			}
		}
	}
}

// asJSON freezes an article's full state for comparison. A claim's hedges,
// checks and source notes sit in an unexported list that json.Marshal
// skips, so they are written out beside the article.
func asJSON(t testing.TB, art Article) string {
	t.Helper()
	signals := make([][3][]string, len(art.Claims))
	for i, c := range art.Claims {
		signals[i] = [3][]string{c.Hedges(), c.Checks(), art.SourceNotes(i)}
	}
	// The IDs and cues too: the claims keep them as numbers in fields
	// json.Marshal skips.
	idCues := make([][2]string, len(art.Claims))
	for i, c := range art.Claims {
		idCues[i] = [2]string{c.ID(), c.Cue()}
	}
	b, err := json.Marshal(struct {
		Article
		Signals [][3][]string
		IDCues  [][2]string
	}{art, signals, idCues})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSnapshotIsNotChangedByLaterSteps(t *testing.T) {
	text := testArticles(t)["joined"]
	a := NewAnalyzer(text, Meta{Source: "joined"})
	var snaps []Article
	var frozen []string
	for !a.Step(1) {
		s := a.Snapshot()
		snaps = append(snaps, s)
		frozen = append(frozen, asJSON(t, s))
	}
	for i, s := range snaps {
		if asJSON(t, s) != frozen[i] {
			t.Fatalf("snapshot %d changed after later steps", i)
		}
	}
}

// TestSnapshotCanBeReadWhileStepRuns is meaningful under -race: the reader
// goroutine walks every snapshot while the analyzer keeps stepping.
func TestSnapshotCanBeReadWhileStepRuns(t *testing.T) {
	text := testArticles(t)["joined"]
	a := NewAnalyzer(text, Meta{Source: "joined"})
	snaps := make(chan Article)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for s := range snaps {
			for _, sp := range s.Speakers {
				_ = sp.Name + strings.Join(sp.Aliases, "")
				for _, ci := range sp.Claims {
					_ = s.SourceNotes(ci)
				}
			}
		}
	}()
	for !a.Step(1) {
		snaps <- a.Snapshot()
	}
	close(snaps)
	wg.Wait()
}

func TestClaimIDsAreStableAndUnique(t *testing.T) {
	base := Analyze("The bridge is closed. Officials said it was unsafe.\n\nThe bridge is closed.", Meta{})
	ids := map[string]bool{}
	for _, c := range base.Claims {
		if ids[c.ID()] {
			t.Errorf("duplicate ID %q", c.ID())
		}
		ids[c.ID()] = true
	}
	if base.Claims[2].ID() != base.Claims[0].ID()+"-2" {
		t.Errorf("repeated sentence: IDs %q and %q, want the second to be the first plus -2", base.Claims[0].ID(), base.Claims[2].ID())
	}
	// A new paragraph before, other typography and spacing: same IDs.
	edited := Analyze("A storm hit overnight.\n\nThe  bridge is CLOSED!  “Officials” said it was unsafe.", Meta{})
	if edited.Claims[1].ID() != base.Claims[0].ID() || edited.Claims[2].ID() != base.Claims[1].ID() {
		t.Errorf("IDs moved with a light edit: %q %q, want %q %q",
			edited.Claims[1].ID(), edited.Claims[2].ID(), base.Claims[0].ID(), base.Claims[1].ID())
	}
	if want := claimHash("the bridge is closed"); base.Claims[0].ID() != want {
		t.Errorf("ID %q is not the hash of the normalized text (%q)", base.Claims[0].ID(), want)
	}
	if base.Claims[0].ID() == base.Claims[1].ID() {
		t.Error("different sentences share an ID")
	}
}

func TestSpeakerClaimsAreInOrderWithFirstClaim(t *testing.T) {
	for name, text := range testArticles(t) {
		art := Analyze(text, Meta{Source: name})
		for si, sp := range art.Speakers {
			if len(sp.Claims) == 0 {
				t.Errorf("%s: speaker %q has no claims", name, sp.Name)
				continue
			}
			for k := 1; k < len(sp.Claims); k++ {
				if sp.Claims[k] <= sp.Claims[k-1] {
					t.Errorf("%s: speaker %q claims out of order: %v", name, sp.Name, sp.Claims)
				}
			}
			found := false
			for _, ci := range sp.Claims {
				found = found || ci == sp.FirstClaim
				c := art.Claims[ci]
				if !containsInt(c.Speakers, si) {
					t.Errorf("%s: speaker %q lists claim %d, which does not list the speaker", name, sp.Name, ci)
				}
			}
			if !found {
				t.Errorf("%s: speaker %q first claim %d is not among its claims %v", name, sp.Name, sp.FirstClaim, sp.Claims)
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestSourceNotesSayWhoStandsBehindAClaimThenItsSignals(t *testing.T) {
	art := Analyze("Officials said the bridge may potentially close. "+
		"She said it would reopen. "+
		"Hundreds of cars cross it, according to a filing. "+
		"A senior official, who spoke on condition of anonymity because the talks are private, said a deal was near.", Meta{})
	want := [][]string{
		{"Vague source: 'officials' are not identified.", "Hedged: may, potentially."},
		{"Unclear source: 'she' refers to no one named earlier."},
		{"Vague source: 'a filing' is not identified by title, author or date.", "Check-worthy: a vague quantity ('hundreds') with no figure."},
		{"Anonymous source: 'a senior official' is not named; a reason for anonymity is given."},
	}
	if len(art.Claims) != len(want) {
		t.Fatalf("%d claims, want %d", len(art.Claims), len(want))
	}
	for i, c := range art.Claims {
		if notes := art.SourceNotes(i); !reflect.DeepEqual(notes, want[i]) {
			t.Errorf("claim %d %q: notes %q, want %q", i+1, c.Text, notes, want[i])
		}
	}
	if c := art.Claims[1]; c.Cue() != "said" || !c.Unattributed() {
		t.Errorf("an unresolved 'she said' keeps its cue %q and names no speaker %v", c.Cue(), c.Speakers)
	}
}

func TestSurnameOnlyIsDecidedWhenTheArticleIsComplete(t *testing.T) {
	text := "Lindqvist said the bridge was old.\n\nThe council met.\n\nAnna Lindqvist said it would close."
	a := NewAnalyzer(text, Meta{})
	a.Step(1)
	early := a.Snapshot()
	if notes := early.SourceNotes(0); len(notes) != 0 {
		t.Errorf("before the article is read, no surname note may be given: %q", notes)
	}
	for !a.Step(1) {
	}
	done := a.Snapshot()
	if notes := done.SourceNotes(0); len(notes) != 0 {
		t.Errorf("Lindqvist is later named in full, yet: %q", notes)
	}
	if name := done.Speakers[0].Name; name != "Anna Lindqvist" {
		t.Errorf("speaker named %q, want the fullest form", name)
	}
	only := Analyze("Lindqvist said the bridge was old.", Meta{})
	if notes := only.SourceNotes(0); !reflect.DeepEqual(notes, []string{"Surname only: 'Lindqvist' is never introduced with a full name or role."}) {
		t.Errorf("surname only: notes %q", notes)
	}
}

// The notes only the complete article decides must not cost a copy of the
// claims that snapshots share (7 MB on a 5 MB article, at the reader's peak
// of memory): the last step publishes them without touching any claim.
func TestCompletingTheArticleCopiesNoClaims(t *testing.T) {
	text := "Lindqvist said the bridge was old.\n\nThe council met on Monday.\n\nThe vote is next week, Lindqvist said."
	a := NewAnalyzer(text, Meta{})
	before := a.Snapshot()
	for {
		before = a.Snapshot()
		if a.Step(1) {
			break
		}
	}
	done := a.Snapshot()
	if len(before.Claims) != len(done.Claims) || len(done.Claims) == 0 {
		t.Fatalf("the last step added claims (%d -> %d): the test needs it to only complete the article", len(before.Claims), len(done.Claims))
	}
	if &before.Claims[0] != &done.Claims[0] {
		t.Error("completing the article copied the claims")
	}
	want := []string{"Surname only: 'Lindqvist' is never introduced with a full name or role."}
	for i, c := range done.Claims {
		if c.Unattributed() {
			continue // "The council met on Monday."
		}
		if notes := done.SourceNotes(i); !reflect.DeepEqual(notes, want) {
			t.Errorf("complete article, claim %d: notes %q, want %q", i+1, notes, want)
		}
		if notes := before.SourceNotes(i); len(notes) != 0 {
			t.Errorf("the snapshot before the end changed: claim %d notes %q", i+1, notes)
		}
	}
}
