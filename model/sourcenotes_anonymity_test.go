package model

import (
	"strings"
	"testing"
)

// anonymityExplainedPlain is the definition anonymityExplained implements
// faster: some phrase's first occurrence followed by a reason word.
func anonymityExplainedPlain(sentence string) bool {
	for _, p := range anonymityPhrases {
		if i := strings.Index(sentence, p); i >= 0 && hasReasonWord(sentence[i+len(p):]) {
			return true
		}
	}
	return false
}

func TestAnonymityExplainedMatchesItsDefinition(t *testing.T) {
	sentences := []string{
		"",
		"named",
		"a named fear",
		"The official, who spoke on condition of anonymity, said the talks had stalled.",
		"The official spoke on condition of anonymity because she was not authorized to speak.",
		"An unnamed official said so, citing the sensitivity of the talks.",
		"He asked not to be named for fear of reprisal.",
		"She declined to be identified, fearing retaliation.",
		"Her name was withheld to protect her.",
		"The unnamed source was named later, fearing nothing.",
		"Identified by police, the man was not named.",
		"An anonymous donor gave money because she could.",
		"anonymityfear",
		"They were not to be identifiedfor fear",
	}
	for _, s := range sentences {
		if got, want := anonymityExplained(s), anonymityExplainedPlain(s); got != want {
			t.Errorf("anonymityExplained(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzAnonymityKeysAt(f *testing.F) {
	for _, s := range []string{"", "named", "unnamed renamed", "nnnamed", "anonyanonym", "withheldwithheld", "mmmm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		at, found := anonymityKeysAt(s)
		anyKey := false
		for k, key := range anonymityKeys {
			want := strings.Index(s, key.word)
			if at[k] != want {
				t.Errorf("anonymityKeysAt(%q)[%q] = %d, want %d", s, key.word, at[k], want)
			}
			anyKey = anyKey || want >= 0
		}
		if found != anyKey {
			t.Errorf("anonymityKeysAt(%q) found %v, want %v", s, found, anyKey)
		}
		if got, want := anonymityExplained(s), anonymityExplainedPlain(s); got != want {
			t.Errorf("anonymityExplained(%q) = %v, want %v", s, got, want)
		}
	})
}

// BenchmarkAnonymityExplained runs the test on every sentence of a
// generated 1 MB article (the analysis runs it on claims with an unnamed
// source).
func BenchmarkAnonymityExplained(b *testing.B) {
	sentences, size := signalBenchSentences(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, s := range sentences {
			anonymityExplained(s)
		}
	}
}
