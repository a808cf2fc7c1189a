package data

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth bounds how deeply nested a page may be before it is parsed.
// The HTML parser and readability both take time quadratic in the nesting
// depth (20,000 nested <div>s take minutes); real pages stay below a few
// hundred levels.
const maxHTMLDepth = 512

// flattenDeepHTML returns page unchanged unless its elements nest deeper
// than maxHTMLDepth; then it returns the page without the start and end tags
// beyond that depth. All text is kept; only structure that deep is lost.
func flattenDeepHTML(page string) string {
	if nestingDepth(page) <= maxHTMLDepth {
		return page
	}
	var out strings.Builder
	out.Grow(len(page))
	depth := 0
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			if nests(z) {
				depth++
				if depth > maxHTMLDepth {
					continue
				}
			}
		case html.EndTagToken:
			if nests(z) {
				depth = max(depth-1, 0)
				if depth >= maxHTMLDepth {
					continue
				}
			}
		}
		out.Write(raw)
	}
}

// nestingDepth is the deepest nesting of elements in page, counted from the
// tags: an upper bound of the parsed tree's depth, since misnested or
// unclosed tags only make it larger.
func nestingDepth(page string) int {
	depth, deepest := 0, 0
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			if nests(z) {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			if nests(z) {
				depth = max(depth-1, 0)
			}
		}
	}
}

// nests reports whether the current start or end tag opens or closes a level
// of nesting. Void elements never hold content, and elements whose end tag
// may be left out (p, li, td, …) are closed by the parser when the next one
// starts, so neither deepens the tree.
func nests(z *html.Tokenizer) bool {
	name, _ := z.TagName()
	return !flatElements[atom.Lookup(name)]
}

var flatElements = map[atom.Atom]bool{
	// void elements
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
	// elements with an optional end tag, closed by their next sibling
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true, atom.Optgroup: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Rt: true, atom.Rp: true,
}
