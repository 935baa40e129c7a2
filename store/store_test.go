package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

var testActors = []string{"russia", "syria", "turkey", "iran", "iran-ngo", "us", "usa", "vladimir-putin"}

// makeArticle builds article i with two events and five triples: a meeting
// of three actors (three consult triples) and an accusation of two (two
// accuse triples). Which actors take part depends on i and variant.
func makeArticle(id string, i, variant int, text string) (article.Article, extract.Result) {
	a := article.Article{
		ID: id, Source: "testdata/" + id, Title: "title " + id,
		Date: time.Date(2020, 3, 1+i%28, 0, 0, 0, 0, time.UTC), Text: text, Hash: article.HashText(text),
	}
	pick := func(k int) string { return testActors[(i+variant+k)%len(testActors)] }
	arg := func(k int, role extract.Role) extract.Argument {
		return extract.Argument{Actor: pick(k), Role: role, Mention: "m" + pick(k), Span: extract.Span{Start: k, End: k + 3}}
	}
	meet := extract.Event{Relation: extract.Consult, Date: a.Date, Article: id,
		Args:     []extract.Argument{arg(0, extract.Participant), arg(1, extract.Participant), arg(2, extract.Participant)},
		Sentence: "التقى الرئيس نظيره في " + id, SentSpan: extract.Span{Start: 0, End: 10}, Trigger: "التقى",
		TrigSpan: extract.Span{Start: 0, End: 5}, Confidence: 0.9, Extractor: "test"}
	accuse := extract.Event{Relation: extract.Accuse, Date: a.Date, Article: id,
		Args:     []extract.Argument{arg(3, extract.Source), arg(4, extract.Target), arg(5, extract.Target)},
		Sentence: "اتهمت الوزارة الطرفين في " + id, SentSpan: extract.Span{Start: 11, End: 20}, Trigger: "اتهم",
		Confidence: 0.7, Extractor: "test"}
	return a, extract.Result{Events: []extract.Event{meet, accuse}}
}

func allTriples(r extract.Result) []extract.Triple {
	var out []extract.Triple
	for _, ev := range r.Events {
		out = append(out, ev.Triples()...)
	}
	return out
}

func openTest(t testing.TB, dir string, opt Options) *Store {
	t.Helper()
	s, err := Open(dir, opt)
	if err != nil {
		t.Fatalf("Open(%s, %+v): %v", dir, opt, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustPut(t testing.TB, s *Store, a article.Article, r extract.Result, want PutStatus) {
	t.Helper()
	got, err := s.Put(a, r)
	if err != nil {
		t.Fatalf("Put(%s): %v", a.ID, err)
	}
	if got != want {
		t.Fatalf("Put(%s) = %v, want %v", a.ID, got, want)
	}
}

func collect(t testing.TB, each func(func(extract.Triple) error) error) []extract.Triple {
	t.Helper()
	var out []extract.Triple
	if err := each(func(tr extract.Triple) error { out = append(out, tr); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func sortTriples(ts []extract.Triple) []extract.Triple {
	slices.SortFunc(ts, func(a, b extract.Triple) int {
		return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
	})
	return ts
}

func mustVerify(t testing.TB, s *Store) {
	t.Helper()
	problems, err := s.Verify()
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("Verify found %d problems:\n%s", len(problems), strings.Join(problems, "\n"))
	}
}

func TestRoundTrip(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	a, r := makeArticle("001.txt", 1, 0, "نص المقال الأول")
	r.Events[1].Article = "" // the store files events under their article whatever they say
	r.NewActors = []actor.Actor{
		{ID: "ali-x", Name: "Ali X", Type: actor.Person, Arabic: []string{"علي اكس"}},
		{ID: "ali-x", Name: "Ali X again", Type: actor.Person},
		{ID: "omar-y", Name: "Omar Y", Type: actor.Person, Country: "SYR"},
	}
	mustPut(t, s, a, r, Added)

	got, found, err := s.Article(a.ID)
	if err != nil || !found {
		t.Fatalf("Article(%s) = found %v, %v", a.ID, found, err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Article(%s) = %+v, want %+v", a.ID, got, a)
	}
	if _, found, err := s.Article("missing"); found || err != nil {
		t.Errorf("Article(missing) = found %v, %v", found, err)
	}

	events, err := s.Events(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantEvents := slices.Clone(r.Events)
	wantEvents[1].Article = a.ID
	if !reflect.DeepEqual(events, wantEvents) {
		t.Errorf("Events = %+v\nwant %+v", events, wantEvents)
	}

	r.Events = wantEvents
	want := allTriples(r)
	if len(want) != 5 {
		t.Fatalf("fixture has %d triples, want 5", len(want))
	}
	if got := collect(t, s.Triples); !reflect.DeepEqual(got, want) {
		t.Errorf("Triples = %+v\nwant %+v", got, want)
	}

	actors, err := s.Actors()
	if err != nil {
		t.Fatal(err)
	}
	wantActors := []actor.Actor{r.NewActors[0], r.NewActors[2]}
	if !reflect.DeepEqual(actors, wantActors) {
		t.Errorf("Actors = %+v, want %+v", actors, wantActors)
	}

	var arts []article.Article
	if err := s.Articles(func(a article.Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(arts, []article.Article{a}) {
		t.Errorf("Articles = %+v", arts)
	}
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Articles: 1, Events: 2, Triples: 5, Actors: 2}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	mustVerify(t, s)
}

func TestPutStatus(t *testing.T) {
	type put struct {
		id, text string
		variant  int
		want     PutStatus
	}
	tests := []struct {
		name  string
		puts  []put
		stats Stats
		ids   []string // stored articles afterwards
	}{
		{"added", []put{{"a", "one", 0, Added}, {"b", "two", 0, Added}},
			Stats{2, 4, 10, 0}, []string{"a", "b"}},
		{"rebuild is idempotent", []put{{"a", "one", 0, Added}, {"a", "one", 0, Unchanged}, {"a", "one", 1, Unchanged}},
			Stats{1, 2, 5, 0}, []string{"a"}},
		{"new text replaces", []put{{"a", "one", 0, Added}, {"a", "one, corrected", 3, Replaced}},
			Stats{1, 2, 5, 0}, []string{"a"}},
		{"same text under another id", []put{{"a", "one", 0, Added}, {"b", "one", 0, Duplicate}},
			Stats{1, 2, 5, 0}, []string{"a"}},
		{"changed into a copy of another", []put{{"a", "one", 0, Added}, {"b", "two", 0, Added}, {"b", "one", 0, Duplicate}},
			Stats{1, 2, 5, 0}, []string{"a"}},
		{"replaced text freed for another id", []put{{"a", "one", 0, Added}, {"a", "new", 0, Replaced}, {"b", "one", 0, Added}},
			Stats{2, 4, 10, 0}, []string{"a", "b"}},
		{"id that prefixes another", []put{{"a", "one", 0, Added}, {"a/b", "two", 0, Added}, {"a", "three", 2, Replaced}},
			Stats{2, 4, 10, 0}, []string{"a", "a/b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, t.TempDir(), Options{})
			for i, p := range tt.puts {
				a, r := makeArticle(p.id, i, p.variant, p.text)
				mustPut(t, s, a, r, p.want)
			}
			st, err := s.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if st != tt.stats {
				t.Errorf("Stats = %+v, want %+v", st, tt.stats)
			}
			var ids []string
			if err := s.Articles(func(a article.Article) error { ids = append(ids, a.ID); return nil }); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Errorf("stored articles %q, want %q", ids, tt.ids)
			}
			mustVerify(t, s)
		})
	}
}

func TestReplacedArticle(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	old, oldResult := makeArticle("x", 0, 0, "old text")
	other, otherResult := makeArticle("x/y", 0, 4, "other text")
	mustPut(t, s, old, oldResult, Added)
	mustPut(t, s, other, otherResult, Added)
	// The new version has other actors and one event less.
	a, r := makeArticle("x", 0, 4, "new text")
	r.Events = r.Events[:1]
	mustPut(t, s, a, r, Replaced)

	got, _, err := s.Article("x")
	if err != nil || got.Text != "new text" {
		t.Fatalf("Article(x) = %q, %v", got.Text, err)
	}
	want := sortTriples(append(allTriples(r), allTriples(otherResult)...))
	if got := sortTriples(collect(t, s.Triples)); !reflect.DeepEqual(got, want) {
		t.Errorf("Triples after replace = %+v\nwant %+v", got, want)
	}
	for _, act := range testActors {
		var want []extract.Triple
		for _, tr := range append(allTriples(r), allTriples(otherResult)...) {
			if tr.Subject == act || tr.Object == act {
				want = append(want, tr)
			}
		}
		got := collect(t, func(fn func(extract.Triple) error) error { return s.TriplesOf(act, fn) })
		if !reflect.DeepEqual(sortTriples(got), sortTriples(want)) {
			t.Errorf("TriplesOf(%s) after replace = %+v\nwant %+v", act, got, want)
		}
	}
	events, err := s.Events("x")
	if err != nil || len(events) != 1 {
		t.Errorf("Events(x) = %d events, %v; want 1", len(events), err)
	}
	mustVerify(t, s)
}

func TestTriplesOf(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	var all []extract.Triple
	for i := range 20 {
		a, r := makeArticle(fmt.Sprintf("%03d.txt", i), i, i/3, fmt.Sprint("text ", i))
		mustPut(t, s, a, r, Added)
		all = append(all, allTriples(r)...)
	}
	// "iran" and "us" prefix other actors' ids: the index must tell them apart.
	for _, act := range append(testActors, "nobody") {
		var want []extract.Triple
		for _, tr := range all {
			if tr.Subject == act || tr.Object == act {
				want = append(want, tr)
			}
		}
		got := collect(t, func(fn func(extract.Triple) error) error { return s.TriplesOf(act, fn) })
		if !reflect.DeepEqual(sortTriples(got), sortTriples(want)) {
			t.Errorf("TriplesOf(%s) = %d triples, want %d", act, len(got), len(want))
		}
	}

	stop := errors.New("stop")
	n := 0
	err := s.TriplesOf("russia", func(extract.Triple) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("TriplesOf with a failing callback = %v after %d calls, want the callback's error after 1", err, n)
	}

	// A value that does not decode is an error naming its key, not a
	// triple, and it ends the read.
	first := all[0]
	bad := tripleKey(first.Article, 0, 0)
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(bad, []byte("{")) }); err != nil {
		t.Fatal(err)
	}
	err = s.TriplesOf(first.Subject, func(tr extract.Triple) error {
		if tr.Article == first.Article && tr.Sentence == first.Sentence && tr.Object == first.Object {
			t.Errorf("the damaged triple was given: %+v", tr)
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "decode") || !strings.Contains(err.Error(), first.Article) {
		t.Errorf("TriplesOf over a damaged value = %v, want a decode error naming %s", err, first.Article)
	}
}

// bigMeeting gives article i one meeting of n actors: n(n-1)/2 triples,
// most of the article's bytes.
func bigMeeting(id string, i, n int) (article.Article, extract.Result) {
	a, r := makeArticle(id, i, 0, fmt.Sprint("meeting ", i))
	ev := r.Events[0]
	ev.Args = nil
	for k := range n {
		ev.Args = append(ev.Args, extract.Argument{Actor: fmt.Sprintf("actor-%02d", k), Role: extract.Participant})
	}
	r.Events = []extract.Event{ev}
	return a, r
}

func TestBatch(t *testing.T) {
	// About 5 KB an article: a transaction fills up on an article key.
	filler := strings.Repeat("نص طويل لمقال ", 200)
	longText := func(id string, i int) (article.Article, extract.Result) {
		return makeArticle(id, i, i%5, fmt.Sprint(i, filler))
	}
	// 435 triples an article: a transaction fills up halfway through one.
	manyTriples := func(id string, i int) (article.Article, extract.Result) { return bigMeeting(id, i, 30) }
	tests := []struct {
		name string
		n    int
		make func(id string, i int) (article.Article, extract.Result)
	}{
		{"long texts", 2000, longText},
		{"many triples", 60, manyTriples},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, t.TempDir(), Options{})
			b := s.NewBatch()
			want := make(map[string][]extract.Triple)
			for i := range tt.n {
				id := fmt.Sprintf("art-%05d", i)
				a, r := tt.make(id, i)
				want[id] = allTriples(r)
				status, err := b.Put(a, r)
				if err != nil || status != Added {
					t.Fatalf("Batch.Put(%s) = %v, %v", id, status, err)
				}
			}
			// Before Flush, the store holds the transactions that filled
			// up, and in them whole articles only.
			if stored := checkWhole(t, s, want); stored == 0 || stored == tt.n {
				t.Fatalf("before Flush %d of %d articles are stored; want some but not all", stored, tt.n)
			}
			mustVerify(t, s)

			if err := b.Flush(); err != nil {
				t.Fatal(err)
			}
			if stored := checkWhole(t, s, want); stored != tt.n {
				t.Errorf("after Flush %d of %d articles are stored", stored, tt.n)
			}
			mustVerify(t, s)

			// A second batch of the same articles changes nothing.
			b = s.NewBatch()
			for i := range min(tt.n, 50) {
				id := fmt.Sprintf("art-%05d", i)
				a, r := tt.make(id, i)
				if status, err := b.Put(a, r); err != nil || status != Unchanged {
					t.Fatalf("second Batch.Put(%s) = %v, %v", id, status, err)
				}
			}
			if err := b.Flush(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// checkWhole checks that every stored article has exactly the triples it
// should have and that nothing else is stored, and returns the number of
// stored articles.
func checkWhole(t *testing.T, s *Store, want map[string][]extract.Triple) int {
	t.Helper()
	got := make(map[string][]extract.Triple)
	for _, tr := range collect(t, s.Triples) {
		got[tr.Article] = append(got[tr.Article], tr)
	}
	stored := 0
	err := s.Articles(func(a article.Article) error {
		stored++
		if !reflect.DeepEqual(got[a.ID], want[a.ID]) {
			t.Errorf("article %s is stored with %d triples, want %d", a.ID, len(got[a.ID]), len(want[a.ID]))
		}
		delete(got, a.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, ts := range got {
		t.Errorf("%d triples of article %s, which is not stored", len(ts), id)
	}
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != stored {
		t.Errorf("Stats counts %d articles, Articles saw %d", st.Articles, stored)
	}
	return stored
}

func TestBatchSeesItsOwnArticles(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	b := s.NewBatch()
	steps := []struct {
		id, text string
		want     PutStatus
	}{{"a", "one", Added}, {"a", "one", Unchanged}, {"b", "one", Duplicate}, {"a", "two", Replaced}, {"b", "one", Added}}
	for i, st := range steps {
		a, r := makeArticle(st.id, i, 0, st.text)
		if got, err := b.Put(a, r); err != nil || got != st.want {
			t.Fatalf("step %d: Batch.Put(%s, %q) = %v, %v; want %v", i, st.id, st.text, got, err, st.want)
		}
	}
	if err := b.Flush(); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(); st.Articles != 2 || st.Triples != 10 {
		t.Errorf("Stats = %+v, want 2 articles, 10 triples", st)
	}
	mustVerify(t, s)
}

func TestConcurrentPut(t *testing.T) {
	const workers, n = 4, 30
	s := openTest(t, t.TempDir(), Options{})
	statuses := make([][]PutStatus, workers)
	errs := make(chan error, workers)
	for w := range workers {
		go func() {
			for i := range n {
				a, r := makeArticle(fmt.Sprint("art-", i), i, 0, fmt.Sprint("text ", i))
				status, err := s.Put(a, r)
				if err != nil {
					errs <- err
					return
				}
				statuses[w] = append(statuses[w], status)
			}
			errs <- nil
		}()
	}
	for range workers {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		added := 0
		for w := range workers {
			if statuses[w][i] == Added {
				added++
			} else if statuses[w][i] != Unchanged {
				t.Errorf("article %d: worker %d got %v", i, w, statuses[w][i])
			}
		}
		if added != 1 {
			t.Errorf("article %d was added %d times, want once", i, added)
		}
	}
	mustVerify(t, s)
}

func TestPutRejects(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	good, goodResult := makeArticle("ok", 0, 0, "text")
	tests := []struct {
		name string
		edit func(*article.Article, *extract.Result)
	}{
		{"empty id", func(a *article.Article, _ *extract.Result) { a.ID = "" }},
		{"NUL in id", func(a *article.Article, _ *extract.Result) { a.ID = "a\x00b" }},
		{"NUL in actor", func(_ *article.Article, r *extract.Result) { r.Events[1].Args[1].Actor = "x\x00" }},
		{"discovered actor without id", func(_ *article.Article, r *extract.Result) {
			r.NewActors = []actor.Actor{{Name: "Nameless"}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, r := good, goodResult
			r.Events = slices.Clone(r.Events)
			r.Events[1].Args = slices.Clone(r.Events[1].Args)
			tt.edit(&a, &r)
			if status, err := s.Put(a, r); err == nil {
				t.Fatalf("Put = %v, want an error", status)
			}
			if st, _ := s.Stats(); st != (Stats{}) {
				t.Errorf("a rejected article left %+v", st)
			}
		})
	}
}

func TestVerify(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(txn *badger.Txn) error
		want    string // in a reported problem
	}{
		{"triple deleted", func(txn *badger.Txn) error { return txn.Delete(tripleKey("b", 1, 0)) },
			"does not exist"},
		{"index entry deleted", func(txn *badger.Txn) error {
			_, r := makeArticle("b", 1, 0, "two") // as stored below
			return txn.Delete(indexKey(r.Events[0].Triples()[0].Object, tripleKey("b", 0, 0)))
		}, "no index entry for object"},
		{"article deleted", func(txn *badger.Txn) error { return txn.Delete(articleKey("a")) },
			`article "a" does not exist`},
		{"hash entry deleted", func(txn *badger.Txn) error { return txn.Delete(hashKey(article.HashText("one"))) },
			"no content-hash entry"},
		{"garbage triple", func(txn *badger.Txn) error { return txn.Set(tripleKey("a", 0, 1), []byte("{")) },
			"decode"},
		{"unknown key", func(txn *badger.Txn) error { return txn.Set([]byte("zz"), nil) }, "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := verifyCorrupted(t, tt.corrupt)
			if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, tt.want) }) {
				t.Errorf("Verify = %q, want a problem containing %q", problems, tt.want)
			}
		})
	}
}

func TestReadOnly(t *testing.T) {
	dir := t.TempDir()
	w := openTest(t, dir, Options{})
	a, r := makeArticle("a", 0, 0, "one")
	mustPut(t, w, a, r, Added)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	ro := openTest(t, dir, Options{ReadOnly: true})
	if _, found, err := ro.Article("a"); !found || err != nil {
		t.Errorf("read-only Article(a) = found %v, %v", found, err)
	}
	b, rb := makeArticle("b", 1, 0, "two")
	if _, err := ro.Put(b, rb); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only Put = %v, want ErrReadOnly", err)
	}
	if _, err := ro.NewBatch().Put(b, rb); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only Batch.Put = %v, want ErrReadOnly", err)
	}
	// Readers share the store, and keep writers out.
	ro2 := openTest(t, dir, Options{ReadOnly: true})
	if st, err := ro2.Stats(); err != nil || st.Articles != 1 {
		t.Errorf("second reader Stats = %+v, %v", st, err)
	}
	_, err := Open(dir, Options{})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "reading it") {
		t.Errorf("writable Open while read = %v, want ErrLocked naming a reader", err)
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open of a missing store = %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open created %s", dir)
	}
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	w := openTest(t, dir, Options{})
	wantHolder := fmt.Sprintf("is in use by `%s` (pid %d, since ", commandLine(os.Args), os.Getpid())
	for _, opt := range []Options{{}, {ReadOnly: true}} {
		_, err := Open(dir, opt)
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("Open(%+v) while open for writing = %v, want ErrLocked", opt, err)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "store "+dir+" ") || !strings.Contains(msg, wantHolder) {
			t.Errorf("Open(%+v) error %q, want it to contain %q", opt, msg, wantHolder)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, ownerFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("owner file left after Close: %v", err)
	}
	openTest(t, dir, Options{})
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "kg"},
		{[]string{"/usr/local/bin/kg", "build", "testdata/articles"}, "kg build testdata/articles"},
		{[]string{"./kg", "build", "my articles", ""}, `kg build "my articles" ""`},
	}
	for _, tt := range tests {
		if got := commandLine(tt.args); got != tt.want {
			t.Errorf("commandLine(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

// TestUncleanClose has a child process write an article and exit without
// closing the store, as a killed build does; a read-only open must recover.
func TestUncleanClose(t *testing.T) {
	if dir := os.Getenv("KG_STORE_CRASH_DIR"); dir != "" {
		s, err := Open(dir, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		a, r := makeArticle("a", 0, 0, "written before the crash")
		if _, err := s.Put(a, r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestUncleanClose$")
	cmd.Env = append(os.Environ(), "KG_STORE_CRASH_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	// Badger alone refuses.
	if _, err := openBadger(dir, true, nil); err == nil || !needsReplay(err) {
		t.Fatalf("read-only Badger open after a crash = %v, want a replay error", err)
	}
	s := openTest(t, dir, Options{ReadOnly: true})
	if a, found, err := s.Article("a"); !found || err != nil || a.Text != "written before the crash" {
		t.Fatalf("Article(a) after recovery = %q, %v, %v", a.Text, found, err)
	}
	mustVerify(t, s)
}

// TestEmptyLogFile: a build killed between creating a write-ahead log file
// and sizing it leaves the file empty, which Badger 4.9 refuses to open
// (dgraph-io/badger#2207). Both kinds of open must recover the store.
func TestEmptyLogFile(t *testing.T) {
	for _, opt := range []Options{{}, {ReadOnly: true}} {
		dir := t.TempDir()
		s := openTest(t, dir, Options{})
		a, r := makeArticle("a", 0, 0, "stored before the crash")
		if _, err := s.Put(a, r); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"00041.mem", "00042.mem", "000043.vlog"} {
			if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		s, err := Open(dir, opt)
		if err != nil {
			t.Fatalf("Open(%+v) with empty log files: %v", opt, err)
		}
		if a, found, err := s.Article("a"); !found || err != nil || a.Text != "stored before the crash" {
			t.Errorf("Open(%+v): Article(a) = %q, %v, %v", opt, a.Text, found, err)
		}
		mustVerify(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestClose(t *testing.T) {
	s, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
	a, r := makeArticle("a", 0, 0, "one")
	if _, err := s.Put(a, r); !errors.Is(err, ErrClosed) {
		t.Errorf("Put after Close = %v, want ErrClosed", err)
	}
	if _, err := s.Stats(); !errors.Is(err, ErrClosed) {
		t.Errorf("Stats after Close = %v, want ErrClosed", err)
	}
	if err := s.Triples(func(extract.Triple) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Errorf("Triples after Close = %v, want ErrClosed", err)
	}
}

func TestSchemaVersion(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir, Options{})
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(keyVersion, []byte("0")) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, opt := range []Options{{}, {ReadOnly: true}} {
		if _, err := Open(dir, opt); err == nil || !strings.Contains(err.Error(), "schema version 0") {
			t.Errorf("Open(%+v) of a version 0 store = %v, want a schema version error", opt, err)
		}
	}
}

// TestFootprint keeps an empty store small, even as ls sees it (Badger
// preallocates sparse files).
func TestFootprint(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir, Options{})
	if size := dirSize(t, dir); size > 100<<20 {
		t.Errorf("an open empty store has %d MB of files, want under 100", size>>20)
	}
	s.Close()
	if size := dirSize(t, dir); size > 2<<20 {
		t.Errorf("a closed empty store has %d KB of files, want under 2 MB", size>>10)
	}
}

func dirSize(t *testing.T, dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var size int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		size += info.Size()
	}
	return size
}

func TestLogger(t *testing.T) {
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		var buf bytes.Buffer
		logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level}))
		s, err := Open(t.TempDir(), Options{Logger: logger})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		logged := buf.String()
		switch {
		case level == slog.LevelInfo && logged != "":
			t.Errorf("at Info level Badger logged:\n%s", logged)
		case level == slog.LevelDebug && !strings.Contains(logged, "level=DEBUG msg=") ||
			level == slog.LevelDebug && !strings.Contains(logged, "component=badger"):
			t.Errorf("at Debug level, want Badger's lines; got:\n%s", logged)
		}
	}
}

func BenchmarkBatchPut(b *testing.B) {
	s := openTest(b, b.TempDir(), Options{})
	text := strings.Repeat("نص مقال إخباري عن العلاقات الدبلوماسية ", 40) // about 1.5 KB
	type item struct {
		a article.Article
		r extract.Result
	}
	items := make([]item, b.N)
	for i := range items {
		a, r := makeArticle("bench-"+strconv.Itoa(i), i, i%7, strconv.Itoa(i)+text)
		items[i] = item{a, r}
	}
	b.ResetTimer()
	batch := s.NewBatch()
	for _, it := range items {
		if _, err := batch.Put(it.a, it.r); err != nil {
			b.Fatal(err)
		}
	}
	if err := batch.Flush(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestStaleOwnerFile: the owner file a killed build left behind does not
// blame that dead process for a lock someone else holds.
func TestStaleOwnerFile(t *testing.T) {
	dir := t.TempDir()
	data := []byte(`{"pid": 999999999, "command": "kg build old", "since": "2026-01-02T03:04:05Z"}`)
	if err := os.WriteFile(filepath.Join(dir, ownerFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	got := describeOwner(filepath.Join(dir, ownerFile))
	if strings.Contains(got, "kg build old") {
		t.Errorf("describeOwner names a dead process: %q", got)
	}
	if err := writeOwner(filepath.Join(dir, ownerFile)); err != nil {
		t.Fatal(err)
	}
	if got := describeOwner(filepath.Join(dir, ownerFile)); !strings.Contains(got, fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("describeOwner of a live owner: %q", got)
	}
}

// TestOpenMustExist: a writable open that must not create a store refuses an
// empty directory and leaves nothing behind.
func TestOpenMustExist(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	if _, err := Open(dir, Options{MustExist: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Open of no store with MustExist: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open with MustExist created %s", dir)
	}
	st, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = Open(dir, Options{MustExist: true})
	if err != nil {
		t.Fatalf("Open of an existing store with MustExist: %v", err)
	}
	st.Close()
}

// verifyCorrupted stores two sound articles, checks the store verifies,
// damages it with corrupt, and returns what Verify reports.
func verifyCorrupted(t *testing.T, corrupt func(*badger.Txn) error) []string {
	t.Helper()
	s := openTest(t, t.TempDir(), Options{})
	for i, text := range []string{"one", "two"} {
		a, r := makeArticle(string(rune('a'+i)), i, 0, text)
		mustPut(t, s, a, r, Added)
	}
	mustVerify(t, s)
	if err := s.db.Update(corrupt); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Verify()
	if err != nil {
		t.Fatal(err)
	}
	return problems
}
