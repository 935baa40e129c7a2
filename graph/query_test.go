package graph

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"kg/extract"
)

func hopIDs(p Path) []string {
	out := []string{p.Hops[0].From.ID}
	for _, h := range p.Hops {
		out = append(out, h.To.ID)
	}
	return out
}

func TestPaths(t *testing.T) {
	// a–d directly through two attacks, or through three agreements.
	g := graphOf(
		triple("a", extract.Attack, "b", "x1", "2024-01-01"),
		triple("d", extract.Attack, "b", "x2", "2024-01-02"),
		triple("a", extract.Agree, "c", "x3", "2024-01-03"),
		triple("c", extract.Agree, "e", "x4", "2024-01-04"),
		triple("e", extract.Agree, "d", "x5", "2024-01-05"),
		triple("f", extract.Consult, "g", "x6", "2024-01-06"),
	)
	tests := []struct {
		prefer string
		k      int
		want   [][]string
		cost   []float64
	}{
		{PreferNone, 1, [][]string{{"a", "b", "d"}}, []float64{2}},
		{PreferNone, 2, [][]string{{"a", "b", "d"}, {"a", "c", "e", "d"}}, []float64{2, 3}},
		{PreferNone, 5, [][]string{{"a", "b", "d"}, {"a", "c", "e", "d"}}, []float64{2, 3}},
		{PreferCooperation, 2, [][]string{{"a", "c", "e", "d"}, {"a", "b", "d"}}, []float64{3.6, 6}},
		{PreferConflict, 1, [][]string{{"a", "b", "d"}}, []float64{2}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/k=%d", tt.prefer, tt.k), func(t *testing.T) {
			paths, err := g.Paths("a", "d", tt.k, tt.prefer)
			if err != nil {
				t.Fatal(err)
			}
			if len(paths) != len(tt.want) {
				t.Fatalf("got %d paths, want %d", len(paths), len(tt.want))
			}
			for i, p := range paths {
				if got := hopIDs(p); !slices.Equal(got, tt.want[i]) || math.Abs(p.Cost-tt.cost[i]) > 1e-9 {
					t.Errorf("path %d = %v cost %v, want %v cost %v", i, got, p.Cost, tt.want[i], tt.cost[i])
				}
			}
		})
	}

	paths, _ := g.Paths("a", "d", 1, PreferNone)
	second := paths[0].Hops[1] // b–d, an attack by d on b
	if second.Relation != extract.Attack || !second.Reverse || second.Evidence.Subject != "d" || second.Evidence.Article != "x2" {
		t.Errorf("hop b–d = %+v, want attack reversed with evidence from x2", second)
	}

	for _, bad := range []struct{ from, to, prefer string }{
		{"a", "nobody", ""}, {"a", "a", ""}, {"a", "d", "peace"},
	} {
		if _, err := g.Paths(bad.from, bad.to, 1, bad.prefer); err == nil {
			t.Errorf("Paths(%q, %q, %q) succeeded, want an error", bad.from, bad.to, bad.prefer)
		}
	}
	if _, err := g.Paths("a", "f", 1, ""); !errors.Is(err, ErrNoPath) {
		t.Errorf("Paths between components: err = %v, want ErrNoPath", err)
	}
}

func TestPathsOnFixture(t *testing.T) {
	g := build(t, Filter{Level: LevelCountry})
	paths, err := g.Paths("hayat-tahrir-al-sham", "united-states", 3, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := hopIDs(paths[0]); !slices.Equal(got, []string{"hayat-tahrir-al-sham", "russia", "united-states"}) {
		t.Errorf("shortest = %v", got)
	}
	for i := 1; i < len(paths); i++ {
		if paths[i].Cost < paths[i-1].Cost {
			t.Errorf("paths not sorted by cost: %v then %v", paths[i-1].Cost, paths[i].Cost)
		}
	}
}

// star: six actors accuse a centre; "loud" also accuses two of them.
func starGraph() *Graph {
	var ts []extract.Triple
	for i := range 6 {
		ts = append(ts, triple(fmt.Sprintf("leaf%d", i), extract.Accuse, "centre", fmt.Sprint("s", i), ""))
	}
	ts = append(ts, triple("leaf0", extract.Accuse, "leaf1", "x", ""), triple("leaf0", extract.Accuse, "leaf2", "y", ""))
	return graphOf(ts...)
}

func TestRank(t *testing.T) {
	g := starGraph()
	tests := []struct {
		by       string
		top      string
		topValue float64 // checked when not NaN
	}{
		{ByDegree, "centre", 6},
		{ByPageRank, "centre", math.NaN()},
		{ByBetweenness, "centre", 12.5}, // 15 pairs of leaves, less the linked leaf0–leaf1 and leaf0–leaf2, leaf1–leaf2 half via leaf0
		{ByHITS, "centre", math.NaN()},
		{ByHubs, "leaf0", math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.by, func(t *testing.T) {
			scores, err := g.Rank(tt.by, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(scores) != 7 {
				t.Fatalf("got %d scores, want 7", len(scores))
			}
			if scores[0].ID != tt.top || scores[0].Value <= scores[1].Value {
				t.Errorf("top = %s %v, next %s %v; want %s clearly first", scores[0].ID, scores[0].Value, scores[1].ID, scores[1].Value, tt.top)
			}
			if !math.IsNaN(tt.topValue) && math.Abs(scores[0].Value-tt.topValue) > 1e-9 {
				t.Errorf("top value = %v, want %v", scores[0].Value, tt.topValue)
			}
			if !slices.IsSortedFunc(scores, func(a, b Score) int { return -cmpFloat(a.Value, b.Value) }) {
				t.Error("scores not sorted descending")
			}
		})
	}
	if _, err := g.Rank("fame", 0); err == nil {
		t.Error("Rank(fame) succeeded, want an error")
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestCommunities(t *testing.T) {
	// Two cliques of five joined by one link.
	var ts []extract.Triple
	for _, side := range []string{"east", "west"} {
		for i := range 5 {
			for j := i + 1; j < 5; j++ {
				ts = append(ts, triple(fmt.Sprintf("%s%d", side, i), extract.Consult, fmt.Sprintf("%s%d", side, j), "x", ""))
			}
		}
	}
	ts = append(ts, triple("east0", extract.Attack, "west0", "y", ""))
	g := graphOf(ts...)
	for _, seed := range []int64{1, 7, 42} {
		got := g.Communities(seed)
		if len(got) != 2 {
			t.Fatalf("seed %d: %d communities %v, want 2", seed, len(got), got)
		}
		want := [][]string{{"east0", "east1", "east2", "east3", "east4"}, {"west0", "west1", "west2", "west3", "west4"}}
		for i := range want {
			if !slices.Equal(ids(got[i]), want[i]) {
				t.Errorf("seed %d: community %d = %v, want %v", seed, i, ids(got[i]), want[i])
			}
		}
		if again := g.Communities(seed); !slices.EqualFunc(again, got, func(a, b []Node) bool { return slices.Equal(a, b) }) {
			t.Errorf("seed %d: not deterministic", seed)
		}
	}
}

// randomLinks returns m distinct random links on n vertices (G(n, m)).
func randomLinks(n, m int, seed uint64) [][2]int32 {
	rnd := rand.New(rand.NewPCG(seed, 1))
	seen := make(map[[2]int32]bool)
	var links [][2]int32
	for len(links) < m {
		u, v := int32(rnd.IntN(n)), int32(rnd.IntN(n))
		if u == v {
			continue
		}
		k := [2]int32{min(u, v), max(u, v)}
		if !seen[k] {
			seen[k] = true
			links = append(links, k)
		}
	}
	return links
}

// preferentialLinks grows a Barabási–Albert graph: each new vertex links to
// perVertex earlier ones chosen in proportion to their degree.
func preferentialLinks(n, perVertex int, seed uint64) [][2]int32 {
	rnd := rand.New(rand.NewPCG(seed, 2))
	var links [][2]int32
	var ends []int32 // each vertex once per link end
	for v := 1; v <= perVertex; v++ {
		links = append(links, [2]int32{0, int32(v)})
		ends = append(ends, 0, int32(v))
	}
	for v := perVertex + 1; v < n; v++ {
		chosen := make(map[int32]bool)
		for len(chosen) < perVertex {
			chosen[ends[rnd.IntN(len(ends))]] = true
		}
		for _, u := range slices.Sorted(maps.Keys(chosen)) {
			links = append(links, [2]int32{u, int32(v)})
			ends = append(ends, u, int32(v))
		}
	}
	return links
}

func gonumBetweenness(n int, links [][2]int32) []float64 {
	g := simple.NewUndirectedGraph()
	for i := range n {
		g.AddNode(simple.Node(i))
	}
	for _, l := range links {
		if l[0] != l[1] { // gonum's simple graphs refuse loops
			g.SetEdge(g.NewEdge(simple.Node(l[0]), simple.Node(l[1])))
		}
	}
	return fromMap(n, network.Betweenness(g))
}

func TestBetweennessConvention(t *testing.T) {
	// On the path 0–1–2 only the pair {0, 2} runs through 1.
	links := [][2]int32{{0, 1}, {1, 2}}
	ours := betweenness(newCSR(3, links), 0, 1)
	theirs := gonumBetweenness(3, links)
	if ours[1] != 1 || theirs[1] != 2 {
		t.Errorf("betweenness of the middle = %v (gonum %v), want 1 (gonum counts ordered pairs: 2)", ours[1], theirs[1])
	}
}

func TestBetweennessMatchesGonum(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		links [][2]int32
	}{
		{"random sparse, disconnected", 40, randomLinks(40, 35, 1)},
		{"random dense", 30, randomLinks(30, 150, 2)},
		{"preferential", 60, preferentialLinks(60, 2, 3)},
		{"with duplicate and loop links", 5, [][2]int32{{0, 1}, {1, 0}, {1, 2}, {2, 2}, {2, 3}, {3, 4}, {4, 0}}},
		{"isolated vertices", 6, [][2]int32{{1, 2}, {2, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ours := betweenness(newCSR(tt.n, tt.links), 0, 1)
			theirs := gonumBetweenness(tt.n, tt.links)
			for v := range tt.n {
				if math.Abs(2*ours[v]-theirs[v]) > 1e-9 {
					t.Errorf("vertex %d: 2×%v, gonum %v", v, ours[v], theirs[v])
				}
			}
		})
	}
}

func TestBetweennessSampled(t *testing.T) {
	const n = 2000
	c := newCSR(n, preferentialLinks(n, 3, 4))
	exact := betweenness(c, 0, 1)
	sampled := betweenness(c, 400, 1)
	top := func(v []float64, k int) []int {
		idx := make([]int, len(v))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return cmpFloat(v[b], v[a]) })
		return idx[:k]
	}
	exactTop, sampledTop := top(exact, 10), top(sampled, 10)
	common := 0
	for _, v := range sampledTop {
		if slices.Contains(exactTop, v) {
			common++
		}
	}
	if common < 8 {
		t.Errorf("sampled top 10 %v shares %d with exact %v, want ≥ 8", sampledTop, common, exactTop)
	}
	if exactTop[0] != sampledTop[0] {
		t.Errorf("sampled top %d, exact top %d", sampledTop[0], exactTop[0])
	}
	for _, v := range exactTop[:3] {
		if rel := math.Abs(sampled[v]-exact[v]) / exact[v]; rel > 0.15 {
			t.Errorf("vertex %d: sampled %v, exact %v (%.0f%% off)", v, sampled[v], exact[v], 100*rel)
		}
	}
	if again := betweenness(c, 400, 1); !slices.Equal(again, sampled) {
		t.Error("sampling is not reproducible")
	}
}

// BenchmarkBetweenness times exact betweenness on a preferential-attachment
// graph of 20,000 vertices and 100,000 links.
func BenchmarkBetweenness(b *testing.B) {
	const n = 20000
	c := newCSR(n, preferentialLinks(n, 5, 5))
	b.ReportMetric(float64(len(c.adj)/2), "links")
	b.ResetTimer()
	for b.Loop() {
		betweenness(c, 0, 1)
	}
}

func TestEmptyGraph(t *testing.T) {
	g := graphOf()
	for _, by := range []string{ByDegree, ByPageRank, ByBetweenness, ByHITS, ByHubs} {
		if s, err := g.Rank(by, 10); err != nil || len(s) != 0 {
			t.Errorf("Rank(%s) on an empty graph = %v, %v", by, s, err)
		}
	}
	if c := g.Communities(1); c != nil {
		t.Errorf("Communities = %v", c)
	}
	if _, err := g.Paths("a", "b", 1, ""); err == nil {
		t.Error("Paths on an empty graph succeeded")
	}
	for _, w := range []func(io.Writer) error{g.WriteDOT, g.WriteJSON, g.WriteJSONL, g.WriteGraphML, g.WriteGEXF, g.WriteNQuads} {
		if err := w(io.Discard); err != nil {
			t.Error(err)
		}
	}
}

// TestPathsDeterministic: with two equally short chains, the same question
// gets the same answer every time.
func TestPathsDeterministic(t *testing.T) {
	var ts []extract.Triple
	for _, mid := range []string{"b", "c", "d"} {
		ts = append(ts,
			extract.Triple{Subject: "a", Relation: extract.Consult, Object: mid, Article: "x"},
			extract.Triple{Subject: mid, Relation: extract.Consult, Object: "z", Article: "x"})
	}
	first := ""
	for i := range 30 {
		b := NewBuilder(func(id string) Node { return Node{ID: id, Name: id} }, Filter{})
		for _, tr := range ts {
			b.Add(tr)
		}
		ps, err := b.Graph().Paths("a", "z", 1, PreferNone)
		if err != nil {
			t.Fatal(err)
		}
		got := ps[0].Hops[0].To.ID
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("run %d went through %s, run 0 through %s", i, got, first)
		}
		if ps[0].Cost != 2 {
			t.Errorf("cost %v, want exactly 2", ps[0].Cost)
		}
	}
}
