// Package gen writes deterministic, varied news-style prose of any size, so
// the benchmarks and the figures script measure marginalia on a large
// article without shipping one. The text is made from templates and small
// vocabularies chosen to exercise every path of the analysis: attributions in
// both orders, "according to", quotes with punctuation inside, titles and
// abbreviations (Dr., U.S., a.m.), initials, numbers, money, percentages,
// dates, hedges, vague quantities, hard-wrapped lines and web-chrome lines.
package gen

import "strings"

// Article returns about size bytes of news prose (it stops at the first
// paragraph end at or past size). The same size and seed always give the same
// text, on any machine and Go version: the generator is its own.
func Article(size int, seed int64) string {
	g := &generator{rng: rng{state: uint64(seed)*0x9E3779B97F4A7C15 + 1}}
	var b strings.Builder
	b.Grow(size + 2048)
	for b.Len() < size || b.Len() == 0 {
		if b.Len() > 0 {
			b.WriteString("\n\n")
			if g.rng.chance(40) {
				b.WriteString(pick(&g.rng, chrome))
				b.WriteString("\n\n")
			}
		}
		g.paragraph(&b)
	}
	b.WriteString("\n")
	return b.String()
}

// generator holds the random state and the speakers already introduced, so
// later sentences can refer back to them by surname or pronoun.
type generator struct {
	rng    rng
	people []person
}

type person struct{ title, first, last, role, pronoun string }

// paragraph writes 2–8 sentences; one paragraph in five is hard-wrapped the
// way plain-text mail and wire copy are.
func (g *generator) paragraph(b *strings.Builder) {
	n := 2 + g.rng.intn(7)
	var p strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			p.WriteByte(' ')
		}
		p.WriteString(g.sentence())
	}
	if g.rng.chance(5) {
		b.WriteString(wrap(p.String(), 72))
		return
	}
	b.WriteString(p.String())
}

// wrap breaks text at spaces so no line is longer than width (a longer word
// stays whole).
func wrap(text string, width int) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Fields(text) {
		if i > 0 {
			if line+1+len(w) > width {
				b.WriteByte('\n')
				line = 0
			} else {
				b.WriteByte(' ')
				line++
			}
		}
		b.WriteString(w)
		line += len(w)
	}
	return b.String()
}

// rng is splitmix64: tiny, fast, and fixed forever, unlike math/rand's
// helpers, so the generated article never changes under a new Go release.
type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state += 0x9E3779B97F4A7C15
	z := r.state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// intn returns a number in [0, n).
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// chance is true one time in n.
func (r *rng) chance(n int) bool { return r.intn(n) == 0 }

func pick(r *rng, words []string) string { return words[r.intn(len(words))] }
