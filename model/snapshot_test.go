package model_test

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"marginalia/bench/gen"
	"marginalia/model"
)

// deepCopy copies every slice of an article, so a later comparison shows
// whether anything reachable from the original was written since.
func deepCopy(a model.Article) model.Article {
	c := a
	c.Paragraphs = slices.Clone(a.Paragraphs)
	for i := range c.Paragraphs {
		c.Paragraphs[i].Claims = slices.Clone(c.Paragraphs[i].Claims)
	}
	c.Claims = slices.Clone(a.Claims)
	for i := range c.Claims {
		c.Claims[i] = c.Claims[i].Clone()
	}
	c.Speakers = slices.Clone(a.Speakers)
	for i := range c.Speakers {
		c.Speakers[i].Aliases = slices.Clone(c.Speakers[i].Aliases)
		c.Speakers[i].Claims = slices.Clone(c.Speakers[i].Claims)
	}
	return c
}

// readAll reads every byte a reader could reach from a snapshot, so the race
// detector sees any concurrent write to memory the snapshot shares.
func readAll(a model.Article) int {
	n := len(a.Title)
	for _, p := range a.Paragraphs {
		n += len(p.Text) + len(p.Claims)
		for _, ci := range p.Claims {
			n += ci
		}
		if p.Text != "" {
			n += int(p.Text[len(p.Text)-1])
		}
	}
	for ci, c := range a.Claims {
		n += len(c.ID()) + len(c.Text) + len(c.Cue()) + int(c.Start) + int(c.End)
		for _, si := range c.Speakers {
			n += si
		}
		for _, s := range slices.Concat(c.Hedges(), c.Checks(), a.SourceNotes(ci)) {
			n += len(s)
		}
	}
	for _, sp := range a.Speakers {
		n += len(sp.Name) + len(sp.Role) + len(sp.Kind) + sp.FirstClaim
		for _, al := range sp.Aliases {
			n += len(al)
		}
		for _, ci := range sp.Claims {
			n += ci
		}
	}
	return n
}

// Step may run in a command's goroutine while the reader shows the previous
// snapshot: run under -race, this test fails if Step writes anything a
// snapshot can reach, and without -race it fails if a snapshot handed out
// changes afterwards (the end of the analysis rewrites some notes).
func TestSnapshotIsSafeToReadWhileStepRuns(t *testing.T) {
	embedded, err := os.ReadFile(embeddedArticlePath)
	if err != nil {
		t.Fatal(err)
	}
	// The embedded article has surname-only speakers (notes rewritten at the
	// end) and quotes across paragraphs; the generated text adds volume.
	text := string(embedded) + "\n\n" + gen.Article(64<<10, 3) + "\n\n" + string(embedded)
	an := model.NewAnalyzer(text, model.Meta{Source: "test"})
	type kept struct{ snap, copy model.Article }
	var snaps []kept
	for steps := 0; !an.Done(); steps++ {
		snap := an.Snapshot()
		if steps%7 == 0 {
			snaps = append(snaps, kept{snap, deepCopy(snap)})
		}
		stepped := make(chan struct{})
		go func() {
			defer close(stepped)
			an.Step(3)
		}()
		readAll(snap)
		<-stepped
	}
	final := an.Snapshot()
	if len(snaps) < 5 || len(final.Claims) < 500 {
		t.Fatalf("the test covered too little: %d snapshots, %d claims", len(snaps), len(final.Claims))
	}
	for i, k := range snaps {
		if !reflect.DeepEqual(k.snap, k.copy) {
			t.Fatalf("snapshot %d (%d claims) changed after later steps", i, len(k.snap.Claims))
		}
	}
	whole := model.Analyze(text, model.Meta{Source: "test"})
	if !reflect.DeepEqual(final, whole) {
		t.Error("stepping three paragraphs at a time gave another article than Analyze")
	}
	surname := false
	for i := range final.Claims {
		for _, n := range final.SourceNotes(i) {
			surname = surname || strings.HasPrefix(n, "Surname only")
		}
	}
	if !surname {
		t.Error("no 'Surname only' note: the notes only the complete article decides were not exercised")
	}
}

// BenchmarkSnapshot is the price of one progressive step's snapshot near the
// end of a 5 MB article, where the most claims and speakers are shared.
func BenchmarkSnapshot(b *testing.B) {
	text := gen.Article(5<<20, 1)
	an := model.NewAnalyzer(text, model.Meta{Source: "bench"})
	for an.Progress() < 0.99 {
		an.Step(64)
	}
	var snap model.Article
	b.ReportAllocs()
	for b.Loop() {
		snap = an.Snapshot()
	}
	b.ReportMetric(float64(len(snap.Claims)), "claims")
	b.ReportMetric(float64(len(snap.Speakers)), "speakers")
}
