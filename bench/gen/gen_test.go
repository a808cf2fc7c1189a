package gen

import (
	"strings"
	"testing"
)

func TestArticleIsDeterministic(t *testing.T) {
	a, b := Article(50_000, 42), Article(50_000, 42)
	if a != b {
		t.Fatal("the same size and seed gave two different articles")
	}
	if Article(50_000, 43) == a {
		t.Fatal("a different seed gave the same article")
	}
}

func TestArticleIsAboutTheRequestedSize(t *testing.T) {
	for _, size := range []int{1, 1_000, 100_000, 1 << 20} {
		got := len(Article(size, 1))
		if got < size || got > size+4096 {
			t.Errorf("Article(%d) is %d bytes, want between %d and %d", size, got, size, size+4096)
		}
	}
}

// The benchmark is only honest if the text exercises every path of the
// analysis, so check that each kind of construct turns up.
func TestArticleExercisesEveryPath(t *testing.T) {
	text := Article(200_000, 1)
	for _, want := range []string{
		"\n\n",                  // paragraphs
		"according to ",         // "according to" cue
		", said ",               // trailing tag
		"\u201d ",               // closing quote then tag
		"?\u201d",               // mark inside the quotes
		"U.S. ", "Mr. ", "a.m.", // abbreviations mid-sentence
		"%", "$", " percent", // figures
		"It is feared that", // agentless hedge
		" may ", " could ",  // modals
		"hundreds of",   // vague quantity
		"the deadliest", // superlative
		"who spoke on condition of anonymity",
		"Advertisement\n\n", // web chrome between paragraphs
	} {
		if !strings.Contains(text, want) {
			t.Errorf("generated text never contains %q", want)
		}
	}
	wrapped := false
	for _, para := range strings.Split(text, "\n\n") {
		if strings.Count(para, "\n") > 1 {
			wrapped = true
			break
		}
	}
	if !wrapped {
		t.Error("no hard-wrapped paragraph in the generated text")
	}
}
