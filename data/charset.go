package data

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText turns the bytes of a plain-text or markdown article into UTF-8.
// A byte-order mark wins, then a charset declared by the server; otherwise
// text that is UTF-8 stays UTF-8, and anything else is read as Windows-1252,
// the superset of Latin-1 that old editors and the web produce. Guessing
// Windows-1252 is what turns "caf\xe9" into "café" instead of "caf\uFFFD".
func decodeText(b []byte, declared string) string {
	if enc := bomEncoding(b); enc != nil {
		return decodeWith(enc, b)
	}
	if declared != "" {
		if enc, _ := charset.Lookup(declared); enc != nil {
			return decodeWith(enc, b)
		}
	}
	if looksUTF8(b) {
		return string(b)
	}
	return decodeWith(charmap.Windows1252, b)
}

// bomEncoding is the encoding a byte-order mark announces, or nil.
func bomEncoding(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return unicode.UTF8BOM
	case bytes.HasPrefix(b, bomUTF16LE):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case bytes.HasPrefix(b, bomUTF16BE):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	}
	return nil
}

// decodeWith decodes b, keeping the raw bytes if the decoder gives up (the
// sanitizer then turns whatever is invalid into U+FFFD).
func decodeWith(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return string(b)
	}
	return string(out)
}

// looksUTF8 reports whether b is UTF-8, allowing a few stray invalid bytes
// among genuine multi-byte characters (a damaged UTF-8 file is still UTF-8;
// re-reading it as Windows-1252 would garble every correct character in it).
// Latin-1 text almost never forms valid multi-byte sequences by accident.
func looksUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return true
	}
	multi, invalid := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case size > 1:
			multi++
		}
		b = b[size:]
	}
	return multi > invalid
}
