package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"marginalia/model"
)

// TestFilterCLI builds the binary once and checks --speaker and
// --unattributed on `claims` and `speakers` the way a user or a script meets
// them: exit status, stdout and stderr.
func TestFilterCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)

	t.Run("flags select the issue's claims on the embedded article", func(t *testing.T) {
		tests := []struct {
			args []string
			want int
		}{
			{[]string{"--speaker", "experts"}, 3},
			{[]string{"--speaker", "counter-terrorism"}, 3},
			{[]string{"--speaker", "Clarke", "--speaker", "experts"}, 4},
			{[]string{"--unattributed"}, 12},
		}
		for _, tt := range tests {
			doc := claimsJSON(t, bin, tt.args...)
			if len(doc.Claims) != tt.want {
				t.Errorf("claims --json %s: %d claims, want %d", strings.Join(tt.args, " "), len(doc.Claims), tt.want)
			}
		}
	})

	t.Run("every selected claim is said by a matching speaker", func(t *testing.T) {
		doc := claimsJSON(t, bin, "--speaker", "experts")
		all := claimsJSON(t, bin)
		for _, c := range doc.Claims {
			if !saidBy(all.Speakers, c, "experts") {
				t.Errorf("claim %q (speakers %q) has no speaker matching experts", c.Text, c.Speakers)
			}
		}
		for _, c := range claimsJSON(t, bin, "--unattributed").Claims {
			if len(c.Speakers) != 0 {
				t.Errorf("--unattributed selected claim %q said by %q", c.Text, c.Speakers)
			}
		}
	})

	t.Run("a filter that matches no claim says so on stderr and prints nothing", func(t *testing.T) {
		article := filepath.Join(t.TempDir(), "attributed.txt")
		if err := os.WriteFile(article, []byte("The mayor said the bridge is safe.\n\nEngineers said it was not.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		stdout, stderr := runBinary(t, bin, "", 0, "claims", "--unattributed", article)
		if stdout != "" || strings.TrimSpace(stderr) != "marginalia: no claim matches the filter (unattributed)" {
			t.Errorf("stdout %q, stderr %q", stdout, stderr)
		}
	})

	t.Run("plain claims output lists only the selected claims", func(t *testing.T) {
		stdout, _ := runBinary(t, bin, "", 0, "claims", "--unattributed")
		if got := strings.Count(stdout, "— unattributed"); got != 12 {
			t.Errorf("claims --unattributed printed %d unattributed claims, want 12:\n%s", got, stdout)
		}
		if strings.Count(stdout, "     — ") != 12 {
			t.Errorf("claims --unattributed printed claims by speakers too:\n%s", stdout)
		}
	})

	t.Run("a name no speaker has is an error on one line", func(t *testing.T) {
		stdout, stderr := runBinary(t, bin, "", 1, "claims", "--speaker", "Nobody-Here")
		if stdout != "" {
			t.Errorf("stdout = %q, want nothing", stdout)
		}
		if strings.Count(strings.TrimRight(stderr, "\n"), "\n") != 0 || !strings.Contains(stderr, `"Nobody-Here"`) {
			t.Errorf("stderr = %q, want one line naming the value", stderr)
		}
		for _, s := range claimsJSON(t, bin).Speakers {
			if !strings.Contains(stderr, s.Name) {
				t.Errorf("stderr %q does not list speaker %q", stderr, s.Name)
			}
		}
	})

	t.Run("speakers --json carries a summary that adds up", func(t *testing.T) {
		all := claimsJSON(t, bin)
		out := speakersJSON(t, bin)
		checkSummaryAddsUp(t, out.Summary, len(all.Claims))
		if len(out.Speakers) != len(all.Speakers) {
			t.Errorf("speakers --json lists %d speakers, claims --json %d", len(out.Speakers), len(all.Speakers))
		}

		filtered := speakersJSON(t, bin, "--speaker", "experts")
		checkSummaryAddsUp(t, filtered.Summary, 3)
		for _, s := range filtered.Speakers {
			if !nameOrAliasContains(s, "experts") {
				t.Errorf("speakers --speaker experts listed %q", s.Name)
			}
		}
	})

	t.Run("speakers rows stay tab-separated when piped", func(t *testing.T) {
		stdout, _ := runBinary(t, bin, "", 0, "speakers")
		for _, line := range strings.Split(strings.TrimRight(stdout, "\n"), "\n") {
			if line != "" && strings.Count(line, "\t") != 3 {
				t.Errorf("piped row %q is not four tab-separated fields", line)
			}
		}
		if strings.Contains(stdout, "check-worthy") {
			t.Errorf("piped output carries the summary line:\n%s", stdout)
		}
	})

	t.Run("speakers on a terminal prints the summary under the table", func(t *testing.T) {
		script, err := exec.LookPath("script")
		if err != nil {
			t.Skip("needs script(1) for a pseudo-terminal")
		}
		cmd := exec.Command(script, "-qec", bin+" speakers", "/dev/null")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("script: %v", err)
		}
		lines := strings.Split(strings.TrimRight(strings.ReplaceAll(string(out), "\r", ""), "\n"), "\n")
		all := claimsJSON(t, bin)
		last := lines[len(lines)-1]
		want := fmt.Sprintf("%d claim", len(all.Claims))
		if !strings.HasPrefix(lines[0], "NAME") || !strings.HasPrefix(last, want) || !strings.Contains(last, "check-worthy") {
			t.Errorf("terminal output should be a table, then a summary line starting %q:\n%s", want, out)
		}
	})
}

func claimsJSON(t *testing.T, bin string, args ...string) model.Document {
	t.Helper()
	stdout, _ := runBinary(t, bin, "", 0, append([]string{"claims", "--json"}, args...)...)
	var doc model.Document
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("claims --json %v: %v", args, err)
	}
	return doc
}

type speakersOutput struct {
	Speakers []model.DocSpeaker `json:"speakers"`
	Summary  struct {
		Claims      int            `json:"claims"`
		ByKind      map[string]int `json:"by_kind"`
		Hedged      int            `json:"hedged"`
		CheckWorthy int            `json:"checkworthy"`
	} `json:"summary"`
}

func speakersJSON(t *testing.T, bin string, args ...string) speakersOutput {
	t.Helper()
	stdout, _ := runBinary(t, bin, "", 0, append([]string{"speakers", "--json"}, args...)...)
	var out speakersOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("speakers --json %v: %v\n%s", args, err, stdout)
	}
	return out
}

func checkSummaryAddsUp(t *testing.T, s struct {
	Claims      int            `json:"claims"`
	ByKind      map[string]int `json:"by_kind"`
	Hedged      int            `json:"hedged"`
	CheckWorthy int            `json:"checkworthy"`
}, claims int) {
	t.Helper()
	sum := 0
	for _, n := range s.ByKind {
		sum += n
	}
	if s.Claims != claims || sum != claims || len(s.ByKind) != 6 {
		t.Errorf("summary %+v: want %d claims over the six kinds", s, claims)
	}
	if s.Hedged > claims || s.CheckWorthy > claims {
		t.Errorf("summary %+v counts more hedged or check-worthy claims than claims", s)
	}
}

// saidBy reports whether one of the claim's speakers has a name or alias
// containing value.
func saidBy(speakers []model.DocSpeaker, c model.DocClaim, value string) bool {
	for _, name := range c.Speakers {
		for _, s := range speakers {
			if s.Name == name && nameOrAliasContains(s, value) {
				return true
			}
		}
	}
	return false
}

func nameOrAliasContains(s model.DocSpeaker, value string) bool {
	value = strings.ToLower(value)
	for _, n := range append([]string{s.Name}, s.Aliases...) {
		if strings.Contains(strings.ToLower(n), value) {
			return true
		}
	}
	return false
}
