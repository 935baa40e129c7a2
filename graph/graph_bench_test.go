package graph

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"kg/extract"
)

// benchTriples makes n triples among actors actors, of the shape and size the
// news corpus gives (30,000 articles: some 21,000 triples among 1,500
// actors): a few actors in most triples, a sentence of evidence each, dates
// over five years.
func benchTriples(n, actors int) []extract.Triple {
	rng := rand.New(rand.NewPCG(1, 2))
	rels := []extract.Relation{extract.Consult, extract.Support, extract.Attack, extract.Accuse, extract.Mediate, extract.Demand}
	sentence := strings.Repeat("جملة من خبر عن لقاء بين الطرفين ", 6)
	// Zipf-like: the low ids are the United States and Russia of the corpus.
	pick := func() string { return fmt.Sprintf("actor-%04d", int(float64(actors)*rng.Float64()*rng.Float64())) }
	start := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]extract.Triple, 0, n)
	for i := range n {
		s, o := pick(), pick()
		if s == o {
			o = fmt.Sprintf("actor-%04d", (i*7919)%actors)
		}
		out = append(out, extract.Triple{Subject: s, Relation: rels[i%len(rels)], Object: o,
			Article: fmt.Sprintf("article-%05d", i*3/2), Date: start.AddDate(0, 0, rng.IntN(5*365)),
			Sentence: sentence, Span: extract.Span{Start: i, End: i + len(sentence)}, Trigger: "لقاء",
			Confidence: 0.8, Extractor: "bench"})
	}
	return out
}

// BenchmarkLoad times what a query does once the store has read the triples:
// aggregating them into a graph, at the person and the country level.
func BenchmarkLoad(b *testing.B) {
	triples := benchTriples(21000, 1500)
	nodes := func(id string) Node { return Node{ID: id, Name: id, State: "state-" + id[len(id)-1:]} }
	for _, level := range []string{LevelPerson, LevelCountry} {
		b.Run(level, func(b *testing.B) {
			for b.Loop() {
				bld := NewBuilder(nodes, Filter{Level: level})
				for _, t := range triples {
					bld.Add(t)
				}
				if g := bld.Graph(); len(g.Nodes()) == 0 {
					b.Fatal("empty graph")
				}
			}
			b.ReportMetric(float64(len(triples))*float64(b.N)/b.Elapsed().Seconds(), "triples/s")
		})
	}
}

// BenchmarkRank times the measures `kg top` computes on a graph of the
// corpus's size.
func BenchmarkRank(b *testing.B) {
	bld := NewBuilder(nil, Filter{})
	for _, t := range benchTriples(21000, 1500) {
		bld.Add(t)
	}
	g := bld.Graph()
	for _, by := range []string{ByDegree, ByPageRank, ByBetweenness} {
		b.Run(by, func(b *testing.B) {
			for b.Loop() {
				if _, err := g.Rank(by, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
