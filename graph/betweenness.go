package graph

import (
	"cmp"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// csr is an undirected simple graph in compressed sparse row form: the
// neighbours of v are adj[offset[v]:offset[v+1]]. int32 indexes halve the
// memory traffic of the inner loops against int.
type csr struct {
	offset []int32
	adj    []int32
}

// newCSR builds the undirected graph on n vertices with the given links,
// dropping loops and duplicate links.
func newCSR(n int, links [][2]int32) csr {
	deg := make([]int32, n+1)
	for _, l := range links {
		if l[0] != l[1] {
			deg[l[0]+1]++
			deg[l[1]+1]++
		}
	}
	for i := 1; i <= n; i++ {
		deg[i] += deg[i-1]
	}
	c := csr{offset: deg, adj: make([]int32, deg[n])}
	next := slices.Clone(deg[:n])
	for _, l := range links {
		if u, v := l[0], l[1]; u != v {
			c.adj[next[u]] = v
			next[u]++
			c.adj[next[v]] = u
			next[v]++
		}
	}
	// Sort and deduplicate each row in place, then close the gaps.
	w := int32(0)
	for v := range n {
		row := c.adj[c.offset[v]:c.offset[v+1]]
		slices.Sort(row)
		row = slices.Compact(row)
		c.offset[v] = w
		w += int32(copy(c.adj[w:], row))
	}
	c.offset[n] = w
	c.adj = c.adj[:w]
	return c
}

func (c csr) order() int { return len(c.offset) - 1 }

func (c csr) neighbours(v int32) []int32 { return c.adj[c.offset[v]:c.offset[v+1]] }

// betweenness returns the betweenness centrality of every vertex of the
// unweighted undirected graph c, counting each unordered pair of endpoints
// once:
//
//	C_B(v) = Σ_{s<t, s≠v≠t} σ_st(v) / σ_st
//
// (gonum's network.Betweenness sums over ordered pairs and so gives twice
// this on undirected graphs).
//
// It relabels the vertices for locality, then runs Brandes' algorithm from
// every source, the sources split among
// GOMAXPROCS workers that each own their buffers and partial sums, merged at
// the end. The split is fixed, so results are reproducible for a given
// GOMAXPROCS.
//
// When 0 < samples < n, only that many sources, drawn uniformly without
// replacement with the given seed, are run and the sums scaled by n/samples
// (Brandes and Pich, "Centrality estimation in large networks", 2007). The
// estimate is unbiased. Each source adds between 0 and n-2 to a vertex's
// ordered-pair sum, so by Hoeffding's inequality the error of every single
// vertex stays below (n(n-2)/2)·sqrt(ln(2/δ)/(2·samples)) with probability
// 1-δ: for 500 samples and δ = 0.05, 6% of the largest possible value. That
// bound is loose; for the central vertices that matter in a ranking the
// relative error is nearer 1/sqrt(samples) times the spread of their
// per-source dependencies, a few percent at 500 samples.
func betweenness(c csr, samples int, seed uint64) []float64 {
	n := c.order()
	if n == 0 {
		return nil
	}
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	scale := 0.5 // each unordered pair is reached from both ends
	if samples > 0 && samples < n {
		rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		for i := range samples { // partial Fisher–Yates
			j := i + rnd.IntN(n-i)
			sources[i], sources[j] = sources[j], sources[i]
		}
		sources = sources[:samples]
		scale *= float64(n) / float64(samples)
	}

	c, newOf := relabel(c)
	workers := max(1, min(runtime.GOMAXPROCS(0), len(sources)))
	partial := make([][]float64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			b := newBrandes(n)
			for i := w; i < len(sources); i += workers {
				b.accumulate(c, newOf[sources[i]])
			}
			partial[w] = b.cb
		})
	}
	wg.Wait()

	cb := partial[0]
	for _, p := range partial[1:] {
		for v, x := range p {
			cb[v] += x
		}
	}
	out := make([]float64, n)
	for v := range out {
		out[v] = cb[newOf[v]] * scale
	}
	return out
}

// brandes holds one worker's buffers; only the vertices a search reached
// are reset after it, so a search in a small component stays cheap.
type brandes struct {
	dist  []int32 // -1: not reached
	sigma []float64
	coeff []float64 // (1 + δ(v)) / σ(v), once v's dependency δ is known
	order []int32   // breadth-first order, walked backwards as Brandes' stack
	cb    []float64
}

func newBrandes(n int) *brandes {
	b := &brandes{dist: make([]int32, n), sigma: make([]float64, n), coeff: make([]float64, n),
		order: make([]int32, 0, n), cb: make([]float64, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// accumulate adds the dependencies of source s to b.cb.
//
// Brandes pushes δ(w) to each predecessor v: δ(v) += σ(v)/σ(w)·(1+δ(w)).
// Here each v pulls instead from its successors, the neighbours one level
// down: δ(v) = σ(v)·Σ_w c(w) with c(w) = (1+δ(w))/σ(w). That needs no
// predecessor lists and writes only v's own state.
func (b *brandes) accumulate(c csr, s int32) {
	dist, sigma, coeff := b.dist, b.sigma, b.coeff
	order := append(b.order[:0], s)
	dist[s], sigma[s] = 0, 1
	for head := 0; head < len(order); head++ {
		v := order[head]
		dw, sv := dist[v]+1, sigma[v]
		for _, w := range c.neighbours(v) {
			switch d := dist[w]; {
			case d < 0:
				dist[w], sigma[w] = dw, sv
				order = append(order, w)
			case d == dw:
				sigma[w] += sv
			}
		}
	}
	for i := len(order) - 1; i >= 0; i-- {
		v := order[i]
		down := dist[v] + 1
		var sum float64
		for _, w := range c.neighbours(v) {
			if dist[w] == down {
				sum += coeff[w]
			}
		}
		coeff[v] = 1/sigma[v] + sum
		if i > 0 {
			b.cb[v] += sigma[v] * sum
		}
	}
	for _, v := range order {
		dist[v], sigma[v], coeff[v] = -1, 0, 0
	}
	b.order = order
}

// relabel renumbers the vertices in breadth-first order, starting from the
// best-connected vertex of each component and visiting better-connected
// neighbours first, so that a vertex's neighbours sit close to it in memory.
// On a 20,000-vertex preferential-attachment graph that saves a quarter of
// the time of betweenness, which is bound by scattered reads. It returns the
// relabelled graph and each old vertex's new number.
func relabel(c csr) (csr, []int32) {
	n := c.order()
	byDegree := func(a, b int32) int {
		return cmp.Or(cmp.Compare(len(c.neighbours(b)), len(c.neighbours(a))), cmp.Compare(a, b))
	}
	roots := make([]int32, n)
	for i := range roots {
		roots[i] = int32(i)
	}
	slices.SortFunc(roots, byDegree)
	newOf := make([]int32, n)
	for i := range newOf {
		newOf[i] = -1
	}
	next := int32(0)
	var queue, nb []int32
	for _, r := range roots {
		if newOf[r] >= 0 {
			continue
		}
		newOf[r], next = next, next+1
		queue = append(queue[:0], r)
		for head := 0; head < len(queue); head++ {
			nb = append(nb[:0], c.neighbours(queue[head])...)
			slices.SortFunc(nb, byDegree)
			for _, w := range nb {
				if newOf[w] < 0 {
					newOf[w], next = next, next+1
					queue = append(queue, w)
				}
			}
		}
	}
	links := make([][2]int32, 0, len(c.adj)/2)
	for v := range int32(n) {
		for _, w := range c.neighbours(v) {
			if v < w {
				links = append(links, [2]int32{newOf[v], newOf[w]})
			}
		}
	}
	return newCSR(n, links), newOf
}
