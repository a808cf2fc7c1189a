package model

import (
	"slices"
	"testing"
)

// A quotation mark or a dash glued to a word is no part of it: the cue or
// the name is found as it is when a space stands between them.

func TestACueGluedToAClosingQuoteIsStillACue(t *testing.T) {
	for _, text := range []string{
		"“We will fix the plan,”said Ana Ruiz.",
		"«We will fix the plan,»said Ana Ruiz.",
		"«We will fix the plan»said Ana Ruiz.",
		"‘We will fix the plan,’said Ana Ruiz.",
		"\"We will fix the plan,\"said Ana Ruiz.",
		"“We will fix the plan,” said Ana Ruiz.",
	} {
		art := Analyze(text, Meta{})
		if got := speakersOf(&art, art.Claims[0]); !slices.Equal(got, []string{"Ana Ruiz"}) || art.Claims[0].Cue() != "said" {
			t.Errorf("%q: speakers %q cue %q, want Ana Ruiz by 'said'", text, got, art.Claims[0].Cue())
		}
	}
}

func TestANameGluedToAMarkIsStillIntroduced(t *testing.T) {
	for _, text := range []string{
		"The coach—Omar Kowalski—praised the team. Kowalski said more was needed.",
		"The coach –Omar Kowalski– praised the team. Kowalski said more was needed.",
		"The coach (Omar Kowalski) praised the team. Kowalski said more was needed.",
		"The coach, Omar Kowalski, praised the team. Kowalski said more was needed.",
	} {
		art := Analyze(text, Meta{})
		if got := speakersOf(&art, art.Claims[1]); !slices.Equal(got, []string{"Omar Kowalski"}) {
			t.Errorf("%q: 'Kowalski said' is %q, want the full name given before", text, got)
		}
	}
}

func TestLettersOutsideASCIIStayInTheirWord(t *testing.T) {
	// A curly apostrophe inside a name and accented letters are no mark
	// that ends a word: the full name is still the one introduced.
	art := Analyze("The coach—Seán O’Brien—praised the team. O’Brien said more was needed.", Meta{})
	if got := speakersOf(&art, art.Claims[1]); !slices.Equal(got, []string{"Seán O’Brien"}) {
		t.Errorf("'O’Brien said' is %q, want Seán O’Brien", got)
	}
	if sp := speakerNamed(t, &art, "Seán O’Brien"); !slices.Equal(sp.Aliases, []string{"O’Brien"}) {
		t.Errorf("aliases %q, want [O’Brien]", sp.Aliases)
	}
}
