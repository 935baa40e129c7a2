package graph

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"kg/extract"
)

// Preferences of Paths.
const (
	PreferNone        = ""
	PreferCooperation = "cooperation"
	PreferConflict    = "conflict"
)

// Hop is one step of a Path.
type Hop struct {
	From, To Node
	Relation extract.Relation
	Reverse  bool           // the relation runs from To to From (never for symmetric relations)
	Evidence extract.Triple // the earliest triple of the edge
}

// Path is a chain of relations linking two actors.
type Path struct {
	Hops []Hop
	Cost float64 // the number of hops without a preference; see Paths
}

// ErrNoPath is wrapped by the error Paths returns when no chain of
// relations links the two actors.
var ErrNoPath = errors.New("no path")

// Paths returns the shortest chain of relations from one actor to another,
// ignoring direction, and up to k-1 next shortest loopless ones (Yen's
// algorithm). Without a preference every hop costs 1. With PreferCooperation
// a hop costs 1 + (10-w)/10 for the Goldstein weight w of its relation, so a
// hop of war costs as much as three of agreement; PreferConflict mirrors it.
// Between two actors linked by several relations the cheapest is taken.
// Among equally cheap paths the choice is arbitrary; those returned are
// sorted by cost, then length, then actor ids.
func (g *Graph) Paths(from, to string, k int, prefer string) ([]Path, error) {
	cost, err := hopCost(prefer)
	if err != nil {
		return nil, err
	}
	s, ok := g.index[from]
	if !ok {
		return nil, fmt.Errorf("paths: actor %q is not in the graph", from)
	}
	t, ok := g.index[to]
	if !ok {
		return nil, fmt.Errorf("paths: actor %q is not in the graph", to)
	}
	if s == t {
		return nil, fmt.Errorf("paths: %q is both ends", from)
	}
	k = max(k, 1)

	// One undirected weighted edge per pair: the cheapest relation.
	best := make(map[[2]int]*edge)
	for _, e := range g.edges {
		p := [2]int{min(e.from, e.to), max(e.from, e.to)}
		if b := best[p]; b == nil || better(e, b, cost) {
			best[p] = e
		}
	}
	wg := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
	for i := range g.nodes {
		wg.AddNode(simple.Node(i))
	}
	// gonum breaks ties between equally cheap paths by map order, so the
	// same question would get different chains from run to run. Each edge
	// gets a tiny extra cost by the rank of its actors' ids, far below any
	// real difference of cost (at most 1e-6 over a whole path), so ties are
	// broken the same way every time.
	pairs := make([][2]int, 0, len(best))
	for p := range best {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		return cmp.Or(cmp.Compare(g.nodes[a[0]].ID, g.nodes[b[0]].ID), cmp.Compare(g.nodes[a[1]].ID, g.nodes[b[1]].ID))
	})
	tieBreak := 1e-7 / float64(len(pairs)+1)
	for rank, p := range pairs {
		w := cost(best[p].key.rel) + float64(rank+1)*tieBreak
		wg.SetWeightedEdge(wg.NewWeightedEdge(simple.Node(p[0]), simple.Node(p[1]), w))
	}

	found := path.YenKShortestPaths(wg, k, math.Inf(1), simple.Node(s), simple.Node(t))
	if len(found) == 0 {
		return nil, fmt.Errorf("paths: %q and %q: %w", from, to, ErrNoPath)
	}
	out := make([]Path, 0, len(found))
	for _, nodes := range found {
		var p Path
		for i := 1; i < len(nodes); i++ {
			u, v := int(nodes[i-1].ID()), int(nodes[i].ID())
			e := best[[2]int{min(u, v), max(u, v)}]
			h := Hop{From: g.nodes[u], To: g.nodes[v], Relation: e.key.rel,
				Reverse: !e.key.rel.Symmetric() && e.from == v}
			if len(e.evidence) > 0 {
				h.Evidence = e.evidence[0]
			}
			p.Hops = append(p.Hops, h)
			p.Cost += cost(e.key.rel)
		}
		out = append(out, p)
	}
	// Yen's algorithm leaves equally cheap paths in no set order.
	slices.SortStableFunc(out, func(a, b Path) int {
		return cmp.Or(cmp.Compare(a.Cost, b.Cost), cmp.Compare(len(a.Hops), len(b.Hops)),
			slices.CompareFunc(a.Hops, b.Hops, func(x, y Hop) int { return cmp.Compare(x.To.ID, y.To.ID) }))
	})
	return out, nil
}

func hopCost(prefer string) (func(extract.Relation) float64, error) {
	switch prefer {
	case PreferNone:
		return func(extract.Relation) float64 { return 1 }, nil
	case PreferCooperation:
		return func(r extract.Relation) float64 { return 1 + (10-Weight(r))/10 }, nil
	case PreferConflict:
		return func(r extract.Relation) float64 { return 1 + (10+Weight(r))/10 }, nil
	}
	return nil, fmt.Errorf("paths: preference %q is none of %q, %q, %q", prefer, PreferNone, PreferCooperation, PreferConflict)
}

// better reports whether a is a cheaper link than b, then a better attested
// one, then first by relation name so that the choice is deterministic.
func better(a, b *edge, cost func(extract.Relation) float64) bool {
	return cmp.Or(cmp.Compare(cost(a.key.rel), cost(b.key.rel)), cmp.Compare(b.mentions, a.mentions),
		cmp.Compare(a.key.rel, b.key.rel), cmp.Compare(a.from, b.from)) < 0
}
