package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"iter"

	"marginalia/model"
)

// writeArticleJSON writes the document model.ToDocument(a, keep) would
// give, byte for byte as writeJSON would write it (two-space indent,
// HTML-safe escaping, a final newline), but one paragraph, claim or speaker
// at a time through a small buffer, building each element only when it is
// written. writeJSON builds the whole text in memory twice (encoded, then
// indented): on a 5 MB article that is 36 MB of JSON, and the whole document
// at once is a second copy of the analysis (13 MB more at the peak).
func writeArticleJSON(w io.Writer, a *model.Article, keep func(model.Claim) bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	dw := docWriter{w: bw}
	dw.raw("{\n")
	dw.field("title", a.Title, false)
	dw.field("source", a.Source, false)
	writeArray(&dw, "paragraphs", model.DocParagraphs(a, keep), false)
	writeArray(&dw, "claims", model.DocClaims(a, keep), false)
	writeArray(&dw, "speakers", model.DocSpeakers(a, keep), true)
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
// one is "[]", as encoding/json writes it (ToDocument never makes a nil one).
func writeArray[T any](d *docWriter, name string, items iter.Seq[T], last bool) {
	d.raw("  ")
	d.key(name)
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
