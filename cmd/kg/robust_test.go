package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"kg/build"
)

// badInput is one kind of bad input in a folder given to kg build.
type badInput struct {
	name string // its name in the folder
	// write creates it; it may return errSkipCase when the case cannot be
	// set up here.
	write func(t *testing.T, path string) error
	// warn is the warning's input field after the folder's path and a
	// slash; %d stands for the line found by line, if any.
	warn string
	line func(t *testing.T, path string) int
}

var errSkipCase = errors.New("case not possible here")

// jsonLine encodes one article as a JSON line.
func jsonLine(t *testing.T, id, text string) string {
	t.Helper()
	data, err := json.Marshal(map[string]string{"id": id, "date": "2024-05-01", "title": id, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	return string(data) + "\n"
}

// completeLines counts the lines of a damaged gzip file that decompress
// whole: what kg build can read of it.
func completeLines(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err == nil {
		t.Fatalf("%s is not damaged", path)
	}
	return bytes.Count(data, []byte("\n"))
}

// badInputs returns the kinds of bad input, each with a good article in
// the same file where the format allows, and how many good articles they
// hold.
func badInputs(t *testing.T) ([]badInput, int) {
	article := func(i int) string {
		return fmt.Sprintf("لقاء رقم %d\nالتقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في موسكو يوم %d.\n", i, i)
	}
	write := func(data string) func(*testing.T, string) error {
		return func(_ *testing.T, path string) error { return os.WriteFile(path, []byte(data), 0o644) }
	}
	const gzLines = 400
	inputs := []badInput{
		{name: "binary.txt", write: write("عنوان\nسطر\n\x00\x01\x02"), warn: "binary.txt:3: binary data (NUL byte)"},
		{name: "binary.jsonl", write: write(jsonLine(t, "b1", article(1)) + "\x00\x00\x00\n"),
			warn: "binary.jsonl:2: binary data (NUL byte)"},
		{name: "blank.txt", write: write(" \n\t\n\u00a0\n"), warn: "blank.txt: empty"},
		{name: "cut.jsonl.gz", write: func(t *testing.T, path string) error {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			for i := range gzLines {
				// Text that compresses poorly, so that the cut falls
				// well inside the lines.
				fmt.Fprint(zw, jsonLine(t, fmt.Sprintf("gz-%03d", i), article(1000+i)+strconv.FormatUint(uint64(i)*2654435761, 36)))
			}
			if err := zw.Close(); err != nil {
				return err
			}
			return os.WriteFile(path, buf.Bytes()[:buf.Len()/2], 0o644)
		}, warn: "cut.jsonl.gz:%d: damaged gzip stream: unexpected EOF",
			line: func(t *testing.T, path string) int { return completeLines(t, path) + 1 }},
		{name: "empty.txt", write: write(""), warn: "empty.txt: empty"},
		{name: "empty.jsonl", write: write("\n\n"), warn: "empty.jsonl: empty"},
		{name: "latin1.txt", write: write("Titre\nd\xe9j\xe0 vu\n"), warn: "latin1.txt:2: not valid UTF-8"},
		{name: "loop", write: func(_ *testing.T, path string) error { return os.Symlink(".", path) },
			warn: "loop: already read (symlink loop or repeated path)"},
		{name: "news.jsonl", write: write(jsonLine(t, "n1", article(2)) + jsonLine(t, "n2", article(3)) +
			`{"id": "n3", "text": "نص` + "\n" + `{"id": "n4"}` + "\n" + "{\"id\": \"n5\", \"text\": \"\xff\"}\n" +
			jsonLine(t, "n6", article(4))),
			warn: "news.jsonl:3: malformed JSON: unexpected end of JSON input (byte 26)"},
		{name: "news.jsonl", warn: `news.jsonl:4: missing field "text"`},
		{name: "news.jsonl", warn: "news.jsonl:5: not valid UTF-8 at byte 23"},
		{name: "notes.pdf", write: write("%PDF-1.4"), warn: "notes.pdf: unsupported file type (want .txt, .jsonl or .jsonl.gz)"},
		{name: "self.txt", write: func(_ *testing.T, path string) error { return os.Symlink("self.txt", path) },
			warn: "self.txt: too many levels of symbolic links"},
		{name: "secret.txt", write: func(_ *testing.T, path string) error {
			if os.Geteuid() == 0 {
				return errSkipCase // root reads anything
			}
			return os.WriteFile(path, []byte(article(5)), 0o000)
		}, warn: "secret.txt: permission denied"},
		{name: "huge.jsonl", write: func(t *testing.T, path string) error {
			// 100 MB in the long run; else just over the limit.
			size := build.DefaultMaxLine + 1
			if longTests() {
				size = 100 << 20
			}
			f, err := os.Create(path)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(f)
			w.WriteString(jsonLine(t, "h1", article(6)))
			w.WriteString(`{"id": "h2", "text": "`)
			chunk := strings.Repeat("نص طويل ", 1<<10)
			for n := 0; n < size; n += len(chunk) {
				w.WriteString(chunk)
			}
			w.WriteString("\"}\n")
			w.WriteString(jsonLine(t, "h3", article(7)))
			if err := w.Flush(); err != nil {
				return err
			}
			return f.Close()
		}, warn: fmt.Sprintf("huge.jsonl:2: too long: line over %d bytes", build.DefaultMaxLine)},
	}
	// Good articles: news.jsonl's n1, n2 and n6, what cut.jsonl.gz holds
	// whole, and huge.jsonl's two short lines. (binary.jsonl is skipped
	// whole: its first line may be good, but a NUL byte near the start of a
	// file says it is not text.)
	return inputs, 3 + 2
}

// buildBadFolder writes the bad inputs beside good articles (the project's,
// which sort first, and one that sorts last) and returns the folder, the
// warnings kg build must give in order, and how many articles it must store.
func buildBadFolder(t *testing.T) (dir string, warnings []string, good int) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "in")
	copyDir(t, articlesDir, dir)
	writeFile(t, filepath.Join(dir, "zz-last.txt"), "آخر مقال\nاستقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني في دمشق.\n")
	inputs, good := badInputs(t)
	good += 5 + 1
	for _, in := range inputs {
		path := filepath.Join(dir, in.name)
		if in.write != nil {
			err := in.write(t, path)
			if errors.Is(err, errSkipCase) {
				t.Logf("no %s here", in.name)
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
		} else if _, err := os.Lstat(path); err != nil {
			continue // a further problem of a file not written
		}
		w := in.warn
		if in.line != nil {
			n := in.line(t, path)
			w = fmt.Sprintf(w, n)
			good += n - 1
		}
		warnings = append(warnings, filepath.Join(dir, w))
	}
	slices.Sort(warnings) // the walk's order: by name, then by line
	return dir, warnings, good
}

var skippedLine = regexp.MustCompile(`(?m)^.*level=WARN msg=skipped input=("(?:[^"\\]|\\.)*"|\S+)$`)

// skippedInputs returns the inputs of the skipped warnings in kg's log.
func skippedInputs(t *testing.T, stderr string) []string {
	t.Helper()
	var out []string
	for _, m := range skippedLine.FindAllStringSubmatch(stderr, -1) {
		v := m[1]
		if strings.HasPrefix(v, `"`) {
			var err error
			if v, err = strconv.Unquote(v); err != nil {
				t.Fatalf("warning %q: %v", m[0], err)
			}
		}
		out = append(out, v)
	}
	return out
}

// TestBuildBadInput gives kg build a folder with every kind of bad input
// among good articles: it must skip each with a warning naming the file and
// line, store the rest, and count them; --strict must stop at the first.
func TestBuildBadInput(t *testing.T) {
	dir, warnings, good := buildBadFolder(t)
	// Line numbers are sorted as text above: fine while they have one digit
	// or come from different files.
	db := filepath.Join(t.TempDir(), "kg.db")
	r := runKG(nil, "build", "--db", db, dir)
	if r.code != 0 || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("kg build of a folder with bad input: %v", r)
	}
	if got := skippedInputs(t, r.stderr); !slices.Equal(got, warnings) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(warnings, "\n"))
	}
	s := parseSummary(t, r.stdout)
	if s.skipped != len(warnings) || s.read != good || s.added != good {
		t.Errorf("summary %+v, want %d read and added, %d skipped", s, good, len(warnings))
	}
	if articles, _ := storeCounts(t, db); articles != good {
		t.Errorf("the store holds %d articles, want %d", articles, good)
	}

	t.Run("strict", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kg.db")
		r := runKG(nil, "build", "--strict", "--db", db, dir)
		if want := "kg: " + warnings[0] + "\n"; r.code != 1 || !strings.HasSuffix(r.stderr, want) {
			t.Errorf("kg build --strict: want exit 1 ending %q; got %v", want, r)
		}
		if got := skippedInputs(t, r.stderr); len(got) > 0 {
			t.Errorf("kg build --strict skipped %q", got)
		}
	})
}

// TestBadSettings checks that a broken setting stops kg before it touches
// the store, with an error that names the file and line or the variable.
func TestBadSettings(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		path := filepath.Join(dir, name)
		writeFile(t, path, text)
		return path
	}
	lexicon := file("lexicon.yaml", "- id: atlantis\n  name: Atlantis\n  type: state\n  country: ATL\n\n- name: Nobody\n  type: planet\n")
	tests := []struct {
		name   string
		config string // kg.yaml's text, or "" for none
		env    map[string]string
		args   []string
		want   []string // in standard error; %s stands for the settings file
	}{
		{name: "unknown key", config: "db: x.db\n\nworkerz: 3\n",
			want: []string{`%s:3: unknown setting "workerz" (known: db, lexicon,`}},
		{name: "wrong type", config: "workers: many\n",
			want: []string{`%s:1: setting "workers": want a whole number, got "many"`}},
		{name: "list expected", config: "strict: false\nlexicon: {a: b}\n",
			want: []string{`%s:2: setting "lexicon"`}},
		{name: "value out of range", config: "min_confidence: 2\n", want: []string{`%s:1: setting "min_confidence": want a number from 0 to 1, got 2`}},
		{name: "YAML syntax", config: "db: [x\n", want: []string{"%s", "line 1"}},
		{name: "missing lexicon file", config: "workers: 1\nlexicon: [missing.yaml]\n",
			want: []string{`%s:2: setting "lexicon": lexicon file ` + filepath.Join(dir, "missing.yaml") + " does not exist"}},
		{name: "missing lexicon file (flag)", args: []string{"--lexicon", filepath.Join(dir, "gone.yaml")},
			want: []string{"--lexicon", "gone.yaml does not exist"}},
		{name: "missing lexicon file (env)", env: map[string]string{"KG_LEXICON": "gone.yaml"},
			want: []string{"KG_LEXICON", "gone.yaml does not exist"}},
		{name: "malformed lexicon entry", args: []string{"--lexicon", lexicon},
			want: []string{lexicon + ":6: missing id", lexicon + `:7: type: unknown type "planet"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			args := []string{"--db", db}
			var cfg string
			if tt.config != "" {
				cfg = file("kg.yaml", tt.config)
				args = append(args, "--config", cfg)
			}
			args = append(args, tt.args...)
			for _, cmd := range [][]string{{"build", articlesDir}, {"neighbors", "Assad"}} {
				r := runKG(tt.env, append(append(cmd[:1:1], args...), cmd[1:]...)...)
				if r.code != 1 || r.stdout != "" {
					t.Errorf("kg %s: want exit 1 and no output; got %v", cmd[0], r)
				}
				for _, w := range tt.want {
					if strings.Contains(w, "%s") {
						w = fmt.Sprintf(w, cfg)
					}
					if !strings.Contains(r.stderr, w) {
						t.Errorf("kg %s: want an error containing %q; got %v", cmd[0], w, r)
					}
				}
			}
			if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("kg created the store %s despite a bad setting", db)
			}
		})
	}
}

// TestVerifyDamagedStore damages a built store behind kg's back: kg verify
// must exit 1, list each problem with its key and say how many there are.
func TestVerifyDamagedStore(t *testing.T) {
	tests := []struct {
		name   string
		prefix string // of the key deleted
		want   *regexp.Regexp
	}{
		{"hash entry", "h/", regexp.MustCompile(`(?m)^a/\S+\.txt: no content-hash entry$`)},
		{"index entry", "x/", regexp.MustCompile(`(?m)^t/\S+\.txt/[0-9a-f]{16}: no index entry for (subject|object) "[^"]+"$`)},
		{"triple", "t/", regexp.MustCompile(`(?m)^x/[^/]+/t/\S+\.txt/[0-9a-f]{16}: triple t/\S+ does not exist$`)},
		{"article", "a/", regexp.MustCompile(`(?m)^e/\S+\.txt/[0-9a-f]{8}: article "\S+\.txt" does not exist$`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			copyDir(t, sharedStore(t), db)
			deleteFirstKey(t, db, tt.prefix)
			r := runKG(nil, "verify", "--db", db)
			if r.code != 1 || !strings.Contains(r.stderr, "kg: store "+db+" is damaged: ") || !tt.want.MatchString(r.stdout) {
				t.Errorf("kg verify of a store without a %s: want exit 1 and a line matching %s; got %v", tt.name, tt.want, r)
			}
		})
	}
}

// deleteFirstKey deletes the first key with the prefix from the store,
// through Badger itself.
func deleteFirstKey(t *testing.T, dir, prefix string) {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
		it.Rewind()
		if !it.Valid() {
			it.Close()
			return fmt.Errorf("no key starts with %q", prefix)
		}
		k := it.Item().KeyCopy(nil)
		it.Close()
		return txn.Delete(k)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestBuildOversizedArticle gives kg build an article with more events than
// one store transaction holds (a 600 KB digest of news): it must skip it
// with a warning naming the file, go on with the others and count it.
func TestBuildOversizedArticle(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "in")
	copyDir(t, articlesDir, dir)
	big, err := os.ReadFile(filepath.Join(bigArticles(t, 1), "big-00.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var digest strings.Builder
	for i := range 3 {
		for line := range strings.Lines(string(big)) {
			fmt.Fprintf(&digest, "%s %d\n", strings.TrimRight(line, "\n"), i)
		}
	}
	writeFile(t, filepath.Join(dir, "digest.txt"), digest.String())
	writeFile(t, filepath.Join(dir, "zz-last.txt"), "آخر مقال\nاستقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني في دمشق.\n")

	db := filepath.Join(t.TempDir(), "kg.db")
	r := runKG(nil, "build", "--db", db, dir)
	want := filepath.Join(dir, "digest.txt") + `: store article "digest.txt": article too large to store`
	if got := skippedInputs(t, r.stderr); r.code != 0 || len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Fatalf("kg build with an oversized article: want exit 0 and one warning starting %q; got %v", want, r)
	}
	if s := parseSummary(t, r.stdout); s.read != 7 || s.added != 6 || s.skipped != 1 {
		t.Errorf("summary %+v, want 7 read, 6 added and 1 skipped", s)
	}
	if articles, _ := storeCounts(t, db); articles != 6 {
		t.Errorf("the store holds %d articles, want 6", articles)
	}
	r = runKG(nil, "build", "--strict", "--db", filepath.Join(t.TempDir(), "kg.db"), dir)
	if r.code != 1 || !strings.Contains(r.stderr, "kg: "+want[len(dir)+len("/digest.txt: "):]) {
		t.Errorf("kg build --strict with an oversized article: want exit 1 naming it; got %v", r)
	}
}
