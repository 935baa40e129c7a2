package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"kg/extract"
)

// Predicted is one extracted triple, with actors given by canonical name.
type Predicted struct {
	Doc      string
	S, O     string
	Rel      extract.Relation
	Sentence string
}

// Level is how finely actors are compared.
type Level int

const (
	Entity  Level = iota // names must match
	Country              // people and institutions replaced by their state first
)

func (l Level) String() string {
	if l == Country {
		return "country"
	}
	return "entity"
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Precision is TP / (TP + FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN), or 0 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is a false positive or a missed reference triple.
type Miss struct {
	Doc      string
	Missed   bool // a reference triple not found; else a false positive
	S, Rel   string
	O        string
	Evidence string
}

// Report is the score at one level.
type Report struct {
	Level      Level
	Overall    Counts
	ByRelation map[extract.Relation]Counts
	Misses     []Miss
}

// Score compares predictions with the reference at the given level. stateOf
// maps a canonical name, in an article, to the name of the state or body it
// stands for there (itself for states, groups and international bodies); it
// is used at the country level.
// Articles without any reference triple are not scored.
func Score(gold []Gold, pred []Predicted, level Level, stateOf func(doc, name string) string) Report {
	rep := Report{Level: level, ByRelation: map[extract.Relation]Counts{}}
	goldBy := map[string][]Gold{}
	for _, g := range gold {
		goldBy[g.Doc] = append(goldBy[g.Doc], g)
	}
	predBy := map[string][]Predicted{}
	for _, p := range pred {
		if _, ok := goldBy[p.Doc]; ok {
			predBy[p.Doc] = append(predBy[p.Doc], p)
		}
	}
	docs := Docs(gold)
	for _, doc := range docs {
		mapName := func(n string) string { return n }
		if level == Country {
			mapName = func(n string) string { return stateOf(doc, n) }
		}
		refs := projectGold(goldBy[doc], mapName)
		preds := projectPred(predBy[doc], mapName)
		refOf := bestMatching(refs, preds)
		matched := make([]bool, len(refs))
		for i, p := range preds {
			c := Counts{}
			switch k := refOf[i]; {
			case k >= 0 && refs[k].optional:
				matched[k] = true // neither right nor wrong
			case k >= 0:
				matched[k] = true
				c.TP = 1
			case slices.ContainsFunc(refs, func(r ref) bool { return fits(r, p) }):
				// Another name for a reference triple already found
				// («Syria» and «Bashar al-Assad» for «حكومة الأسد»).
			default:
				c.FP = 1
				rep.Misses = append(rep.Misses, Miss{Doc: doc, S: p.S, Rel: string(p.Rel), O: p.O, Evidence: p.Sentence})
			}
			rep.add(p.Rel, c)
		}
		for k, r := range refs {
			if !matched[k] && !r.optional {
				rep.add(r.rel, Counts{FN: 1})
				rep.Misses = append(rep.Misses, Miss{Doc: doc, Missed: true, S: strings.Join(r.s, "|"),
					Rel: string(r.rel), O: strings.Join(r.o, "|"), Evidence: r.ev})
			}
		}
	}
	return rep
}

func (r *Report) add(rel extract.Relation, c Counts) {
	r.Overall.add(c)
	rc := r.ByRelation[rel]
	rc.add(c)
	r.ByRelation[rel] = rc
}

type ref struct {
	s, o     []string
	rel      extract.Relation
	optional bool
	ev       string
}

// projectGold maps names to the level, drops triples inside one state, and
// merges duplicates (a required one wins over an optional one).
func projectGold(gs []Gold, mapName func(string) string) []ref {
	var out []ref
	for _, g := range gs {
		if g.None {
			continue
		}
		r := ref{s: mapAll(g.S, mapName), o: mapAll(g.O, mapName), rel: g.Rel, optional: g.Optional, ev: g.Evidence}
		if sameOnly(r.s, r.o) {
			continue
		}
		dup := false
		for k := range out {
			if sameRef(out[k], r) {
				out[k].optional = out[k].optional && r.optional
				dup = true
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

func projectPred(ps []Predicted, mapName func(string) string) []Predicted {
	seen := map[string]bool{}
	var out []Predicted
	for _, p := range ps {
		p.S, p.O = mapName(p.S), mapName(p.O)
		if p.S == p.O {
			continue
		}
		s, o := p.S, p.O
		if p.Rel.Symmetric() && o < s {
			s, o = o, s
		}
		k := s + "\x00" + string(p.Rel) + "\x00" + o
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

// fits reports whether prediction p is reference triple r under one of
// its names.
func fits(r ref, p Predicted) bool {
	if r.rel != p.Rel {
		return false
	}
	if has(r.s, p.S) && has(r.o, p.O) {
		return true
	}
	return r.rel.Symmetric() && has(r.s, p.O) && has(r.o, p.S)
}

// bestMatching pairs predictions with the reference triples they fit, each
// used once, as many required ones as can be and then optional ones; it
// returns each prediction's reference index, -1 for none. A greedy pairing
// in reading order would let a prediction that fits two references (a
// meeting of «Syria» and «Turkey» fits both the states' and their
// ministers' triple) take the one another prediction needed, so that
// finding more could score less.
func bestMatching(refs []ref, preds []Predicted) []int {
	predOf := make([]int, len(refs)) // reference → prediction, -1 for none
	refOf := make([]int, len(preds))
	for k := range predOf {
		predOf[k] = -1
	}
	for i := range refOf {
		refOf[i] = -1
	}
	// augment looks for a path from prediction i that frees a reference
	// for it (Kuhn's algorithm).
	var augment func(i int, optional bool, seen []bool) bool
	augment = func(i int, optional bool, seen []bool) bool {
		for k, r := range refs {
			if seen[k] || r.optional != optional || !fits(r, preds[i]) {
				continue
			}
			seen[k] = true
			if predOf[k] < 0 || augment(predOf[k], optional, seen) {
				predOf[k], refOf[i] = i, k
				return true
			}
		}
		return false
	}
	for _, optional := range []bool{false, true} {
		for i := range preds {
			if refOf[i] < 0 {
				augment(i, optional, make([]bool, len(refs)))
			}
		}
	}
	return refOf
}

func mapAll(ns []string, f func(string) string) []string {
	var out []string
	for _, n := range ns {
		m := f(n)
		if !has(out, m) {
			out = append(out, m)
		}
	}
	return out
}

func sameOnly(s, o []string) bool {
	return len(s) == 1 && len(o) == 1 && s[0] == o[0]
}

func sameRef(a, b ref) bool {
	eq := func(x, y []string) bool { return strings.Join(x, "|") == strings.Join(y, "|") }
	if a.rel != b.rel {
		return false
	}
	return eq(a.s, b.s) && eq(a.o, b.o) || a.rel.Symmetric() && eq(a.s, b.o) && eq(a.o, b.s)
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Write prints the report: overall precision, recall and F1, then each
// relation label, then with verbose every false positive and missed triple.
func (r Report) Write(w io.Writer, verbose bool) error {
	line := func(name string, c Counts) string {
		return fmt.Sprintf("  %-10s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)\n",
			name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s level\n", r.Level)
	b.WriteString(line("all", r.Overall))
	for _, rel := range extract.Relations {
		if c, ok := r.ByRelation[rel]; ok && c != (Counts{}) {
			b.WriteString(line(string(rel), c))
		}
	}
	if verbose {
		for _, m := range r.Misses {
			kind := "false positive"
			if m.Missed {
				kind = "missed"
			}
			fmt.Fprintf(&b, "  %s %s: %s %s %s\n      %s\n", m.Doc, kind, m.S, m.Rel, m.O, m.Evidence)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
