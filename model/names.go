package model

import (
	"slices"
	"strings"
)

// nameBook remembers the people an article introduces by full name
// anywhere, in reported speech or not ("Mika Zibanejad scored 2:14 into
// overtime", "Rangers coach Peter Laviolette praised his goalie"). A speaker
// later named by surname alone ("Zibanejad said") then gets the full name
// and role the article gave, and "Surname only" is noted only when the
// article never gave one.
type nameBook struct {
	bySurname map[string]bookEntry // lower-case surname → latest full name
	latest    bookEntry            // the person introduced last
	count     int                  // people introduced so far
	// the company named last ("Norland Technologies", "Acme Corp."), for
	// "the company said" when no company has spoken yet
	company string
	// the people introduced with a role and the bodies named, latest last
	// (at most maxRecentIntroduced each), for a description that finds no
	// speaker: "Gov. Linda Okonjo declared … the governor said", "The
	// Education Ministry defended … The ministry said"
	titled, orgs []bookEntry
}

// maxRecentIntroduced bounds the people and bodies a description may find
// in the name book: one that far back is no longer "the governor".
const maxRecentIntroduced = 8

func appendRecentEntry(list []bookEntry, e bookEntry) []bookEntry {
	if len(list) == maxRecentIntroduced {
		list = append(list[:0], list[1:]...)
	}
	return append(list, e)
}

// described returns the latest entry of list whose name or role holds all
// the words of a description ("governor" in the role "Gov.", "ministry" in
// "Education Ministry").
func described(list []bookEntry, words []string, roles *roleCache) (bookEntry, bool) {
	if len(words) == 0 {
		return bookEntry{}, false
	}
	for i := len(list) - 1; i >= 0; i-- {
		e := list[i]
		have := append(strings.Fields(strings.ToLower(e.name)), roles.get(e.role).words...)
		all := true
		for _, w := range words {
			all = all && slices.Contains(have, w)
		}
		if all {
			return e, true
		}
	}
	return bookEntry{}, false
}

// bookEntry is one person as the article introduced them.
type bookEntry struct {
	name    string // "Peter Laviolette"
	role    string // "Rangers coach"
	surname string // "laviolette"
}

func (b *nameBook) add(surname string, e bookEntry) {
	if b.bySurname == nil {
		b.bySurname = map[string]bookEntry{}
	}
	e.surname = surname
	b.bySurname[surname] = e
	b.latest = e
	b.count++
	if e.role != "" {
		b.titled = appendRecentEntry(b.titled, e)
	}
}

func (b *nameBook) lookup(surname string) (bookEntry, bool) {
	e, ok := b.bySurname[strings.ToLower(surname)]
	return e, ok
}

// collectNames adds the full names of people in the sentence to the book:
// capitalized runs of two or more words that are neither a body, a place
// nor common words, with the title before them and the lower-case role
// words before that ("Rangers coach Peter Laviolette").
func (r *sentenceReader) collectNames(book *nameBook) {
	for i := 0; i < len(r.tk); i++ {
		if !r.isWord(i) || !r.capital(i) {
			continue
		}
		j := i
		for r.isWord(j+1) && r.capital(j+1) {
			j++
		}
		runStart, start := i, i
		for k := i; k <= j; k++ {
			if w := r.text(k); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				start = k + 1 // "Boston's David Pastrnak"
			}
		}
		i = j
		for start <= j && r.has(start, fDeterminer) {
			start++ // "The Norland Technologies …" at the start of a sentence
		}
		if start > j {
			continue
		}
		words, fl := r.scratch[:0], r.scratchFl[:0]
		company := false
		for k := start; k <= j; k++ {
			words, fl = append(words, r.text(k)), append(fl, r.tk[k].flags)
			company = company || k > start && r.has(k, fCompanyWord|fCorporate)
		}
		r.scratch, r.scratchFl = words, fl
		if company {
			book.company = r.span(start, j)
		}
		if company || len(words) > 1 && isOrganizationName(words, fl) {
			book.orgs = appendRecentEntry(book.orgs, bookEntry{name: r.span(start, j)})
			continue
		}
		if start == runStart && r.placeOrThingBefore(start) {
			continue
		}
		titleEnd, nameFrom := splitTitle(words, fl)
		nameStart := start + nameFrom
		roleStart := r.roleWordsBefore(start)
		// A single name counts when a role introduces it: "President Biden",
		// "coach Smith".
		titled := titleEnd > 0 || roleStart < start
		if !r.looksLikePersonName(words[nameFrom:], fl[nameFrom:], nameStart, titled) {
			continue
		}
		role := ""
		if titled {
			role = r.span(roleStart, nameStart-1)
		}
		book.add(r.low(j), bookEntry{name: r.span(nameStart, j), role: role})
	}
}

// looksLikePersonName reports whether the words of name, with the classes
// fl, starting at token at, can be a person's name: at least two words (one
// when titled), none a common word of the lexicons, and not a body's or a
// country's name.
func (r *sentenceReader) looksLikePersonName(name []string, fl []wordFlags, at int, titled bool) bool {
	if len(name) < 2 && !(titled && len(name) == 1) {
		return false
	}
	for k := at; k < at+len(name); k++ {
		if r.has(k, fStop|fDeterminer|fMonthOrDay|fPlace) || r.lexHead(k) != headNone ||
			isAcronym(r.text(k)) && len(r.text(k)) > 2 {
			return false
		}
	}
	if isOrganizationName(name, fl) || isCountry(name, fl) {
		return false
	}
	last := name[len(name)-1]
	return !strings.HasSuffix(last, ".") // a surname is no initial
}

// placeOrThingBefore reports whether the word before a capitalized run
// makes it a thing or a place rather than a person: "the Boston Bruins",
// "in Los Angeles", "from New South Wales".
func (r *sentenceReader) placeOrThingBefore(start int) bool {
	if !r.isWord(start - 1) {
		return false
	}
	switch r.low(start - 1) {
	case "the", "a", "an", "in", "from", "at", "near", "across", "outside", "inside", "into":
		return true
	}
	return false
}

// roleWordsBefore returns where the lower-case role words before a name
// start ("coach" in "Rangers coach Peter Laviolette"), with one capitalized
// word before them ("Rangers"); start itself when there are none.
func (r *sentenceReader) roleWordsBefore(start int) int {
	k := start - 1
	for r.isWord(k) && !r.capital(k) && (r.lexHead(k) == headPerson || r.has(k, fTitle)) {
		k--
	}
	if k+1 < start && r.isWord(k) && r.capital(k) && !r.has(k, fDeterminer) {
		k-- // "Rangers coach"
	}
	return k + 1
}
