package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// sizeChecker runs the reader inside a real Bubble Tea program and checks
// every frame the program asks for against the last size it was told: no
// line wider than the terminal, no more lines than its height.
type sizeChecker struct {
	m    Model
	w, h int
	log  *sizeLog
}

type sizeLog struct {
	mu       sync.Mutex
	frames   int
	problems []string
}

func (l *sizeLog) add(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.problems) < 20 {
		l.problems = append(l.problems, fmt.Sprintf(format, args...))
	}
}

func (c sizeChecker) Init() tea.Cmd { return c.m.Init() }

func (c sizeChecker) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		c.w, c.h = ws.Width, ws.Height
	}
	next, cmd := c.m.Update(msg)
	c.m = next.(Model)
	return c, cmd
}

func (c sizeChecker) View() tea.View {
	v := c.m.View()
	c.log.mu.Lock()
	c.log.frames++
	c.log.mu.Unlock()
	lines := strings.Split(v.Content, "\n")
	if len(lines) > max(c.h, 1) {
		c.log.add("%dx%d: %d lines", c.w, c.h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > c.w {
			c.log.add("%dx%d: line %d is %d wide: %q", c.w, c.h, i, lw, ansi.Strip(l))
		}
	}
	return v
}

// TestExtremeSizesAndResizeStormInTheProgram drives the whole program
// (renderer included, panes rendered in commands as for a user) through the
// degenerate sizes and 1,000 random resizes with keys in between.
func TestExtremeSizesAndResizeStormInTheProgram(t *testing.T) {
	log := &sizeLog{}
	tm := teatest.NewTestModel(t, sizeChecker{m: New(Options{Article: embedded(t)}), w: 80, h: 24, log: log},
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
	resize := func(w, h int) {
		tm.Send(tea.WindowSizeMsg{Width: w, Height: h})
	}
	keys := []string{"j", "k", "]", "[", "G", "g", "pgdown", "pgup", "ctrl+d", "s", "a", "?", "esc", "n"}
	for _, size := range [][2]int{{0, 0}, {1, 1}, {300, 1}, {1, 300}, {0, 50}, {50, 0}, {300, 300}} {
		resize(size[0], size[1])
		for _, k := range keys {
			tm.Send(keyPress(k))
		}
		time.Sleep(20 * time.Millisecond) // let a frame be drawn at this size
	}
	rng := rand.New(rand.NewPCG(8, 8))
	for i := range 1000 {
		w, h := rng.IntN(320), rng.IntN(120)
		if i%5 == 0 {
			w, h = rng.IntN(3), rng.IntN(3)
		}
		resize(w, h)
		tm.Send(keyPress(keys[rng.IntN(len(keys))]))
		if i%50 == 0 {
			time.Sleep(17 * time.Millisecond)
		}
	}
	resize(100, 30)
	tm.Send(keyPress("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(20*time.Second)).(sizeChecker)
	checkFrame(t, final.m, 100, 30, "after the storm")
	log.mu.Lock()
	defer log.mu.Unlock()
	for _, p := range log.problems {
		t.Error(p)
	}
	if log.frames < 20 {
		t.Errorf("only %d frames drawn: the test checked too little", log.frames)
	}
	t.Logf("%d frames checked", log.frames)
}
