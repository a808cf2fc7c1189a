// Command genarticle writes a deterministic generated news article of about
// N bytes to stdout, for the figures script and for trying marginalia on a
// large article: genarticle -size 5242880 -seed 1 > big.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"marginalia/bench/gen"
)

func main() {
	size := flag.Int("size", 5<<20, "approximate size of the article in bytes")
	seed := flag.Int64("seed", 1, "seed: the same size and seed give the same text")
	flag.Parse()
	if *size < 0 {
		fmt.Fprintln(os.Stderr, "genarticle: -size must not be negative")
		os.Exit(2)
	}
	if _, err := os.Stdout.WriteString(gen.Article(*size, *seed)); err != nil {
		fmt.Fprintf(os.Stderr, "genarticle: write: %v\n", err)
		os.Exit(1)
	}
}
