package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// Model is the reader's root model. It routes messages to the part that has
// focus (top overlay, search input, or the reader's own keys), keeps the
// reading state (article, current claim, filter) and lays out the panes.
type Model struct {
	opts     Options
	art      *model.Article
	done     bool    // the analysis is complete
	progress float64 // fraction analysed while not done

	filter model.Filter
	nav    navigator
	cur    int // current claim index, -1 when the article has no claims

	pendingStart string // StartClaimID not yet found in the article

	width, height int
	layout        layout
	dark          bool
	theme         *theme

	// The key maps never change; pointers keep them out of the copy of
	// the Model that guard.Update makes for every message.
	keys      *readerKeys
	navKeys   *navKeys
	mouseKeys *mouseKeys // mouse.go
	search    searchBox

	article  articlePane
	panes    [2]sidePane // Source notes, Attribution
	overlays []overlay

	status   string
	statusID int

	notes *noteBook // the reader's notes and verdicts, see notes.go

	toggle *toggleMemo
	pages  []pageTurn // page moves since the last other key (paging.go)

	// start is opts.Start until Init hands it out: the command is the
	// analysis's first step, whose closure holds the analyzer, and the
	// model Bubble Tea keeps would otherwise keep the analyzer with it for
	// the reader's whole life.
	start *startCmd

	md          *mdRenderer
	mdCache     *mdCache // mdcache.go
	prefetch    prefetchKey
	shortHelp   *helpMemo  // footer.go
	headerTitle *titleMemo // header.go
}

const (
	paneNotes = iota
	paneAttribution
)

// toggleMemo remembers the screen before a pane toggle, so pressing the same
// toggle again at once restores it exactly, scroll position included.
type toggleMemo struct {
	pane int
	top  linePos
}

type startCmd struct{ cmd tea.Cmd }

func ptr[T any](v T) *T { return &v }

// prefetchKey records for which claim and pane widths the neighbours were
// last prefetched, so it happens once per move.
type prefetchKey struct {
	cur, w0, w1 int
	style       string
}

// New builds the reader for opts.
func New(opts Options) Model {
	art := opts.Article
	m := Model{
		opts:        opts,
		art:         &art,
		done:        opts.Start == nil,
		progress:    opts.Progress,
		dark:        !opts.Light,
		filter:      opts.Filter,
		keys:        ptr(newReaderKeys()),
		navKeys:     ptr(newNavKeys()),
		mouseKeys:   ptr(newMouseKeys()),
		article:     newArticlePane(),
		md:          newMDRenderer(),
		mdCache:     newMDCache(),
		prefetch:    prefetchKey{cur: -2},
		start:       &startCmd{cmd: opts.Start},
		shortHelp:   &helpMemo{},
		headerTitle: &titleMemo{},
	}
	// m.art is the article from now on: the first snapshot of a progressive
	// analysis kept in opts would pin its claims array for good.
	m.opts.Article = model.Article{}
	m.opts.Start = nil
	m.panes[paneNotes] = sidePane{title: "Source notes", visible: true}
	m.panes[paneAttribution] = sidePane{title: "Attribution", visible: true}
	m.applyTheme()
	m.attachNotes()
	m.nav = newNavigator(m.art, m.filter)
	m.cur = -1
	m.pendingStart = opts.StartClaimID
	m.placeStart()
	return m
}

// placeStart picks the first current claim: the filter's first match, else
// the remembered position, else the first claim.
func (m *Model) placeStart() {
	if m.cur >= 0 || len(m.art.Claims) == 0 {
		return
	}
	if m.filter.Active() {
		if c, ok := m.nav.AtOrAfter(0); ok {
			m.cur = c
			m.pendingStart = ""
		}
		return
	}
	m.cur = 0
	m.resolvePendingStart()
}

// CurrentClaimID is the ID of the claim the reader is on ("" for none).
func (m Model) CurrentClaimID() string {
	if m.cur < 0 {
		return ""
	}
	return m.art.Claims[m.cur].ID()
}

func (m *Model) applyTheme() {
	m.theme = newTheme(m.dark, m.opts.NoColor)
	if m.search.input.Prompt == "" {
		m.search = newSearchBox(m.theme)
	} else {
		m.search.input.SetStyles(m.theme.input)
	}
}

// Init asks the terminal for its background colour (without an answer the
// reader stays dark) and, the first time, starts the rest of a progressive
// analysis.
func (m Model) Init() tea.Cmd {
	if start := m.start.cmd; start != nil {
		m.start.cmd = nil
		return tea.Batch(tea.RequestBackgroundColor, safeCmd(start))
	}
	return tea.RequestBackgroundColor
}

// Update routes a message and then brings the panes up to date.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	return m, cmd
}

// update is Update in place. The program runs the reader through guard,
// which calls it on its own copy: returning the Model as a tea.Model puts
// a copy of it (some 9 KB, most of it the search input) on the heap for
// every message, a sixth of what BenchmarkStep's keypress allocated (51.5
// KB; with the glamour renderings a move brings, about 150 KB in all).
func (m *Model) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		cmd = m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.applyTheme()
		cmd = m.broadcastToOverlays(msg)
	case ArticleMsg:
		m.replaceArticle(msg)
		cmd = m.articleChanged() // filter and open picker/overview follow the snapshot
		if msg.Next != nil {
			cmd = tea.Batch(cmd, safeCmd(msg.Next))
		}
	case FilterChosenMsg:
		// The picker or the overview chose a filter and is done. A filter
		// matching no claim is refused with a status message; applying one
		// moves to the first matching claim at or after the current one,
		// or the last one before it.
		m.closeTopOverlay()
		cmd = m.setFilter(msg.Filter)
	case PickerClosedMsg, OverviewClosedMsg:
		m.closeTopOverlay()
	case StatusMsg:
		cmd = m.setStatus(msg.Text)
	case statusExpiredMsg:
		if msg.id == m.statusID {
			m.status = ""
		}
	case mdRenderedMsg:
		// The rendering of the claim shown is in the cache: refreshPanes
		// shows it.
	case notesSavedMsg, positionDueMsg, exportedMsg:
		cmd = m.updateNotes(msg)
	case tea.KeyPressMsg:
		before := m.cur
		cmd = m.handleKey(msg)
		m.settlePendingStart(before) // progressive.go
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		before := m.cur
		m.handleClick(msg.Mouse())
		m.settlePendingStart(before)
	default:
		switch {
		case len(m.overlays) > 0:
			cmd = m.updateOverlay(msg)
		case m.search.typing:
			cmd = m.search.update(msg) // paste and cursor messages
		}
	}
	return tea.Batch(cmd, m.refreshPanes(), m.trackPosition())
}

// handleKey gives the key to the top overlay, the search input, or the
// reader's own bindings, in that order.
func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if len(m.overlays) > 0 {
		return m.updateOverlay(k)
	}
	if m.search.typing {
		return m.handleSearchKey(k)
	}
	if !m.isToggle(k) {
		m.toggle = nil
	}
	if !m.isPageKey(k) {
		m.pages = nil
	}
	if m.status != "" && !keyIs(k, m.keys.Quit) {
		m.status = ""
	}
	if cmd, ok := m.handleReaderKey(k); ok {
		return cmd
	}
	m.handleNavKey(k)
	return nil
}

func (m *Model) handleReaderKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case keyIs(k, m.keys.Quit):
		return m.quit(), true
	case keyIs(k, m.keys.Help):
		return m.pushOverlay(newHelpOverlay(m.theme, m.FullHelp())), true
	case keyIs(k, m.keys.Back):
		m.back()
	case keyIs(k, m.keys.ToggleNotes):
		m.togglePane(paneNotes)
	case keyIs(k, m.keys.ToggleAttribution):
		m.togglePane(paneAttribution)
	case keyIs(k, m.keys.ScrollPanesDown):
		m.scrollPanes(paneScrollStep)
	case keyIs(k, m.keys.ScrollPanesUp):
		m.scrollPanes(-paneScrollStep)
	case keyIs(k, m.search.keys.Open):
		return m.search.open(), true
	case keyIs(k, m.search.keys.NextMatch):
		m.findMatch(+1, false)
	case keyIs(k, m.search.keys.PrevMatch):
		m.findMatch(-1, false)
	case keyIs(k, m.keys.FilterSpeakers):
		return m.openPicker(), true
	case keyIs(k, m.keys.Overview):
		return m.openOverview(), true
	case m.search.query == "" && (keyIs(k, enabled(m.search.keys.NextMatch)) || keyIs(k, enabled(m.search.keys.PrevMatch))):
		// n/N stay out of the footer until there is a search, but the help
		// lists them: say why they do nothing yet, as vim does.
		return m.setStatus("no search yet: press / to search"), true
	default:
		return m.handleNotesKey(k) // notes_actions.go
	}
	return nil, true
}

func (m *Model) handleSearchKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case keyIs(k, m.search.keys.Submit):
		m.search.submit()
		if m.search.query != "" {
			m.findMatch(+1, true)
		}
		return nil
	case keyIs(k, m.search.keys.Cancel):
		m.search.cancel()
		return nil
	case k.String() == "ctrl+c":
		return tea.Quit
	}
	return m.search.update(k)
}

// resize lays the screen out again for a new terminal size.
func (m *Model) resize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.toggle, m.pages = nil, nil
	m.relayout()
	if m.cur >= 0 {
		m.article.reveal(m.art, m.cur)
	}
	return m.broadcastToOverlays(m.overlaySize())
}

func (m *Model) relayout() {
	m.layout = computeLayout(m.width, m.height, m.panes[paneNotes].visible, m.panes[paneAttribution].visible)
	m.article.setSize(m.art, m.layout.article.w, m.layout.article.h)
	for i, r := range []rect{m.layout.notes, m.layout.attribution} {
		m.panes[i].width, m.panes[i].height = r.w, r.h
		m.panes[i].clampOffset()
	}
	m.search.input.SetWidth(max(m.width-2, 1))
}

// View draws the whole screen: exactly the terminal's size, every line
// within its width.
func (m Model) View() tea.View {
	box := m.overlayBox()
	v := tea.NewView(m.screen(box))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = m.windowTitle()
	if m.search.typing && !m.layout.tooSmall {
		if c := m.search.input.Cursor(); c != nil {
			c.Y += m.height - 1
			v.Cursor = c
		}
	}
	if c := m.overlayCursor(box); c != nil { // editor.go
		v.Cursor = c
	}
	return v
}

// overlayBox is the top overlay drawn for the body, "" when none is shown.
// It is drawn once a frame: the body shows it, and the note editor's cursor
// is placed by its size.
func (m Model) overlayBox() string {
	top := m.topOverlay()
	if top == nil || m.width <= 0 || m.height <= 0 || m.layout.tooSmall {
		return ""
	}
	return top.view(m.theme, m.layout.body.w, m.layout.body.h)
}

// screen is the frame's text; box is the top overlay (overlayBox). The
// rows are written once into a buffer of the frame's size: joining them
// row by row and then into lines cost two more copies of the frame for
// every message.
func (m Model) screen(box string) string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.layout.tooSmall {
		return tooSmallText(m.width)
	}
	header, footer := m.headerView(), m.footerView()
	left, right := m.bodyView(box)
	size := len(header) + len(footer) + 1
	for i, l := range left {
		size += len(l) + 1
		if i < len(right) {
			size += len(right[i]) + 1
		}
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(header)
	for i, l := range left {
		b.WriteByte('\n')
		b.WriteString(l)
		if i < len(right) {
			b.WriteByte(' ')
			b.WriteString(right[i])
		}
	}
	b.WriteByte('\n')
	b.WriteString(footer)
	return b.String()
}

// bodyView is the rows between header and footer: the article and panes,
// or the top overlay's box centred over them. A row is left[i], followed
// by a space and right[i] when there is one (the panes beside the
// article).
func (m Model) bodyView(box string) (left, right []string) {
	l := m.layout
	if m.topOverlay() != nil {
		return placeOverlay(box, l.body.w, l.body.h), nil
	}
	pt := paint{
		a:         m.art,
		cur:       m.cur,
		filter:    m.filter,
		annotated: m.opts.Annotated,
		theme:     m.theme,
	}
	if m.search.highlighted() != "" {
		pt.matches = func(p int) []span { return m.search.paragraphMatches(m.art, p) }
	}
	rows := m.article.view(pt)
	notes, attribution := m.panes[paneNotes].view(m.theme), m.panes[paneAttribution].view(m.theme)
	if l.beside {
		return rows, append(notes, attribution...)
	}
	for i := 0; i < max(len(notes), len(attribution)); i++ {
		var row string
		if i < len(notes) {
			row += notes[i]
		}
		if i < len(attribution) {
			row += attribution[i]
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// windowTitle names the article in the terminal's title bar. The title is
// written raw inside an escape sequence, so it is sanitized and made one
// line here even though the article's strings already are.
func (m Model) windowTitle() string {
	t := oneLine(model.Sanitize(m.titleText()))
	if t == "" {
		return "marginalia"
	}
	return "marginalia: " + ansi.Truncate(t, 60, "…")
}
