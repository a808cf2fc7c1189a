package main

import (
	"bufio"
	"encoding/json"
	"io"

	"marginalia/model"
)

// writeDocumentJSON writes doc byte for byte as writeJSON would (two-space
// indent, HTML-safe escaping, a final newline), but one paragraph, claim or
// speaker at a time through a small buffer. writeJSON builds the whole text
// in memory twice (encoded, then indented): on a 5 MB article that is 36 MB
// of JSON, more than the analysed article itself.
func writeDocumentJSON(w io.Writer, doc model.Document) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	dw := docWriter{w: bw}
	dw.raw("{\n")
	dw.field("title", doc.Title, false)
	dw.field("source", doc.Source, false)
	writeArray(&dw, "paragraphs", doc.Paragraphs, false)
	writeArray(&dw, "claims", doc.Claims, false)
	writeArray(&dw, "speakers", doc.Speakers, true)
	dw.raw("}\n")
	if dw.err != nil {
		return dw.err
	}
	return bw.Flush()
}

// docWriter writes the document's parts, keeping the first error.
type docWriter struct {
	w   *bufio.Writer
	err error
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
	b, err := json.MarshalIndent(v, "    ", "  ")
	if err != nil {
		d.err = err
		return
	}
	_, d.err = d.w.Write(b)
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
func writeArray[T any](d *docWriter, name string, items []T, last bool) {
	d.raw("  ")
	d.key(name)
	if items == nil {
		d.raw("null" + sep(last))
		return
	}
	if len(items) == 0 {
		d.raw("[]" + sep(last))
		return
	}
	d.raw("[\n")
	for i := range items {
		d.raw("    ")
		d.value(&items[i])
		d.raw(sep(i == len(items)-1))
	}
	d.raw("  ]" + sep(last))
}

func sep(last bool) string {
	if last {
		return "\n"
	}
	return ",\n"
}
