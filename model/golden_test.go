package model

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updateGoldens rewrites the analysis goldens from the current output:
//
//	go test ./model -run Golden -update-goldens
//
// Every rewritten golden must be reviewed by hand: a golden records what a
// careful reader says the article's sourcing is, not whatever the code does.
// (The flag is not called -update, which x/exp/golden registers.)
var updateGoldens = flag.Bool("update-goldens", false, "rewrite model/testdata analysis goldens")

// embeddedArticlePath is the embedded article's source; model cannot import
// package data (which imports model), so the test reads the file.
const embeddedArticleFile = "../data/article.txt"

func readArticle(t testing.TB, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return string(raw)
}

// articleFormat is the format a test article's extension says.
func articleFormat(path string) string {
	if strings.HasSuffix(path, ".md") {
		return "markdown"
	}
	return "text"
}

// analyzeFile analyses a test article as the CLI would.
func analyzeFile(t testing.TB, path string) Article {
	t.Helper()
	return Analyze(readArticle(t, path), Meta{Source: filepath.Base(path), Format: articleFormat(path)})
}

func TestGoldenArticles(t *testing.T) {
	paths, err := filepath.Glob("testdata/articles/*.*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range paths {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			art := analyzeFile(t, path)
			checkAnalysisGolden(t, &art, strings.TrimSuffix(path, filepath.Ext(path))+".golden.json")
		})
	}
	if n < 6 {
		t.Fatalf("found %d test articles, want at least 6", n)
	}
}

func TestGoldenEmbeddedArticle(t *testing.T) {
	art := Analyze(readArticle(t, embeddedArticleFile), Meta{Source: "embedded", Format: "text"})
	checkAnalysisGolden(t, &art, "testdata/embedded.golden.json")
}

// checkAnalysisGolden compares the claims --json document of an article
// with its golden file.
func checkAnalysisGolden(t *testing.T, art *Article, golden string) {
	t.Helper()
	got, err := json.MarshalIndent(ToDocument(art, nil), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *updateGoldens {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run with -update-goldens to create it, then review it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("analysis differs from %s (review, then -update-goldens):\n%s", golden, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first differing line of two texts with its context.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoaTest(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func itoaTest(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
