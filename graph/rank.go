package graph

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Centrality measures of Rank.
const (
	ByDegree      = "degree"
	ByPageRank    = "pagerank"
	ByBetweenness = "betweenness"
	ByHITS        = "hits" // authority score
	ByHubs        = "hubs" // hub score of HITS
)

// Score is an actor's value on a centrality measure.
type Score struct {
	Node
	Value float64
}

const (
	damping   = 0.85
	tolerance = 1e-9
	sampleRNG = 1 // fixed so that sampled rankings are reproducible
)

// Rank scores every actor on a centrality measure, highest first, then by
// name:
//   - degree: the number of distinct actors it is linked to;
//   - pagerank: PageRank (damping 0.85) over the relations' directions, a
//     symmetric relation counting both ways, each linked pair once whatever
//     its mentions, so that one story repeated by many outlets does not
//     outweigh many stories;
//   - betweenness: how many shortest chains between other actors run
//     through it, ignoring direction (unordered pairs); with approxSamples > 0
//     estimated from that many source actors (see betweenness);
//   - hits, hubs: HITS authority (often acted upon) and hub (often acting)
//     scores over the same directed links as pagerank.
func (g *Graph) Rank(by string, approxSamples int) ([]Score, error) {
	measures := []string{ByDegree, ByPageRank, ByBetweenness, ByHITS, ByHubs}
	if !slices.Contains(measures, by) {
		return nil, fmt.Errorf("rank: measure %q is none of %s", by, strings.Join(measures, ", "))
	}
	if len(g.nodes) == 0 { // gonum's PageRank panics on an empty graph
		return []Score{}, nil
	}
	var values []float64
	switch by {
	case ByDegree:
		c := g.csr()
		values = make([]float64, len(g.nodes))
		for v := range values {
			values[v] = float64(len(c.neighbours(int32(v))))
		}
	case ByBetweenness:
		values = betweenness(g.csr(), approxSamples, sampleRNG)
	case ByPageRank:
		values = fromMap(len(g.nodes), network.PageRankSparse(g.directed(), damping, tolerance))
	case ByHITS, ByHubs:
		values = make([]float64, len(g.nodes))
		for id, ha := range network.HITS(g.directed(), tolerance) {
			values[id] = ha.Authority
			if by == ByHubs {
				values[id] = ha.Hub
			}
		}
	}
	out := make([]Score, len(g.nodes))
	for i, n := range g.nodes {
		out[i] = Score{Node: n, Value: values[i]}
	}
	slices.SortFunc(out, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), byName(a.Node, b.Node))
	})
	return out, nil
}

func fromMap(n int, m map[int64]float64) []float64 {
	v := make([]float64, n)
	for id, x := range m {
		v[id] = x
	}
	return v
}

// csr returns the undirected simple graph of linked pairs.
func (g *Graph) csr() csr {
	links := make([][2]int32, len(g.edges))
	for i, e := range g.edges {
		links[i] = [2]int32{int32(e.from), int32(e.to)}
	}
	return newCSR(len(g.nodes), links)
}

// directed returns the graph's directed links, node ids being indexes.
func (g *Graph) directed() *simple.DirectedGraph {
	d := simple.NewDirectedGraph()
	for i := range g.nodes {
		d.AddNode(simple.Node(i))
	}
	link := func(u, v int) {
		if !d.HasEdgeFromTo(int64(u), int64(v)) {
			d.SetEdge(d.NewEdge(simple.Node(u), simple.Node(v)))
		}
	}
	for _, e := range g.edges {
		link(e.from, e.to)
		if e.key.rel.Symmetric() {
			link(e.to, e.from)
		}
	}
	return d
}

// Communities splits the actors into blocs by Louvain modularity
// maximisation (gonum's community.Modularize at resolution 1) on the
// undirected graph whose link weights are the mentions between two actors
// over all relations. Hostile relations bind as much as friendly ones: a
// bloc is a set of actors much concerned with each other. The result is
// deterministic for a seed: the largest community first, each sorted by name.
// gonum's Louvain keeps its weights in maps: it takes seconds for a few
// thousand actors, minutes past ten thousand.
func (g *Graph) Communities(seed int64) [][]Node {
	if len(g.nodes) == 0 {
		return nil
	}
	weights := make(map[[2]int]float64)
	for _, e := range g.edges {
		weights[[2]int{min(e.from, e.to), max(e.from, e.to)}] += float64(e.mentions)
	}
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range g.nodes {
		u.AddNode(simple.Node(i))
	}
	for p, w := range weights {
		u.SetWeightedEdge(u.NewWeightedEdge(simple.Node(p[0]), simple.Node(p[1]), w))
	}
	reduced := community.Modularize(u, 1, rand.NewPCG(uint64(seed), 0x853c49e6748fea9b))
	var out [][]Node
	for _, c := range reduced.Communities() {
		if len(c) == 0 {
			continue
		}
		nodes := make([]Node, len(c))
		for i, n := range c {
			nodes[i] = g.nodes[n.ID()]
		}
		slices.SortFunc(nodes, byName)
		out = append(out, nodes)
	}
	slices.SortFunc(out, func(a, b []Node) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), byName(a[0], b[0]))
	})
	return out
}

func byName(a, b Node) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) }
