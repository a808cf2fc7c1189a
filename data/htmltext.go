package data

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"marginalia/model"
)

// blockElements end the text before them and start a new paragraph, so each
// paragraph, list item, heading, quote and table row of an article becomes a
// paragraph of its own.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Dd: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tr: true, atom.Ul: true,
}

// skippedElements never contribute text: page furniture that readability
// may leave inside an article (navigation, asides, headers and footers of a
// section, forms, figures with their captions), code that is not prose
// (scripts, styles, templates) and embedded objects.
var skippedElements = map[atom.Atom]bool{
	atom.Aside: true, atom.Button: true, atom.Embed: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.Header: true, atom.Iframe: true, atom.Input: true, atom.Math: true,
	atom.Nav: true, atom.Noscript: true, atom.Object: true, atom.Script: true, atom.Select: true,
	atom.Style: true, atom.Svg: true, atom.Template: true, atom.Textarea: true,
}

// articleBlocks renders the article DOM as plain text, one string per block
// element with its white space collapsed and its text sanitized. Entities
// were decoded once by the HTML parser; the text is never decoded again, so
// "&amp;#27;" stays the literal text "&#27;" and an entity split across two
// tags stays two harmless pieces.
func articleBlocks(root *html.Node) []string {
	var r blockRenderer
	r.walk(root)
	r.flush()
	return r.blocks
}

// linkOnlyShare is the share of a block's visible characters that, when
// inside links, marks the block as a pointer elsewhere ("Related: …", a list
// of other stories) rather than prose: such blocks are dropped. Prose with a
// linked phrase stays far below it.
const linkOnlyShare = 0.8

// headingMark starts a block that is a heading. Marked the markdown way, a
// subheading stays visible structure and is not taken for a claim: the
// analysis treats "## …" lines as headings in every format.
const headingMark = "## "

var headingElements = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

type blockRenderer struct {
	blocks    []string
	cur       strings.Builder
	heading   bool // the current block is a heading
	linkDepth int  // how many <a> elements enclose the current node
	linkChars int  // visible characters of the current block inside links
}

func (r *blockRenderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		if r.linkDepth > 0 {
			r.linkChars += visibleChars(n.Data)
		}
		return
	case html.ElementNode:
		if skippedElements[n.DataAtom] || hidden(n) {
			return
		}
		if n.DataAtom == atom.Br || n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			r.cur.WriteByte(' ')
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	link := n.Type == html.ElementNode && n.DataAtom == atom.A
	if block {
		r.flush()
		r.heading = headingElements[n.DataAtom]
	}
	if link {
		r.linkDepth++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if link {
		r.linkDepth--
	}
	if block {
		r.flush()
	}
}

// flush ends the current block, keeping it unless it is empty or made of
// links.
func (r *blockRenderer) flush() {
	raw := r.cur.String()
	linkChars, heading := r.linkChars, r.heading
	r.cur.Reset()
	r.linkChars, r.heading = 0, false
	text := strings.Join(strings.Fields(model.Sanitize(raw)), " ")
	if text == "" || float64(linkChars) >= linkOnlyShare*float64(visibleChars(raw)) {
		return
	}
	if heading {
		text = headingMark + text
	}
	r.blocks = append(r.blocks, text)
}

// visibleChars counts the runes of s that are not white space.
func visibleChars(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// hidden reports whether an element is marked as not shown to readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden":
			return true
		case a.Key == "aria-hidden" && strings.EqualFold(strings.TrimSpace(a.Val), "true"):
			return true
		}
	}
	return false
}
