package model

import (
	"reflect"
	"strings"
	"testing"
)

// sourcedArticle is a hand-built article with one speaker of each kind, an
// alias, a claim with two speakers and unattributed claims, so the filter
// and summary rules are tested without the analysis engine.
//
//	claim 0  unattributed, hedged
//	claim 1  Morgan Lerette (person), check-worthy
//	claim 2  experts (group)
//	claim 3  counter-terrorism experts (group) + Colin Clarke (person)
//	claim 4  a senior official (anonymous), hedged, check-worthy
//	claim 5  the FBI (organization)
//	claim 6  a Pentagon report (document)
//	claim 7  unattributed
func sourcedArticle() *Article {
	a := &Article{
		Speakers: []Speaker{
			{Name: "Morgan Lerette", Kind: KindPerson, Role: "Former US Army Captain", Aliases: []string{"Lerette"}},
			{Name: "experts", Kind: KindGroup},
			{Name: "counter-terrorism experts", Kind: KindGroup},
			{Name: "Colin Clarke", Kind: KindPerson, Aliases: []string{"Clarke"}},
			{Name: "a senior official", Kind: KindAnonymous, Aliases: []string{"the official"}},
			{Name: "the FBI", Kind: KindOrganization, Aliases: []string{"Federal Bureau of Investigation"}},
			{Name: "a Pentagon report", Kind: KindDocument},
			{Name: "Siobhán O’Brien", Kind: KindPerson},
		},
	}
	speakers := [][]int{nil, {0}, {1}, {2, 3}, {4}, {5}, {6}, nil}
	for i, sp := range speakers {
		c := Claim{Index: int32(i), Paragraph: int32(1 + i/3), Speakers: sp}
		switch i {
		case 0:
			c.SetSignals([]string{"may"}, nil, nil)
		case 1:
			c.CheckWorthy = true
		case 4:
			c.SetSignals([]string{"could"}, nil, nil)
			c.CheckWorthy = true
		}
		a.Claims = append(a.Claims, c)
		for _, si := range sp {
			a.Speakers[si].Claims = append(a.Speakers[si].Claims, i)
		}
	}
	return a
}

func TestResolveFilterSelectsClaims(t *testing.T) {
	a := sourcedArticle()
	tests := []struct {
		name         string
		values       []string
		unattributed bool
		speakers     []int
		claims       []int
	}{
		{"no values match everything", nil, false, nil, []int{0, 1, 2, 3, 4, 5, 6, 7}},
		{"part of a name", []string{"lere"}, false, []int{0}, []int{1}},
		{"case is ignored", []string{"LERETTE"}, false, []int{0}, []int{1}},
		{"an alias", []string{"the official"}, false, []int{4}, []int{4}},
		{"an alias only the alias has", []string{"bureau"}, false, []int{5}, []int{5}},
		{"every speaker containing the value", []string{"experts"}, false, []int{1, 2}, []int{2, 3}},
		{"a claim with several speakers matches by any", []string{"clarke"}, false, []int{3}, []int{3}},
		{"several values combine with OR", []string{"Clarke", "Lerette"}, false, []int{0, 3}, []int{1, 3}},
		{"overlapping values select a speaker once", []string{"experts", "counter"}, false, []int{1, 2}, []int{2, 3}},
		{"unattributed alone", nil, true, nil, []int{0, 7}},
		{"unattributed ORs with speakers", []string{"FBI"}, true, []int{5}, []int{0, 5, 7}},
		{"surrounding spaces are ignored", []string{"  report "}, false, []int{6}, []int{6}},
		{"a typed apostrophe matches a typographic one", []string{"o'brien"}, false, []int{7}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ResolveFilter(a, tt.values, tt.unattributed)
			if err != nil {
				t.Fatalf("ResolveFilter(%q, %v): %v", tt.values, tt.unattributed, err)
			}
			if !reflect.DeepEqual(f.Speakers, tt.speakers) {
				t.Errorf("speakers = %v, want %v", f.Speakers, tt.speakers)
			}
			if got := f.Claims(a); !reflect.DeepEqual(got, tt.claims) {
				t.Errorf("claims = %v, want %v", got, tt.claims)
			}
		})
	}
}

func TestResolveFilterRejectsUnknownAndBlankNames(t *testing.T) {
	a := sourcedArticle()
	_, err := ResolveFilter(a, []string{"Lerette", "Smithers"}, false)
	if err == nil {
		t.Fatal("a value that matches no speaker must be an error")
	}
	msg := err.Error()
	for _, want := range []string{`"Smithers"`, "Morgan Lerette", "the FBI", "a Pentagon report"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q should mention %s", msg, want)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error %q must be one line", msg)
	}

	if _, err := ResolveFilter(a, []string{"  "}, false); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("a blank value must be an error saying so, got %v", err)
	}

	_, err = ResolveFilter(&Article{}, []string{"anyone"}, false)
	if err == nil || !strings.Contains(err.Error(), "no attributed speakers") {
		t.Errorf("an article without speakers must say so, got %v", err)
	}
}

func TestZeroFilterMatchesEverythingAndIsInactive(t *testing.T) {
	a := sourcedArticle()
	var f Filter
	if f.Active() {
		t.Error("the zero filter must be inactive")
	}
	if got := len(f.Claims(a)); got != len(a.Claims) {
		t.Errorf("zero filter matched %d claims, want all %d", got, len(a.Claims))
	}
	if f.Label(a) != "" {
		t.Errorf("zero filter label = %q, want empty", f.Label(a))
	}
}

func TestKindFilterMatchesClaimsByStrongestSource(t *testing.T) {
	a := sourcedArticle()
	tests := []struct {
		kinds  []Kind
		claims []int
		label  string
	}{
		// Claim 3 has a group and a person: it counts as a person's claim only.
		{[]Kind{KindPerson}, []int{1, 3}, "named people"},
		{[]Kind{KindGroup}, []int{2}, "group sources"},
		{[]Kind{KindAnonymous}, []int{4}, "anonymous sources"},
		{[]Kind{KindOrganization, KindDocument}, []int{5, 6}, "organizations, documents"},
		{[]Kind{""}, []int{0, 7}, "unattributed"},
		{[]Kind{KindGroup, ""}, []int{0, 2, 7}, "group sources, unattributed"},
	}
	for _, tt := range tests {
		f := KindFilter(a, tt.kinds...)
		if !f.Active() {
			t.Errorf("KindFilter(%q) must be active", tt.kinds)
		}
		if got := f.Claims(a); !reflect.DeepEqual(got, tt.claims) {
			t.Errorf("KindFilter(%q) claims = %v, want %v", tt.kinds, got, tt.claims)
		}
		if got := f.Label(a); got != tt.label {
			t.Errorf("KindFilter(%q) label = %q, want %q", tt.kinds, got, tt.label)
		}
	}
}

func TestKindFilterAgreesWithSummary(t *testing.T) {
	a := sourcedArticle()
	s := Summarize(a, nil)
	for _, k := range SummaryKinds {
		if got := len(KindFilter(a, k).Claims(a)); got != s.ByKind[k] {
			t.Errorf("kind %q: filter selects %d claims, summary counts %d", k, got, s.ByKind[k])
		}
	}
}

func TestLabelNamesSpeakersThenUnattributed(t *testing.T) {
	a := sourcedArticle()
	f := Filter{Speakers: []int{0, 1}, Unattributed: true}
	if got, want := f.Label(a), "Morgan Lerette, experts, unattributed"; got != want {
		t.Errorf("Label = %q, want %q", got, want)
	}
	// A stale index (from another article) is skipped rather than panicking.
	if got := (Filter{Speakers: []int{99}}).Label(a); got != "" {
		t.Errorf("Label with a stale index = %q, want empty", got)
	}
}

func TestFilterLiteralWithKindsMatchesNoClaimByKind(t *testing.T) {
	a := sourcedArticle()
	f := Filter{Kinds: []Kind{KindPerson}}
	if got := f.Claims(a); len(got) != 0 {
		t.Errorf("a Filter literal with Kinds has no speaker kinds; matched %v", got)
	}
}
