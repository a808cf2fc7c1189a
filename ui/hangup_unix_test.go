//go:build unix

package ui

import (
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// idle is a program that waits for a quit.
type idle struct{}

func (idle) Init() tea.Cmd                       { return nil }
func (idle) Update(tea.Msg) (tea.Model, tea.Cmd) { return idle{}, nil }
func (idle) View() tea.View                      { return tea.NewView("") }

// SIGHUP (the terminal closed) ends the program normally, so Run can write
// the notes; without the watch the process would die on the spot.
func TestHangupEndsTheProgramSoNotesAreWritten(t *testing.T) {
	p := tea.NewProgram(idle{}, tea.WithInput(strings.NewReader("")), tea.WithOutput(io.Discard))
	stop := quitOnHangup(p)
	defer stop()
	ended := make(chan error, 1)
	go func() { _, err := p.Run(); ended <- err }()

	time.Sleep(50 * time.Millisecond) // let the program start
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-ended:
		if err != nil {
			t.Errorf("Run after SIGHUP: %v", err)
		}
	case <-time.After(5 * time.Second):
		p.Kill()
		t.Fatal("the program did not end after SIGHUP")
	}
}
