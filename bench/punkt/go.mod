module marginalia-bench/punkt

go 1.26.7

require marginalia v0.0.0

require github.com/neurosnap/sentences v1.1.2

require golang.org/x/text v0.44.0 // indirect

replace marginalia => ../..
