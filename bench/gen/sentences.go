package gen

import (
	"strconv"
	"strings"
)

// sentence returns one sentence built from a template chosen at random.
func (g *generator) sentence() string {
	switch g.rng.intn(12) {
	case 0, 1:
		return withStop(capitalize(g.statement()))
	case 2:
		return capitalize(g.statement()) + ", " + g.personRef() + " " + pick(&g.rng, pastVerbs) + "."
	case 3:
		return capitalize(g.statement()) + ", said " + g.newPerson(true) + "."
	case 4:
		return withStop("According to " + g.source() + ", " + g.statement())
	case 5:
		return withStop(capitalize(g.statement()) + ", according to " + g.source())
	case 6:
		return g.quote()
	case 7:
		return withStop(capitalize(pick(&g.rng, groups)) + " " + pick(&g.rng, presentVerbs) + " that " + g.statement())
	case 8:
		return capitalize(pick(&g.rng, anonymous)) + ", who spoke on condition of anonymity, " +
			withStop(pick(&g.rng, pastVerbs)+" that "+g.statement())
	case 9:
		return withStop(g.fill(pick(&g.rng, openers)) + " " + g.statement())
	case 10:
		return capitalize(g.statement()) + ", " + pick(&g.rng, participles) + "."
	default:
		return withStop(capitalize(g.personRef()) + " " + pick(&g.rng, pastVerbs) + " that " + g.statement())
	}
}

// statement is a clause in lower case: subject and predicate.
func (g *generator) statement() string {
	return pick(&g.rng, subjects) + " " + g.fill(pick(&g.rng, predicates))
}

// quote is a direct quote, tagged after it ("…," said X.) or with the mark
// inside the quotes ("Why now?" she asked.).
func (g *generator) quote() string {
	q := pick(&g.rng, quotes)
	tag := "said " + g.newPerson(true)
	if g.rng.chance(2) && len(g.people) > 0 {
		verb := pick(&g.rng, []string{"said", "added"})
		if strings.HasSuffix(q, "?") {
			verb = "asked"
		}
		tag = g.people[len(g.people)-1].pronoun + " " + verb
	}
	if strings.HasSuffix(q, ".") && !strings.HasSuffix(q, "...") {
		q = strings.TrimSuffix(q, ".") + ","
	}
	return "\u201c" + q + "\u201d " + tag + "."
}

// newPerson introduces a speaker with title, name and sometimes an initial
// and, when withRole (the name ends the sentence), a role; it remembers them
// for later references.
func (g *generator) newPerson(withRole bool) string {
	p := person{
		title:   pick(&g.rng, titles),
		first:   pick(&g.rng, firstNames),
		last:    pick(&g.rng, lastNames),
		pronoun: pick(&g.rng, pronouns),
	}
	switch p.title {
	case "Mr.":
		p.pronoun = "he"
	case "Ms.":
		p.pronoun = "she"
	}
	if withRole && g.rng.chance(3) {
		p.role = pick(&g.rng, roles)
	}
	if len(g.people) == 8 {
		copy(g.people, g.people[1:])
		g.people = g.people[:7]
	}
	g.people = append(g.people, p)
	name := p.first + " " + p.last
	if g.rng.chance(6) {
		name = p.first + " " + string(p.last[0]) + ". " + lastNames[g.rng.intn(len(lastNames))]
	}
	if p.title != "" {
		name = p.title + " " + name
	}
	if p.role != "" {
		name += ", " + p.role
	}
	return name
}

// personRef refers to a known speaker by surname or pronoun, or introduces
// a new one.
func (g *generator) personRef() string {
	if len(g.people) == 0 || g.rng.chance(3) {
		return g.newPerson(false)
	}
	p := g.people[g.rng.intn(len(g.people))]
	if g.rng.chance(2) {
		return p.pronoun
	}
	return p.last
}

// source is what "according to" cites: an organization, a document, an
// anonymous source or a group.
func (g *generator) source() string {
	switch g.rng.intn(4) {
	case 0:
		return pick(&g.rng, organizations)
	case 1:
		return pick(&g.rng, documents)
	case 2:
		return pick(&g.rng, anonymous)
	default:
		return pick(&g.rng, groups)
	}
}

// fill replaces the slots of a template with generated values.
func (g *generator) fill(t string) string {
	if !strings.Contains(t, "{") {
		return t
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}') + i
		b.WriteString(t[:i])
		b.WriteString(g.slot(t[i+1 : j]))
		t = t[j+1:]
	}
}

func (g *generator) slot(name string) string {
	r := &g.rng
	switch name {
	case "money":
		if r.chance(2) {
			return "$" + strconv.Itoa(1+r.intn(99)) + "." + strconv.Itoa(r.intn(10)) + " " + pick(r, []string{"million", "billion"})
		}
		return "$" + thousands(1000+r.intn(900000))
	case "pct":
		if r.chance(2) {
			return strconv.Itoa(1+r.intn(60)) + "%"
		}
		return strconv.Itoa(1+r.intn(20)) + "." + strconv.Itoa(r.intn(10)) + " percent"
	case "n":
		if r.chance(3) {
			return pick(r, []string{"two", "three", "five", "a dozen", "ten"})
		}
		return thousands(2 + r.intn(20000))
	case "few":
		return strconv.Itoa(2 + r.intn(30))
	case "year":
		return strconv.Itoa(1990 + r.intn(36))
	case "date":
		d := pick(r, months) + " " + strconv.Itoa(1+r.intn(28))
		if r.chance(2) {
			d += ", " + strconv.Itoa(2015+r.intn(11))
		}
		return d
	case "time":
		return strconv.Itoa(1+r.intn(12)) + pick(r, []string{" a.m.", " p.m.", ":30 p.m."})
	case "last":
		return pick(r, lastNames)
	}
	return name
}

// thousands formats n with comma separators: 12345 → "12,345".
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// withStop ends a sentence with a period unless it already ends with one
// (an abbreviation such as "Inc." ends the sentence too).
func withStop(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
