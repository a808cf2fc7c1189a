package model

import (
	"testing"
	"time"
)

func TestVerdictNextCyclesThroughEveryVerdict(t *testing.T) {
	want := []Verdict{VerdictNeedsSource, VerdictSupported, VerdictDisputed, VerdictNone}
	v := VerdictNone
	for i, w := range want {
		v = v.Next()
		if v != w {
			t.Fatalf("step %d: Next() = %q, want %q", i+1, v, w)
		}
	}
	if got := Verdict("bogus").Next(); got != VerdictNone {
		t.Errorf("unknown verdict: Next() = %q, want none", got)
	}
}

func TestVerdictStringAndParseRoundTrip(t *testing.T) {
	for _, v := range Verdicts {
		got, err := ParseVerdict(v.String())
		if err != nil || got != v {
			t.Errorf("ParseVerdict(%q) = %q, %v; want %q", v.String(), got, err, v)
		}
	}
	if VerdictNone.String() != "none" || VerdictNeedsSource.String() != "needs source" {
		t.Errorf("String() = %q, %q", VerdictNone.String(), VerdictNeedsSource.String())
	}
	if _, err := ParseVerdict("maybe"); err == nil {
		t.Error("ParseVerdict(maybe) gave no error")
	}
}

func TestNoteEmptyAndLive(t *testing.T) {
	cases := []struct {
		note        Note
		empty, live bool
	}{
		{Note{}, true, false},
		{Note{Text: "  \n\t"}, true, false},
		{Note{Text: "ask CBP"}, false, true},
		{Note{Verdict: VerdictDisputed}, false, true},
		{Note{Deleted: true}, true, false},
	}
	for _, c := range cases {
		if c.note.Empty() != c.empty || c.note.Live() != c.live {
			t.Errorf("%+v: Empty %v Live %v, want %v %v", c.note, c.note.Empty(), c.note.Live(), c.empty, c.live)
		}
	}
}

func TestNewestPrefersLaterThenTombstoneAndIsSymmetric(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	older := Note{ClaimID: "a", Text: "old", Updated: t0}
	newer := Note{ClaimID: "a", Text: "new", Updated: t0.Add(time.Second)}
	tomb := Note{ClaimID: "a", Deleted: true, Updated: t0}
	laterTomb := Note{ClaimID: "a", Deleted: true, Updated: t0.Add(2 * time.Second)}
	other := Note{ClaimID: "a", Text: "other", Updated: t0}
	cases := []struct {
		name       string
		a, b, want Note
	}{
		{"later note wins", older, newer, newer},
		{"later tombstone wins", newer, laterTomb, laterTomb},
		{"later note beats earlier tombstone", tomb, newer, newer},
		{"tombstone wins a tie", older, tomb, tomb},
		{"content breaks other ties", older, other, other},
	}
	for _, c := range cases {
		if got := Newest(c.a, c.b); got != c.want {
			t.Errorf("%s: Newest(a, b) = %+v, want %+v", c.name, got, c.want)
		}
		if got := Newest(c.b, c.a); got != c.want {
			t.Errorf("%s: Newest(b, a) = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestMergeNotesKeepsBothSidesAndNewest(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	a := map[string]Note{
		"x": {ClaimID: "x", Text: "from a", Updated: t0},
		"y": {ClaimID: "y", Text: "only a", Updated: t0},
	}
	b := map[string]Note{
		"x": {ClaimID: "x", Deleted: true, Updated: t0.Add(time.Minute)},
		"z": {ClaimID: "z", Text: "only b", Updated: t0},
	}
	m := MergeNotes(a, b)
	if len(m) != 3 || !m["x"].Deleted || m["y"].Text != "only a" || m["z"].Text != "only b" {
		t.Errorf("MergeNotes = %+v", m)
	}
	if a["x"].Deleted {
		t.Error("MergeNotes modified its argument")
	}
}
