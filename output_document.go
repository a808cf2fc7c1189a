package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"slices"

	"marginalia/model"
)

// writeDocumentJSON writes doc byte for byte as writeJSON would (two-space
// indent, HTML-safe escaping, a final newline), but one paragraph, claim or
// speaker at a time through a small buffer. writeJSON builds the whole text
// in memory twice (encoded, then indented): on a 5 MB article that is 36 MB
// of JSON, more than the analysed article itself.
func writeDocumentJSON(w io.Writer, doc model.Document) error {
	return writeDocumentParts(w, doc.Title, doc.Source,
		slices.Values(doc.Paragraphs), slices.Values(doc.Claims), slices.Values(doc.Speakers),
		doc.Paragraphs == nil, doc.Claims == nil, doc.Speakers == nil)
}

// writeArticleJSON writes the document model.ToDocument(a, keep) would give,
// byte for byte as writeDocumentJSON writes it, building each element only
// when it is written: the whole document at once is a second copy of the
// analysis (13 MB more at the peak on a 5 MB article).
func writeArticleJSON(w io.Writer, a *model.Article, keep func(model.Claim) bool) error {
	return writeDocumentParts(w, a.Title, a.Source,
		model.DocParagraphs(a, keep), model.DocClaims(a, keep), model.DocSpeakers(a, keep),
		false, false, false)
}

// writeDocumentParts writes the document's fields; a nil array is "null" as
// encoding/json writes it (ToDocument never makes one).
func writeDocumentParts(w io.Writer, title, source string, paragraphs iter.Seq[model.DocParagraph],
	claims iter.Seq[model.DocClaim], speakers iter.Seq[model.DocSpeaker], nilParagraphs, nilClaims, nilSpeakers bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	dw := docWriter{w: bw}
	dw.raw("{\n")
	dw.field("title", title, false)
	dw.field("source", source, false)
	writeArray(&dw, "paragraphs", paragraphs, nilParagraphs, false)
	writeArray(&dw, "claims", claims, nilClaims, false)
	writeArray(&dw, "speakers", speakers, nilSpeakers, true)
	dw.raw("}\n")
	if dw.err != nil {
		return dw.err
	}
	return bw.Flush()
}

// docWriter writes the document's parts, keeping the first error. Every
// element is encoded into the same buffer by the same encoder, whose
// indentation buffer is reused too, so a 5 MB article's 36 MB of JSON is
// written without leaving tens of megabytes of garbage behind.
type docWriter struct {
	w   *bufio.Writer
	err error
	buf bytes.Buffer
	enc *json.Encoder
}

func (d *docWriter) raw(s string) {
	if d.err == nil {
		_, d.err = d.w.WriteString(s)
	}
}

// value writes v indented as an element at depth 2 of the document.
func (d *docWriter) value(v any) {
	if d.err != nil {
		return
	}
	if d.enc == nil {
		d.enc = json.NewEncoder(&d.buf)
		d.enc.SetIndent("    ", "  ")
	}
	d.buf.Reset()
	if d.err = d.enc.Encode(v); d.err != nil {
		return
	}
	// Encode ends the value with a newline, which MarshalIndent does not.
	_, d.err = d.w.Write(bytes.TrimSuffix(d.buf.Bytes(), []byte("\n")))
}

func (d *docWriter) field(name string, v any, last bool) {
	d.raw("  ")
	d.key(name)
	d.value(v)
	d.raw(sep(last))
}

func (d *docWriter) key(name string) {
	if d.err != nil {
		return
	}
	b, err := json.Marshal(name)
	if err != nil {
		d.err = err
		return
	}
	d.raw(string(b) + ": ")
}

// writeArray writes a top-level array field element by element; an empty
// one is "[]" and a nil one "null", as encoding/json writes them.
func writeArray[T any](d *docWriter, name string, items iter.Seq[T], isNil, last bool) {
	d.raw("  ")
	d.key(name)
	if isNil {
		d.raw("null" + sep(last))
		return
	}
	first := true
	// One variable for every element: the encoder's interface makes what
	// it points at escape, and a fresh one per element was 10 MB of garbage
	// on a 5 MB article.
	var v T
	for item := range items {
		if first {
			d.raw("[\n")
			first = false
		} else {
			d.raw(",\n")
		}
		d.raw("    ")
		v = item
		d.value(&v)
	}
	if first {
		d.raw("[]" + sep(last))
		return
	}
	d.raw("\n  ]" + sep(last))
}

func sep(last bool) string {
	if last {
		return "\n"
	}
	return ",\n"
}
