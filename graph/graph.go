// Package graph loads kg's actor–relation–actor triples into a graph and
// answers an analyst's questions about it: who an actor deals with, how two
// actors are connected, who is central, which blocs form, how a relationship
// evolved month by month. It also writes the graph in the formats other tools
// read (DOT, JSON, JSON Lines, GraphML, GEXF, CSV, N-Quads).
//
// Triples are streamed into a Builder, which filters them and aggregates them
// into one edge per (subject, object, relation); symmetric relations give one
// undirected edge. The algorithms come from gonum, except betweenness, which
// is a parallel Brandes over compact adjacency arrays.
package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"kg/actor"
	"kg/extract"
)

// DefaultEvidence is how many triples an edge keeps as evidence unless the
// Builder is told otherwise. Counts stay exact whatever is kept.
const DefaultEvidence = 20

// Levels of a Filter.
const (
	LevelPerson  = "person"
	LevelCountry = "country"
)

// Node is an actor as the graph shows it.
type Node struct {
	ID      string
	Name    string
	Arabic  string // one display name in Arabic
	Type    actor.Type
	Country string // ISO 3166-1 alpha-3
	State   string // id of the actor it rolls up to at the country level (see Builder.RollBy); "" for states, groups and international bodies
}

// Filter selects the triples and the part of the graph to keep.
type Filter struct {
	Relations   []extract.Relation // keep only these; all when empty
	Since       time.Time          // keep triples dated on or after; undated triples are dropped when set
	Until       time.Time          // keep triples dated on or before (a midnight Until covers its whole day); undated dropped when set
	MinArticles int                // drop edges reported by fewer distinct articles
	Level       string             // LevelPerson (default) or LevelCountry: people and institutions replaced by their state
	Ego         string             // keep only the neighbourhood of this actor
	Depth       int                // hops around Ego, ignoring direction; 1 when 0
}

// Validate reports a filter the Builder cannot honour.
func (f Filter) Validate() error {
	switch f.Level {
	case "", LevelPerson, LevelCountry:
	default:
		return fmt.Errorf("graph filter: level %q is neither %q nor %q", f.Level, LevelPerson, LevelCountry)
	}
	for _, r := range f.Relations {
		if !r.Valid() {
			return fmt.Errorf("graph filter: unknown relation %q", r)
		}
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		return fmt.Errorf("graph filter: until %s is before since %s", f.Until.Format(time.DateOnly), f.Since.Format(time.DateOnly))
	}
	if f.MinArticles < 0 {
		return fmt.Errorf("graph filter: min-articles must be 0 or more, got %d", f.MinArticles)
	}
	if f.Depth < 0 {
		return fmt.Errorf("graph filter: depth must be 0 or more, got %d", f.Depth)
	}
	return nil
}

// edgeKey names an aggregated edge; for symmetric relations from < to.
type edgeKey struct {
	from, to string
	rel      extract.Relation
}

// edge aggregates the triples of one (subject, object, relation).
type edge struct {
	from, to    int // node indexes in the Graph; unused in the Builder
	key         edgeKey
	mentions    int
	articles    map[string]struct{}
	first, last time.Time
	months      map[time.Time]int // undated triples are not counted here
	evidence    []extract.Triple  // the earliest triples, by evidenceLess
}

func (e *edge) add(t extract.Triple, keep int) {
	e.mentions++
	e.articles[t.Article] = struct{}{}
	if !t.Date.IsZero() {
		if e.first.IsZero() || t.Date.Before(e.first) {
			e.first = t.Date
		}
		if t.Date.After(e.last) {
			e.last = t.Date
		}
		e.months[monthOf(t.Date)]++
	}
	e.evidence = keepEvidence(e.evidence, t, keep)
}

func (e *edge) clone() *edge {
	c := *e
	c.articles = maps.Clone(e.articles)
	c.months = maps.Clone(e.months)
	c.evidence = slices.Clone(e.evidence)
	return &c
}

// keepEvidence inserts t into the sorted list ev, keeping at most keep
// triples (all when keep < 0). Keeping the earliest rather than the first
// seen makes the result independent of the order triples arrive in.
func keepEvidence(ev []extract.Triple, t extract.Triple, keep int) []extract.Triple {
	if keep == 0 {
		return ev
	}
	i, _ := slices.BinarySearchFunc(ev, t, evidenceCmp)
	if keep > 0 && len(ev) >= keep {
		if i >= len(ev) {
			return ev
		}
		ev = ev[:len(ev)-1]
	}
	return slices.Insert(ev, i, t)
}

// evidenceCmp orders triples by date (undated last), article, position.
func evidenceCmp(a, b extract.Triple) int {
	if a.Date.IsZero() != b.Date.IsZero() {
		if a.Date.IsZero() {
			return 1
		}
		return -1
	}
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Article, b.Article),
		cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Subject, b.Subject),
		cmp.Compare(a.Object, b.Object), cmp.Compare(a.Relation, b.Relation))
}

func monthOf(t time.Time) time.Time {
	y, m, _ := t.Date()
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}

// Builder aggregates streamed triples into a Graph.
type Builder struct {
	lookup   func(id string) Node
	filter   Filter
	rels     map[extract.Relation]bool
	untilEnd time.Time // exclusive end derived from Filter.Until
	stands   func(id string, day time.Time) string
	keep     int
	nodes    map[string]Node
	edges    map[edgeKey]*edge
}

// NewBuilder returns a Builder that names actors with nodes and keeps the
// triples f selects. nodes is asked once per actor id; a Node without ID is
// taken as an actor the lexicon does not know and named by its id. A level
// other than LevelCountry is taken as LevelPerson (see Filter.Validate).
func NewBuilder(nodes func(id string) Node, f Filter) *Builder {
	b := &Builder{lookup: nodes, filter: f, keep: DefaultEvidence,
		nodes: make(map[string]Node), edges: make(map[edgeKey]*edge)}
	if len(f.Relations) > 0 {
		b.rels = make(map[extract.Relation]bool, len(f.Relations))
		for _, r := range f.Relations {
			b.rels[r] = true
		}
	}
	if !f.Until.IsZero() {
		b.untilEnd = f.Until.Add(time.Nanosecond)
		if h, m, s := f.Until.Clock(); h == 0 && m == 0 && s == 0 && f.Until.Nanosecond() == 0 {
			b.untilEnd = f.Until.AddDate(0, 0, 1)
		}
	}
	return b
}

// RollBy makes the country level replace an actor in a triple dated day by
// the actor stands names ("" keeps it), instead of by its Node's State: a
// person acts for the body whose office they hold that day. Call it before Add.
func (b *Builder) RollBy(stands func(id string, day time.Time) string) { b.stands = stands }

// KeepEvidence sets how many triples each edge keeps as evidence: the
// earliest n; all of them when n < 0. Call it before Add.
func (b *Builder) KeepEvidence(n int) { b.keep = n }

// Add aggregates one triple, unless the filter drops it. Triples with an
// unknown relation, a missing actor, or (at country level) both actors in
// one state are dropped.
func (b *Builder) Add(t extract.Triple) {
	f := b.filter
	switch {
	case !t.Relation.Valid(), t.Subject == "", t.Object == "":
		return
	case b.rels != nil && !b.rels[t.Relation]:
		return
	case !f.Since.IsZero() && (t.Date.IsZero() || t.Date.Before(f.Since)):
		return
	case !b.untilEnd.IsZero() && (t.Date.IsZero() || !t.Date.Before(b.untilEnd)):
		return
	}
	s, o := b.roll(t.Subject, t.Date), b.roll(t.Object, t.Date)
	if s == o {
		return
	}
	if t.Relation.Symmetric() && o < s {
		s, o = o, s
	}
	k := edgeKey{s, o, t.Relation}
	e := b.edges[k]
	if e == nil {
		e = &edge{key: k, articles: make(map[string]struct{}), months: make(map[time.Time]int)}
		b.edges[k] = e
	}
	e.add(t, b.keep)
}

func (b *Builder) node(id string) Node {
	if n, ok := b.nodes[id]; ok {
		return n
	}
	var n Node
	if b.lookup != nil {
		n = b.lookup(id)
	}
	if n.ID == "" {
		n = Node{ID: id}
	}
	if n.Name == "" {
		n.Name = n.ID
	}
	b.nodes[id] = n
	return n
}

// roll returns the id the actor stands for at the builder's level on day
// (zero: today).
func (b *Builder) roll(id string, day time.Time) string {
	if b.filter.Level != LevelCountry {
		return id
	}
	if b.stands != nil {
		return cmp.Or(b.stands(id, day), id)
	}
	return cmp.Or(b.node(id).State, id)
}

// Graph returns the graph of the triples added so far, after the edge and
// neighbourhood filters. The Builder may go on taking triples; they do not
// change a Graph already returned.
func (b *Builder) Graph() *Graph {
	var kept []*edge
	for _, e := range b.edges {
		if len(e.articles) >= b.filter.MinArticles {
			kept = append(kept, e)
		}
	}
	if b.filter.Ego != "" {
		kept = egoEdges(kept, b.roll(b.filter.Ego, time.Time{}), max(b.filter.Depth, 1))
	}
	slices.SortFunc(kept, func(x, y *edge) int {
		return cmp.Or(cmp.Compare(x.key.from, y.key.from), cmp.Compare(x.key.to, y.key.to),
			cmp.Compare(x.key.rel, y.key.rel))
	})

	g := &Graph{index: make(map[string]int), level: b.filter.Level, keep: b.keep, stands: b.stands}
	var ids []string
	for _, e := range kept {
		ids = append(ids, e.key.from, e.key.to)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for i, id := range ids {
		g.nodes = append(g.nodes, b.node(id))
		g.index[id] = i
	}
	g.incident = make([][]int, len(g.nodes))
	for i, e := range kept {
		c := e.clone()
		c.from, c.to = g.index[e.key.from], g.index[e.key.to]
		g.edges = append(g.edges, c)
		g.incident[c.from] = append(g.incident[c.from], i)
		g.incident[c.to] = append(g.incident[c.to], i)
	}
	if g.level == LevelCountry {
		g.rolled = make(map[string]string)
		for id, n := range b.nodes {
			if n.State != "" {
				g.rolled[id] = n.State
			}
		}
	}
	return g
}

// egoEdges keeps the edges among the actors within depth hops of ego.
func egoEdges(edges []*edge, ego string, depth int) []*edge {
	adj := make(map[string][]string)
	for _, e := range edges {
		adj[e.key.from] = append(adj[e.key.from], e.key.to)
		adj[e.key.to] = append(adj[e.key.to], e.key.from)
	}
	if _, ok := adj[ego]; !ok {
		return nil
	}
	within := map[string]bool{ego: true}
	frontier := []string{ego}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, u := range frontier {
			for _, v := range adj[u] {
				if !within[v] {
					within[v] = true
					next = append(next, v)
				}
			}
		}
		frontier = next
	}
	var out []*edge
	for _, e := range edges {
		if within[e.key.from] && within[e.key.to] {
			out = append(out, e)
		}
	}
	return out
}

// Graph is an aggregated relation graph. It is read-only and safe for
// concurrent use.
type Graph struct {
	nodes    []Node // sorted by ID
	index    map[string]int
	edges    []*edge // sorted by from, to, relation
	incident [][]int // edge indexes per node
	level    string
	keep     int               // evidence cap of the Builder
	rolled   map[string]string // country level: actor id -> state id
	stands   func(id string, day time.Time) string
}

// Edge is one aggregated (subject, relation, object) edge. For a symmetric
// relation From and To are in id order and carry no direction.
type Edge struct {
	From, To    Node
	Relation    extract.Relation
	Mentions    int // triples
	Articles    int // distinct articles
	First, Last time.Time
	Evidence    []extract.Triple // the earliest triples, capped (see Builder.KeepEvidence)
}

// Stats returns the number of nodes and of aggregated edges.
func (g *Graph) Stats() (nodes, edges int) { return len(g.nodes), len(g.edges) }

// Node returns the actor with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	i, ok := g.index[id]
	if !ok {
		return Node{}, false
	}
	return g.nodes[i], true
}

// Nodes returns the actors of the graph in id order.
func (g *Graph) Nodes() []Node { return slices.Clone(g.nodes) }

// Edges returns the aggregated edges in (from, to, relation) order.
func (g *Graph) Edges() []Edge {
	out := make([]Edge, len(g.edges))
	for i, e := range g.edges {
		out[i] = g.export(e)
	}
	return out
}

func (g *Graph) export(e *edge) Edge {
	return Edge{From: g.nodes[e.from], To: g.nodes[e.to], Relation: e.key.rel,
		Mentions: e.mentions, Articles: len(e.articles), First: e.first, Last: e.last,
		Evidence: slices.Clone(e.evidence)}
}

// RelCount is how often one relation links an actor and a neighbour.
type RelCount struct {
	Relation extract.Relation
	Count    int  // triples
	Articles int  // distinct articles
	Out, In  bool // from the actor to the neighbour, from the neighbour to the actor; both for symmetric relations
}

// Neighbor is an actor linked to another, with everything that links them.
type Neighbor struct {
	Node
	Out, In     bool // some relation runs from the actor to the neighbour, from the neighbour to the actor
	Relations   []RelCount
	Mentions    int // triples over all relations
	First, Last time.Time
	Articles    int              // distinct articles over all relations
	Evidence    []extract.Triple // the earliest triples over all relations, capped like an edge's
}

// Neighbors returns the actors linked to id, most mentioned first, then by
// name. It returns nil for an unknown id.
func (g *Graph) Neighbors(id string) []Neighbor {
	i, ok := g.index[id]
	if !ok {
		return nil
	}
	type acc struct {
		nb       Neighbor
		articles map[string]struct{}
		rels     map[extract.Relation]*relAcc
	}
	byNode := make(map[int]*acc)
	for _, ei := range g.incident[i] {
		e := g.edges[ei]
		other, out := e.to, true
		if e.to == i {
			other, out = e.from, false
		}
		a := byNode[other]
		if a == nil {
			a = &acc{nb: Neighbor{Node: g.nodes[other]}, articles: make(map[string]struct{}),
				rels: make(map[extract.Relation]*relAcc)}
			byNode[other] = a
		}
		sym := e.key.rel.Symmetric()
		a.nb.Out = a.nb.Out || out || sym
		a.nb.In = a.nb.In || !out || sym
		a.nb.Mentions += e.mentions
		a.nb.First, a.nb.Last = earliest(a.nb.First, e.first), latest(a.nb.Last, e.last)
		maps.Copy(a.articles, e.articles)
		for _, t := range e.evidence {
			a.nb.Evidence = keepEvidence(a.nb.Evidence, t, g.keep)
		}
		r := a.rels[e.key.rel]
		if r == nil {
			r = &relAcc{RelCount: RelCount{Relation: e.key.rel}, articles: make(map[string]struct{})}
			a.rels[e.key.rel] = r
		}
		r.Count += e.mentions
		r.Out = r.Out || out || sym
		r.In = r.In || !out || sym
		maps.Copy(r.articles, e.articles)
	}
	out := make([]Neighbor, 0, len(byNode))
	for _, a := range byNode {
		a.nb.Articles = len(a.articles)
		for _, r := range a.rels {
			r.Articles = len(r.articles)
			a.nb.Relations = append(a.nb.Relations, r.RelCount)
		}
		slices.SortFunc(a.nb.Relations, func(x, y RelCount) int {
			return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Relation, y.Relation))
		})
		out = append(out, a.nb)
	}
	slices.SortFunc(out, func(x, y Neighbor) int {
		return cmp.Or(cmp.Compare(y.Mentions, x.Mentions), cmp.Compare(x.Name, y.Name), cmp.Compare(x.ID, y.ID))
	})
	return out
}

type relAcc struct {
	RelCount
	articles map[string]struct{}
}

func earliest(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// Month counts the triples of one calendar month by relation.
type Month struct {
	Month     time.Time // first day of the month, UTC
	Relations map[extract.Relation]int
}

// Timeline returns, month by month, the dated triples of actor a with
// anyone, or with b when b is not empty. Months without triples are left
// out; the result is nil for unknown actors.
func (g *Graph) Timeline(a, b string) []Month {
	i, ok := g.index[a]
	if !ok {
		return nil
	}
	j := -1
	if b != "" {
		if j, ok = g.index[b]; !ok {
			return nil
		}
	}
	byMonth := make(map[time.Time]map[extract.Relation]int)
	for _, ei := range g.incident[i] {
		e := g.edges[ei]
		if j >= 0 && e.from != j && e.to != j {
			continue
		}
		for m, n := range e.months {
			if byMonth[m] == nil {
				byMonth[m] = make(map[extract.Relation]int)
			}
			byMonth[m][e.key.rel] += n
		}
	}
	out := make([]Month, 0, len(byMonth))
	for _, m := range slices.SortedFunc(maps.Keys(byMonth), time.Time.Compare) {
		out = append(out, Month{Month: m, Relations: byMonth[m]})
	}
	return out
}
