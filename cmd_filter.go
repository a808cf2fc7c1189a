package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"marginalia/model"
)

// filterFlags are the --speaker and --unattributed flags shared by every
// command that can restrict itself to some speakers' claims, so they are
// spelled, documented and resolved the same way everywhere.
type filterFlags struct {
	speakers     []string
	unattributed bool
}

// addFilterFlags registers --speaker (repeatable) and --unattributed on cmd.
func addFilterFlags(cmd *cobra.Command) *filterFlags {
	f := &filterFlags{}
	// StringArray, not StringSlice: a name may contain a comma. No backticks
	// around NAME: fang prints them literally instead of naming the value.
	cmd.Flags().StringArrayVar(&f.speakers, "speaker", nil,
		"only claims by speakers whose name or alias contains NAME (repeatable; combined with OR)")
	cmd.Flags().BoolVar(&f.unattributed, "unattributed", false,
		"only claims in the article's own voice (combined with --speaker by OR)")
	return f
}

// resolve turns the flags into a filter on the article; an unknown name is an
// error naming it and the article's speakers.
func (f *filterFlags) resolve(a *model.Article) (model.Filter, error) {
	flt, err := model.ResolveFilter(a, f.speakers, f.unattributed)
	if err != nil {
		return model.Filter{}, fmt.Errorf("--speaker: %w", err)
	}
	return flt, nil
}

// load reads and analyses the article named by the optional argument and
// resolves the flags against it, as claims and speakers both begin.
func (f *filterFlags) load(args []string) (model.Article, model.Filter, error) {
	art, err := loadArticle(args) // cmd_root.go
	if err != nil {
		return model.Article{}, model.Filter{}, err
	}
	flt, err := f.resolve(&art)
	return art, flt, err
}

// keep is the filter as the keep function model.ToDocument and
// model.Summarize take: nil, meaning every claim, when nothing is filtered.
func keep(f model.Filter) func(model.Claim) bool {
	if !f.Active() {
		return nil
	}
	return f.Match
}

// filteredArticle is a copy of the article whose paragraphs list only the
// claims that pass the filter, and which drops paragraphs left without any,
// for plain-text output. Claims keep their numbers in the whole article.
func filteredArticle(a *model.Article, f model.Filter) model.Article {
	if !f.Active() {
		return *a
	}
	out := *a
	out.Paragraphs = nil
	for _, p := range a.Paragraphs {
		var kept []int
		for _, ci := range p.Claims {
			if f.Match(a.Claims[ci]) {
				kept = append(kept, ci)
			}
		}
		if len(kept) > 0 {
			p.Claims = kept
			out.Paragraphs = append(out.Paragraphs, p)
		}
	}
	return out
}
