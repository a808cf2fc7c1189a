module marginalia-bench/punkt

go 1.26.7

require marginalia v0.0.0

require github.com/neurosnap/sentences v1.1.2

require (
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace marginalia => ../..
