// Command minimaltea is the baseline for marginalia's first-frame time: the
// smallest Bubble Tea v2 alt-screen program, showing one line of text. The
// figures script (bench/run.sh) times how long it takes to appear in tmux, so
// the reader's own start-up cost is what exceeds this.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

// Line is what the program shows; bench/run.sh polls for it.
const line = "minimal tea first frame"

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "q", "ctrl+c", "esc":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView(line)
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimaltea:", err)
		os.Exit(1)
	}
}
