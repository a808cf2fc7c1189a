package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestReaderFilterFlags checks --speaker and --unattributed on the reader
// command itself when its output is not a terminal: it prints only the
// matching claims, and a name no speaker has fails as on `claims`.
func TestReaderFilterFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	claimLine := regexp.MustCompile(`(?m)^ +\d+\. `)

	tests := []struct {
		args []string
		want int
	}{
		{[]string{"--speaker", "experts"}, 3},
		{[]string{"--speaker", "experts", "--speaker", "Clarke"}, 4},
		{[]string{"--speaker", "LERETTE"}, 1},
		{[]string{"--unattributed"}, 12},
		{nil, 19},
	}
	for _, tt := range tests {
		stdout, _ := runBinary(t, bin, "", 0, tt.args...)
		if got := len(claimLine.FindAllString(stdout, -1)); got != tt.want {
			t.Errorf("marginalia %s printed %d claims, want %d:\n%s", strings.Join(tt.args, " "), got, tt.want, stdout)
		}
	}

	stdout, stderr := runBinary(t, bin, "", 1, "--speaker", "Nobody-Here")
	if stdout != "" || !strings.Contains(stderr, `"Nobody-Here"`) || !strings.Contains(stderr, "Lerette") {
		t.Errorf("unknown speaker: stdout %q, stderr %q; want nothing, and the value and the speakers named", stdout, stderr)
	}
}
