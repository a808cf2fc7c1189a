package data

import (
	"errors"
	"strings"
	"testing"
)

// Real file signatures, cut short: enough for sniffing.
var (
	pngBytes  = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")
	gifBytes  = []byte("GIF89a\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04")
	jpegBytes = []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
	pdfBytes  = []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	zipBytes  = []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")
	elfBytes  = []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00\x01\x00\x00\x00")
	peBytes   = []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8\x00\x00\x00")
	machoByte = []byte("\xcf\xfa\xed\xfe\x07\x00\x00\x01\x03\x00\x00\x00\x02\x00\x00\x00")
)

func TestCheckTextRefusesBinaryData(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"png", pngBytes, "not text (binary data: image/png)"},
		{"gif", gifBytes, "not text (binary data: image/gif)"},
		{"jpeg", jpegBytes, "not text (binary data: image/jpeg)"},
		{"pdf", pdfBytes, "not text (binary data: application/pdf)"},
		{"zip", zipBytes, "not text (binary data: application/zip)"},
		{"elf", elfBytes, "not text (binary data: ELF executable)"},
		{"windows exe", peBytes, "not text (binary data: Windows executable)"},
		{"mach-o", machoByte, "not text (binary data: Mach-O executable)"},
		{"NUL bytes in text", []byte("The mayor said\x00 the budget\x00 was balanced."), "not text (binary data)"},
		{"mostly controls", []byte("\x01\x02\x03\x04\x05\x06abc\x0e\x0f\x10\x11"), "not text (binary data)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkText(tt.data)
			if !errors.Is(err, ErrNotText) || err.Error() != tt.want {
				t.Errorf("checkText = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestCheckTextAcceptsText(t *testing.T) {
	tests := map[string][]byte{
		"ascii":              []byte("The mayor said the budget was balanced."),
		"utf-8":              []byte("Le café a rouvert, a dit la propriétaire."),
		"latin-1":            []byte("Le caf\xe9 a rouvert."),
		"escape sequences":   []byte("Red \x1b[31mtext\x1b[0m and a title \x1b]0;x\x07 set."),
		"utf-16 with BOM":    []byte("\xff\xfeH\x00i\x00"),
		"starts with MZ":     []byte("MZ Holdings said on Monday that profits rose."),
		"html":               []byte("<!doctype html><p>Hi</p>"),
		"a few stray bytes":  []byte("Page one\fPage two\vthree"),
		"carriage returns":   []byte("Line one.\r\nLine two.\r\n"),
		"markdown heading":   []byte("# Title\n\nText."),
		"utf-8 BOM and text": []byte("\xef\xbb\xbfText."),
	}
	for name, data := range tests {
		if err := checkText(data); err != nil {
			t.Errorf("%s: checkText = %v, want nil", name, err)
		}
	}
}

func TestSniffFormat(t *testing.T) {
	tests := []struct {
		data string
		want string
	}{
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"},
		{"\xef\xbb\xbf  \n<html lang=en>", "html"},
		{"\n\n  <HEAD><title>x</title>", "html"},
		{"<body>", "html"},
		{"<article class=story><p>Text</p></article>", "html"},
		{"<p>One paragraph.</p>", "html"},
		{"<!-- saved page --><div>x</div>", "html"},
		{"<placeholder> is not a tag we know", "text"},
		{"---\ntitle: x\n---\nBody", "markdown"},
		{"# Heading\n\nBody", "markdown"},
		{"#hashtag is not a heading", "text"},
		{"The mayor said <b>so</b>.", "text"},
		{"Plain text.", "text"},
		{"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", "html"},
		{"\xfe\xff\x00#\x00 \x00T", "markdown"},
	}
	for _, tt := range tests {
		if got := sniffFormat([]byte(tt.data)); got != tt.want {
			t.Errorf("sniffFormat(%q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

func TestFormatFromExtension(t *testing.T) {
	for ext, want := range map[string]string{
		".txt": "text", ".md": "markdown", ".markdown": "markdown", ".MD": "markdown",
		".html": "html", ".htm": "html", ".HTML": "html", "": "", ".log": "", ".json": "",
	} {
		if got := formatFromExt(ext); got != want {
			t.Errorf("formatFromExt(%q) = %q, want %q", ext, got, want)
		}
	}
}

func TestStartsWithHTMLTagNeedsTagBoundary(t *testing.T) {
	if startsWithHTMLTag([]byte("<bold claims> are not tags")) {
		t.Error("<bold …> taken for <b>")
	}
	if !startsWithHTMLTag([]byte("<br/>")) || !strings.HasPrefix(sniffFormat([]byte("<a href=x>")), "html") {
		t.Error("self-closing <br/> or <a href> not recognised")
	}
}
