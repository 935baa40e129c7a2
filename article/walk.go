package article

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// DefaultMaxLine is the longest JSON line, and the largest .txt file, Walk
// accepts when Options.MaxLine is not set.
const DefaultMaxLine = 64 << 20

// Options tune Walk.
type Options struct {
	// Strict makes any bad input fatal: Walk returns the first Problem as
	// its error instead of reporting it and going on.
	Strict bool
	// MaxLine is the longest JSON line, and the largest .txt file, accepted,
	// in bytes; longer ones are reported and skipped. Zero means
	// DefaultMaxLine. It bounds the memory Walk uses.
	MaxLine int
	// Exclude are folders not to read (a build's own store, when it lies
	// among the articles); they are passed over silently.
	Exclude []string
}

// Problem is bad input Walk skipped: a file it could not read or a line it
// could not use.
type Problem struct {
	Path string
	Line int // 1-based line number in Path; 0 when the problem is not about a line
	Err  error
}

// Error returns "path:line: message", or "path: message" without a line.
func (p Problem) Error() string {
	if p.Line > 0 {
		return p.Path + ":" + strconv.Itoa(p.Line) + ": " + p.Err.Error()
	}
	return p.Path + ": " + p.Err.Error()
}

// Unwrap returns the underlying error, so that errors.Is(p, ErrEmpty) and
// errors.Is(p, fs.ErrNotExist) work.
func (p Problem) Unwrap() error { return p.Err }

// Kinds of bad input, found with errors.Is on a Problem.
var (
	ErrUnsupported = errors.New("unsupported file type (want .txt, .jsonl or .jsonl.gz)")
	ErrNotRegular  = errors.New("not a regular file")
	ErrVisited     = errors.New("already read (symlink loop or repeated path)")
	ErrEmpty       = errors.New("empty")
	ErrBinary      = errors.New("binary data (NUL byte)")
	ErrNotUTF8     = errors.New("not valid UTF-8")
	ErrTooLong     = errors.New("too long")
	ErrBadJSON     = errors.New("malformed JSON")
	ErrMissing     = errors.New("missing field")
)

// Walk reads every article under paths and calls fn for each.
//
// A path may be a file or a folder; folders are read recursively, their
// entries in name order, skipping names that start with a dot. Paths
// themselves are read in the order given. A .txt file is one article; a
// .jsonl file holds one article a line, as a JSON object with the fields id,
// date, url, title and text, and a .jsonl.gz file is the same compressed
// with gzip. Other files are skipped and reported. Symbolic links are
// followed, but a folder or file already read is not read again.
//
// Bad input (a missing, unreadable, empty, binary or non-UTF-8 file, a
// malformed or overlong line, a damaged gzip stream) is passed to onProblem,
// which may be nil, and skipped; with opt.Strict the first problem is
// returned as the error instead. An error from fn stops the walk and is
// returned as it is; so is ctx.Err() when ctx is done.
func Walk(ctx context.Context, paths []string, opt Options, fn func(Article) error, onProblem func(Problem)) error {
	if opt.MaxLine <= 0 {
		opt.MaxLine = DefaultMaxLine
	}
	w := &walker{
		ctx:       ctx,
		opt:       opt,
		fn:        fn,
		onProblem: onProblem,
		seen:      make(map[string]bool),
	}
	for _, path := range paths {
		if err := w.walk(path); err != nil {
			return err
		}
	}
	return nil
}

// walker holds the state of one Walk.
type walker struct {
	ctx       context.Context
	opt       Options
	fn        func(Article) error
	onProblem func(Problem)
	seen      map[string]bool // real paths of folders and files already read
}

// report hands a problem to onProblem, or returns it in strict mode.
func (w *walker) report(path string, line int, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// The path is already in the Problem; keep only what went wrong.
		err = pe.Err
	}
	p := Problem{Path: path, Line: line, Err: err}
	if w.opt.Strict {
		return p
	}
	if w.onProblem != nil {
		w.onProblem(p)
	}
	return nil
}

// emit passes an article to fn, unless the walk was cancelled.
func (w *walker) emit(a Article) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(a)
}

// excluded reports whether a folder is one of Options.Exclude.
func (w *walker) excluded(path string) bool {
	for _, x := range w.opt.Exclude {
		if sameFile(path, x) {
			return true
		}
	}
	return false
}

func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}

// walk reads the file or folder at path.
func (w *walker) walk(path string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	info, err := os.Stat(path) // follows symbolic links
	if err != nil {
		return w.report(path, 0, err)
	}
	if info.IsDir() {
		if w.excluded(path) {
			return nil
		}
		return w.walkDir(path)
	}
	kind := fileKind(path)
	if kind == kindUnsupported {
		return w.report(path, 0, ErrUnsupported)
	}
	if !info.Mode().IsRegular() {
		// Reading a FIFO or a device could block forever.
		return w.report(path, 0, ErrNotRegular)
	}
	if !w.firstVisit(path) {
		return w.report(path, 0, ErrVisited)
	}
	if info.Size() == 0 {
		return w.report(path, 0, ErrEmpty)
	}
	switch kind {
	case kindText:
		return w.readText(path)
	case kindJSONL:
		return w.readJSONLines(path, false)
	default:
		return w.readJSONLines(path, true)
	}
}

func (w *walker) walkDir(dir string) error {
	if !w.firstVisit(dir) {
		return w.report(dir, 0, ErrVisited)
	}
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		// ReadDir returns the entries it read before the error; read them.
		if perr := w.report(dir, 0, err); perr != nil {
			return perr
		}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := w.walk(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// firstVisit records path by its real location and reports whether it was
// new. A path whose real location cannot be found counts as new: opening it
// will report what is wrong.
func (w *walker) firstVisit(path string) bool {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return true
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if w.seen[real] {
		return false
	}
	w.seen[real] = true
	return true
}

type kind uint8

const (
	kindUnsupported kind = iota
	kindText
	kindJSONL
	kindJSONLGzip
)

func fileKind(path string) kind {
	name := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(name, ".txt"):
		return kindText
	case strings.HasSuffix(name, ".jsonl"):
		return kindJSONL
	case strings.HasSuffix(name, ".jsonl.gz"):
		return kindJSONLGzip
	}
	return kindUnsupported
}

// tooLong describes a line or file over the limit.
func tooLong(what string, limit int) error {
	return fmt.Errorf("%w: %s over %d bytes", ErrTooLong, what, limit)
}
