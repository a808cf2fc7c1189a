package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"marginalia/model"
)

// NotesSchema is the version of the notes file format this build writes. A
// file with a higher version comes from a newer marginalia; it is moved
// aside rather than misread or overwritten.
const NotesSchema = 1

// NotesStore holds the reader's notes on one article and keeps them on disk.
// Every change is saved at once: under a lock on a sidecar file, the store
// re-reads the notes file, merges it with its own notes claim by claim (the
// newest change wins, tombstones keep deleted notes deleted), and replaces
// the file atomically. So two marginalia instances on one article lose
// nothing, and a crash leaves either the old file or the new one.
//
// A NotesStore is safe for use by several goroutines.
type NotesStore struct {
	mu       sync.Mutex
	dir      string
	path     string // the notes file
	lockPath string // the sidecar lock file
	textHash string
	changed  bool // the article's text differs from the one the file was written for

	notes       map[string]model.Note // every note, tombstones included
	position    string
	positionSet time.Time
	now         func() time.Time // the clock, replaceable in tests
	swept       bool             // stale temporary files were removed
}

// notesFile is the JSON layout of a notes file, <dir>/<hash>.json, where hash
// is the first 32 hex digits of the SHA-256 of the article's identity:
//
//	{
//	  "schema": 1,
//	  "text_hash": "<SHA-256 of the article text the notes were last saved with>",
//	  "position": {"claim": "<claim ID>", "updated": "<RFC 3339>"},
//	  "notes": {
//	    "<claim ID>": {"quote": "…", "text": "…", "verdict": "needs source", "updated": "<RFC 3339>"},
//	    "<claim ID>": {"updated": "<RFC 3339>", "deleted": true}
//	  }
//	}
//
// A new field that older builds may safely ignore keeps the schema; anything
// else raises NotesSchema.
type notesFile struct {
	Schema   int                   `json:"schema"`
	TextHash string                `json:"text_hash"`
	Position *positionRecord       `json:"position,omitempty"`
	Notes    map[string]noteRecord `json:"notes"`
}

type positionRecord struct {
	Claim   string    `json:"claim"`
	Updated time.Time `json:"updated"`
}

type noteRecord struct {
	Quote   string        `json:"quote,omitempty"`
	Text    string        `json:"text,omitempty"`
	Verdict model.Verdict `json:"verdict,omitempty"`
	Updated time.Time     `json:"updated"`
	Deleted bool          `json:"deleted,omitempty"`
}

// DefaultNotesDir is where notes live: $XDG_DATA_HOME/marginalia, or
// ~/.local/share/marginalia when XDG_DATA_HOME is unset. As the XDG spec
// says, a relative XDG_DATA_HOME is ignored.
func DefaultNotesDir() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "marginalia"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the notes folder: %w", err)
	}
	return filepath.Join(home, ".local", "share", "marginalia"), nil
}

// NotesKey gives the identity and text hash under which an input's notes are
// kept. The identity is where the article came from (absolute path, URL or
// "embedded"), so editing the article keeps its notes; stdin has no name, so
// its text is its identity.
func NotesKey(in Input) (identity, textHash string) {
	prefix, name := identityParts(in)
	return prefix + name, hashHex(in.Raw)
}

// identityParts is an input's identity in two parts to be joined: "" and
// its source, or "stdin:" and its text, which OpenNotesFor hashes without
// joining (a copy of the whole article).
func identityParts(in Input) (prefix, name string) {
	if src := in.Meta.Source; src != "" && src != "stdin" {
		return "", src
	}
	return "stdin:", in.Raw
}

// OpenNotesFor opens the notes of an input in DefaultNotesDir.
func OpenNotesFor(in Input) (*NotesStore, string, error) {
	dir, err := DefaultNotesDir()
	if err != nil {
		return nil, "", err
	}
	return openNotesNamed(dir, notesFileName(identityParts(in)), hashHex(in.Raw))
}

// notesFileName is the name of the notes file of an identity, given in
// parts: the first 32 hex digits of its SHA-256.
func notesFileName(identity ...string) string { return hashHex(identity...)[:32] }

// OpenNotes reads the notes kept in dir for the article with the given
// identity (see NotesKey). No file yet means no notes. A damaged or
// newer-version file is moved aside (kept, with a timestamp in its name) and
// the returned warning says where; the store then starts empty. An error
// means the notes could not be read at all (for example permission denied);
// the file is left untouched.
func OpenNotes(dir, identity, textHash string) (*NotesStore, string, error) {
	return openNotesNamed(dir, notesFileName(identity), textHash)
}

// openNotesNamed is OpenNotes for the notes file name (notesFileName).
func openNotesNamed(dir, name, textHash string) (*NotesStore, string, error) {
	s := &NotesStore{
		dir:      dir,
		path:     filepath.Join(dir, name+".json"),
		lockPath: filepath.Join(dir, name+".lock"),
		textHash: textHash,
		notes:    map[string]model.Note{},
		now:      time.Now,
	}
	f, err := s.readFile()
	var unusable *MovedAsideError
	switch {
	case errors.As(err, &unusable):
		warning, err := s.recoverUnusable()
		if err != nil {
			return nil, "", err
		}
		return s, warning, nil
	case err != nil:
		return nil, "", err
	case f != nil:
		s.adopt(f)
		s.changed = f.TextHash != "" && f.TextHash != textHash
	}
	return s, "", nil
}

// recoverUnusable moves an unusable notes file aside under the lock, so that
// it cannot move a good file another instance has just written in its place.
func (s *NotesStore) recoverUnusable() (warning string, err error) {
	unlock, err := notesDisk.Lock(s.lockPath)
	if err != nil {
		return "", fmt.Errorf("open notes: %w", err)
	}
	defer unlock()
	f, err := s.readFile()
	var unusable *MovedAsideError
	switch {
	case errors.As(err, &unusable):
		if err := s.moveAside(unusable); err != nil {
			return "", err
		}
		return unusable.Error(), nil
	case err != nil:
		return "", err
	case f != nil: // another instance replaced it meanwhile
		s.adopt(f)
		s.changed = f.TextHash != "" && f.TextHash != s.textHash
	}
	return "", nil
}

// Path is the notes file.
func (s *NotesStore) Path() string { return s.path }

// ArticleChanged reports whether the article's text differs from the text
// the notes were last saved against (some notes may be on claims that no
// longer exist).
func (s *NotesStore) ArticleChanged() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// Notes returns a copy of the live notes keyed by claim ID (tombstones and
// empty notes left out).
func (s *NotesStore) Notes() map[string]model.Note {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]model.Note, len(s.notes))
	for id, n := range s.notes {
		if n.Live() {
			out[id] = n
		}
	}
	return out
}

// Note returns the live note on a claim, if any.
func (s *NotesStore) Note(claimID string) (model.Note, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, ok := s.notes[claimID]
	if !ok || !n.Live() {
		return model.Note{ClaimID: claimID}, false
	}
	return n, true
}

// Position is the claim ID the reader was on, "" if unknown.
func (s *NotesStore) Position() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.position
}

// Set records a claim's note and verdict and saves at once. The caller
// fills ClaimID, Text, Verdict and, ideally, Quote (the claim's text, shown
// if the article later loses the claim); Set stamps Updated. Set replaces
// both text and verdict: to change one alone, use SetText or CycleVerdict. A
// note with no text and no verdict deletes the note (it leaves a
// tombstone). Setting what is already there saves nothing, so closing an
// untouched editor never overrides another instance's newer edit.
//
// If saving fails, the note stays in memory (Notes shows it, and the next
// successful save writes it) and the error is returned; the file on disk is
// left as it was. A *MovedAsideError means the note was saved but a damaged
// notes file found on disk had to be moved aside first.
func (s *NotesStore) Set(n model.Note) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.setLocked(n)
}

// SetText changes a claim's note text, keeping its verdict, and saves (see
// Set). An empty text with no verdict deletes the note.
func (s *NotesStore) SetText(claimID, quote, text string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.liveLocked(claimID)
	n.Quote, n.Text = quote, text
	return s.setLocked(n)
}

// CycleVerdict moves a claim's verdict to the next one (none → needs source
// → supported → disputed → none), keeping its text, saves (see Set) and
// returns the new verdict. On a failed save the new verdict is kept in
// memory and returned with the error.
func (s *NotesStore) CycleVerdict(claimID, quote string) (model.Verdict, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.liveLocked(claimID)
	n.Quote, n.Verdict = quote, n.Verdict.Next()
	return n.Verdict, s.setLocked(n)
}

// liveLocked is the live note on a claim, or an empty one. s.mu must be held.
func (s *NotesStore) liveLocked(claimID string) model.Note {
	if n, ok := s.notes[claimID]; ok && n.Live() {
		return n
	}
	return model.Note{ClaimID: claimID}
}

func (s *NotesStore) setLocked(n model.Note) error {
	if n.ClaimID == "" {
		return errors.New("save note: no claim ID")
	}
	if n.Deleted || strings.TrimSpace(n.Text) == "" {
		n.Text = ""
	}
	if n.Deleted {
		n.Verdict = model.VerdictNone
	}
	old, had := s.notes[n.ClaimID]
	if n.Empty() {
		if !had || !old.Live() {
			return nil
		}
		n = model.Note{ClaimID: n.ClaimID, Quote: old.Quote, Deleted: true}
	} else if had && old.Live() && old.Text == n.Text && old.Verdict == n.Verdict {
		return nil
	}
	if n.Quote == "" {
		n.Quote = old.Quote
	}
	n.Updated = s.stamp(old.Updated)
	s.notes[n.ClaimID] = n
	return s.saveLocked()
}

// SetPosition records the claim the reader is on and saves it.
func (s *NotesStore) SetPosition(claimID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if claimID == s.position {
		return nil
	}
	s.position = claimID
	s.positionSet = s.stamp(s.positionSet)
	return s.saveLocked()
}

// Save writes the notes again: after a failed save, it retries.
func (s *NotesStore) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saveLocked()
}

// stamp is the time of a change: now, but always after the change it
// replaces, so a local edit supersedes the previous version even if the
// clock stepped back. It has no monotonic reading so that it compares the
// same before and after a trip through the file.
func (s *NotesStore) stamp(prev time.Time) time.Time {
	t := s.now().Round(0).UTC()
	if !t.After(prev) {
		t = prev.Add(time.Nanosecond)
	}
	return t
}

// saveLocked merges the file on disk into memory and writes the result,
// under the sidecar lock. s.mu must be held. The in-memory notes are only
// replaced by the merge once it is safely on disk.
func (s *NotesStore) saveLocked() (err error) {
	if err := notesDisk.MkdirAll(s.dir); err != nil {
		return fmt.Errorf("save notes: %w", err)
	}
	unlock, err := notesDisk.Lock(s.lockPath)
	if err != nil {
		return fmt.Errorf("save notes: %w", err)
	}
	defer func() {
		if uerr := unlock(); uerr != nil && err == nil {
			err = fmt.Errorf("save notes: unlock: %w", uerr)
		}
	}()

	notes, pos, posSet := s.notes, s.position, s.positionSet
	f, rerr := s.readFile()
	var moved *MovedAsideError
	switch {
	case errors.As(rerr, &moved):
		if err := s.moveAside(moved); err != nil {
			return fmt.Errorf("save notes: %w", err)
		}
	case rerr != nil:
		return fmt.Errorf("save notes: %w", rerr)
	case f != nil:
		notes = model.MergeNotes(notes, recordsToNotes(f.Notes))
		if f.Position != nil && f.Position.Updated.After(posSet) {
			pos, posSet = f.Position.Claim, f.Position.Updated
		}
	}

	if err := s.writeFile(notes, pos, posSet); err != nil {
		return fmt.Errorf("save notes to %s: %w", s.path, err)
	}
	s.notes, s.position, s.positionSet = notes, pos, posSet
	if !s.swept {
		s.removeStaleTemps()
		s.swept = true
	}
	if moved != nil {
		return moved
	}
	return nil
}

// writeFile replaces the notes file atomically: temporary file in the notes
// folder, fsync, rename, then fsync the folder so the rename is durable.
func (s *NotesStore) writeFile(notes map[string]model.Note, pos string, posSet time.Time) error {
	f := notesFile{Schema: NotesSchema, TextHash: s.textHash, Notes: make(map[string]noteRecord, len(notes))}
	if pos != "" || !posSet.IsZero() {
		f.Position = &positionRecord{Claim: pos, Updated: posSet}
	}
	for id, n := range notes {
		f.Notes[id] = noteRecord{Quote: n.Quote, Text: n.Text, Verdict: n.Verdict, Updated: n.Updated, Deleted: n.Deleted}
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	t, err := notesDisk.CreateTemp(s.dir, s.path)
	if err != nil {
		return err
	}
	defer t.Cleanup()
	if _, err := t.Write(b); err != nil {
		return err
	}
	if err := t.CloseAtomicallyReplace(); err != nil {
		return err
	}
	return notesDisk.SyncDir(s.dir)
}

// readFile reads and checks the notes file: (nil, nil) when there is none;
// a *MovedAsideError (with no destination yet) when it is damaged or too new.
func (s *NotesStore) readFile() (*notesFile, error) {
	b, err := notesDisk.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read notes %s: %w", s.path, err)
	}
	f, reason := parseNotesFile(b)
	if reason != "" {
		return nil, &MovedAsideError{From: s.path, Reason: reason}
	}
	return f, nil
}

// parseNotesFile decodes a notes file, or says why it cannot be trusted.
func parseNotesFile(b []byte) (*notesFile, string) {
	var f notesFile
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return nil, "damaged (" + err.Error() + ")"
	}
	if dec.More() {
		return nil, "damaged (data after the notes)"
	}
	switch {
	case f.Schema > NotesSchema:
		return nil, fmt.Sprintf("written by a newer marginalia (schema %d, this one reads %d)", f.Schema, NotesSchema)
	case f.Schema < 1:
		return nil, "damaged (no schema version)"
	}
	for id, r := range f.Notes {
		if id == "" || !r.Verdict.Valid() {
			return nil, fmt.Sprintf("damaged (bad note %q)", id)
		}
	}
	return &f, ""
}

// adopt takes the notes and position of a freshly read file.
func (s *NotesStore) adopt(f *notesFile) {
	s.notes = recordsToNotes(f.Notes)
	if f.Position != nil {
		s.position, s.positionSet = f.Position.Claim, f.Position.Updated
	}
}

func recordsToNotes(rs map[string]noteRecord) map[string]model.Note {
	out := make(map[string]model.Note, len(rs))
	for id, r := range rs {
		out[id] = model.Note{ClaimID: id, Quote: r.Quote, Text: r.Text, Verdict: r.Verdict,
			Updated: r.Updated, Deleted: r.Deleted}
	}
	return out
}

// MovedAsideError reports a notes file that could not be used and was kept
// under another name. Returned by NotesStore.Set after a successful save, it
// is a warning, not a failure.
type MovedAsideError struct {
	From, To string
	Reason   string
}

func (e *MovedAsideError) Error() string {
	if e.To == "" {
		return fmt.Sprintf("notes file %s is %s", e.From, e.Reason)
	}
	return fmt.Sprintf("notes file was %s; kept it as %s and started afresh", e.Reason, e.To)
}

// moveAside renames an unusable notes file to
// <name>.corrupt-<UTC timestamp>.json (or .newer-… for a newer schema) in the
// same folder, never replacing an earlier one, and records where in me.
func (s *NotesStore) moveAside(me *MovedAsideError) error {
	label := "corrupt"
	if strings.HasPrefix(me.Reason, "written by a newer") {
		label = "newer"
	}
	base := strings.TrimSuffix(s.path, ".json") + "." + label + "-" + s.now().UTC().Format("20060102T150405Z")
	to := base + ".json"
	for i := 2; fileExists(to); i++ {
		to = fmt.Sprintf("%s-%d.json", base, i)
	}
	if err := notesDisk.Rename(s.path, to); err != nil {
		return fmt.Errorf("move aside unusable notes file %s: %w", s.path, err)
	}
	me.To = to
	if err := notesDisk.SyncDir(s.dir); err != nil {
		return fmt.Errorf("move aside unusable notes file %s: %w", s.path, err)
	}
	return nil
}

// removeStaleTemps deletes temporary files a killed writer left behind. It
// runs under the lock, when no other writer of this file can have one open.
// renameio names them "." + base name + random digits.
func (s *NotesStore) removeStaleTemps() {
	prefix := "." + filepath.Base(s.path)
	names, _ := notesDisk.ReadDirNames(s.dir)
	for _, name := range names {
		rest, ok := strings.CutPrefix(name, prefix)
		if ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
			_ = notesDisk.Remove(filepath.Join(s.dir, name))
		}
	}
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// hashHex is the SHA-256 of the parts, joined, in hex. The text goes
// through a small buffer rather than one []byte(s): that conversion copied
// the whole article (5 MB for a 5 MB article) on the way to the reader's
// first frame.
func hashHex(parts ...string) string {
	h := sha256.New()
	var buf [32 << 10]byte
	for _, s := range parts {
		for len(s) > 0 {
			n := copy(buf[:], s)
			h.Write(buf[:n])
			s = s[n:]
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
