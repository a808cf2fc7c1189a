package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"marginalia/model"
)

// speakers --json lists the speakers as an array even when the article has
// none ("[]", never "null"), and lists them all, in the order claims --json
// does.
func TestSpeakersJSONListsEverySpeaker(t *testing.T) {
	run := func(args ...string) string {
		t.Helper()
		stdout, stderr, err := runCommand(args...) // cli_helpers_test.go
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		return stdout
	}
	dir := t.TempDir()
	none := filepath.Join(dir, "none.txt")
	if err := os.WriteFile(none, []byte("The bridge is closed. It will reopen in May.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := run("speakers", "--json", none); !strings.Contains(out, `"speakers": []`) {
		t.Errorf("speakers --json on an article without speakers:\n%s\nwant \"speakers\": []", out)
	}
	some := filepath.Join(dir, "some.txt")
	text := "The bridge is closed, the mayor said. Experts say it may reopen in May.\n\n" +
		"\"We are working on it,\" said Ana Ruiz, a city engineer.\n"
	if err := os.WriteFile(some, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	var fromSpeakers, fromClaims struct {
		Speakers []model.DocSpeaker `json:"speakers"`
	}
	if err := json.Unmarshal([]byte(run("speakers", "--json", some)), &fromSpeakers); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(run("claims", "--json", some)), &fromClaims); err != nil {
		t.Fatal(err)
	}
	if len(fromClaims.Speakers) < 2 {
		t.Fatalf("claims --json found %d speakers in %q; the test needs two", len(fromClaims.Speakers), text)
	}
	if !reflect.DeepEqual(fromSpeakers.Speakers, fromClaims.Speakers) {
		t.Errorf("speakers --json lists %+v\nclaims --json lists %+v", fromSpeakers.Speakers, fromClaims.Speakers)
	}
}
