package query

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"kg/actor"
	"kg/extract"
	"kg/graph"
)

// focus returns the graph node id for an actor at the filter's level: its
// state at the country level.
func (s *Session) focus(a actor.Actor, f graph.Filter) string {
	if f.Level == graph.LevelCountry {
		if n := s.Node(a.ID); n.State != "" {
			return n.State
		}
	}
	return a.ID
}

// NeighborsOptions shape the answer of Neighbors.
type NeighborsOptions struct {
	Filter   graph.Filter
	JSON     bool
	Evidence bool // print the sentences each link rests on
}

// Neighbors writes the actors linked to the named one: one line each with
// the direction, the relations and their counts, the first and last date and
// the number of articles.
func (s *Session) Neighbors(w io.Writer, name string, opt NeighborsOptions) error {
	a, err := s.Resolve(name)
	if err != nil {
		return err
	}
	id := s.focus(a, opt.Filter)
	g, err := s.egoGraph(id, opt.Filter)
	if err != nil {
		return err
	}
	nbs := g.Neighbors(id)
	if opt.JSON {
		return writeNeighborsJSON(w, s.Node(id), nbs, opt.Evidence)
	}
	self := s.Node(id)
	fmt.Fprintf(w, "%s\n", describe(self))
	if len(nbs) == 0 {
		_, err := fmt.Fprintln(w, "  no relations stored")
		return err
	}
	// The rows are aligned on their own: an evidence line in the same
	// tabwriter would widen the first column to the longest sentence.
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	for _, nb := range nbs {
		fmt.Fprintf(tw, "  %s %s\t%s\t%s\t%d article%s\n", arrow(nb.Out, nb.In), nb.Name,
			relations(nb.Relations), dateRange(nb.First, nb.Last), nb.Articles, plural(nb.Articles))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	rows := strings.SplitAfter(table.String(), "\n")
	for i, nb := range nbs {
		if _, err := io.WriteString(w, rows[i]); err != nil {
			return err
		}
		if opt.Evidence {
			for _, t := range nb.Evidence {
				if _, err := fmt.Fprintf(w, "      %s\n", evidenceLine(t)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func describe(n graph.Node) string {
	var b strings.Builder
	b.WriteString(n.Name)
	if n.Arabic != "" {
		fmt.Fprintf(&b, " (%s)", n.Arabic)
	}
	if n.Type != "" {
		fmt.Fprintf(&b, ": %s", n.Type)
	}
	if n.Country != "" && n.Type != actor.State {
		fmt.Fprintf(&b, ", %s", n.Country)
	}
	return b.String()
}

// arrow shows which way the relations run: → from the actor asked about,
// ← towards it, ↔ both ways or symmetric.
func arrow(out, in bool) string {
	switch {
	case out && in:
		return "↔"
	case out:
		return "→"
	}
	return "←"
}

func relations(rs []graph.RelCount) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		dir := ""
		if !r.Relation.Symmetric() {
			dir = arrow(r.Out, r.In)
		}
		parts[i] = fmt.Sprintf("%s%s ×%d", dir, r.Relation, r.Count)
	}
	return strings.Join(parts, ", ")
}

func dateRange(first, last time.Time) string {
	switch {
	case first.IsZero() && last.IsZero():
		return "date unknown"
	case first.Equal(last):
		return day(first)
	}
	return day(first) + " … " + day(last)
}

// day formats a date for people; "undated" for an article without one.
func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2006-01-02")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func evidenceLine(t extract.Triple) string {
	return fmt.Sprintf("«%s» [%s %s]", oneLine(t.Sentence), t.Article, day(t.Date))
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

type jsonActor struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Arabic  string     `json:"arabic,omitempty"`
	Type    actor.Type `json:"type,omitempty"`
	Country string     `json:"country,omitempty"`
}

func toJSONActor(n graph.Node) jsonActor {
	return jsonActor{ID: n.ID, Name: n.Name, Arabic: n.Arabic, Type: n.Type, Country: n.Country}
}

type jsonEvidence struct {
	Doc      string           `json:"doc"`
	Date     string           `json:"date,omitempty"`
	Subject  string           `json:"subject"`
	Relation extract.Relation `json:"relation"`
	Object   string           `json:"object"`
	Sentence string           `json:"sentence"`
	Span     [2]int           `json:"span"`
}

func toJSONEvidence(t extract.Triple) jsonEvidence {
	e := jsonEvidence{Doc: t.Article, Subject: t.Subject, Relation: t.Relation, Object: t.Object,
		Sentence: t.Sentence, Span: [2]int{t.Span.Start, t.Span.End}}
	if !t.Date.IsZero() {
		e.Date = day(t.Date)
	}
	return e
}

func writeNeighborsJSON(w io.Writer, self graph.Node, nbs []graph.Neighbor, evidence bool) error {
	type rel struct {
		Relation extract.Relation `json:"relation"`
		Count    int              `json:"count"`
		Articles int              `json:"articles"`
		Out      bool             `json:"out"`
		In       bool             `json:"in"`
	}
	type neighbor struct {
		jsonActor
		Out       bool           `json:"out"`
		In        bool           `json:"in"`
		Relations []rel          `json:"relations"`
		Mentions  int            `json:"mentions"`
		Articles  int            `json:"articles"`
		First     string         `json:"first,omitempty"`
		Last      string         `json:"last,omitempty"`
		Evidence  []jsonEvidence `json:"evidence,omitempty"`
	}
	out := struct {
		Actor     jsonActor  `json:"actor"`
		Neighbors []neighbor `json:"neighbors"`
	}{Actor: toJSONActor(self), Neighbors: []neighbor{}}
	for _, nb := range nbs {
		n := neighbor{jsonActor: toJSONActor(nb.Node), Out: nb.Out, In: nb.In, Mentions: nb.Mentions, Articles: nb.Articles}
		if !nb.First.IsZero() {
			n.First, n.Last = day(nb.First), day(nb.Last)
		}
		for _, r := range nb.Relations {
			n.Relations = append(n.Relations, rel{r.Relation, r.Count, r.Articles, r.Out, r.In})
		}
		if evidence {
			for _, t := range nb.Evidence {
				n.Evidence = append(n.Evidence, toJSONEvidence(t))
			}
		}
		out.Neighbors = append(out.Neighbors, n)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// PathOptions shape the answer of Path.
type PathOptions struct {
	Filter graph.Filter
	K      int    // how many chains; 1 when 0
	Prefer string // graph.PreferCooperation, graph.PreferConflict or ""
	JSON   bool
}

// Path writes the shortest chains of relations between two actors, each
// hop with a sentence that supports it.
func (s *Session) Path(w io.Writer, from, to string, opt PathOptions) error {
	a, err := s.Resolve(from)
	if err != nil {
		return err
	}
	b, err := s.Resolve(to)
	if err != nil {
		return err
	}
	g, err := s.Graph(opt.Filter)
	if err != nil {
		return err
	}
	k := max(opt.K, 1)
	paths, err := g.Paths(s.focus(a, opt.Filter), s.focus(b, opt.Filter), k, opt.Prefer)
	if err != nil {
		return fmt.Errorf("path from %s to %s: %w", a.Name, b.Name, err)
	}
	if opt.JSON {
		return writePathsJSON(w, paths)
	}
	for i, p := range paths {
		names := []string{p.Hops[0].From.Name}
		for _, h := range p.Hops {
			names = append(names, h.To.Name)
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s  (%d hop%s)\n", strings.Join(names, " — "), len(p.Hops), plural(len(p.Hops)))
		for _, h := range p.Hops {
			subj, obj := h.From.Name, h.To.Name
			if h.Reverse {
				subj, obj = obj, subj
			}
			fmt.Fprintf(w, "  %s %s %s\n      %s\n", subj, h.Relation, obj, evidenceLine(h.Evidence))
		}
	}
	return nil
}

func writePathsJSON(w io.Writer, paths []graph.Path) error {
	type hop struct {
		Subject  jsonActor        `json:"subject"`
		Relation extract.Relation `json:"relation"`
		Object   jsonActor        `json:"object"`
		Evidence jsonEvidence     `json:"evidence"`
	}
	out := [][]hop{}
	for _, p := range paths {
		var hops []hop
		for _, h := range p.Hops {
			s, o := h.From, h.To
			if h.Reverse {
				s, o = o, s
			}
			hops = append(hops, hop{toJSONActor(s), h.Relation, toJSONActor(o), toJSONEvidence(h.Evidence)})
		}
		out = append(out, hops)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// TopMeasures are the measures Top sorts by.
var TopMeasures = []string{graph.ByDegree, graph.ByPageRank, graph.ByBetweenness, graph.ByHITS, graph.ByHubs}

// TopOptions shape the answer of Top.
type TopOptions struct {
	Filter  graph.Filter
	By      string // graph.ByDegree, ByPageRank, ByBetweenness, ByHITS; the table is sorted by it
	N       int    // how many actors; all when 0
	Samples int    // approximate betweenness from this many sources; exact when 0
	JSON    bool
}

// Top writes actors ranked by degree, PageRank and betweenness, sorted by
// the measure asked for.
func (s *Session) Top(w io.Writer, opt TopOptions) error {
	if opt.Samples < 0 {
		return fmt.Errorf("betweenness samples must be 0 (exact) or more, got %d", opt.Samples)
	}
	g, err := s.Graph(opt.Filter)
	if err != nil {
		return err
	}
	by := opt.By
	if by == "" {
		by = graph.ByDegree
	}
	measures := []string{graph.ByDegree, graph.ByPageRank, graph.ByBetweenness}
	switch by {
	case graph.ByDegree, graph.ByPageRank, graph.ByBetweenness:
	case graph.ByHITS, graph.ByHubs:
		measures = append(measures, by)
	default:
		// Otherwise no measure would give the order and the table would be empty.
		return fmt.Errorf("top: unknown measure %q (known: %s)", by, strings.Join(TopMeasures, ", "))
	}
	values := map[string]map[string]float64{}
	var order []graph.Score
	for _, m := range measures {
		scores, err := g.Rank(m, opt.Samples)
		if err != nil {
			return err
		}
		values[m] = map[string]float64{}
		for _, sc := range scores {
			values[m][sc.ID] = sc.Value
		}
		if m == by {
			order = scores
		}
	}
	if opt.N > 0 && len(order) > opt.N {
		order = order[:opt.N]
	}
	if opt.JSON {
		type row struct {
			jsonActor
			Scores map[string]float64 `json:"scores"`
		}
		rows := []row{}
		for _, sc := range order {
			r := row{jsonActor: toJSONActor(sc.Node), Scores: map[string]float64{}}
			for _, m := range measures {
				r.Scores[m] = values[m][sc.ID]
			}
			rows = append(rows, r)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "rank\tactor\t")
	for _, m := range measures {
		fmt.Fprintf(tw, "%s\t", m)
	}
	fmt.Fprintln(tw)
	for i, sc := range order {
		fmt.Fprintf(tw, "%d\t%s\t", i+1, sc.Name)
		for _, m := range measures {
			if m == graph.ByDegree {
				fmt.Fprintf(tw, "%.0f\t", values[m][sc.ID])
			} else {
				fmt.Fprintf(tw, "%.4f\t", values[m][sc.ID])
			}
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// TriplesOptions shape the answer of Triples.
type TriplesOptions struct {
	JSON bool // JSON lines in the export schema
}

// WriteTriples writes the stored triples of one actor (all when name is
// ""): date, subject, relation, object, article and sentence.
func (s *Session) WriteTriples(w io.Writer, name string, opt TriplesOptions) error {
	id := ""
	if name != "" {
		a, err := s.Resolve(name)
		if err != nil {
			return err
		}
		id = a.ID
	}
	if opt.JSON {
		enc := graph.NewJSONLEncoder(w, s.Node)
		return s.Triples(id, enc.Encode)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	err := s.Triples(id, func(t extract.Triple) error {
		_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t«%s»\n", day(t.Date), s.Node(t.Subject).Name, t.Relation,
			s.Node(t.Object).Name, t.Article, t.Confidence, oneLine(t.Sentence))
		return err
	})
	if err != nil {
		return err
	}
	return tw.Flush()
}

// Export formats.
var Formats = []string{"dot", "json", "jsonl", "graphml", "gexf", "nquads", "csv"}

// Export writes the graph in one of Formats. The csv format writes nodes to
// w and edges to edges.
func (s *Session) Export(w, edges io.Writer, format string, f graph.Filter) error {
	g, err := s.graph(f, format == "jsonl")
	if err != nil {
		return err
	}
	switch format {
	case "dot":
		return g.WriteDOT(w)
	case "json":
		return g.WriteJSON(w)
	case "jsonl":
		return g.WriteJSONL(w)
	case "graphml":
		return g.WriteGraphML(w)
	case "gexf":
		return g.WriteGEXF(w)
	case "nquads":
		return g.WriteNQuads(w)
	case "csv":
		if edges == nil {
			return fmt.Errorf("csv export needs a file for the edges")
		}
		return g.WriteCSV(w, edges)
	}
	return fmt.Errorf("unknown export format %q (known: %s)", format, strings.Join(Formats, ", "))
}

// Timeline writes events by month for an actor, or for a pair when b is not
// "": one line a month with the relations and their counts. At the country
// level people stand for their states.
func (s *Session) Timeline(w io.Writer, a, b string, f graph.Filter) error {
	ids := make([]string, 2)
	for i, name := range []string{a, b} {
		if name == "" {
			continue
		}
		act, err := s.Resolve(name)
		if err != nil {
			return err
		}
		ids[i] = s.focus(act, f)
	}
	g, err := s.Graph(f)
	if err != nil {
		return err
	}
	months := g.Timeline(ids[0], ids[1])
	if len(months) == 0 {
		_, err := fmt.Fprintln(w, "no dated events")
		return err
	}
	for _, m := range months {
		var parts []string
		for _, r := range extract.Relations {
			if n := m.Relations[r]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s ×%d", r, n))
			}
		}
		if _, err := fmt.Fprintf(w, "%s  %s\n", m.Month.Format("2006-01"), strings.Join(parts, ", ")); err != nil {
			return err
		}
	}
	return nil
}
