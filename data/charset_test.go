package data

import (
	"strings"
	"testing"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		declared string
		want     string
	}{
		{"utf-8 stays", "Caf\u00e9 \u201cquoted\u201d \u20ac5", "", "Café “quoted” €5"},
		{"latin-1", "Le caf\xe9 a rouvert, a dit H\xe9l\xe8ne.", "", "Le café a rouvert, a dit Hélène."},
		{"windows-1252 quotes, dash and euro", "\x93Fair,\x94 she said \x96 it cost \x80" + "5.", "", "“Fair,” she said – it cost €5."},
		{"utf-8 BOM is dropped", "\xef\xbb\xbfHello", "", "Hello"},
		{"utf-16 little endian", "\xff\xfeH\x00\xe9\x00!\x00", "", "Hé!"},
		{"utf-16 big endian", "\xfe\xff\x00H\x00\xe9\x00!", "", "Hé!"},
		// A damaged UTF-8 file keeps its good characters: one stray byte must
		// not turn every "é" into "Ã©".
		{"utf-8 with a stray byte", "Caf\u00e9, cr\u00e8me, na\u00efve \xff end", "", "Café, crème, naïve \xff end"},
		{"declared charset wins", "caf\xe9", "iso-8859-1", "café"},
		{"declared utf-8", "caf\u00e9", "utf-8", "café"},
		{"unknown declared charset falls back to guessing", "caf\xe9", "x-klingon", "café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeText([]byte(tt.data), tt.declared); got != tt.want {
				t.Errorf("decodeText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWindows1252TextFileIsDecoded(t *testing.T) {
	in := loadFixture(t, "cp1252.txt")
	want := "“Families need time to plan,” said Councillor Ana Martín. The rise of 20 cents – about 8% – was due to start in March."
	if !strings.Contains(in.Raw, want) || !strings.Contains(in.Raw, "€1.2 million") {
		t.Errorf("text:\n%s\nlacks %q", in.Raw, want)
	}
	if in.Meta.Format != "text" {
		t.Errorf("format = %q", in.Meta.Format)
	}
}
