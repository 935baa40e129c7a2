package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

// Result is the score of an extractor on a gold file.
type Result struct {
	Articles int      // articles scored
	Missing  []string // gold articles not found under the paths
	Entity   Report
	Country  Report
}

// Run extracts the articles named in goldFile, found under paths, and scores
// the extractor at both levels.
func Run(ctx context.Context, ex extract.Extractor, lex *actor.Lexicon, goldFile string, paths []string) (Result, error) {
	f, err := os.Open(goldFile)
	if err != nil {
		return Result{}, fmt.Errorf("gold: %w", err)
	}
	gold, err := ReadGold(f, goldFile)
	f.Close()
	if err != nil {
		return Result{}, err
	}
	want := map[string]bool{}
	for _, d := range Docs(gold) {
		want[d] = true
	}
	names := newNamer(lex)
	var walkErr error
	var pred []Predicted
	found := map[string]bool{}
	err = article.Walk(ctx, paths, article.Options{}, func(a article.Article) error {
		if !want[a.ID] || found[a.ID] {
			return nil
		}
		found[a.ID] = true
		names.dates[a.ID] = a.Date
		res, err := ex.Extract(a)
		if err != nil {
			return fmt.Errorf("extract %s: %w", a.ID, err)
		}
		names.learn(res.NewActors)
		pred = append(pred, Predictions(a.ID, res, names.name)...)
		return nil
	}, func(p article.Problem) {
		if errors.Is(p, fs.ErrNotExist) && walkErr == nil {
			walkErr = p // a path that is not there is a mistake, not bad input
		}
	})
	if err == nil {
		err = walkErr
	}
	if err != nil {
		return Result{}, err
	}
	if len(found) == 0 {
		return Result{}, fmt.Errorf("none of the %d articles of %s is under %v", len(want), goldFile, paths)
	}
	r := Result{Articles: len(found)}
	for _, d := range Docs(gold) {
		if !found[d] {
			r.Missing = append(r.Missing, d)
		}
	}
	r.Entity = Score(gold, pred, Entity, names.stateOf)
	r.Country = Score(gold, pred, Country, names.stateOf)
	return r, nil
}

// Predictions turns an extraction result into scored triples named by
// canonical names.
func Predictions(doc string, res extract.Result, name func(id string) string) []Predicted {
	var out []Predicted
	for _, e := range res.Events {
		for _, t := range e.Triples() {
			out = append(out, Predicted{Doc: doc, S: name(t.Subject), Rel: t.Relation, O: name(t.Object), Sentence: t.Sentence})
		}
	}
	return out
}

// namer maps actor ids to canonical names and names to their state's name.
type namer struct {
	lex    *actor.Lexicon
	extra  map[string]actor.Actor // by id: actors found in the articles
	byName map[string]actor.Actor
	dates  map[string]time.Time // by article id
}

func newNamer(lex *actor.Lexicon) *namer {
	n := &namer{lex: lex, extra: map[string]actor.Actor{}, byName: map[string]actor.Actor{}, dates: map[string]time.Time{}}
	for _, a := range lex.All() {
		if _, dup := n.byName[a.Name]; !dup {
			n.byName[a.Name] = a
		}
	}
	return n
}

func (n *namer) learn(as []actor.Actor) {
	for _, a := range as {
		n.extra[a.ID] = a
		if _, dup := n.byName[a.Name]; !dup {
			n.byName[a.Name] = a
		}
	}
}

func (n *namer) name(id string) string {
	if a, ok := n.lex.ByID(id); ok {
		return a.Name
	}
	if a, ok := n.extra[id]; ok {
		return a.Name
	}
	return id
}

// stateOf maps a name to the name of the state or body it stands for on
// the date of article doc; states, international bodies, groups and unknown
// names stay as they are.
func (n *namer) stateOf(doc, name string) string {
	a, ok := n.byName[name]
	if !ok {
		return name
	}
	if st, ok := n.lex.StandsFor(a, n.dates[doc]); ok {
		return st.Name
	}
	return name
}

// Write prints both levels' reports.
func (r Result) Write(w io.Writer, verbose bool) error {
	fmt.Fprintf(w, "%d articles scored", r.Articles)
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "; not found: %v", r.Missing)
	}
	fmt.Fprintln(w)
	if err := r.Entity.Write(w, verbose); err != nil {
		return err
	}
	return r.Country.Write(w, verbose)
}
