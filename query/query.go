// Package query answers an analyst's questions over a kg store: it resolves
// the names people type to actors, loads the graph the question needs from
// the store, and writes answers as text for people or JSON for programs.
package query

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"kg/actor"
	"kg/extract"
	"kg/graph"
	"kg/store"
)

// Session answers questions over one open store.
type Session struct {
	st            *store.Store
	lex           *actor.Lexicon
	minConfidence float64
	notes         io.Writer // where to say that a name was matched by spelling only
}

// SetNotes sets where the session says how it read a name it matched only
// by similar spelling («Nobody» taken as Daniel Noboa); nil for silence.
func (s *Session) SetNotes(w io.Writer) { s.notes = w }

// fuzzyOnly is the score below which a match rests on spelling similarity
// alone (see actor.Lexicon.Lookup).
const fuzzyOnly = 0.78

// New returns a session over st that knows the actors of lex and of the
// store (people extractors discovered), ignoring triples below
// minConfidence.
func New(st *store.Store, lex *actor.Lexicon, minConfidence float64) (*Session, error) {
	found, err := st.Actors()
	if err != nil {
		return nil, fmt.Errorf("read discovered actors: %w", err)
	}
	for _, a := range found {
		if _, ok := lex.ByID(a.ID); !ok {
			if err := lex.Add(a); err != nil {
				return nil, fmt.Errorf("discovered actor %s: %w", a.ID, err)
			}
		}
	}
	return &Session{st: st, lex: lex, minConfidence: minConfidence}, nil
}

// UnknownError is returned for a name that matches no actor.
type UnknownError struct {
	Query       string
	Suggestions []actor.Actor
}

func (e *UnknownError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "no actor is called %q", e.Query)
	if len(e.Suggestions) > 0 {
		b.WriteString("; did you mean ")
		for i, a := range e.Suggestions {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s (%s)", a.Name, a.ID)
		}
		b.WriteString("?")
	}
	return b.String()
}

// AmbiguousError is returned for a name that several actors answer to
// equally well.
type AmbiguousError struct {
	Query   string
	Matches []actor.Actor
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q may mean several actors; name one by its id:", e.Query)
	for i, a := range e.Matches {
		fmt.Fprintf(&b, "\n  %d. %s  %s (%s%s)", i+1, a.ID, a.Name, a.Type, countrySuffix(a.Country))
	}
	return b.String()
}

func countrySuffix(c string) string {
	if c == "" {
		return ""
	}
	return ", " + c
}

// Resolve finds the actor a person means by name: English or Arabic, any
// case, with or without al-, or the actor's id.
func (s *Session) Resolve(name string) (actor.Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return actor.Actor{}, errors.New("empty actor name")
	}
	if a, ok := s.lex.ByID(name); ok {
		return a, nil
	}
	ms := s.lex.Lookup(name)
	if len(ms) == 0 {
		return actor.Actor{}, &UnknownError{Query: name, Suggestions: s.lex.Suggest(name, 5)}
	}
	var tied []actor.Actor
	for _, m := range ms {
		if m.Score == ms[0].Score {
			tied = append(tied, m.Actor)
		}
	}
	if len(tied) > 1 {
		return actor.Actor{}, &AmbiguousError{Query: name, Matches: tied}
	}
	// A given name many people share («Mohammed», «Kim») names none of them,
	// even if it is also someone's surname; a surname («Assad») does.
	if given := givenNameOf(name, ms); len(given) > 1 && !strings.EqualFold(ms[0].Name, name) {
		choices := []actor.Actor{ms[0].Actor} // the best match first («Abbas»: Mahmoud Abbas)
		for _, a := range given {
			if a.ID != ms[0].ID {
				choices = append(choices, a)
			}
		}
		return actor.Actor{}, &AmbiguousError{Query: name, Matches: choices}
	}
	if ms[0].Score < fuzzyOnly && s.notes != nil {
		fmt.Fprintf(s.notes, "kg: no actor is called %q; taking it as %s (%s)\n", name, ms[0].Name, ms[0].ID)
	}
	return ms[0].Actor, nil
}

// maxChoices bounds the list of actors an ambiguous name offers.
const maxChoices = 10

// givenNameOf returns the matches whose name starts with the query as a
// whole word (a given name), best first.
func givenNameOf(query string, ms []actor.Match) []actor.Actor {
	q := strings.ToLower(strings.TrimSpace(query))
	var out []actor.Actor
	for _, m := range ms {
		if m.Type != actor.Person {
			continue
		}
		first, _, _ := strings.Cut(strings.ToLower(m.Name), " ")
		arabicFirst := ""
		if len(m.Arabic) > 0 {
			arabicFirst, _, _ = strings.Cut(m.Arabic[0], " ")
		}
		if (first == q || arabicFirst == query) && len(out) < maxChoices {
			out = append(out, m.Actor)
		}
	}
	return out
}

// Node describes an actor for the graph.
func (s *Session) Node(id string) graph.Node {
	a, ok := s.lex.ByID(id)
	if !ok {
		return graph.Node{ID: id, Name: id}
	}
	return s.actorNode(a)
}

func (s *Session) actorNode(a actor.Actor) graph.Node {
	n := graph.Node{ID: a.ID, Name: a.Name, Type: a.Type, Country: a.Country}
	if len(a.Arabic) > 0 {
		n.Arabic = a.Arabic[0]
	}
	if st, ok := s.lex.StandsFor(a, time.Time{}); ok {
		n.State = st.ID
	}
	return n
}

// builder returns a graph builder that, at the country level, rolls people
// up to the body whose office they hold on each triple's date.
func (s *Session) builder(f graph.Filter) *graph.Builder {
	b := graph.NewBuilder(s.Node, f)
	if f.Level != graph.LevelCountry {
		return b
	}
	fixed := map[string]string{} // actors without offices stand for the same body on every day
	b.RollBy(func(id string, day time.Time) string {
		if st, ok := fixed[id]; ok {
			return st
		}
		a, ok := s.lex.ByID(id)
		if !ok {
			fixed[id] = ""
			return ""
		}
		st, _ := s.lex.StandsFor(a, day)
		if len(a.Roles) == 0 {
			fixed[id] = st.ID
		}
		return st.ID
	})
	return b
}

// Graph loads the graph of the whole store under a filter.
func (s *Session) Graph(f graph.Filter) (*graph.Graph, error) {
	return s.graph(f, false)
}

// graph loads the graph; allEvidence keeps every triple on its edge, for
// exports of triples.
func (s *Session) graph(f graph.Filter, allEvidence bool) (*graph.Graph, error) {
	b := s.builder(f)
	if allEvidence {
		b.KeepEvidence(-1)
	}
	err := s.st.Triples(func(t extract.Triple) error {
		if t.Confidence >= s.minConfidence {
			b.Add(t)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load graph: %w", err)
	}
	return b.Graph(), nil
}

// egoGraph loads only the triples of one actor, by the store's actor index,
// when the filter allows it: at the person level that is all its neighbours
// need.
func (s *Session) egoGraph(id string, f graph.Filter) (*graph.Graph, error) {
	if f.Level == graph.LevelCountry || f.Ego != "" {
		return s.Graph(f)
	}
	b := s.builder(f)
	err := s.st.TriplesOf(id, func(t extract.Triple) error {
		if t.Confidence >= s.minConfidence {
			b.Add(t)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load triples of %s: %w", id, err)
	}
	return b.Graph(), nil
}

// Triples calls fn for the triples of one actor, or of all when id is "".
func (s *Session) Triples(id string, fn func(extract.Triple) error) error {
	keep := func(t extract.Triple) error {
		if t.Confidence < s.minConfidence {
			return nil
		}
		return fn(t)
	}
	if id == "" {
		return s.st.Triples(keep)
	}
	return s.st.TriplesOf(id, keep)
}

// ResultNodes describes the actors of one extraction result for output
// without a store: by the lexicon, and the people the article introduced
// (res.NewActors), whom the lexicon does not know.
func ResultNodes(lex *actor.Lexicon, res extract.Result) func(id string) graph.Node {
	s := &Session{lex: lex}
	if len(res.NewActors) == 0 {
		return s.Node
	}
	return func(id string) graph.Node {
		for _, a := range res.NewActors {
			if a.ID == id {
				return s.actorNode(a)
			}
		}
		return s.Node(id)
	}
}

// WriteResultJSONL writes the triples of one extraction result as JSON
// lines in the export schema.
func WriteResultJSONL(w io.Writer, res extract.Result, nodes func(id string) graph.Node) error {
	enc := graph.NewJSONLEncoder(w, nodes)
	for _, e := range res.Events {
		for _, t := range e.Triples() {
			if err := enc.Encode(t); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteEventsJSONL writes the events of one extraction result as JSON
// lines (see graph.JSONLEncoder.EncodeEvent), those without a pair of
// sides included.
func WriteEventsJSONL(w io.Writer, res extract.Result, nodes func(id string) graph.Node) error {
	enc := graph.NewJSONLEncoder(w, nodes)
	for _, e := range res.Events {
		if err := enc.EncodeEvent(e); err != nil {
			return err
		}
	}
	return nil
}
