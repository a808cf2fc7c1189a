// Command marginalia is a terminal reader for reading news critically, claim
// by claim. This file only wires the command line to the packages.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"

	"marginalia/model"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	limitMemory = true // memory_limit.go
	root := newRootCommand()
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(version),
		fang.WithErrorHandler(printOneLineError),
	)
	if err != nil {
		os.Exit(1)
	}
}

// printOneLineError reports a failure as one sanitized line, so scripts and
// people both get "marginalia: open article "x": reason" and nothing else.
func printOneLineError(w io.Writer, _ fang.Styles, err error) {
	msg := strings.Join(strings.Fields(model.Sanitize(err.Error())), " ")
	fmt.Fprintln(w, "marginalia: "+msg)
}
