package model

import (
	"strings"
	"testing"
)

// The two-byte gate in front of isChromeLine must never rule out a line
// that the full key comparison takes for chrome.
func TestMayStartChromeKeepsEveryChromeLine(t *testing.T) {
	var lines []string
	for _, list := range [][]string{chromeLines, chromePrefixes, cookiePrefixes} {
		for _, k := range list {
			lines = append(lines, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], "• "+k, "| "+k+":", "  "+k+" »", "\v"+k, k+" and more words")
		}
	}
	for _, line := range lines {
		if !mayStartChrome(line) {
			t.Errorf("mayStartChrome(%q) = false", line)
		}
	}
	for _, prose := range []string{"Analysts said on Tuesday", "Meanwhile the rail line stalled", "Critics warn that costs rose"} {
		if mayStartChrome(prose) || isChromeLine(prose) {
			t.Errorf("prose line %q passes the chrome gate", prose)
		}
	}
}
