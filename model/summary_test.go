package model

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestSummarizeCountsEachClaimOnceUnderItsStrongestSource(t *testing.T) {
	a := sourcedArticle()
	s := Summarize(a, nil)
	want := map[Kind]int{"": 2, KindPerson: 2, KindGroup: 1, KindAnonymous: 1, KindOrganization: 1, KindDocument: 1}
	if !reflect.DeepEqual(s.ByKind, want) {
		t.Errorf("ByKind = %v, want %v", s.ByKind, want)
	}
	total := 0
	for _, n := range s.ByKind {
		total += n
	}
	if s.Claims != 8 || total != s.Claims {
		t.Errorf("Claims = %d, kinds add up to %d; want 8 and 8", s.Claims, total)
	}
	if s.Hedged != 2 || s.CheckWorthy != 2 {
		t.Errorf("Hedged = %d, CheckWorthy = %d; want 2 and 2", s.Hedged, s.CheckWorthy)
	}
}

func TestSummarizeCountsOnlyKeptClaims(t *testing.T) {
	a := sourcedArticle()
	f, err := ResolveFilter(a, []string{"experts"}, false)
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(a, f.Match)
	// Claim 3 is said by experts and by Clarke, so it counts as a person's.
	want := map[Kind]int{KindGroup: 1, KindPerson: 1}
	if s.Claims != 2 || !reflect.DeepEqual(s.ByKind, want) {
		t.Errorf("filtered summary = %d claims %v, want 2 claims %v", s.Claims, s.ByKind, want)
	}
}

func TestSummarizeClaimsCountsAParagraph(t *testing.T) {
	a := sourcedArticle()
	s := SummarizeClaims(a, []int{3, 4, 5, 42, -1})
	want := map[Kind]int{KindPerson: 1, KindAnonymous: 1, KindOrganization: 1}
	if s.Claims != 3 || !reflect.DeepEqual(s.ByKind, want) || s.Hedged != 1 {
		t.Errorf("SummarizeClaims = %+v, want 3 claims %v, 1 hedged", s, want)
	}
}

func TestDominantPrefersTheWeakerSourceOnATie(t *testing.T) {
	tests := []struct {
		by   map[Kind]int
		want Kind
	}{
		{map[Kind]int{KindPerson: 3, "": 1}, KindPerson},
		{map[Kind]int{KindPerson: 2, "": 2}, ""},
		{map[Kind]int{KindPerson: 2, KindGroup: 2}, KindGroup},
		{map[Kind]int{KindOrganization: 1, KindDocument: 1}, KindDocument},
		{map[Kind]int{KindAnonymous: 1}, KindAnonymous},
		{map[Kind]int{}, ""},
	}
	for _, tt := range tests {
		if got := (Summary{ByKind: tt.by}).Dominant(); got != tt.want {
			t.Errorf("Dominant(%v) = %q, want %q", tt.by, got, tt.want)
		}
	}
}

func TestSummaryStringListsEveryKindInOrder(t *testing.T) {
	s := Summarize(sourcedArticle(), nil)
	want := "8 claims: 2 unattributed, 1 anonymous, 1 group, 2 named person, 1 organization, 1 document; 2 hedged, 2 check-worthy"
	if got := s.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	one := Summary{Claims: 1, ByKind: map[Kind]int{"": 1}}
	if got := one.String(); got[:8] != "1 claim:" {
		t.Errorf("one claim reads %q", got)
	}
}

func TestSummaryJSONNamesEveryKind(t *testing.T) {
	s := Summarize(sourcedArticle(), func(c Claim) bool { return c.Unattributed() })
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Claims      int            `json:"claims"`
		ByKind      map[string]int `json:"by_kind"`
		Hedged      int            `json:"hedged"`
		CheckWorthy int            `json:"checkworthy"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	want := map[string]int{"unattributed": 2, "anonymous": 0, "group": 0, "person": 0, "organization": 0, "document": 0}
	if got.Claims != 2 || got.Hedged != 1 || got.CheckWorthy != 0 || !reflect.DeepEqual(got.ByKind, want) {
		t.Errorf("JSON = %s", b)
	}
}

func TestSummaryKindsAndNamesCoverEveryKind(t *testing.T) {
	for _, k := range append([]Kind{""}, Kinds...) {
		if _, ok := kindNames[k]; !ok {
			t.Errorf("kind %q has no names", k)
		}
		found := false
		for _, sk := range SummaryKinds {
			found = found || sk == k
		}
		if !found {
			t.Errorf("kind %q is missing from SummaryKinds", k)
		}
	}
	if len(SummaryKinds) != len(Kinds)+1 {
		t.Errorf("SummaryKinds has %d kinds, want %d", len(SummaryKinds), len(Kinds)+1)
	}
}
