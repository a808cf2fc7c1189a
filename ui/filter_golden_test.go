package ui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestFilterGolden pins the filtering screens as the reader draws them: the
// picker and the overview open over the article, and the article filtered
// (header naming the filter, claims outside it dimmed).
func TestFilterGolden(t *testing.T) {
	scenarios := []struct {
		name string
		keys []string
		// after are sent once a filter is on (the ⊂ mark drawn): the
		// picker and the overview apply it through a command, so keys sent
		// before it arrives could still reach them.
		after []string
	}{
		{"picker", []string{"f"}, nil},
		{"picker_typed", []string{"f", "r", "u", "i", "z"}, nil},
		{"picker_chosen", []string{"f", "tab", "tab"}, nil},
		{"filtered", []string{"f", "r", "u", "i", "z", "enter"}, []string{"G"}},
		{"overview", []string{"o"}, nil},
		{"overview_filtered", []string{"o", "down", "enter"}, []string{}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, sc := range scenarios {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], sc.name), func(t *testing.T) {
				tm := startGolden(t, size[0], size[1])
				for _, k := range sc.keys {
					tm.Send(keyPress(k))
				}
				if sc.after != nil {
					teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("⊂")) },
						teatest.WithDuration(5*time.Second))
					for _, k := range sc.after {
						tm.Send(keyPress(k))
					}
				}
				// ctrl+c quits from the reader and from either overlay.
				tm.Send(keyPress("ctrl+c"))
				final := readerOf(t, tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)))
				golden.RequireEqual(t, final.View().Content)
			})
		}
	}
}
