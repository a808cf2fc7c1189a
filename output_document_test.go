package main

import (
	"bytes"
	"reflect"
	"testing"

	"marginalia/bench/gen"
	"marginalia/data"
	"marginalia/model"
)

// writeArticleJSON, which builds each element only as it writes it, writes
// the same bytes as encoding/json does for ToDocument's whole document,
// filtered or not: on the embedded article, on generated prose, with a
// filter that keeps no claim (empty arrays) and with text that needs
// escaping.
func TestWriteArticleJSONMatchesToDocument(t *testing.T) {
	// writeArticleJSON names Document's fields itself: a new field must be
	// added there too.
	if n := reflect.TypeFor[model.Document]().NumField(); n != 5 {
		t.Fatalf("model.Document has %d fields; writeArticleJSON writes 5", n)
	}
	embedded, generated, tricky := jsonTestArticles(t)
	attributed := func(c model.Claim) bool { return !c.Unattributed() }
	cases := []struct {
		name string
		art  *model.Article
		keep func(model.Claim) bool
	}{
		{"embedded", &embedded, nil},
		{"generated", &generated, nil},
		{"generated, attributed only", &generated, attributed},
		{"no claims", &embedded, func(model.Claim) bool { return false }},
		{"tricky", &tricky, nil},
		{"empty", &model.Article{}, nil},
	}
	for _, c := range cases {
		var want, got bytes.Buffer
		if err := writeJSON(&want, model.ToDocument(c.art, c.keep)); err != nil {
			t.Fatal(err)
		}
		if err := writeArticleJSON(&got, c.art, c.keep); err != nil {
			t.Fatal(err)
		}
		checkSameJSON(t, c.name, got.Bytes(), want.Bytes())
	}
}

// jsonTestArticles are the articles the streamed JSON is checked on: the
// embedded one, a generated one and a short one whose text and source need
// escaping.
func jsonTestArticles(t *testing.T) (embedded, generated, tricky model.Article) {
	t.Helper()
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	embedded = model.Analyze(in.Raw, in.Meta)
	generated = model.Analyze(gen.Article(64<<10, 5), model.Meta{Source: "gen"})
	tricky = model.Analyze("The <b>mayor</b> said \"A & B\" cost $5 \u2028 today.\n\nÜber alles, said Dr. Ng.",
		model.Meta{Source: "a <path> & \"quote\""})
	return embedded, generated, tricky
}

// checkSameJSON reports where the streamed JSON got first differs from
// encoding/json's want, with some context on either side.
func checkSameJSON(t *testing.T, name string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	i := 0
	for i < min(len(got), len(want)) && got[i] == want[i] {
		i++
	}
	t.Errorf("%s: streamed JSON differs at byte %d: got %q, want %q", name, i,
		got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
}
