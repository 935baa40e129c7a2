// Package store persists kg's articles, events, triples and discovered actors
// in a Badger key-value store, so that a build can be resumed, repeated
// cheaply (unchanged articles are skipped) and queried without re-reading the
// articles.
//
// Key layout (one letter and a slash per kind of record; \x00 separates the
// variable parts, so no article or actor id may contain a NUL byte; seq is a
// big-endian number):
//
//	v                                    schema version ("1")
//	a/<article id>                       article: JSON, a NUL byte, its text
//	h/<content hash>                     id of the article with that text
//	e/<article id>\x00<seq4>             event, JSON
//	t/<article id>\x00<event seq4><seq4> triple, JSON (the event's seq-th)
//	x/<actor id>\x00<triple key>         empty: actor index, one entry for the
//	                                     subject and one for the object
//	n/<actor id>                         actor discovered by an extractor, JSON
//
// Events and triples sort under their article, so replacing an article deletes
// them by prefix; the actor index lets TriplesOf read one actor's triples
// without scanning the others.
//
// Writes are not synced to disk one by one (Badger's SyncWrites is off): what a
// transaction writes is in the operating system's page cache at once and
// survives a crash of kg; Close writes everything to the store's tables and
// syncs them. Only a crash of the machine before Close can lose a build's
// last writes.
package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/ristretto/v2/z"
)

// schemaVersion is the layout described in the package comment. A store with
// another version must be rebuilt.
const schemaVersion = "1"

// Errors a caller may want to tell apart.
var (
	// ErrLocked means another process has the store open for writing, or
	// (when opening for writing) reading. The error's message names it.
	ErrLocked = errors.New("store is in use by another process")
	// ErrReadOnly is returned by writes to a store opened read-only.
	ErrReadOnly = errors.New("store is open read-only")
	// ErrClosed is returned by any use of a closed store.
	ErrClosed = errors.New("store is closed")
)

// Options tune Open.
type Options struct {
	// ReadOnly opens the store for queries: several readers may share it, but
	// not with a writer.
	ReadOnly bool
	// Logger receives Badger's own log lines at Debug level. Nil discards them.
	Logger *slog.Logger
	// MustExist refuses to create a store: a writable open of a directory
	// without one fails as a read-only open does (kg verify).
	MustExist bool
}

// Store is an open kg store. Its methods may be called from several
// goroutines, but not concurrently with Close.
type Store struct {
	db        *badger.DB
	dir       string
	readOnly  bool
	ownerPath string // the owner file to remove on Close; "" when read-only
	closed    atomic.Bool
}

// Open opens the store in dir, creating it unless opt.ReadOnly.
//
// A store that was not closed cleanly (kg was killed during a build) cannot be
// opened read-only by Badger until its write-ahead log is replayed. Open then
// replays it by opening the store for writing for a moment, which is what the
// next build would do anyway, and reopens it read-only; this fails with
// ErrLocked only if another process holds the store. The same goes for a log
// file that a kill left empty.
func Open(dir string, opt Options) (*Store, error) {
	if opt.ReadOnly || opt.MustExist {
		if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("open store %s: no store there (run kg build first): %w", dir, fs.ErrNotExist)
		}
	}
	if !opt.ReadOnly {
		return openWritable(dir, opt.Logger)
	}
	db, err := openBadger(dir, true, opt.Logger)
	if err != nil && (needsReplay(err) || hasEmptyLog(dir)) {
		if opt.Logger != nil {
			opt.Logger.Debug("store was not closed cleanly; replaying its log", "dir", dir)
		}
		w, werr := openWritable(dir, opt.Logger)
		if werr != nil {
			if errors.Is(werr, ErrLocked) {
				return nil, werr
			}
			return nil, fmt.Errorf("open store %s: it was not closed cleanly and recovering it needs write access "+
				"(run any kg build or `kg verify`): %w", dir, werr)
		}
		if werr := w.Close(); werr != nil {
			return nil, fmt.Errorf("open store %s: recovering after an unclean close: %w", dir, werr)
		}
		db, err = openBadger(dir, true, opt.Logger)
	}
	if err != nil {
		return nil, openError(dir, err)
	}
	s := &Store{db: db, dir: dir, readOnly: true}
	if err := s.checkSchema(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func openWritable(dir string, logger *slog.Logger) (*Store, error) {
	db, err := openBadger(dir, false, logger)
	if err != nil {
		return nil, openError(dir, err)
	}
	s := &Store{db: db, dir: dir, ownerPath: filepath.Join(dir, ownerFile)}
	if err := writeOwner(s.ownerPath); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if err := s.checkSchema(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// valueLogFileSize is the size of Badger's value log files. Values of 1 MB or
// more are written there, and none may be larger (see MaxRecord).
const valueLogFileSize = 16 << 20

// openBadger opens Badger with options sized for a command-line tool. Badger
// preallocates sparse files of twice the memtable and value log sizes: with
// its defaults a fresh store looks like 2.2 GB in ls while open (128 MB of
// write-ahead log, 2 GB of value log); with these, 68 MB, of which some 30 KB
// is really allocated, and about 1 MB once closed. Nor does a build hold
// hundreds of MB of caches.
//
// Tables keep Badger's Snappy compression. Zstandard would make a store of
// 30,000 news articles 55 MB instead of 70 (and a build's RSS, which counts
// the table pages Badger maps, some 20 MB smaller), but a query reading a
// busy actor's triples from a fresh process spends twice as long
// decompressing: 90 ms instead of 50 for the United States.
func openBadger(dir string, readOnly bool, logger *slog.Logger) (*badger.DB, error) {
	var l badger.Logger // nil: Badger logs nothing
	if logger != nil {
		l = slogAdapter{logger}
	}
	opts := badger.DefaultOptions(dir).
		WithReadOnly(readOnly).
		WithLogger(l).
		WithSyncWrites(false).      // see the package comment
		WithMemTableSize(16 << 20). // a transaction holds up to 15% of it: 2.4 MB
		WithNumMemtables(3).
		WithValueLogFileSize(valueLogFileSize). // values stay in the tables (below ValueThreshold, 1 MB)
		WithBlockCacheSize(32 << 20).
		WithNumCompactors(2).
		WithMetricsEnabled(false)
	db, err := badger.Open(opts)
	// A process killed between creating a write-ahead log file and sizing it
	// leaves the file empty. Badger 4.9 sizes such a file and then refuses
	// to open (dgraph-io/badger#2207); opened again, it finds the file sized
	// and empty, and deletes it. Each open heals one file.
	for range maxEmptyLogs {
		if err == nil || readOnly || !strings.Contains(err.Error(), z.NewFile.Error()) {
			break
		}
		db, err = badger.Open(opts)
	}
	return db, err
}

// maxEmptyLogs bounds the opens that heal empty log files: a kill leaves at
// most one, and the next build heals it.
const maxEmptyLogs = 8

// hasEmptyLog reports whether dir holds an empty write-ahead or value log
// file, which a read-only open cannot size (see openBadger).
func hasEmptyLog(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".mem") && !strings.HasSuffix(e.Name(), ".vlog") {
			continue
		}
		if info, err := e.Info(); err == nil && info.Size() == 0 {
			return true
		}
	}
	return false
}

// needsReplay reports whether Badger refused a read-only open because the
// store was not closed cleanly. Badger formats the error it wraps with %+v,
// so only the message can tell.
func needsReplay(err error) bool {
	return errors.Is(err, badger.ErrTruncateNeeded) ||
		strings.Contains(err.Error(), badger.ErrTruncateNeeded.Error())
}

// openError turns Badger's directory-lock error into ErrLocked, naming the
// process that holds the store.
func openError(dir string, err error) error {
	if strings.Contains(err.Error(), "Cannot acquire directory lock") {
		return &lockedError{dir: dir, holder: describeOwner(filepath.Join(dir, ownerFile)), cause: err}
	}
	return fmt.Errorf("open store %s: %w", dir, err)
}

type lockedError struct {
	dir    string
	holder string
	cause  error
}

func (e *lockedError) Error() string {
	return fmt.Sprintf("store %s is in use by %s", e.dir, e.holder)
}

func (e *lockedError) Unwrap() []error { return []error{ErrLocked, e.cause} }

// checkSchema writes the schema version into a new store and refuses a store
// of another version or one that is not kg's.
func (s *Store) checkSchema() error {
	var version string
	var empty bool
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keyVersion)
		if errors.Is(err, badger.ErrKeyNotFound) {
			it := txn.NewIterator(badger.IteratorOptions{})
			defer it.Close()
			it.Rewind()
			empty = !it.Valid()
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		version = string(v)
		return err
	})
	switch {
	case err != nil:
		return fmt.Errorf("open store %s: read schema version: %w", s.dir, err)
	case version == schemaVersion:
		return nil
	case version != "":
		return fmt.Errorf("open store %s: schema version %s, this kg uses %s: delete it and run kg build",
			s.dir, version, schemaVersion)
	case !empty:
		return fmt.Errorf("open store %s: not a kg store (no schema version)", s.dir)
	case s.readOnly:
		return nil
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(keyVersion, []byte(schemaVersion))
	})
	if err != nil {
		return fmt.Errorf("open store %s: write schema version: %w", s.dir, err)
	}
	return nil
}

// Dir returns the store's directory.
func (s *Store) Dir() string { return s.dir }

// Close flushes and closes the store. Closing a closed store does nothing.
func (s *Store) Close() error {
	if !s.closed.CompareAndSwap(false, true) {
		return nil
	}
	var errs []error
	// The owner file goes first: once Badger releases its lock, the file
	// belongs to whoever opens the store next.
	if s.ownerPath != "" {
		if err := os.Remove(s.ownerPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if err := s.db.Close(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store %s: %w", s.dir, err)
	}
	return nil
}

// view runs fn in a read transaction of an open store.
func (s *Store) view(fn func(txn *badger.Txn) error) error {
	if s.closed.Load() {
		return ErrClosed
	}
	return s.db.View(fn)
}

// slogAdapter routes Badger's log to a slog.Logger at Debug level: Badger
// reports routine work (compactions, replays) as INFO and WARNING, which a
// kg user has no use for.
type slogAdapter struct{ log *slog.Logger }

func (a slogAdapter) Errorf(format string, args ...any)   { a.logf("error", format, args) }
func (a slogAdapter) Warningf(format string, args ...any) { a.logf("warning", format, args) }
func (a slogAdapter) Infof(format string, args ...any)    { a.logf("info", format, args) }
func (a slogAdapter) Debugf(format string, args ...any)   { a.logf("debug", format, args) }

func (a slogAdapter) logf(level, format string, args []any) {
	if !a.log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	msg := strings.TrimSpace(fmt.Sprintf(format, args...))
	a.log.Debug(msg, "component", "badger", "badger_level", level)
}
