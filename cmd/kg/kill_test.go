package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"kg/article"
	"kg/extract"
	"kg/store"
)

// These tests run the kg binary and stop it the hard ways: SIGKILL at a
// random moment, Ctrl-C, a second process on the same store.

// longTests reports whether the long cases run: .ci/run sets KG_LONG.
func longTests() bool { return os.Getenv("KG_LONG") != "" }

// stressCorpus is an input that kg build takes a couple of seconds over:
// copies of the project's articles, each with a line of its own so that no
// two have the same text, as .txt files and as lines of a .jsonl file.
var stressCorpus struct {
	once     sync.Once
	dir      string
	articles int
	err      error
}

// stressCopies returns how many times the five articles are written as .txt
// files and as lines of stress.jsonl. The long input is large enough for
// Badger to flush tables during the build (its memtable is 16 MB), so that
// kills fall in flushes too.
func stressCopies() (text, jsonl int) {
	if longTests() {
		return 240, 60
	}
	return 80, 20
}

func stressInput(t *testing.T) (dir string, articles int) {
	t.Helper()
	stressCorpus.once.Do(func() {
		stressCorpus.dir = filepath.Join(suiteDir, "stress")
		stressCorpus.articles, stressCorpus.err = writeStressInput(stressCorpus.dir)
	})
	if stressCorpus.err != nil {
		t.Fatal(stressCorpus.err)
	}
	return stressCorpus.dir, stressCorpus.articles
}

func writeStressInput(dir string) (int, error) {
	entries, err := os.ReadDir(articlesDir)
	if err != nil {
		return 0, err
	}
	var names, texts []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			data, err := os.ReadFile(filepath.Join(articlesDir, e.Name()))
			if err != nil {
				return 0, err
			}
			names = append(names, strings.TrimSuffix(e.Name(), ".txt"))
			texts = append(texts, string(data))
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "txt"), 0o755); err != nil {
		return 0, err
	}
	textCopies, jsonCopies := stressCopies()
	n := 0
	for c := range textCopies {
		for i, text := range texts {
			name := filepath.Join(dir, "txt", fmt.Sprintf("%s-copy%03d.txt", names[i], c))
			if err := os.WriteFile(name, fmt.Appendf(nil, "%s\nنسخة رقم %d\n", text, c), 0o644); err != nil {
				return 0, err
			}
			n++
		}
	}
	var jsonl bytes.Buffer
	enc := json.NewEncoder(&jsonl)
	for c := range jsonCopies {
		for i, text := range texts {
			line := map[string]string{"id": fmt.Sprintf("%s-line%03d", names[i], c), "date": "2024-05-01",
				"text": fmt.Sprintf("%s\nسطر رقم %d\n", text, c)}
			if err := enc.Encode(line); err != nil {
				return 0, err
			}
			n++
		}
	}
	return n, os.WriteFile(filepath.Join(dir, "stress.jsonl"), jsonl.Bytes(), 0o644)
}

// storedArticle is what the store holds of one article, as JSON, to compare
// stores built differently.
type storedArticle struct {
	hash    string
	events  []string // in order
	triples []string // sorted
}

func (a storedArticle) equal(b storedArticle) bool {
	return a.hash == b.hash && slices.Equal(a.events, b.events) && slices.Equal(a.triples, b.triples)
}

// readStore reads every article of the store at db with its events and
// triples, opening it read-only as queries do. Triples of an article that is
// not stored fail the test.
func readStore(t *testing.T, db string) map[string]storedArticle {
	t.Helper()
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s read-only: %v", db, err)
	}
	defer st.Close()
	out := make(map[string]storedArticle)
	err = st.Articles(func(a article.Article) error {
		out[a.ID] = storedArticle{hash: a.Hash}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, a := range out {
		events, err := st.Events(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range events {
			a.events = append(a.events, mustJSON(t, ev))
		}
		out[id] = a
	}
	orphans := map[string]int{}
	err = st.Triples(func(tr extract.Triple) error {
		a, ok := out[tr.Article]
		if !ok {
			orphans[tr.Article]++
			return nil
		}
		a.triples = append(a.triples, mustJSON(t, tr))
		out[tr.Article] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, n := range orphans {
		t.Errorf("%s holds %d triples of article %s, which it does not hold", db, n, id)
	}
	for id, a := range out {
		slices.Sort(a.triples)
		out[id] = a
	}
	return out
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// checkWholeArticles checks that every article in got is stored exactly as
// in want, the store of an uninterrupted build: nothing missing, nothing
// extra, nothing twice.
func checkWholeArticles(t *testing.T, got, want map[string]storedArticle) {
	t.Helper()
	bad := 0
	for id, g := range got {
		w, ok := want[id]
		switch {
		case !ok:
			t.Errorf("article %s is stored but not in the input", id)
		case !g.equal(w):
			t.Errorf("article %s is stored with %d events and %d triples; an uninterrupted build stores %d and %d",
				id, len(g.events), len(g.triples), len(w.events), len(w.triples))
		default:
			continue
		}
		if bad++; bad == 10 {
			t.Fatal("too many damaged articles")
		}
	}
}

// verifyStore runs kg verify and fails the test unless the store is sound.
// It returns the number of articles kg verify counts.
func verifyStore(t *testing.T, bin, db string) int {
	t.Helper()
	r := runProcess(t, bin, "verify", "--db", db)
	m := soundLine.FindStringSubmatch(r.stdout)
	if r.code != 0 || m == nil {
		t.Fatalf("kg verify --db %s: %v", db, r)
	}
	if _, err := os.Stat(filepath.Join(db, "kg.owner")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("kg verify left the owner file behind (%v)", err)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// startedBuild is a kg build process with its output.
type startedBuild struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	done           chan struct{}
}

func startBuild(t *testing.T, bin string, args ...string) *startedBuild {
	t.Helper()
	b := &startedBuild{done: make(chan struct{})}
	b.cmd = kgCommand(bin, append([]string{"build"}, args...)...)
	b.cmd.Stdout, b.cmd.Stderr = &b.stdout, &b.stderr
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { b.cmd.Wait(); close(b.done) }()
	t.Cleanup(func() {
		b.cmd.Process.Kill()
		<-b.done
	})
	return b
}

func (b *startedBuild) result() result {
	<-b.done
	return result{code: b.cmd.ProcessState.ExitCode(), stdout: b.stdout.String(), stderr: b.stderr.String()}
}

// killedBuild runs kg build and kills it with SIGKILL after delay, unless it
// ends first; it reports whether it did, and then how long it took.
func killedBuild(t *testing.T, bin, db, input string, delay time.Duration) (ended bool, took time.Duration) {
	t.Helper()
	start := time.Now()
	b := startBuild(t, bin, "--db", db, input)
	select {
	case <-b.done:
		if r := b.result(); r.code != 0 {
			t.Fatalf("kg build: %v", r)
		}
		return true, time.Since(start)
	case <-time.After(delay):
	}
	if err := b.cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatal(err)
	}
	<-b.done
	return false, 0
}

// TestKillSafety kills kg build with SIGKILL at random moments, 3 times, or
// 20 with KG_LONG: what a build leaves must pass kg verify, open for queries
// and hold whole articles only, and the same build run again must complete
// the store, without duplicates, to what an uninterrupted build stores.
//
// KG_KILL_SEED=n repeats a run (the seed is logged).
func TestKillSafety(t *testing.T) {
	bin := kgBinary(t)
	input, articles := stressInput(t)
	wantKills := 3
	if longTests() {
		wantKills = 20
	}

	ref := filepath.Join(t.TempDir(), "reference.db")
	start := time.Now()
	r := runProcess(t, bin, "build", "--db", ref, input)
	// Builds that end before their kill tell how long a build takes now.
	full := time.Since(start)
	if r.code != 0 {
		t.Fatalf("reference build: %v", r)
	}
	if s := parseSummary(t, r.stdout); s.added != articles {
		t.Fatalf("reference build: %+v, want %d added", s, articles)
	}
	want := readStore(t, ref)
	t.Logf("reference build: %d articles in %v", len(want), full.Round(time.Millisecond))

	seed := time.Now().UnixNano()
	if s, err := strconv.ParseInt(os.Getenv("KG_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (KG_KILL_SEED=%[1]d repeats this run)", seed)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))

	kills, endedFirst, round := 0, 0, 0
	for ; kills < wantKills; round++ {
		if round == 3*wantKills {
			t.Fatalf("only %d kills in %d rounds: the builds end too soon", kills, round)
		}
		db := filepath.Join(t.TempDir(), "kg.db")
		// Every other round kills the rerun too, which starts on a store
		// that was not closed.
		for k := range 1 + round%2 {
			// Anywhere from the start (before the store exists) to the
			// end of a build, its closing included.
			delay := time.Duration(rng.Int64N(int64(full)))
			ended, took := killedBuild(t, bin, db, input, delay)
			if ended {
				endedFirst++
				if k == 0 {
					full = min(full, took)
				}
				t.Logf("round %d: the build ended in %v, before the kill at %v", round+1,
					took.Round(time.Millisecond), delay.Round(time.Millisecond))
				continue
			}
			kills++
			if _, err := os.Stat(filepath.Join(db, "MANIFEST")); errors.Is(err, fs.ErrNotExist) {
				t.Logf("round %d, kill %d at %v: before the store was created", round+1, k+1, delay.Round(time.Millisecond))
				continue
			}
			// Half the time a query opens the killed store first, which
			// must recover it read-only; else kg verify does.
			var got map[string]storedArticle
			if rng.IntN(2) == 0 {
				got = readStore(t, db)
				verifyStore(t, bin, db)
			} else {
				verifyStore(t, bin, db)
				got = readStore(t, db)
			}
			checkWholeArticles(t, got, want)
			t.Logf("round %d, kill %d at %v: %d of %d articles stored", round+1, k+1, delay.Round(time.Millisecond), len(got), articles)
		}

		r := runProcess(t, bin, "build", "--db", db, input)
		if r.code != 0 {
			t.Fatalf("round %d: the build after the kill: %v", round+1, r)
		}
		s := parseSummary(t, r.stdout)
		if s.read != articles || s.added+s.unchanged != articles || s.duplicates != 0 || s.replaced != 0 {
			t.Errorf("round %d: the build after the kill: %+v, want %d read, each added or unchanged", round+1, s, articles)
		}
		if n := verifyStore(t, bin, db); n != articles {
			t.Errorf("round %d: kg verify counts %d articles, want %d", round+1, n, articles)
		}
		got := readStore(t, db)
		checkWholeArticles(t, got, want)
		if len(got) != len(want) {
			t.Errorf("round %d: %d articles stored after the rerun, want %d", round+1, len(got), len(want))
		}
		if t.Failed() {
			t.Fatalf("round %d failed (seed %d)", round+1, seed)
		}
	}
	t.Logf("%d kills in %d rounds (%d builds ended before their kill), in %v", kills, round, endedFirst,
		time.Since(start).Round(time.Millisecond))
}

var interruptedLine = regexp.MustCompile(`(?m)^kg: interrupted: the (\d+) articles counted above are stored whole; run the same build again to finish$`)

// bigArticles writes n articles of about 200 KB each (the project's
// articles many times over, every line made unique so that none is left
// out as a repeat): kg build takes tens of milliseconds over each.
func bigArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	var all []byte
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(articlesDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data...)
	}
	for i := range n {
		var b strings.Builder
		line := 0
		for range 8 {
			for l := range strings.Lines(string(all)) {
				line++
				fmt.Fprintf(&b, "%s %d-%d\n", strings.TrimRight(l, "\n"), i, line)
			}
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("big-%02d.txt", i)), b.String())
	}
	return dir
}

// waitOwner waits until the build has the store open for writing.
func waitOwner(t *testing.T, b *startedBuild, db string) {
	t.Helper()
	owner := filepath.Join(db, "kg.owner")
	for {
		if data, err := os.ReadFile(owner); err == nil && bytes.HasSuffix(data, []byte("\n")) {
			return
		}
		select {
		case <-b.done:
			t.Fatalf("kg build ended before it opened the store: %v", b.result())
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// TestInterruptMidBuild presses Ctrl-C during real builds: while articles
// are being read, and once all are read but not all extracted (the walk is
// done, the workers are not). kg must stop cleanly: exit 1 saying how many
// articles are stored, no stack trace, the store closed (no owner file) and
// sound, holding that many whole articles; a rerun completes it.
func TestInterruptMidBuild(t *testing.T) {
	bin := kgBinary(t)
	stress, stressN := stressInput(t)
	tests := []struct {
		name     string
		input    func(t *testing.T) (string, int)
		workers  string
		maxDelay time.Duration // after the store is open
	}{
		{"while reading", func(t *testing.T) (string, int) { return stress, stressN }, "0", 800 * time.Millisecond},
		// With one worker, five articles fit in the pipeline's queues: the
		// walk is over at once.
		{"after reading", func(t *testing.T) (string, int) { return bigArticles(t, 5), 5 }, "1", 0},
	}
	rounds := 2
	if longTests() {
		rounds = 6
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input, articles := tt.input(t)
			interrupted := 0
			for round := range rounds {
				db := filepath.Join(t.TempDir(), "kg.db")
				b := startBuild(t, bin, "--db", db, "--workers", tt.workers, input)
				waitOwner(t, b, db)
				var delay time.Duration
				if tt.maxDelay > 0 {
					delay = time.Duration(rng.Int64N(int64(tt.maxDelay)))
					time.Sleep(delay)
				}
				if err := b.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
					t.Fatal(err)
				}
				r := b.result()
				if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic") {
					t.Fatalf("a stack trace after Ctrl-C: %v", r)
				}
				s := parseSummary(t, r.stdout)
				stored := verifyStore(t, bin, db) // also checks that the owner file is gone
				m := interruptedLine.FindStringSubmatch(r.stderr)
				switch {
				case r.code == 0 && m == nil:
					// The build was over when the signal came: it must be whole.
					if s.added != articles || stored != articles {
						t.Fatalf("round %d: Ctrl-C after %v: exit 0 with %d of %d articles added and %d stored, "+
							"want exit 1 saying it was interrupted\n%v", round+1, delay, s.added, articles, stored, r)
					}
				case r.code == 1 && m != nil:
					interrupted++
					n, _ := strconv.Atoi(m[1])
					if n != s.added || n != stored {
						t.Errorf("round %d: interrupted saying %d articles are stored; the summary says %d added, kg verify counts %d",
							round+1, n, s.added, stored)
					}
				default:
					t.Fatalf("round %d: Ctrl-C: want exit 1 and %q; got %v", round+1, interruptedLine, r)
				}
				r = runProcess(t, bin, "build", "--db", db, "--workers", tt.workers, input)
				if s := parseSummary(t, r.stdout); r.code != 0 || s.added+s.unchanged != articles || s.added != articles-stored {
					t.Errorf("round %d: the build after Ctrl-C: %+v, want the %d articles not stored added\n%v",
						round+1, s, articles-stored, r)
				}
			}
			t.Logf("%d of %d builds were interrupted before they ended", interrupted, rounds)
		})
	}
}

// TestSecondInterrupt presses Ctrl-C twice at a build that cannot stop (its
// standard error is full): the second ends it at once, as a kill would, and
// the store survives.
func TestSecondInterrupt(t *testing.T) {
	bin := kgBinary(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	build, _, drain := blockedBuild(t, bin, db)
	// Let its warnings fill the pipe (some 600 do, in milliseconds): from
	// then on the build is stuck.
	time.Sleep(time.Second)
	for i := range 2 {
		if err := build.Process.Signal(os.Interrupt); err != nil {
			t.Fatalf("Ctrl-C %d: %v (the build was not blocked)", i+1, err)
		}
		// Give Ctrl-C time to be handled.
		time.Sleep(200 * time.Millisecond)
	}
	// drain reads standard error to its end, which comes at once if the
	// build died; else draining lets it finish.
	drain()
	ws, ok := build.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Fatalf("after a second Ctrl-C: %v, want the build ended by SIGINT", build.ProcessState)
	}
	verifyStore(t, bin, db)
}

// TestStoreInUseMessages runs commands against a store another process
// holds: each must exit 1 with a plain message naming the holder, and none
// may show Badger's own words.
func TestStoreInUseMessages(t *testing.T) {
	bin := kgBinary(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	build, stdout, drain := blockedBuild(t, bin, db)
	holder := fmt.Sprintf("in use by `kg build --db %s --workers 1 ", db)
	pid := fmt.Sprintf("(pid %d, since ", build.Process.Pid)
	commands := [][]string{
		{"neighbors", "--db", db, "Assad"},
		{"export", "--db", db, "--format", "json"},
		{"verify", "--db", db},
		{"build", "--db", db, articlesDir},
	}
	for _, args := range commands {
		r := runProcess(t, bin, args...)
		if r.code != 1 || !strings.Contains(r.stderr, holder) || !strings.Contains(r.stderr, pid) || badgerWords(r.stderr) {
			t.Errorf("kg %s while kg build holds the store: want exit 1 and a message naming it (%q, %q); got %v",
				args[0], holder, pid, r)
		}
	}
	if stderr := drain(); build.ProcessState.ExitCode() != 0 {
		t.Fatalf("the holding build: exit %d\n%s%s", build.ProcessState.ExitCode(), stdout, stderr[max(0, len(stderr)-500):])
	}

	// A reader (here this test) keeps builds out, and lets other readers in.
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := runProcess(t, bin, "build", "--db", db, articlesDir)
	if r.code != 1 || !strings.Contains(r.stderr, "in use by another process, probably a kg command reading it") || badgerWords(r.stderr) {
		t.Errorf("kg build while a query reads the store: want exit 1 and a message naming a reader; got %v", r)
	}
	if r := runProcess(t, bin, "neighbors", "--db", db, "Assad"); r.code != 0 {
		t.Errorf("kg neighbors beside another reader: %v", r)
	}
}

// badgerWords reports whether a message shows Badger's internals.
func badgerWords(s string) bool {
	for _, w := range []string{"Cannot acquire directory lock", "badger", "Badger", "LOCK", "resource temporarily unavailable", "goroutine "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
