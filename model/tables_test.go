package model

import (
	"slices"
	"strings"
	"testing"
)

// A table made larger and then fitted is the table made at its size: the
// same entries, the same index, so look-ups probe the same slots.
func TestSignalTableFit(t *testing.T) {
	phrases := [][]string{}
	for _, pattern := range append(append([]string{}, hedgePhrases...), hedgeEpistemic...) {
		for _, text := range expandPattern(pattern) {
			phrases = append(phrases, strings.Fields(text))
		}
	}
	fill := func(tb *signalTable) *signalTable {
		for i, p := range phrases {
			tb.insert(p).val = uint64(i + 1)
		}
		return tb
	}
	large := fill(newSignalTable(3000))
	exact := fill(newSignalTable(len(large.entries)))
	large.fit()
	if large.mask != exact.mask || !slices.Equal(large.probe, exact.probe) || !slices.Equal(large.entries, exact.entries) {
		t.Fatalf("fitted table differs: mask %d/%d, %d/%d entries", large.mask, exact.mask, len(large.entries), len(exact.entries))
	}
	if large.firstWords != exact.firstWords || large.firstShapes != exact.firstShapes {
		t.Fatal("fitted table has other first words")
	}
	for _, p := range phrases {
		e := int32(-1)
		for _, w := range p {
			h := signalWordHash(w)
			if e >= 0 {
				h = signalHashChild(e, h)
			}
			if e = large.find(w, h, e); e < 0 {
				t.Fatalf("%q: %q not found", strings.Join(p, " "), w)
			}
		}
		if large.entries[e].val == 0 {
			t.Errorf("%q: no value", strings.Join(p, " "))
		}
	}
}

// The hedge lexicon has one entry for each distinct phrase prefix, as
// many as counting them would give.
func TestHedgeLexiconSize(t *testing.T) {
	prefixes := map[string]bool{}
	for _, p := range hedgePhrasesByIndex {
		words := strings.Fields(p.text)
		for i := range words {
			prefixes[strings.Join(words[:i+1], " ")] = true
		}
	}
	if len(hedgeLexicon.entries) != len(prefixes) {
		t.Fatalf("%d entries for %d prefixes", len(hedgeLexicon.entries), len(prefixes))
	}
	if want := newSignalTable(len(prefixes)).mask; hedgeLexicon.mask != want {
		t.Fatalf("mask %d, want %d", hedgeLexicon.mask, want)
	}
}

// expandPattern writes each phrase with single spaces, whatever spacing
// the pattern and its choices have, an empty choice included.
func TestExpandPatternSpacing(t *testing.T) {
	cases := map[string][]string{
		"  a  {b | c}  d ": {"a b d", "a c d"},
		"{x|} y":           {"x y", "y"},
		"p {|q} {r|s t}":   {"p r", "p s t", "p q r", "p q s t"},
		"plain":            {"plain"},
	}
	for pattern, want := range cases {
		if got := expandPattern(pattern); !slices.Equal(got, want) {
			t.Errorf("expandPattern(%q) = %q, want %q", pattern, got, want)
		}
	}
}

// The lexicon tables live as long as the program. Their builders size the
// entries for every word the lists could add, far more than the distinct
// words there are (1,584 for the hedge lexicon's 569): the finished tables
// must not keep that room.
func TestLexiconTablesKeepNoSpareRoom(t *testing.T) {
	for name, entries := range map[string][2]int{
		"wordTable":         {len(wordTable.entries), cap(wordTable.entries)},
		"hedgeLexicon":      {len(hedgeLexicon.entries), cap(hedgeLexicon.entries)},
		"checkKinds":        {len(checkKinds.entries), cap(checkKinds.entries)},
		"checkTriggerWords": {len(checkTriggerWords.entries), cap(checkTriggerWords.entries)},
	} {
		// An allocation rounds up to its size class: an eighth at most.
		if n, room := entries[0], entries[1]; room > n+n/8 {
			t.Errorf("%s: room for %d entries kept for %d", name, room, n)
		}
	}
}
