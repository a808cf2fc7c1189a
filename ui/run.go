package ui

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"marginalia/model"
)

// frameRate is how often Bubble Tea may draw. Its renderer draws on a
// ticker, so the first frame and the answer to every key wait for the next
// tick: at the default 60 a frame waits up to 17 ms, at Bubble Tea's maximum
// of 120 at most 8 ms. A tick with nothing new to draw writes nothing, and a
// frame costs about 0.1 ms (BenchmarkStep): idle, the reader used 1.0% of a
// CPU at 120 against 0.8% at 60, and its first frame comes about 8 ms
// sooner (bench/run.sh).
const frameRate = 120

// Run shows the reader on the terminal until the user quits. The colour
// profile is the one lipgloss detected for stdout when it was initialised:
// Bubble Tea would detect the same again, and inside tmux detection runs
// `tmux info`, some 5-10 ms before the first frame. A panic inside
// the reader restores the terminal and comes back as a *PanicError.
func Run(opts Options) error {
	if noColorRequested(os.Getenv) {
		opts.NoColor = true
	}
	profile := lipgloss.Writer.Profile
	if opts.NoColor {
		profile = colorprofile.Ascii
	}
	progOpts := []tea.ProgramOption{tea.WithFPS(frameRate), tea.WithColorProfile(profile)}
	// opts is not used once the reader runs: kept, its Start command
	// would keep the progressive analysis's analyzer for the whole run.
	onExit := opts.OnExit
	f := &failure{}
	p := tea.NewProgram(&guard{m: New(opts), f: f}, progOpts...)
	f.setProgram(p)
	stopHangupWatch := quitOnHangup(p)
	final, err := p.Run()
	stopHangupWatch()
	notesErr := flushNotes(final) // notes_actions.go
	if perr := f.get(); perr != nil {
		return perr
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("reader: %w", err)
	}
	if g, ok := final.(*guard); ok && onExit != nil {
		if id := g.m.CurrentClaimID(); id != "" {
			onExit(id)
		}
	}
	return notesErr
}

// noColorRequested reports whether NO_COLOR is set to anything non-empty.
// The convention says any value means no colour ("0" and "false"
// included); colorprofile only honours values that parse as booleans, so
// the reader checks it itself.
func noColorRequested(getenv func(string) string) bool { return getenv("NO_COLOR") != "" }

// PanicError is a panic caught inside the reader, with its value sanitized
// so that printing it cannot disturb the terminal.
type PanicError struct {
	Value string // sanitized panic value
	Stack string // goroutine stack where it happened
}

func (e *PanicError) Error() string { return "internal error: " + e.Value }

func newPanicError(r any) *PanicError {
	v := strings.Join(strings.Fields(model.Sanitize(fmt.Sprint(r))), " ")
	return &PanicError{Value: v, Stack: model.Sanitize(string(debug.Stack()))}
}

// panicMsg reports a panic caught in a command.
type panicMsg struct{ err *PanicError }

// safeCmd turns a panic in cmd into a panicMsg, so the reader quits cleanly
// and reports it instead of Bubble Tea printing the raw value.
func safeCmd(cmd tea.Cmd) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{newPanicError(r)}
			}
		}()
		return cmd()
	}
}

// failure records the first panic caught by the guard.
type failure struct {
	mu  sync.Mutex
	err *PanicError
	p   *tea.Program
}

func (f *failure) setProgram(p *tea.Program) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.p = p
}

func (f *failure) set(err *PanicError) *tea.Program {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err == nil {
		f.err = err
	}
	return f.p
}

func (f *failure) get() *PanicError {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// guard wraps the reader so that a panic in Update or View is recorded and
// ends the program through its normal exit, which restores the terminal.
// It is a pointer that Update returns unchanged, and it updates the reader
// in place (Model.update): returning a value as a tea.Model would copy it
// to the heap on every message.
type guard struct {
	m Model
	f *failure
}

func (g *guard) Init() tea.Cmd { return guardCmd(g.m.Init()) }

func (g *guard) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.f.set(newPanicError(r))
			// The model from before the message: it drew a frame already,
			// so it can draw the last one while the program quits.
			next, cmd = g, tea.Quit
		}
	}()
	if pm, ok := msg.(panicMsg); ok {
		g.f.set(pm.err)
		return g, tea.Quit
	}
	// On a copy, so that after a panic g.m is still the model from before
	// the message.
	m := g.m
	cmd = m.update(msg)
	g.m = m
	return g, guardCmd(testPanics(msg, cmd)) // testPanics: only in e2e_panic_test.go's build
}

func (g *guard) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			if p := g.f.set(newPanicError(r)); p != nil {
				go p.Quit()
			}
			v = tea.NewView("")
			v.AltScreen = true
		}
	}()
	return g.m.View()
}
