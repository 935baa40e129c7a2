package query_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"kg/actor"
	"kg/article"
	"kg/extract"
	"kg/graph"
	"kg/query"
	"kg/store"
)

// answersFixture is a store and lexicon that fuzz inputs are added to, one
// actor and one article each; it starts afresh every so often so that
// answers over the whole graph stay quick.
type answersFixture struct {
	dir   string // where the stores go
	st    *store.Store
	stDir string
	lex   *actor.Lexicon // the session's, which learns the stored actors
	check *actor.Lexicon // where an actor is tried before it is stored
	n     int
}

const answersFixtureSize = 100

func (fx *answersFixture) next(t *testing.T) (id string) {
	if fx.n%answersFixtureSize == 0 {
		fx.close()
		var err error
		if fx.stDir, err = os.MkdirTemp(fx.dir, "store-"); err != nil {
			t.Fatal(err)
		}
		if fx.st, err = store.Open(fx.stDir, store.Options{}); err != nil {
			t.Fatal(err)
		}
		if fx.lex, err = actor.Load(); err != nil {
			t.Fatal(err)
		}
		if fx.check, err = actor.Load(); err != nil {
			t.Fatal(err)
		}
	}
	fx.n++
	return fmt.Sprintf("fuzz-%d", fx.n)
}

func (fx *answersFixture) close() {
	if fx.st != nil {
		fx.st.Close()
		os.RemoveAll(fx.stDir)
		fx.st = nil
	}
}

// jsonText is what a string becomes once written as JSON and read back:
// encoding/json replaces invalid UTF-8.
func jsonText(t *testing.T, s string) string {
	t.Helper()
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var out string
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzAnswers stores an actor with an arbitrary name, Arabic name and
// sentence, linked to Russia, and asks kg's questions about it: no answer
// may fail, and the JSON answers must parse back with the name and the
// sentence intact.
func FuzzAnswers(f *testing.F) {
	f.Add("Evil \"Q\" \\ <b>&amp;", "\u202bالشرير\u202c", "قال «نعم»\nثم \"لا\" & <script>")
	f.Add("line\nbreak\ttab", "\u200f\u2066", "\r\n\t\x00")
	f.Add("x", "", "\xff\xfe")
	f.Add("}; digraph { a -> b", "]]>", "\"];\n")
	f.Add("Россия", "روسيا", "التقى بوتين الأسد.")
	fx := &answersFixture{dir: f.TempDir()}
	defer fx.close()
	f.Fuzz(func(t *testing.T, name, arabic, sentence string) {
		id := fx.next(t)
		act := actor.Actor{ID: id, Name: name, Type: actor.Group}
		if arabic != "" {
			act.Arabic = []string{arabic}
		}
		if err := fx.check.Add(act); err != nil {
			return // not a valid actor: no extractor may store it
		}
		day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
		a := article.Article{ID: "article-" + id, Text: sentence, Date: day, Hash: article.HashText(id + sentence)}
		ev := extract.Event{Relation: extract.Consult, Date: day, Sentence: sentence,
			SentSpan: extract.Span{Start: 0, End: len(sentence)}, Confidence: 0.9, Extractor: "fuzz",
			Args: []extract.Argument{{Actor: id, Role: extract.Participant}, {Actor: "russia", Role: extract.Participant}}}
		if _, err := fx.st.Put(a, extract.Result{Events: []extract.Event{ev}, NewActors: []actor.Actor{act}}); err != nil {
			t.Fatalf("Put: %v", err)
		}
		s, err := query.New(fx.st, fx.lex, 0)
		if err != nil {
			t.Fatalf("a stored actor breaks every session: %v", err)
		}
		wantName, wantSentence := jsonText(t, name), jsonText(t, sentence)

		var buf bytes.Buffer
		if err := s.Neighbors(&buf, id, query.NeighborsOptions{JSON: true, Evidence: true}); err != nil {
			t.Fatalf("Neighbors(%s): %v", id, err)
		}
		var nb struct {
			Actor     struct{ ID, Name string }
			Neighbors []struct {
				ID       string
				Evidence []struct{ Sentence string }
			}
		}
		if err := json.Unmarshal(buf.Bytes(), &nb); err != nil {
			t.Fatalf("Neighbors JSON: %v\n%s", err, buf.Bytes())
		}
		if nb.Actor.ID != id || nb.Actor.Name != wantName {
			t.Fatalf("Neighbors JSON names %q %q, want %q %q", nb.Actor.ID, nb.Actor.Name, id, wantName)
		}
		if len(nb.Neighbors) != 1 || nb.Neighbors[0].ID != "russia" || len(nb.Neighbors[0].Evidence) != 1 ||
			nb.Neighbors[0].Evidence[0].Sentence != wantSentence {
			t.Fatalf("Neighbors JSON = %+v, want Russia with the sentence %q", nb.Neighbors, wantSentence)
		}

		buf.Reset()
		if err := s.Path(&buf, "russia", id, query.PathOptions{JSON: true}); err != nil {
			t.Fatalf("Path: %v", err)
		}
		var paths [][]struct {
			Subject, Object struct{ ID, Name string }
		}
		if err := json.Unmarshal(buf.Bytes(), &paths); err != nil {
			t.Fatalf("Path JSON: %v\n%s", err, buf.Bytes())
		}
		if len(paths) != 1 || len(paths[0]) != 1 || paths[0][0].Object.Name != wantName && paths[0][0].Subject.Name != wantName {
			t.Fatalf("Path JSON = %+v, want one hop to %q", paths, wantName)
		}

		buf.Reset()
		if err := s.WriteTriples(&buf, id, query.TriplesOptions{JSON: true}); err != nil {
			t.Fatalf("WriteTriples: %v", err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != 1 || !json.Valid([]byte(lines[0])) {
			t.Fatalf("WriteTriples JSON: want one valid line, got %q", buf.String())
		}

		// The answers for people must not fail either; the exports are
		// checked in depth by graph's FuzzWriters.
		for _, answer := range []func() error{
			func() error { return s.Neighbors(&buf, id, query.NeighborsOptions{Evidence: true}) },
			func() error { return s.Neighbors(&buf, "russia", query.NeighborsOptions{}) },
			func() error { return s.Path(&buf, id, "russia", query.PathOptions{}) },
			func() error { return s.WriteTriples(&buf, "", query.TriplesOptions{}) },
			func() error { return s.Top(&buf, query.TopOptions{N: 5}) },
			func() error { return s.Export(&buf, nil, "dot", graph.Filter{Ego: id}) },
			func() error { return s.Export(&buf, nil, "graphml", graph.Filter{Ego: id}) },
		} {
			if err := answer(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
