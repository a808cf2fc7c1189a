package ui

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// quitOnHangup ends the program when its terminal closes (SIGHUP: the
// window or the ssh session went away). Without it the process dies on the
// spot and a note still in the editor is lost; ending the program lets Run
// write the notes, draft included, as it does after a kill (SIGTERM, which
// Bubble Tea already turns into a quit). stop ends the watch.
func quitOnHangup(p *tea.Program) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
