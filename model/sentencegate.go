package model

import (
	"unicode"
	"unicode/utf8"
)

// Which sentences attribution reads: a sentence with no word of the
// reporting lexicon and no two capitalized words in a row names no source
// and introduces no one, so findCues and collectNames are spared for it.
//
// The test is on letter runs: runs of letters (and the combining marks
// that go with them). Every other character ends a run: a quotation mark
// glued to a word ("»said", ",”said", "“Omar", "‘Omar Kowalski’") or a
// dash is no part of it, so the cue or the name is seen as it is with a
// straight quote or a space. Unlike the tokenizer, the gate also ends a run
// at a joiner (an apostrophe, a hyphen, a period): "re-said" still holds
// the cue "said", and "Seán O’Brien" still holds two capitalized runs one
// byte apart. (Digits end a run too: no cue word or name has one.) For a
// sentence that is not plain ASCII the runs are read from its bytes; for a
// plain ASCII one they are read from its tokens, whose lexicon classes
// rule most words out without a look-up.

// sentenceGate reports whether a sentence holds a cue word (cue) and two
// capitalized letter runs with one byte between them after its first byte,
// the least a full name needs (name). tk are its tokens; ascii says it is
// plain ASCII.
func sentenceGate(s string, tk []token, ascii bool) (cue, name bool) {
	if ascii {
		return gateTokens(s, tk)
	}
	return gateBytes(s)
}

// gateBytes is sentenceGate read from a sentence's bytes.
func gateBytes(s string) (cue, name bool) {
	prevCap, prevEnd := false, -1
	for i := 0; i < len(s); {
		c := s[i]
		n, letter := letterAt(s, i)
		if !letter {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			m, letter := letterAt(s, j)
			if !letter {
				break
			}
			j += m
		}
		w := s[i:j]
		isCap := c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && isCapitalized(w)
		if isCap && prevCap && prevEnd == i-1 && i > 0 {
			name = true
		}
		cue = cue || runIsCue(w, i)
		if cue && name {
			return cue, name
		}
		prevCap, prevEnd = isCap, j
		i = j
	}
	return cue, name
}

// gateTokens is sentenceGate for a plain ASCII sentence, read from its
// tokens: letters are only in words, a word of letters only is one letter
// run, and only words with digits or joiners in them ("U.S.", "re-said")
// are read byte by byte.
func gateTokens(s string, tk []token) (cue, name bool) {
	prevCap, prevEnd := false, -1
	for k := range tk {
		t := &tk[k]
		if t.kind != tokWord {
			continue
		}
		if t.letters {
			i := int(t.start)
			if t.capital && prevCap && prevEnd == i-1 && i > 0 {
				name = true
			}
			// Every cue word and "according" is in the lexicon: a word
			// without those classes is surely no cue.
			if !cue && t.flags&(fCue|fAccording) != 0 {
				cue = classedRunIsCue(s[i:t.end], i, t.flags, t.folds)
			}
			prevCap, prevEnd = t.capital, int(t.end)
		} else {
			for i := int(t.start); i < int(t.end); {
				if !isASCIILetter(s[i]) {
					i++
					continue
				}
				j := i + 1
				for j < int(t.end) && isASCIILetter(s[j]) {
					j++
				}
				isCap := s[i] <= 'Z'
				if isCap && prevCap && prevEnd == i-1 && i > 0 {
					name = true
				}
				cue = cue || runIsCue(s[i:j], i)
				prevCap, prevEnd = isCap, j
				i = j
			}
		}
		if cue && name {
			return cue, name
		}
	}
	return cue, name
}

// runIsCue reports whether the letter run w at byte i of a sentence is a
// cue word as findCues would read it: a lower-case word as written,
// "According", or the first word lower-cased (possibly after an opening
// quote).
func runIsCue(w string, i int) bool {
	switch {
	case mayBeCue(w):
		return w == "according" || classesOf(w)&fCue != 0
	case w == "According" || w == "ACCORDING":
		return true
	case i == 0 || (i < 4 && w[0] >= 'A' && w[0] <= 'Z'):
		if !cueShapesComplete || !isASCII(w) || mayBeCueFolded(w) {
			return foldedClasses(w)&fCue != 0
		}
	}
	return false
}

// classedRunIsCue is runIsCue for an ASCII letter run whose lower case has
// the classes f; folds says it is not all lower case. (A word whose lower
// case is a cue has a cue's folded shape: cueShapesComplete.)
func classedRunIsCue(w string, i int, f wordFlags, folds bool) bool {
	switch {
	case mayBeCue(w):
		return !folds && f&(fCue|fAccording) != 0
	case w == "According" || w == "ACCORDING":
		return true
	case i == 0 || (i < 4 && w[0] >= 'A' && w[0] <= 'Z'):
		return f&fCue != 0
	}
	return false
}

// letterAt returns the length in bytes of the character at byte i of s,
// and whether it belongs in a letter run: false when it ends one, an ASCII
// byte that is no letter or a non-ASCII character that is neither a letter
// nor a combining mark (quotation marks, dashes, spaces, digits, symbols).
// The length lets the caller step over a run's end without decoding it
// again.
func letterAt(s string, i int) (n int, letter bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, isASCIILetter(c)
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return n, unicode.IsLetter(r) || unicode.IsMark(r)
}
