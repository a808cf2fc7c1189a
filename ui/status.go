package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// statusDuration is how long a status message stays in the footer.
const statusDuration = 5 * time.Second

// statusExpiredMsg clears the status message it was scheduled for.
type statusExpiredMsg struct{ id int }

func (m *Model) setStatus(text string) tea.Cmd {
	m.status = statusText(text)
	m.statusID++
	id := m.statusID
	return tea.Tick(statusDuration, func(time.Time) tea.Msg { return statusExpiredMsg{id} })
}
