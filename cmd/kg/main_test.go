package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"kg/config"
	"kg/extract"
)

// The suite runs kg in-process through run with a fake environment, on the
// project's five Arabic articles. Queries share one store, built once.
var (
	suiteDir    string // removed when the suite ends
	articlesDir string // the project's testdata/articles, absolute
	goldFile    string // the project's testdata/gold.jsonl, absolute
	repoRoot    string
	machineEnv  []string // the environment the suite started with, for go build
)

func TestMain(m *testing.M) {
	code, err := runSuite(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(code)
}

func runSuite(m *testing.M) (int, error) {
	var err error
	if repoRoot, err = filepath.Abs(filepath.Join("..", "..")); err != nil {
		return 0, err
	}
	articlesDir = filepath.Join(repoRoot, "testdata", "articles")
	goldFile = filepath.Join(repoRoot, "testdata", "gold.jsonl")
	if suiteDir, err = os.MkdirTemp("", "kg-cmd-test-"); err != nil {
		return 0, err
	}
	defer os.RemoveAll(suiteDir)
	// The config loader also looks in the user's config directory, which the
	// fake environment does not cover: point it at an empty one.
	machineEnv = os.Environ()
	if err := os.Setenv("XDG_CONFIG_HOME", filepath.Join(suiteDir, "config")); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// result is what one kg command did.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// runKG runs kg in-process with env as its whole environment.
func runKG(env map[string]string, args ...string) result {
	var stdout, stderr bytes.Buffer
	lookup := func(name string) (string, bool) {
		v, ok := env[name]
		return v, ok
	}
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, lookup)
	return result{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// kg runs kg with an empty environment and fails the test unless it succeeds.
func kg(t *testing.T, args ...string) string {
	t.Helper()
	r := runKG(nil, args...)
	if r.code != 0 {
		t.Fatalf("kg %s: %v", strings.Join(args, " "), r)
	}
	return r.stdout
}

var shared struct {
	once  sync.Once
	db    string
	build result
}

// sharedStore returns the store built once from the project's articles; tests
// only read it.
func sharedStore(t *testing.T) string {
	t.Helper()
	shared.once.Do(func() {
		shared.db = filepath.Join(suiteDir, "shared.db")
		shared.build = runKG(nil, "build", "--db", shared.db, articlesDir)
	})
	if shared.build.code != 0 {
		t.Fatalf("building the shared store: %v", shared.build)
	}
	return shared.db
}

// summary is the first two lines kg build prints.
type summary struct {
	read, added, replaced, unchanged, duplicates, skipped int
	events, triples                                       int
}

var (
	summaryLine = regexp.MustCompile(`(?m)^(\d+) articles read: (\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) duplicates; (\d+) inputs skipped$`)
	storedLine  = regexp.MustCompile(`(?m)^(\d+) events, (\d+) triples stored in `)
)

func parseSummary(t *testing.T, out string) summary {
	t.Helper()
	m, m2 := summaryLine.FindStringSubmatch(out), storedLine.FindStringSubmatch(out)
	if m == nil || m2 == nil {
		t.Fatalf("no build summary in %q", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return summary{read: n(m[1]), added: n(m[2]), replaced: n(m[3]), unchanged: n(m[4]), duplicates: n(m[5]),
		skipped: n(m[6]), events: n(m2[1]), triples: n(m2[2])}
}

var soundLine = regexp.MustCompile(`is sound: (\d+) articles, (\d+) events, (\d+) triples`)

// storeCounts returns the articles and triples kg verify counts in db.
func storeCounts(t *testing.T, db string) (articles, triples int) {
	t.Helper()
	out := kg(t, "verify", "--db", db)
	m := soundLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("verify: no counts in %q", out)
	}
	articles, _ = strconv.Atoi(m[1])
	triples, _ = strconv.Atoi(m[3])
	return articles, triples
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

func TestBuild(t *testing.T) {
	t.Run("first", func(t *testing.T) {
		db := sharedStore(t)
		got := parseSummary(t, shared.build.stdout)
		want := summary{read: 5, added: 5, events: got.events, triples: got.triples}
		if got != want {
			t.Errorf("summary %+v, want %+v", got, want)
		}
		articles, triples := storeCounts(t, db)
		if articles != 5 || triples != got.triples || triples == 0 {
			t.Errorf("store holds %d articles and %d triples; the build reported 5 and %d", articles, triples, got.triples)
		}
	})

	t.Run("again", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kg.db")
		first := parseSummary(t, kg(t, "build", "--db", db, articlesDir))
		_, before := storeCounts(t, db)
		second := parseSummary(t, kg(t, "build", "--db", db, articlesDir))
		if want := (summary{read: 5, unchanged: 5}); second != want {
			t.Errorf("second build: %+v, want %+v", second, want)
		}
		if _, after := storeCounts(t, db); after != before || after != first.triples {
			t.Errorf("store holds %d triples after the second build, %d before; the first reported %d", after, before, first.triples)
		}
	})

	t.Run("changed article", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "articles")
		copyDir(t, articlesDir, dir)
		db := filepath.Join(t.TempDir(), "kg.db")
		kg(t, "build", "--db", db, dir)

		const met = "والتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة يوم الخميس."
		name := filepath.Join(dir, "002_9540d004c68073cb.txt")
		f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString("\n" + met + "\n"); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}

		got := parseSummary(t, kg(t, "build", "--db", db, dir))
		if got.read != 5 || got.replaced != 1 || got.unchanged != 4 || got.added != 0 {
			t.Errorf("rebuild after an edit: %+v, want 1 replaced and 4 unchanged", got)
		}
		// The replaced article's old triples are gone: the store is what a
		// fresh build of the edited articles gives.
		fresh := filepath.Join(t.TempDir(), "fresh.db")
		kg(t, "build", "--db", fresh, dir)
		_, replaced := storeCounts(t, db)
		_, want := storeCounts(t, fresh)
		if replaced != want {
			t.Errorf("store holds %d triples after the replacement, a fresh build %d", replaced, want)
		}
		if out := kg(t, "triples", "--db", db, "Erdogan"); !strings.Contains(out, met) {
			t.Errorf("the added sentence is not among Erdogan's triples:\n%s", out)
		}
	})
}

var neighborRow = regexp.MustCompile(`^  ([↔→←]) (.+?)  +(\S.*)$`)

// neighborRows maps each neighbour's name to the rest of its row in a
// neighbors answer, and returns the rows in order.
func neighborRows(t *testing.T, out string) (map[string]string, []string) {
	t.Helper()
	rows := map[string]string{}
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		if m := neighborRow.FindStringSubmatch(line); m != nil {
			rows[m[2]] = m[3]
			lines = append(lines, line)
		}
	}
	if len(rows) == 0 {
		t.Fatalf("no neighbours in %q", out)
	}
	return rows, lines
}

var assadNeighbors = []string{"Vladimir Putin", "Recep Tayyip Erdogan", "Russia", "Turkey"}

func TestNeighbors(t *testing.T) {
	db := sharedStore(t)
	want := kg(t, "neighbors", "--db", db, "Assad")
	if !strings.HasPrefix(want, "Bashar al-Assad (بشار الأسد)") {
		t.Errorf("the answer does not start with the actor asked about:\n%s", want)
	}
	rows, _ := neighborRows(t, want)
	for _, name := range assadNeighbors {
		if _, ok := rows[name]; !ok {
			t.Errorf("neighbors Assad lacks %s:\n%s", name, want)
		}
	}
	if !strings.Contains(rows["Vladimir Putin"], "consult") {
		t.Errorf("Putin's row has no consult: %q", rows["Vladimir Putin"])
	}

	t.Run("names", func(t *testing.T) {
		for _, name := range []string{"assad", "الأسد", "Bashar al-Assad", "bashar-al-assad", "  ASSAD "} {
			if got := kg(t, "neighbors", "--db", db, name); got != want {
				t.Errorf("neighbors %q:\n%s\nwant what neighbors Assad says:\n%s", name, got, want)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		var got struct {
			Actor struct {
				ID, Name string
			}
			Neighbors []struct {
				ID, Name  string
				Out, In   bool
				Relations []struct {
					Relation extract.Relation
					Count    int
				}
				Articles int
			}
		}
		if err := json.Unmarshal([]byte(kg(t, "neighbors", "--db", db, "--json", "Assad")), &got); err != nil {
			t.Fatal(err)
		}
		if got.Actor.ID != "bashar-al-assad" {
			t.Errorf("actor %+v, want bashar-al-assad", got.Actor)
		}
		names := map[string]bool{}
		for _, nb := range got.Neighbors {
			names[nb.Name] = true
			if len(nb.Relations) == 0 || nb.Articles == 0 || !(nb.Out || nb.In) {
				t.Errorf("neighbour %s without relations, articles or direction: %+v", nb.Name, nb)
			}
			for _, r := range nb.Relations {
				if !r.Relation.Valid() || r.Count <= 0 {
					t.Errorf("neighbour %s: bad relation %+v", nb.Name, r)
				}
			}
		}
		for _, name := range assadNeighbors {
			if !names[name] {
				t.Errorf("JSON lacks neighbour %s", name)
			}
		}
		if len(got.Neighbors) != len(rows) {
			t.Errorf("JSON has %d neighbours, the text %d", len(got.Neighbors), len(rows))
		}
	})

	t.Run("evidence", func(t *testing.T) {
		out := kg(t, "neighbors", "--db", db, "--evidence", "Assad")
		_, withEvidence := neighborRows(t, out)
		_, plain := neighborRows(t, want)
		// The evidence must not change the table's layout.
		if !slices.Equal(withEvidence, plain) {
			t.Errorf("rows with --evidence:\n%s\nwithout:\n%s", strings.Join(withEvidence, "\n"), strings.Join(plain, "\n"))
		}
		evidence := 0
		for _, line := range strings.Split(out, "\n") {
			if !strings.HasPrefix(line, "      «") {
				continue
			}
			evidence++
			if !hasArabic(line) || !articleID.MatchString(line) {
				t.Errorf("evidence line without an Arabic sentence or article id: %q", line)
			}
		}
		if evidence < len(plain) {
			t.Errorf("%d evidence lines for %d neighbours:\n%s", evidence, len(plain), out)
		}
	})

	t.Run("unknown", func(t *testing.T) {
		r := runKG(nil, "neighbors", "--db", db, "Zzyzx Qqq")
		if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, `no actor is called "Zzyzx Qqq"`) ||
			!strings.Contains(r.stderr, "kg top") {
			t.Errorf("want exit 1 saying there is no such actor and what to do; got %v", r)
		}
	})

	t.Run("country level", func(t *testing.T) {
		got := kg(t, "neighbors", "--db", db, "--level", "country", "Assad")
		if !strings.HasPrefix(got, "Syria (سوريا): state") {
			t.Errorf("neighbors --level country Assad does not answer for Syria:\n%s", got)
		}
		if syria := kg(t, "neighbors", "--db", db, "--level", "country", "Syria"); got != syria {
			t.Errorf("Assad at the country level:\n%s\nSyria:\n%s", got, syria)
		}
		rows, _ := neighborRows(t, got)
		for _, name := range []string{"Russia", "Turkey"} {
			if _, ok := rows[name]; !ok {
				t.Errorf("Syria's neighbours lack %s:\n%s", name, got)
			}
		}
		for name := range rows {
			if strings.Contains(name, "Putin") || strings.Contains(name, "Erdogan") {
				t.Errorf("person %s at the country level:\n%s", name, got)
			}
		}
	})
}

var articleID = regexp.MustCompile(`\b\d{3}_[0-9a-f]{16}\.txt\b`)

func hasArabic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) })
}

// jsonActor is an actor as the JSON answers write it.
type jsonActor struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Arabic  string `json:"arabic"`
	Type    string `json:"type"`
	Country string `json:"country"`
}

func TestPath(t *testing.T) {
	db := sharedStore(t)

	t.Run("text", func(t *testing.T) {
		out := kg(t, "path", "--db", db, "Iraq", "Russia")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		head := lines[0]
		if !strings.HasPrefix(head, "Iraq — ") || !strings.Contains(head, " — Russia  (") {
			t.Errorf("first line %q is not a chain from Iraq to Russia", head)
		}
		hops, _ := strconv.Atoi(regexp.MustCompile(`\((\d+) hops?\)`).FindStringSubmatch(head + "(0 hops)")[1])
		var evidence int
		for _, line := range lines[1:] {
			if strings.HasPrefix(line, "      «") && strings.Contains(line, "» [") && articleID.MatchString(line) {
				evidence++
			}
		}
		if hops == 0 || evidence != hops {
			t.Errorf("%d hops, %d evidence lines:\n%s", hops, evidence, out)
		}
	})

	type hop struct {
		Subject  jsonActor
		Relation extract.Relation
		Object   jsonActor
		Evidence struct {
			Doc      string
			Sentence string
			Span     [2]int
		}
	}
	chains := func(t *testing.T, args ...string) [][]hop {
		t.Helper()
		var paths [][]hop
		out := kg(t, append([]string{"path", "--db", db, "--json", "Iraq", "Russia"}, args...)...)
		if err := json.Unmarshal([]byte(out), &paths); err != nil {
			t.Fatalf("%v in %s", err, out)
		}
		for i, p := range paths {
			at := "iraq"
			for _, h := range p {
				next := h.Object.ID
				if h.Object.ID == at {
					next = h.Subject.ID
				} else if h.Subject.ID != at {
					t.Errorf("chain %d: hop %s %s %s does not start at %s", i, h.Subject.ID, h.Relation, h.Object.ID, at)
				}
				at = next
				if !h.Relation.Valid() {
					t.Errorf("chain %d: relation %q", i, h.Relation)
				}
				checkSpan(t, h.Evidence.Doc, h.Evidence.Span, h.Evidence.Sentence)
			}
			if at != "russia" {
				t.Errorf("chain %d ends at %s, not russia", i, at)
			}
		}
		return paths
	}

	t.Run("json", func(t *testing.T) {
		if paths := chains(t); len(paths) != 1 {
			t.Errorf("%d chains, want 1", len(paths))
		}
	})

	t.Run("k 2", func(t *testing.T) {
		paths := chains(t, "--k", "2")
		if len(paths) != 2 {
			t.Fatalf("%d chains, want 2", len(paths))
		}
		if len(paths[0]) > len(paths[1]) {
			t.Errorf("the first chain (%d hops) is longer than the second (%d)", len(paths[0]), len(paths[1]))
		}
		if fmt.Sprint(paths[0]) == fmt.Sprint(paths[1]) {
			t.Errorf("the two chains are the same: %+v", paths[0])
		}
		text := kg(t, "path", "--db", db, "--k", "2", "Iraq", "Russia")
		if n := strings.Count(text, "hops)") + strings.Count(text, "hop)"); n != 2 {
			t.Errorf("text with --k 2 has %d chains:\n%s", n, text)
		}
	})
}

// checkSpan checks that span is where sentence lies in the article file doc.
func checkSpan(t *testing.T, doc string, span [2]int, sentence string) {
	t.Helper()
	if filepath.Base(doc) != doc || doc == "" {
		t.Errorf("doc %q is not an article file name", doc)
		return
	}
	data, err := os.ReadFile(filepath.Join(articlesDir, doc))
	if err != nil {
		t.Error(err)
		return
	}
	s, e := span[0], span[1]
	if s < 0 || s >= e || e > len(data) {
		t.Errorf("%s: span %v outside the file's %d bytes", doc, span, len(data))
		return
	}
	if got := string(data[s:e]); got != sentence {
		t.Errorf("%s: bytes %v are %q, the sentence %q", doc, span, got, sentence)
	}
}

var measures = []string{"degree", "pagerank", "betweenness"}

func TestTop(t *testing.T) {
	db := sharedStore(t)
	tests := []struct {
		by      string
		columns []string
	}{
		{"", measures},
		{"degree", measures},
		{"pagerank", measures},
		{"betweenness", measures},
		{"hits", append(slices.Clip(measures), "hits")},
		{"hubs", append(slices.Clip(measures), "hubs")},
	}
	for _, tt := range tests {
		t.Run(cmp(tt.by, "default"), func(t *testing.T) {
			args := []string{"top", "--db", db, "-n", "6"}
			if tt.by != "" {
				args = append(args, "--by", tt.by)
			}
			lines := strings.Split(strings.TrimRight(kg(t, args...), "\n"), "\n")
			if want := append([]string{"rank", "actor"}, tt.columns...); !slices.Equal(strings.Fields(lines[0]), want) {
				t.Fatalf("header %q, want the columns %v", lines[0], want)
			}
			if len(lines) != 7 {
				t.Fatalf("%d rows, want 6:\n%s", len(lines)-1, strings.Join(lines, "\n"))
			}
			sortColumn := slices.Index(tt.columns, cmp(tt.by, "degree"))
			prev := math.Inf(1)
			for i, line := range lines[1:] {
				f := strings.Fields(line)
				if len(f) < 2+len(tt.columns) || f[0] != strconv.Itoa(i+1) {
					t.Fatalf("row %q is not rank %d, an actor and %d numbers", line, i+1, len(tt.columns))
				}
				v, err := strconv.ParseFloat(f[len(f)-len(tt.columns)+sortColumn], 64)
				if err != nil {
					t.Fatalf("row %q: %v", line, err)
				}
				if v > prev {
					t.Errorf("row %q: %s %v above the row before's %v", line, tt.columns[sortColumn], v, prev)
				}
				prev = v
			}
		})
	}

	t.Run("json", func(t *testing.T) {
		var rows []struct {
			jsonActor
			Scores map[string]float64
		}
		if err := json.Unmarshal([]byte(kg(t, "top", "--db", db, "--json", "--by", "pagerank", "-n", "0")), &rows); err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(exportNodes(t, db)) {
			t.Errorf("top -n 0 lists %d actors, the graph has %d", len(rows), len(exportNodes(t, db)))
		}
		for i, r := range rows {
			if r.ID == "" || r.Name == "" || !slices.Equal(slices.Sorted(maps.Keys(r.Scores)), slices.Sorted(slices.Values(measures))) {
				t.Errorf("row %d: %+v", i, r)
			}
			if i > 0 && r.Scores["pagerank"] > rows[i-1].Scores["pagerank"] {
				t.Errorf("row %d (%s) ranks above row %d by pagerank", i, r.Name, i-1)
			}
		}
	})
}

func cmp(s, ifEmpty string) string {
	if s == "" {
		return ifEmpty
	}
	return s
}

// jsonlTriple is the export schema of one triple.
type jsonlTriple struct {
	Doc        string           `json:"doc"`
	Subject    jsonActor        `json:"subject"`
	Relation   extract.Relation `json:"relation"`
	Object     jsonActor        `json:"object"`
	Date       string           `json:"date"`
	Sentence   string           `json:"sentence"`
	Span       [2]int           `json:"span"`
	Trigger    string           `json:"trigger"`
	Confidence float64          `json:"confidence"`
}

var (
	tripleKeys = []string{"confidence", "date", "doc", "object", "relation", "sentence", "span", "subject", "trigger"}
	actorKeys  = []string{"country", "id", "name", "type"}
)

// decodeTriples parses JSON lines in the export schema, checking every line
// against it.
func decodeTriples(t *testing.T, out string) []jsonlTriple {
	t.Helper()
	var triples []jsonlTriple
	for i, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		var keys map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &keys); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		for k := range keys {
			if !slices.Contains(tripleKeys, k) {
				t.Errorf("line %d: key %q outside the schema", i+1, k)
			}
		}
		for _, k := range tripleKeys {
			if _, ok := keys[k]; !ok && k != "date" { // date is left out when unknown
				t.Errorf("line %d: no %q: %s", i+1, k, line)
			}
		}
		for _, side := range []string{"subject", "object"} {
			var actor map[string]any
			if err := json.Unmarshal(keys[side], &actor); err != nil {
				t.Fatalf("line %d: %s: %v", i+1, side, err)
			}
			if got := slices.Sorted(maps.Keys(actor)); !slices.Equal(got, actorKeys) {
				t.Errorf("line %d: %s has the keys %v, want %v", i+1, side, got, actorKeys)
			}
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		var tr jsonlTriple
		if err := dec.Decode(&tr); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !tr.Relation.Valid() || tr.Subject.ID == "" || tr.Object.ID == "" || tr.Trigger == "" ||
			tr.Confidence <= 0 || tr.Confidence > 1 {
			t.Errorf("line %d: %+v", i+1, tr)
		}
		if strings.HasPrefix(tr.Doc, "004_") && tr.Date != "2024-10-18" {
			t.Errorf("line %d: article 004 is dated 2024-10-18, the triple %q", i+1, tr.Date)
		}
		checkSpan(t, tr.Doc, tr.Span, tr.Sentence)
		triples = append(triples, tr)
	}
	return triples
}

func TestTriples(t *testing.T) {
	db := sharedStore(t)
	_, stored := storeCounts(t, db)

	t.Run("text", func(t *testing.T) {
		for _, args := range [][]string{{"Assad"}, {}} {
			out := kg(t, append([]string{"triples", "--db", db}, args...)...)
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			for _, line := range lines {
				if !articleID.MatchString(line) || !strings.Contains(line, "«") || !hasArabic(line) {
					t.Errorf("triples %v: line without article id or sentence: %q", args, line)
				}
				if len(args) == 1 && !strings.Contains(line, "Bashar al-Assad") {
					t.Errorf("triples Assad: a line without him: %q", line)
				}
			}
			if len(args) == 0 && len(lines) != stored {
				t.Errorf("triples lists %d lines, the store holds %d triples", len(lines), stored)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		all := decodeTriples(t, kg(t, "triples", "--db", db, "--json"))
		if len(all) != stored {
			t.Errorf("%d JSON lines, the store holds %d triples", len(all), stored)
		}
		assad := decodeTriples(t, kg(t, "triples", "--db", db, "--json", "Assad"))
		var want int
		for _, tr := range all {
			if tr.Subject.ID == "bashar-al-assad" || tr.Object.ID == "bashar-al-assad" {
				want++
			}
		}
		if len(assad) != want || want == 0 {
			t.Errorf("triples Assad gives %d, the whole store has %d with him", len(assad), want)
		}
	})
}

// graphJSON is what export --format json writes.
type graphJSON struct {
	Nodes []jsonActor `json:"nodes"`
	Links []struct {
		Source, Target string
		Relation       extract.Relation
		Articles       int
		First, Last    string
	} `json:"links"`
}

func exportJSON(t *testing.T, db string, args ...string) graphJSON {
	t.Helper()
	var g graphJSON
	out := kg(t, append([]string{"export", "--db", db, "--format", "json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatalf("export json %v: %v", args, err)
	}
	ids := exportIDs(g)
	for _, l := range g.Links {
		if !ids[l.Source] || !ids[l.Target] || !l.Relation.Valid() {
			t.Errorf("export json %v: link %+v", args, l)
		}
	}
	return g
}

func exportIDs(g graphJSON) map[string]bool {
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
	}
	return ids
}

func exportNodes(t *testing.T, db string) []jsonActor {
	return exportJSON(t, db).Nodes
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphML struct {
	Nodes []struct {
		ID   string    `xml:"id,attr"`
		Data []xmlData `xml:"data"`
	} `xml:"graph>node"`
	Edges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	} `xml:"graph>edge"`
}

type gexf struct {
	Nodes []struct {
		ID    string `xml:"id,attr"`
		Label string `xml:"label,attr"`
	} `xml:"graph>nodes>node"`
	Edges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	} `xml:"graph>edges>edge"`
}

// nquad is one N-Quads statement with a blank node or IRI subject, an IRI
// predicate, and a blank node, IRI or literal object.
var nquad = regexp.MustCompile(`^(_:\S+|<[^<>"{}|^\x60\\\s]*>) <[^<>"{}|^\x60\\\s]+> (_:\S+|<[^<>"{}|^\x60\\\s]*>|"(?:[^"\\\n\r]|\\.)*"(?:@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|\^\^<[^<>\s]+>)?)(?: (_:\S+|<[^<>\s]*>))? \.$`)

func TestExport(t *testing.T) {
	db := sharedStore(t)
	want := exportJSON(t, db)
	ids := exportIDs(want)
	if len(want.Nodes) == 0 || len(want.Links) == 0 {
		t.Fatalf("empty graph: %+v", want)
	}
	sameNodes := func(t *testing.T, format string, got []string) {
		t.Helper()
		if g := slices.Sorted(slices.Values(got)); !slices.Equal(g, slices.Sorted(maps.Keys(ids))) {
			t.Errorf("%s nodes %v, json's %v", format, g, slices.Sorted(maps.Keys(ids)))
		}
	}

	t.Run("dot", func(t *testing.T) {
		dot, err := exec.LookPath("dot")
		if err != nil {
			t.Skip("Graphviz's dot is not installed (apt-get install graphviz); DOT export not checked")
		}
		cmd := exec.Command(dot, "-Tsvg")
		cmd.Stdin = strings.NewReader(kg(t, "export", "--db", db, "--format", "dot"))
		var svg, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &svg, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("dot -Tsvg: %v: %s", err, stderr.String())
		}
		var nodes, arabic int
		var inText bool
		dec := xml.NewDecoder(&svg)
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("SVG: %v", err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				inText = tok.Name.Local == "text"
				for _, a := range tok.Attr {
					if tok.Name.Local == "g" && a.Name.Local == "class" && a.Value == "node" {
						nodes++
					}
				}
			case xml.CharData:
				if inText && hasArabic(string(tok)) {
					arabic++
				}
			case xml.EndElement:
				inText = false
			}
		}
		if nodes != len(want.Nodes) || arabic < len(want.Nodes)/2 {
			t.Errorf("SVG has %d nodes (json %d), %d Arabic labels", nodes, len(want.Nodes), arabic)
		}
	})

	t.Run("jsonl", func(t *testing.T) {
		triples := decodeTriples(t, kg(t, "export", "--db", db, "--format", "jsonl"))
		if _, stored := storeCounts(t, db); len(triples) != stored {
			t.Errorf("jsonl export has %d triples, the store %d", len(triples), stored)
		}
	})

	t.Run("graphml", func(t *testing.T) {
		var g graphML
		if err := xml.Unmarshal([]byte(kg(t, "export", "--db", db, "--format", "graphml")), &g); err != nil {
			t.Fatal(err)
		}
		byID := map[string]string{}
		var actors []string
		for _, n := range g.Nodes {
			for _, d := range n.Data {
				if d.Key == "actor" {
					byID[n.ID] = d.Value
					actors = append(actors, d.Value)
				}
			}
		}
		sameNodes(t, "graphml", actors)
		for _, e := range g.Edges {
			if !ids[byID[e.Source]] || !ids[byID[e.Target]] {
				t.Errorf("graphml edge %+v between unknown nodes", e)
			}
		}
		if len(g.Edges) != len(want.Links) {
			t.Errorf("graphml has %d edges, json %d links", len(g.Edges), len(want.Links))
		}
	})

	t.Run("gexf", func(t *testing.T) {
		var g gexf
		if err := xml.Unmarshal([]byte(kg(t, "export", "--db", db, "--format", "gexf")), &g); err != nil {
			t.Fatal(err)
		}
		var nodes []string
		for _, n := range g.Nodes {
			nodes = append(nodes, n.ID)
		}
		sameNodes(t, "gexf", nodes)
		for _, e := range g.Edges {
			if !ids[e.Source] || !ids[e.Target] {
				t.Errorf("gexf edge %+v between unknown nodes", e)
			}
		}
		if len(g.Edges) != len(want.Links) {
			t.Errorf("gexf has %d edges, json %d links", len(g.Edges), len(want.Links))
		}
	})

	t.Run("nquads", func(t *testing.T) {
		out := kg(t, "export", "--db", db, "--format", "nquads")
		var xids []string
		for i, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			m := nquad.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("line %d is not an N-Quad: %q", i+1, line)
				continue
			}
			if strings.Contains(line, " <xid> ") {
				xid, err := strconv.Unquote(m[2])
				if err != nil {
					t.Errorf("line %d: %v", i+1, err)
				}
				xids = append(xids, xid)
			}
		}
		sameNodes(t, "nquads", xids)
	})

	t.Run("csv", func(t *testing.T) {
		dir := t.TempDir()
		nodesFile := filepath.Join(dir, "graph.csv")
		kg(t, "export", "--db", db, "--format", "csv", "-o", nodesFile)
		nodes := readCSV(t, nodesFile)
		edges := readCSV(t, filepath.Join(dir, "graph-edges.csv"))
		if nodes[0][0] != "id" || !slices.Equal(edges[0][:2], []string{"source", "target"}) {
			t.Fatalf("headers %v and %v", nodes[0], edges[0])
		}
		var nodeIDs []string
		for _, row := range nodes[1:] {
			nodeIDs = append(nodeIDs, row[0])
		}
		sameNodes(t, "csv", nodeIDs)
		for _, row := range edges[1:] {
			if !ids[row[0]] || !ids[row[1]] {
				t.Errorf("csv edge %v between unknown nodes", row)
			}
		}
		if len(edges)-1 != len(want.Links) {
			t.Errorf("csv has %d edges, json %d links", len(edges)-1, len(want.Links))
		}
	})

	t.Run("filters", func(t *testing.T) {
		consult := exportJSON(t, db, "--rel", "consult")
		for _, l := range consult.Links {
			if l.Relation != extract.Consult {
				t.Errorf("--rel consult kept %+v", l)
			}
		}
		since := exportJSON(t, db, "--since", "2024-01-01")
		for _, l := range since.Links {
			if l.First == "" || l.First < "2024-01-01" {
				t.Errorf("--since 2024-01-01 kept %+v", l)
			}
		}
		for name, g := range map[string]graphJSON{"--rel consult": consult, "--since": since} {
			if len(g.Links) == 0 || len(g.Links) >= len(want.Links) {
				t.Errorf("%s keeps %d of %d links", name, len(g.Links), len(want.Links))
			}
		}

		var nbs struct{ Neighbors []jsonActor }
		if err := json.Unmarshal([]byte(kg(t, "neighbors", "--db", db, "--json", "Assad")), &nbs); err != nil {
			t.Fatal(err)
		}
		wantEgo := []string{"bashar-al-assad"}
		for _, n := range nbs.Neighbors {
			wantEgo = append(wantEgo, n.ID)
		}
		ego := exportJSON(t, db, "--ego", "Assad", "--depth", "1")
		if got := slices.Sorted(maps.Keys(exportIDs(ego))); !slices.Equal(got, slices.Sorted(slices.Values(wantEgo))) {
			t.Errorf("--ego Assad --depth 1 keeps %v, want Assad and his neighbours %v", got, slices.Sorted(slices.Values(wantEgo)))
		}
		// The links among his neighbours stay too (an induced subgraph), but
		// each neighbour keeps its link with him.
		linked := map[string]bool{}
		for _, l := range ego.Links {
			if l.Source == "bashar-al-assad" {
				linked[l.Target] = true
			}
			if l.Target == "bashar-al-assad" {
				linked[l.Source] = true
			}
		}
		for _, n := range nbs.Neighbors {
			if !linked[n.ID] {
				t.Errorf("--ego Assad --depth 1 lost the link between him and %s", n.ID)
			}
		}
	})
}

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(rows) < 2 {
		t.Fatalf("%s: %d rows", name, len(rows))
	}
	return rows
}

func TestCommunities(t *testing.T) {
	db := sharedStore(t)
	out := kg(t, "communities", "--db", db)
	if again := kg(t, "communities", "--db", db); again != out {
		t.Errorf("the same seed gave two answers:\n%s\n%s", out, again)
	}
	names := map[string]bool{}
	for _, n := range exportNodes(t, db) {
		names[n.Name] = true
	}
	line := regexp.MustCompile(`^(\d+)\. \((\d+)\) (.+)$`)
	seen := map[string]int{}
	for i, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil || m[1] != strconv.Itoa(i+1) {
			t.Fatalf("line %q is not community %d", l, i+1)
		}
		members := strings.Split(m[3], ", ")
		if size, _ := strconv.Atoi(m[2]); size != len(members) {
			t.Errorf("community %s says %d members and lists %d", m[1], size, len(members))
		}
		for _, name := range members {
			seen[name]++
		}
	}
	for name := range names {
		if seen[name] != 1 {
			t.Errorf("%s is in %d communities", name, seen[name])
		}
	}
	if len(seen) != len(names) {
		t.Errorf("communities name %d actors, the graph has %d", len(seen), len(names))
	}
}

func TestTimeline(t *testing.T) {
	db := sharedStore(t)
	// Expected: the dated triples between the two, by month and relation.
	want := map[string]map[extract.Relation]int{}
	for _, tr := range decodeTriples(t, kg(t, "triples", "--db", db, "--json", "Assad")) {
		if tr.Date == "" || (tr.Subject.ID != "vladimir-putin" && tr.Object.ID != "vladimir-putin") {
			continue
		}
		month := tr.Date[:7]
		if want[month] == nil {
			want[month] = map[extract.Relation]int{}
		}
		want[month][tr.Relation]++
	}
	if len(want["2024-10"]) == 0 {
		t.Fatalf("no dated triples of Assad and Putin in 2024-10: article 004 is dated 2024-10-18")
	}
	out := kg(t, "timeline", "--db", db, "Assad", "Putin")
	got := map[string]map[extract.Relation]int{}
	count := regexp.MustCompile(`(\w+) ×(\d+)`)
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		month, rest, ok := strings.Cut(line, "  ")
		if !ok {
			t.Fatalf("line %q is not a month and counts", line)
		}
		got[month] = map[extract.Relation]int{}
		for _, m := range count.FindAllStringSubmatch(rest, -1) {
			got[month][extract.Relation(m[1])], _ = strconv.Atoi(m[2])
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("timeline Assad Putin:\n%s\ngives %v, the dated triples %v", out, got, want)
	}
	if r := runKG(nil, "timeline", "--db", db, "Assad", "Zzyzx Qqq"); r.code != 1 || !strings.Contains(r.stderr, "no actor") {
		t.Errorf("timeline with an unknown second actor: %v", r)
	}
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	levelFile := filepath.Join(dir, "level.yaml")
	badFile := filepath.Join(dir, "bad.yaml")
	writeFile(t, levelFile, "level: country\n")
	writeFile(t, badFile, "db: x.db\ncolour: red\n")

	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		want    map[string]string // key → "value source"
		wantErr string
	}{
		{name: "defaults", want: map[string]string{"db": "./kg.db default", "level": "person default"}},
		{name: "env", env: map[string]string{"KG_DB": "/tmp/from-env.db"},
			want: map[string]string{"db": "/tmp/from-env.db env KG_DB"}},
		{name: "flag beats env", env: map[string]string{"KG_DB": "/tmp/from-env.db"}, args: []string{"--db", "/tmp/flag.db"},
			want: map[string]string{"db": "/tmp/flag.db flag --db"}},
		{name: "file", args: []string{"--config", levelFile},
			want: map[string]string{"level": "country file " + levelFile}},
		{name: "KG_CONFIG", env: map[string]string{"KG_CONFIG": levelFile},
			want: map[string]string{"level": "country file " + levelFile}},
		{name: "unknown key", args: []string{"--config", badFile}, wantErr: "colour"},
		{name: "bad env value", env: map[string]string{"KG_WORKERS": "many"}, wantErr: "KG_WORKERS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runKG(tt.env, append([]string{"config"}, tt.args...)...)
			if tt.wantErr != "" {
				if r.code != 1 || !strings.Contains(r.stderr, tt.wantErr) {
					t.Errorf("want exit 1 naming %q; got %v", tt.wantErr, r)
				}
				return
			}
			if r.code != 0 {
				t.Fatal(r)
			}
			got := map[string]string{}
			for _, line := range strings.Split(strings.TrimRight(r.stdout, "\n"), "\n") {
				f := strings.Fields(line)
				if len(f) < 3 {
					t.Fatalf("line %q is not a key, a value and a source", line)
				}
				got[f[0]] = strings.Join(f[1:], " ")
			}
			for _, k := range config.Keys() {
				v, ok := got[k.Name]
				if !ok {
					t.Errorf("no line for %s", k.Name)
					continue
				}
				if w, ok := tt.want[k.Name]; ok && v != w {
					t.Errorf("%s: %q, want %q", k.Name, v, w)
				}
				if _, ok := tt.want[k.Name]; !ok && !strings.HasSuffix(v, " default") {
					t.Errorf("%s: %q, want its default", k.Name, v)
				}
			}
			if len(got) != len(config.Keys()) {
				t.Errorf("%d lines for %d keys:\n%s", len(got), len(config.Keys()), r.stdout)
			}
		})
	}

	t.Run("kg.yaml in the working directory", func(t *testing.T) {
		t.Chdir(t.TempDir())
		writeFile(t, "kg.yaml", "lexicons: [a.yaml]\n")
		if r := runKG(nil, "config"); r.code != 1 || !strings.Contains(r.stderr, "lexicons") {
			t.Errorf("want exit 1 naming the unknown key lexicons; got %v", r)
		}
	})
}

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestVerify(t *testing.T) {
	db := sharedStore(t)
	r := runKG(nil, "verify", "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "is sound: 5 articles") {
		t.Errorf("verify of a sound store: %v", r)
	}
}

var scoreLine = regexp.MustCompile(`^  all +P ([\d.]+) +R ([\d.]+) +F1 ([\d.]+) +\(tp (\d+), fp (\d+), fn (\d+)\)$`)

func TestEval(t *testing.T) {
	t.Chdir(repoRoot)
	out := kg(t, "eval", "--gold", "testdata/gold.jsonl", "testdata/articles")
	if byDefault := kg(t, "eval", "--gold", goldFile); byDefault != out {
		t.Errorf("eval without a path (testdata/articles by default):\n%s\nwith it:\n%s", byDefault, out)
	}
	lines := strings.Split(out, "\n")
	for _, level := range []string{"entity level", "country level"} {
		i := slices.Index(lines, level)
		if i < 0 || i+1 >= len(lines) {
			t.Errorf("no %q section:\n%s", level, out)
			continue
		}
		m := scoreLine.FindStringSubmatch(lines[i+1])
		if m == nil {
			t.Errorf("%s: %q is not an overall P/R/F1 line", level, lines[i+1])
			continue
		}
		var v [6]float64
		for j := range v {
			v[j], _ = strconv.ParseFloat(m[j+1], 64)
		}
		p, r, f1, tp, fp, fn := v[0], v[1], v[2], v[3], v[4], v[5]
		if tp == 0 {
			t.Errorf("%s: no true positives: %s", level, lines[i+1])
			continue
		}
		const rounding = 0.0011
		wantF1 := 2 * p * r / (p + r)
		if math.Abs(p-tp/(tp+fp)) > rounding || math.Abs(r-tp/(tp+fn)) > rounding || math.Abs(f1-wantF1) > 2*rounding {
			t.Errorf("%s: P, R and F1 disagree with the counts: %s", level, lines[i+1])
		}
	}
}

func TestMisuse(t *testing.T) {
	db := sharedStore(t)
	tests := []struct {
		args []string
		want string // in the message
	}{
		{[]string{"neighbors"}, "accepts 1 arg"},
		{[]string{"neighbors", "Assad", "Putin"}, "accepts 1 arg"},
		{[]string{"path", "Iraq"}, "accepts 2 arg"},
		{[]string{"top", "Iraq"}, "accepts 0 arg"},
		{[]string{"triples", "Iraq", "Russia"}, "at most 1 arg"},
		{[]string{"timeline"}, "one or two"},
		{[]string{"build"}, "at least one"},
		{[]string{"eval"}, "--gold"},
		{[]string{"neighbors", "--bogus", "Assad"}, "unknown flag: --bogus"},
		{[]string{"top", "-n", "many"}, "invalid argument"},
		{[]string{"neihgbors", "Assad"}, `unknown command "neihgbors"`},
		{[]string{"top", "--by", "fame"}, "fame"},
		{[]string{"path", "--by", "war", "Iraq", "Russia"}, "war"},
		{[]string{"neighbors", "--rel", "chat", "Assad"}, "chat"},
		{[]string{"neighbors", "--since", "2024", "Assad"}, "YYYY-MM-DD"},
		{[]string{"export", "--format", "svg"}, "svg"},
		{[]string{"export", "--format", "csv"}, "-o FILE"},
		{[]string{"export", "--min-articles", "-1"}, "min-articles"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runKG(nil, append(tt.args, "--db", db)...)
			if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("want exit 2 and a message with %q; got %v", tt.want, r)
			}
		})
	}

	t.Run("bad format makes no file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "graph.svg")
		runKG(nil, "export", "--db", db, "--format", "svg", "-o", out)
		if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("export with a bad format left %s: %v", out, err)
		}
	})

	t.Run("missing store", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "none.db")
		for _, args := range [][]string{
			{"neighbors", "Assad"}, {"path", "Iraq", "Russia"}, {"top"}, {"triples"}, {"export"},
			{"communities"}, {"timeline", "Assad"},
		} {
			r := runKG(nil, append(args, "--db", missing)...)
			if r.code != 1 || !strings.Contains(r.stderr, "run kg build") {
				t.Errorf("%v on a missing store: want exit 1 telling to run kg build; got %v", args, r)
			}
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("a query created the store %s: %v", missing, err)
		}
	})
}

var binary struct {
	once sync.Once
	path string
	err  error
}

// kgBinary builds the kg command once for the tests that run it as a process.
func kgBinary(t *testing.T) string {
	t.Helper()
	binary.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			binary.err = err
			return
		}
		binary.path = filepath.Join(suiteDir, "bin", "kg")
		cmd := exec.Command(goTool, "build", "-o", binary.path, ".")
		cmd.Env = machineEnv
		if out, err := cmd.CombinedOutput(); err != nil {
			binary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if errors.Is(binary.err, exec.ErrNotFound) {
		t.Skip("no go command in PATH to build kg with")
	}
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// processEnv is the environment of kg processes: the suite's, without KG_*.
func processEnv() []string {
	return slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "KG_") })
}

func kgCommand(bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Env = processEnv()
	return cmd
}

// runProcess runs the kg binary to the end.
func runProcess(t *testing.T, bin string, args ...string) result {
	t.Helper()
	cmd := kgCommand(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("kg %v: %v", args, err)
	}
	return result{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

func TestProcess(t *testing.T) {
	bin := kgBinary(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	r := runProcess(t, bin, "build", "--db", db, articlesDir)
	if r.code != 0 {
		t.Fatalf("kg build: %v", r)
	}
	if s := parseSummary(t, r.stdout); s.added != 5 {
		t.Errorf("kg build: %+v, want 5 added", s)
	}
	r = runProcess(t, bin, "neighbors", "--db", db, "Assad")
	if r.code != 0 {
		t.Fatalf("kg neighbors Assad: %v", r)
	}
	if rows, _ := neighborRows(t, r.stdout); !strings.Contains(rows["Vladimir Putin"], "consult") {
		t.Errorf("kg neighbors Assad:\n%s", r.stdout)
	}
	if r := runProcess(t, bin, "neighbors", "--db", db); r.code != 2 {
		t.Errorf("kg neighbors without a name: %v, want exit 2", r)
	}
}

// blockedBuild starts kg build on the articles and enough empty files that
// its warnings about them fill the pipe of its standard error: the build then
// holds the store, unable to finish, until drain is called. drain reads the
// rest of standard error and waits for the build to end.
func blockedBuild(t *testing.T, bin, db string) (cmd *exec.Cmd, stdout *bytes.Buffer, drain func() string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "articles")
	copyDir(t, articlesDir, dir)
	// Each warning is over 100 bytes: 400 KB of them, against a pipe buffer
	// of 64 KB.
	for i := range emptyFiles {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("zz-empty-%04d.txt", i)), "")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout = new(bytes.Buffer)
	cmd = kgCommand(bin, "build", "--db", db, "--workers", "1", dir)
	cmd.Stdout, cmd.Stderr = stdout, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	var drained bool
	drain = func() string {
		drained = true
		var stderr bytes.Buffer
		io.Copy(&stderr, r)
		r.Close()
		<-done
		return stderr.String()
	}
	t.Cleanup(func() {
		if !drained {
			cmd.Process.Kill()
			drain()
		}
	})

	// The store is locked once the build has written its owner file.
	owner := filepath.Join(db, "kg.owner")
	for {
		if data, err := os.ReadFile(owner); err == nil && bytes.HasSuffix(data, []byte("\n")) {
			break
		}
		select {
		case <-done:
			t.Fatalf("kg build ended before it held the store:\n%s", stdout)
		case <-time.After(10 * time.Millisecond):
		}
	}
	// Nothing can unblock it but drain: check that the build is still running.
	select {
	case <-done:
		t.Fatalf("kg build ended before drain:\n%s", stdout)
	default:
	}
	return cmd, stdout, drain
}

const emptyFiles = 4000

func TestStoreInUse(t *testing.T) {
	bin := kgBinary(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	build, stdout, drain := blockedBuild(t, bin, db)

	r := runProcess(t, bin, "neighbors", "--db", db, "Assad")
	if r.code != 1 || !strings.Contains(r.stderr, "in use by `kg build") ||
		!strings.Contains(r.stderr, fmt.Sprintf("pid %d", build.Process.Pid)) {
		t.Errorf("a query while kg build holds the store: want exit 1 saying it is in use by the build; got %v", r)
	}
	// A second build is refused in the same way.
	if r := runProcess(t, bin, "build", "--db", db, articlesDir); r.code != 1 || !strings.Contains(r.stderr, "in use by") {
		t.Errorf("a second build: %v", r)
	}

	stderr := drain()
	if code := build.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("kg build: exit %d\n%s%s", code, stdout, stderr)
	}
	if s := parseSummary(t, stdout.String()); s.added != 5 || s.skipped != emptyFiles {
		t.Errorf("kg build: %+v, want 5 added and %d skipped", s, emptyFiles)
	}
	if r := runProcess(t, bin, "neighbors", "--db", db, "Assad"); r.code != 0 {
		t.Errorf("a query once the build is done: %v", r)
	}
}

func TestInterrupt(t *testing.T) {
	bin := kgBinary(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	build, stdout, drain := blockedBuild(t, bin, db)
	if err := build.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	// Give the signal time to cancel the build before it may go on: there
	// are thousands of files left, so it stops well before the end.
	time.Sleep(100 * time.Millisecond)
	stderr := drain()
	if code := build.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr, "kg: interrupted") {
		t.Fatalf("kg build interrupted: exit %d, want 1 saying it was interrupted\n%s", code, stderr[max(0, len(stderr)-500):])
	}
	s := parseSummary(t, stdout.String())
	if s.skipped >= emptyFiles {
		t.Errorf("the interrupted build went through all %d bad files: %+v", emptyFiles, s)
	}
	articles, _ := storeCounts(t, db)
	if articles != s.added {
		t.Errorf("the store holds %d articles, the interrupted build said %d were added", articles, s.added)
	}
}

func TestActors(t *testing.T) {
	db := sharedStore(t)
	assad := decodeTriples(t, kg(t, "triples", "--db", db, "--json", "Assad"))

	t.Run("text", func(t *testing.T) {
		out := kg(t, "actors", "--db", db, "Assad")
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if f := strings.Fields(lines[0]); len(f) < 5 || f[0] != "id" || !slices.Contains(f, "triples") {
			t.Fatalf("header %q", lines[0])
		}
		var found bool
		for _, line := range lines[1:] {
			f := strings.Fields(line)
			if len(f) > 0 && f[0] == "bashar-al-assad" {
				found = true
				if !slices.Contains(f, strconv.Itoa(len(assad))) {
					t.Errorf("row %q does not count his %d triples", line, len(assad))
				}
			}
		}
		if !found {
			t.Errorf("actors Assad does not list bashar-al-assad:\n%s", out)
		}
	})

	t.Run("json", func(t *testing.T) {
		var got struct {
			Coverage map[string]int
			Actors   []struct {
				ID, Name, Type string
				Triples        int
			}
		}
		if err := json.Unmarshal([]byte(kg(t, "actors", "--db", db, "--json")), &got); err != nil {
			t.Fatal(err)
		}
		if got.Coverage["states"] < 190 || got.Coverage["people"] == 0 {
			t.Errorf("coverage %v", got.Coverage)
		}
		counts := map[string]int{}
		for _, a := range got.Actors {
			counts[a.ID] = a.Triples
		}
		if counts["bashar-al-assad"] != len(assad) {
			t.Errorf("actors --json counts %d triples of Assad, triples Assad lists %d", counts["bashar-al-assad"], len(assad))
		}
		for _, n := range exportNodes(t, db) {
			if counts[n.ID] == 0 {
				t.Errorf("%s is in the graph but actors counts no triple of it", n.ID)
			}
		}
	})

	t.Run("without a store", func(t *testing.T) {
		r := runKG(nil, "actors", "--db", filepath.Join(t.TempDir(), "none.db"), "Putin")
		if r.code != 0 || !strings.Contains(r.stdout, "vladimir-putin") {
			t.Errorf("actors without a store lists the lexicon: %v", r)
		}
	})

	t.Run("unknown", func(t *testing.T) {
		if r := runKG(nil, "actors", "--db", db, "Zzyzx Qqq"); r.code != 1 || !strings.Contains(r.stderr, "no actor") {
			t.Errorf("actors of an unknown name: %v", r)
		}
	})
}

func TestRender(t *testing.T) {
	db := sharedStore(t)
	if r := runKG(nil, "render", "--db", db, "-o", filepath.Join(t.TempDir(), "graph.txt")); r.code != 2 {
		t.Errorf("render to a .txt: %v, want exit 2", r)
	}
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz's dot is not installed (apt-get install graphviz); render not checked")
	}
	out := filepath.Join(t.TempDir(), "graph.svg")
	kg(t, "render", "--db", db, "--ego", "Assad", "-o", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var svg struct {
		XMLName xml.Name
	}
	if err := xml.Unmarshal(data, &svg); err != nil || svg.XMLName.Local != "svg" {
		t.Fatalf("render wrote no SVG (%v): %.200s", err, data)
	}
	if !strings.Contains(string(data), "بشار الأسد") {
		t.Errorf("the picture of Assad's neighbourhood has no label بشار الأسد")
	}
}

func TestExtract(t *testing.T) {
	db := sharedStore(t)
	// extract reads the articles the way build does, without storing them.
	extracted := decodeTriples(t, kg(t, "extract", articlesDir))
	stored := decodeTriples(t, kg(t, "triples", "--db", db, "--json"))
	key := func(tr jsonlTriple) string {
		return fmt.Sprint(tr.Doc, tr.Subject.ID, tr.Relation, tr.Object.ID, tr.Span, tr.Trigger)
	}
	got := slices.Sorted(slices.Values(mapSlice(extracted, key)))
	want := slices.Sorted(slices.Values(mapSlice(stored, key)))
	if !slices.Equal(got, want) {
		t.Errorf("extract finds %d triples, the store of a build holds %d, not the same", len(got), len(want))
	}

	explained := kg(t, "extract", "--explain", articlesDir)
	entries, err := os.ReadDir(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.Contains(explained, "== "+e.Name()+"\n") {
			t.Errorf("extract --explain says nothing of %s", e.Name())
		}
	}
	if r := runKG(nil, "extract"); r.code != 2 {
		t.Errorf("extract without a path: %v, want exit 2", r)
	}
	if r := runKG(nil, "extract", "--events", "--explain", articlesDir); r.code != 2 {
		t.Errorf("extract with two outputs asked: %v, want exit 2", r)
	}
}

// jsonlEvent is the part of an `extract --events` line the tests read.
type jsonlEvent struct {
	Doc      string           `json:"doc"`
	Relation extract.Relation `json:"relation"`
	Args     []struct {
		Role  extract.Role `json:"role"`
		Actor jsonActor    `json:"actor"`
		Span  [2]int       `json:"span"`
	} `json:"args"`
	Span        [2]int  `json:"span"`
	Trigger     string  `json:"trigger"`
	TriggerSpan [2]int  `json:"trigger_span"`
	Confidence  float64 `json:"confidence"`
}

func TestExtractEvents(t *testing.T) {
	// A bombing by no one named gives an event and no triple; a meeting
	// gives both.
	dir := t.TempDir()
	const bombing = "قتل 18 شخصا وأصيب عشرات آخرون بجروح في انفجار سيارة مفخخة في بغداد أمس."
	const meeting = "والتقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في موسكو."
	text := bombing + "\n" + meeting + "\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var events []jsonlEvent
	for i, line := range strings.Split(strings.TrimRight(kg(t, "extract", "--events", dir), "\n"), "\n") {
		var e jsonlEvent
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		events = append(events, e)
	}
	if len(events) != 2 {
		t.Fatalf("got %d events, want the bombing and the meeting: %+v", len(events), events)
	}
	for _, e := range events {
		if got := text[e.TriggerSpan[0]:e.TriggerSpan[1]]; got != e.Trigger {
			t.Errorf("%s event: trigger span holds %q, trigger is %q", e.Relation, got, e.Trigger)
		}
		for _, a := range e.Args {
			if a.Span[0] < e.Span[0] || a.Span[1] > e.Span[1] {
				t.Errorf("%s event: side %s at %v outside its sentence %v", e.Relation, a.Actor.ID, a.Span, e.Span)
			}
		}
	}
	if b := events[0]; b.Relation != extract.Attack || len(b.Args) != 0 || text[b.Span[0]:b.Span[1]] != bombing {
		t.Errorf("first event %+v, want an attack with no side on the bombing sentence", b)
	}
	if m := events[1]; m.Relation != extract.Consult || len(m.Args) != 2 || m.Confidence <= events[0].Confidence {
		t.Errorf("second event %+v, want a consult between two sides, more certain than the bombing", m)
	}
	var tr jsonlTriple
	out := kg(t, "extract", dir)
	if err := json.Unmarshal([]byte(out), &tr); err != nil || strings.Count(out, "\n") != 1 || tr.Relation != extract.Consult {
		t.Errorf("triples %q (%v), want the meeting's only", out, err)
	}
}

// TestExtractIntroducedPerson: a person the lexicon lacks, introduced by
// a title and a nationality, is printed as that person of that state, as a
// build stores them, not as a bare id.
func TestExtractIntroducedPerson(t *testing.T) {
	dir := t.TempDir()
	const meeting = "والتقى وزير الدفاع الموريتاني محمد ولد سيدي نظيره الروسي سيرغي شويغو في موسكو."
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(meeting+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := kg(t, "extract", dir)
	var tr jsonlTriple
	if err := json.Unmarshal([]byte(out), &tr); err != nil || strings.Count(out, "\n") != 1 {
		t.Fatalf("triples %q (%v), want the meeting's only", out, err)
	}
	for _, side := range []jsonActor{tr.Subject, tr.Object} {
		if side.Type != "person" || side.Country == "" || side.Name == side.ID {
			t.Errorf("side %+v, want a named person with a country", side)
		}
	}
	if s := tr.Subject; s.Country != "MRT" {
		t.Errorf("subject %+v, want the Mauritanian minister", s)
	}
}

func mapSlice[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}
