// Package data is every byte that comes into or goes out of marginalia: the
// embedded article, files, stdin, HTML pages, URLs and the notes store.
package data

import _ "embed"

// EmbeddedArticle is the news article marginalia was created from, verbatim.
//
//go:embed article.txt
var EmbeddedArticle string
