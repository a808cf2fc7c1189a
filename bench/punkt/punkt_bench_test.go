package punkt

import (
	"sync"
	"testing"
)

var text = sync.OnceValue(Text)

// BenchmarkMarginaliaAnalyze and BenchmarkPunktSegment run on the same
// text in the same process, so their MB/s compare directly:
//
//	go test -bench . -benchmem -count 5
func BenchmarkMarginaliaAnalyze(b *testing.B) {
	t := text()
	b.SetBytes(int64(len(t)))
	b.ReportAllocs()
	for b.Loop() {
		if MarginaliaClaims(t) == 0 {
			b.Fatal("no claims")
		}
	}
}

func BenchmarkPunktSegment(b *testing.B) {
	t := text()
	tok, err := NewPunkt()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(t)))
	b.ReportAllocs()
	for b.Loop() {
		if PunktSentences(tok, t) == 0 {
			b.Fatal("no sentences")
		}
	}
}

// The comparison is only fair if both sides do comparable work on the text:
// each must find about as many sentences as the other.
func TestBothSidesSegmentTheSameText(t *testing.T) {
	if testing.Short() {
		t.Skip("segments 5 MB twice")
	}
	tok, err := NewPunkt()
	if err != nil {
		t.Fatal(err)
	}
	claims, sents := MarginaliaClaims(text()), PunktSentences(tok, text())
	t.Logf("marginalia: %d claims; Punkt: %d sentences", claims, sents)
	if claims < sents*8/10 || claims > sents*12/10 {
		t.Errorf("marginalia found %d claims and Punkt %d sentences: more than 20%% apart, so the two do different work", claims, sents)
	}
}
