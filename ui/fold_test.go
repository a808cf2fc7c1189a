package ui

import "testing"

func TestSearchIgnoresCaseInAnyScript(t *testing.T) {
	cases := []struct {
		text, query string
		want        string // the matched text, "" for no match
	}{
		{"The Moscow concert hall", "moscow", "Moscow"},
		{"The MOSCOW concert hall", "Moscow", "MOSCOW"},
		{"Größe und Übermaß", "übermaß", "Übermaß"},
		{"ΟΔΥΣΣΕΥΣ returned", "οδυσσευς", "ΟΔΥΣΣΕΥΣ"}, // final sigma folds with Σ
		{"Temperature in 5 \u212Aelvin", "kelvin", "\u212Aelvin"},
		{"Москва и Казань", "казань", "Казань"},
		{"no match here", "moscow", ""},
		{"partial mosc", "moscow", ""},
	}
	for _, c := range cases {
		fq := newFoldQuery(c.query)
		m, ok := fq.index(c.text, 0)
		got := ""
		if ok {
			got = c.text[m.start:m.end]
		}
		if got != c.want {
			t.Errorf("search %q in %q found %q, want %q", c.query, c.text, got, c.want)
		}
	}
}

func TestSearchFindsEveryMatch(t *testing.T) {
	text := "Moscow, moscow and MOSCOW."
	got := newFoldQuery("moscow").all(text)
	if len(got) != 3 || text[got[2].start:got[2].end] != "MOSCOW" {
		t.Errorf("all matches: %v", got)
	}
	if newFoldQuery("").all(text) != nil {
		t.Error("an empty query matched")
	}
}
