package model

import "testing"

// The package's lexicon tables are built when the program starts, before
// main: on the way to the reader's first frame. BenchmarkBuildTables
// builds the largest of them again.
func BenchmarkBuildTables(b *testing.B) {
	b.Run("wordTable", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildWordTable()
		}
	})
	b.Run("hedgeLexicon", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildHedgeLexicon()
		}
	})
	b.Run("checkKinds", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildCheckKinds()
		}
	})
}
