package ui

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"marginalia/data"
	"marginalia/model"
)

// NotesStore is what the reader needs from the notes store;
// *data.NotesStore implements it. Every method may be called from a command
// goroutine, so an implementation must be safe for concurrent use.
type NotesStore interface {
	// Notes is every live note, keyed by claim ID.
	Notes() map[string]model.Note
	// Set records a claim's note (text and verdict) and saves; an empty note
	// deletes it. On a failed save the note stays in the store's memory.
	Set(n model.Note) error
	// SetPosition records the claim the reader is on and saves.
	SetPosition(claimID string) error
	// Save writes everything again, after a failed save.
	Save() error
}

// noteBook is the reader's own copy of the notes: what the panes, the
// gutter and the export show. A change lands here first, at once, and is
// then handed to the store by a save command, so the keypress never waits
// for the disk and the screen never shows less than the user typed.
//
// Its fields belong to the Update goroutine (and to Run after the program
// ends); save commands only touch the saver.
type noteBook struct {
	notes map[string]model.Note // live notes by claim ID

	// dirty holds the notes changed since the last save command took them
	// (an emptied note is there as an empty note, which deletes it).
	dirty map[string]model.Note
	// inflight is what the running save command is writing: a flush at
	// quit writes it again, in case that command never gets to.
	inflight map[string]model.Note

	position      string // the current claim, as last recorded
	positionDirty bool   // position has not been handed to the store
	positionTimer bool   // a positionDueMsg is on its way
	saving        bool   // a save command is running

	saver *saver // nil without a store: notes then live in memory only
	seq   uint64 // number of the last batch handed to the saver
}

func newNoteBook(store NotesStore) *noteBook {
	b := &noteBook{notes: map[string]model.Note{}, dirty: map[string]model.Note{}}
	if store != nil {
		b.saver = &saver{store: store}
		for id, n := range store.Notes() {
			b.notes[id] = n
		}
	}
	return b
}

// note is the live note on a claim, or an empty one.
func (b *noteBook) note(claimID string) model.Note {
	if n, ok := b.notes[claimID]; ok {
		return n
	}
	return model.Note{ClaimID: claimID}
}

// annotated reports whether a claim carries a note or a verdict (the
// gutter mark). It is called for every visible claim on every frame.
func (b *noteBook) annotated(claimID string) bool {
	_, ok := b.notes[claimID]
	return ok
}

// snapshot is a copy of the live notes, for an export command.
func (b *noteBook) snapshot() map[string]model.Note {
	out := make(map[string]model.Note, len(b.notes))
	for id, n := range b.notes {
		out[id] = n
	}
	return out
}

// put records a claim's note, or deletes it when it is empty, and starts a
// save.
func (b *noteBook) put(n model.Note) tea.Cmd {
	if strings.TrimSpace(n.Text) == "" {
		n.Text = ""
	}
	old, had := b.notes[n.ClaimID]
	if n.Empty() {
		if !had {
			return nil
		}
		delete(b.notes, n.ClaimID)
	} else {
		if had && old.Text == n.Text && old.Verdict == n.Verdict {
			return nil // unchanged: never override another instance's newer edit
		}
		b.notes[n.ClaimID] = n
	}
	b.dirty[n.ClaimID] = n
	return b.save()
}

// setText changes a claim's note text and keeps its verdict.
func (b *noteBook) setText(claimID, quote, text string) tea.Cmd {
	n := b.note(claimID)
	n.Quote, n.Text = quote, text
	return b.put(n)
}

// cycleVerdict moves a claim's verdict to the next one and keeps its text.
func (b *noteBook) cycleVerdict(claimID, quote string) (model.Verdict, tea.Cmd) {
	n := b.note(claimID)
	n.Quote, n.Verdict = quote, n.Verdict.Next()
	return n.Verdict, b.put(n)
}

// positionDelay is how long the reading position waits before it is saved:
// holding j down saves once, not once per claim, and a crash loses at most
// this much of the reader's movement.
const positionDelay = 500 * time.Millisecond

// positionDueMsg says the reading position is due to be saved.
type positionDueMsg struct{}

// setPosition records the current claim and schedules saving it.
func (b *noteBook) setPosition(claimID string) tea.Cmd {
	if claimID == "" || claimID == b.position {
		return nil
	}
	b.position, b.positionDirty = claimID, true
	if b.saver == nil || b.positionTimer {
		return nil
	}
	b.positionTimer = true
	return tea.Tick(positionDelay, func(time.Time) tea.Msg { return positionDueMsg{} })
}

// notesSavedMsg reports a finished save command: its error (or the warning
// that a damaged notes file was moved aside), and the store's notes after
// the save, which may include another instance's changes.
type notesSavedMsg struct {
	err   error
	notes map[string]model.Note
}

// save hands the pending changes to a save command, unless one is already
// running: then they wait for it to finish, so saves never overtake each
// other.
func (b *noteBook) save() tea.Cmd {
	if b.saver == nil || b.saving || (len(b.dirty) == 0 && !b.positionDirty) {
		return nil
	}
	batch := b.takeBatch()
	b.saving = true
	b.inflight = batch.notes
	s := b.saver
	return func() tea.Msg {
		err := s.write(batch)
		return notesSavedMsg{err: err, notes: s.store.Notes()}
	}
}

// takeBatch moves the pending changes into a numbered batch.
func (b *noteBook) takeBatch() saveBatch {
	b.seq++
	batch := saveBatch{seq: b.seq, notes: b.dirty}
	if b.positionDirty {
		batch.position = b.position
	}
	b.dirty, b.positionDirty = map[string]model.Note{}, false
	return batch
}

// saved takes a finished save's result: the store's notes replace the
// book's, except for claims changed meanwhile; then the next save starts if
// changes are waiting.
func (b *noteBook) saved(msg notesSavedMsg) tea.Cmd {
	b.saving, b.inflight = false, nil
	if msg.notes != nil {
		for id := range b.notes {
			if _, ok := msg.notes[id]; !ok {
				if _, changed := b.dirty[id]; !changed {
					delete(b.notes, id)
				}
			}
		}
		for id, n := range msg.notes {
			if _, changed := b.dirty[id]; !changed {
				b.notes[id] = n
			}
		}
	}
	return b.save()
}

// flush writes every change the store has not confirmed, at once and
// synchronously, before the reader quits. A save command still running
// cannot overwrite it afterwards: the saver drops batches older than the
// last one it wrote. The error lists the notes that may not be on disk.
func (b *noteBook) flush() error {
	if b.saver == nil {
		if len(b.notes) > 0 {
			return &UnsavedNotesError{Err: errNoStore, Notes: b.unsaved(nil)}
		}
		return nil
	}
	notes := map[string]model.Note{}
	for id, n := range b.inflight {
		notes[id] = n
	}
	for id, n := range b.dirty {
		notes[id] = n
	}
	b.dirty = notes
	b.positionDirty = b.positionDirty || b.position != ""
	batch := b.takeBatch()
	if err := b.saver.write(batch); err != nil && !isMovedAside(err) {
		return &UnsavedNotesError{Err: err, Notes: b.unsaved(batch.notes)}
	}
	b.inflight = nil
	return nil
}

// unsaved is every note the user may lose: the ones just written and, since
// an earlier failed save may have left others only in memory, all live ones.
func (b *noteBook) unsaved(batch map[string]model.Note) []model.Note {
	all := b.snapshot()
	for id, n := range batch {
		all[id] = n
	}
	out := make([]model.Note, 0, len(all))
	for _, n := range all {
		if n.Live() {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ClaimID < out[j].ClaimID })
	return out
}

// saveBatch is one save's worth of changes, numbered in the order they were
// made.
type saveBatch struct {
	seq      uint64
	notes    map[string]model.Note
	position string // "" when the position is unchanged
}

// saver writes batches to the store one at a time, and never a batch older
// than one already written: a flush at quit may write the newest state
// while an older save command has not run yet.
type saver struct {
	mu      sync.Mutex
	store   NotesStore
	written uint64 // number of the newest batch written
	failed  bool   // a save failed: the store holds changes not on disk
}

func (s *saver) write(b saveBatch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b.seq <= s.written {
		return nil
	}
	s.written = b.seq
	var errs []error
	ids := make([]string, 0, len(b.notes))
	for id := range b.notes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		errs = append(errs, s.store.Set(b.notes[id]))
	}
	if b.position != "" {
		errs = append(errs, s.store.SetPosition(b.position))
	}
	err := firstFailure(errs)
	if err == nil && s.failed {
		// Set saves nothing when the note is unchanged, so the changes an
		// earlier failure left in the store's memory need an explicit save.
		err = s.store.Save()
	}
	s.failed = err != nil && !isMovedAside(err)
	return err
}

// firstFailure is the first real error in errs, else the first warning
// (a moved-aside notes file), else nil.
func firstFailure(errs []error) error {
	var warning error
	for _, err := range errs {
		switch {
		case err == nil:
		case isMovedAside(err):
			if warning == nil {
				warning = err
			}
		default:
			return err
		}
	}
	return warning
}

// isMovedAside reports the store's warning that a damaged notes file was
// kept under another name: the save itself succeeded.
func isMovedAside(err error) bool {
	var ma *data.MovedAsideError
	return errors.As(err, &ma)
}

// errNoStore is why notes made without a notes store are not saved.
var errNoStore = errors.New("no notes store")

// UnsavedNotesError is returned by Run when the notes could not be saved
// before the reader quit. It carries the notes, so that they can be printed
// rather than lost.
type UnsavedNotesError struct {
	Err   error
	Notes []model.Note
}

func (e *UnsavedNotesError) Error() string {
	return fmt.Sprintf("notes not saved: %v", e.Err)
}

func (e *UnsavedNotesError) Unwrap() error { return e.Err }
