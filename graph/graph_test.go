package graph

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"kg/extract"
)

// fixture returns the actors and triples of testdata.
func fixture(t testing.TB) (func(string) Node, []extract.Triple) {
	t.Helper()
	data, err := os.ReadFile("testdata/actors.json")
	if err != nil {
		t.Fatal(err)
	}
	var actors []Node
	if err := json.Unmarshal(data, &actors); err != nil {
		t.Fatalf("testdata/actors.json: %v", err)
	}
	byID := make(map[string]Node)
	for _, a := range actors {
		byID[a.ID] = a
	}
	f, err := os.Open("testdata/triples.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var triples []extract.Triple
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var tr extract.Triple
		if err := json.Unmarshal(sc.Bytes(), &tr); err != nil {
			t.Fatalf("testdata/triples.jsonl: %v", err)
		}
		triples = append(triples, tr)
	}
	return func(id string) Node { return byID[id] }, triples
}

func build(t testing.TB, f Filter) *Graph {
	t.Helper()
	nodes, triples := fixture(t)
	b := NewBuilder(nodes, f)
	for _, tr := range triples {
		b.Add(tr)
	}
	return b.Graph()
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// triple makes a test triple; an empty day leaves it undated.
func triple(s string, r extract.Relation, o, article, day string) extract.Triple {
	t := extract.Triple{Subject: s, Relation: r, Object: o, Article: article, Sentence: s + " " + string(r) + " " + o}
	if day != "" {
		t.Date = date(day)
	}
	return t
}

// graphOf builds a person-level graph of unknown actors from triples.
func graphOf(triples ...extract.Triple) *Graph {
	b := NewBuilder(func(string) Node { return Node{} }, Filter{})
	for _, t := range triples {
		b.Add(t)
	}
	return b.Graph()
}

func ids(nodes []Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

func TestNeighbors(t *testing.T) {
	g := build(t, Filter{})
	type want struct {
		id          string
		out, in     bool
		rels        []RelCount
		mentions    int
		articles    int
		first, last string
	}
	tests := []struct {
		actor string
		want  []want
	}{
		{"vladimir-putin", []want{
			{"recep-tayyip-erdogan", true, true, []RelCount{{extract.Consult, 3, 2, true, true}}, 3, 2, "2024-01-10", "2024-01-11"},
			{"bashar-al-assad", true, false, []RelCount{{extract.Support, 1, 1, true, false}}, 1, 1, "2024-02-05", "2024-02-05"},
			{"sergei-lavrov", true, true, []RelCount{{extract.Consult, 1, 1, true, true}}, 1, 1, "2024-03-03", "2024-03-03"},
		}},
		{"hayat-tahrir-al-sham", []want{
			{"russia", false, true, []RelCount{{extract.Attack, 2, 2, false, true}}, 2, 2, "2024-02-05", "2024-03-01"},
			{"iran", false, true, []RelCount{{extract.Support, 1, 1, false, true}}, 1, 1, "", ""},
		}},
		{"syria", []want{
			{"iran", false, true, []RelCount{{extract.Aid, 1, 1, false, true}}, 1, 1, "2024-01-20", "2024-01-20"},
			{"turkey", false, true, []RelCount{{extract.Accuse, 1, 1, false, true}}, 1, 1, "2024-02-20", "2024-02-20"},
			{"united-nations", false, true, []RelCount{{extract.Mediate, 1, 1, false, true}}, 1, 1, "2024-03-10", "2024-03-10"},
			{"united-states", false, true, []RelCount{{extract.Sanction, 1, 1, false, true}}, 1, 1, "2023-12-01", "2023-12-01"},
		}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		t.Run(tt.actor, func(t *testing.T) {
			got := g.Neighbors(tt.actor)
			if len(got) != len(tt.want) {
				t.Fatalf("Neighbors(%s) = %d neighbours %v, want %d", tt.actor, len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				n := got[i]
				if n.ID != w.id || n.Out != w.out || n.In != w.in || n.Mentions != w.mentions || n.Articles != w.articles {
					t.Errorf("neighbour %d = %s out=%v in=%v mentions=%d articles=%d, want %+v",
						i, n.ID, n.Out, n.In, n.Mentions, n.Articles, w)
				}
				if !slices.Equal(n.Relations, w.rels) {
					t.Errorf("neighbour %s relations = %+v, want %+v", n.ID, n.Relations, w.rels)
				}
				if day(n.First) != w.first || day(n.Last) != w.last {
					t.Errorf("neighbour %s dates %s..%s, want %s..%s", n.ID, day(n.First), day(n.Last), w.first, w.last)
				}
				if len(n.Evidence) != n.Mentions {
					t.Errorf("neighbour %s has %d evidence triples, want %d", n.ID, len(n.Evidence), n.Mentions)
				}
			}
		})
	}
}

func TestEvidenceCapKeepsCountsExact(t *testing.T) {
	b := NewBuilder(nil, Filter{})
	const n = 50
	for i := range n {
		// Fed latest first: the earliest must be the ones kept.
		b.Add(triple("a", extract.Accuse, "b", "art"+string(rune('A'+i%5)), time.Date(2024, 1, n-i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)))
	}
	g := b.Graph()
	e := g.Edges()
	if len(e) != 1 {
		t.Fatalf("got %d edges, want 1", len(e))
	}
	if e[0].Mentions != n || e[0].Articles != 5 || len(e[0].Evidence) != DefaultEvidence {
		t.Errorf("edge mentions=%d articles=%d evidence=%d, want %d, 5, %d", e[0].Mentions, e[0].Articles, len(e[0].Evidence), n, DefaultEvidence)
	}
	if got, want := e[0].Evidence[0].Date, date("2024-01-01"); !got.Equal(want) {
		t.Errorf("earliest evidence dated %s, want %s", day(got), day(want))
	}
	if !slices.IsSortedFunc(e[0].Evidence, evidenceCmp) {
		t.Error("evidence not in date order")
	}
	if nb := g.Neighbors("a"); len(nb[0].Evidence) != DefaultEvidence {
		t.Errorf("neighbour evidence %d, want the cap %d", len(nb[0].Evidence), DefaultEvidence)
	}
}

func TestCountryLevel(t *testing.T) {
	g := build(t, Filter{Level: LevelCountry})
	for _, id := range []string{"vladimir-putin", "sergei-lavrov", "recep-tayyip-erdogan", "bashar-al-assad"} {
		if _, ok := g.Node(id); ok {
			t.Errorf("person %s is a node at country level", id)
		}
	}
	for _, id := range []string{"russia", "hayat-tahrir-al-sham", "united-nations"} {
		if _, ok := g.Node(id); !ok {
			t.Errorf("%s missing at country level", id)
		}
	}
	got := map[string][]RelCount{}
	for _, n := range g.Neighbors("russia") {
		got[n.ID] = n.Relations
	}
	want := map[string][]RelCount{
		"turkey":               {{extract.Consult, 3, 2, true, true}},
		"hayat-tahrir-al-sham": {{extract.Attack, 2, 2, true, false}},
		"syria":                {{extract.Support, 1, 1, true, false}},
		"united-states":        {{extract.Accuse, 1, 1, false, true}},
	}
	if len(got) != len(want) {
		t.Errorf("russia's neighbours = %v, want %v (Lavrov–Putin is inside Russia and must be dropped)", got, want)
	}
	for id, w := range want {
		if !slices.Equal(got[id], w) {
			t.Errorf("russia–%s = %+v, want %+v", id, got[id], w)
		}
	}
	// The evidence still names who acted.
	for _, n := range g.Neighbors("russia") {
		if n.ID == "syria" && n.Evidence[0].Subject != "vladimir-putin" {
			t.Errorf("rolled-up evidence subject %q, want the original vladimir-putin", n.Evidence[0].Subject)
		}
	}
}

func TestFilters(t *testing.T) {
	tests := []struct {
		name   string
		filter Filter
		nodes  []string
		edges  int
	}{
		{"relation", Filter{Relations: []extract.Relation{extract.Attack, extract.Sanction}},
			[]string{"hayat-tahrir-al-sham", "russia", "syria", "united-states"}, 2},
		{"since drops earlier and undated", Filter{Since: date("2024-03-01")},
			[]string{"evil\"<actor>&", "hayat-tahrir-al-sham", "russia", "sergei-lavrov", "syria", "turkey", "united-nations", "united-states", "vladimir-putin"}, 6},
		{"until covers its day", Filter{Until: date("2024-01-10")},
			[]string{"recep-tayyip-erdogan", "syria", "united-states", "vladimir-putin"}, 2},
		{"since and until", Filter{Since: date("2024-01-11"), Until: date("2024-01-31")},
			[]string{"iran", "recep-tayyip-erdogan", "syria", "vladimir-putin"}, 2},
		{"min articles", Filter{MinArticles: 2},
			[]string{"hayat-tahrir-al-sham", "recep-tayyip-erdogan", "russia", "vladimir-putin"}, 2},
		{"ego depth 1", Filter{Ego: "vladimir-putin"},
			[]string{"bashar-al-assad", "recep-tayyip-erdogan", "sergei-lavrov", "vladimir-putin"}, 3},
		{"ego country depth 1", Filter{Level: LevelCountry, Ego: "syria", Depth: 1},
			[]string{"iran", "russia", "syria", "turkey", "united-nations", "united-states"}, 8},
		{"ego country depth 2", Filter{Level: LevelCountry, Ego: "syria", Depth: 2},
			[]string{"evil\"<actor>&", "hayat-tahrir-al-sham", "iran", "russia", "syria", "turkey", "united-nations", "united-states"}, 11},
		{"ego named by a person at country level", Filter{Level: LevelCountry, Ego: "bashar-al-assad"},
			[]string{"iran", "russia", "syria", "turkey", "united-nations", "united-states"}, 8},
		{"ego unknown", Filter{Ego: "nobody"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.filter.Validate(); err != nil {
				t.Fatal(err)
			}
			g := build(t, tt.filter)
			if got := ids(g.Nodes()); !slices.Equal(got, tt.nodes) {
				t.Errorf("nodes = %q, want %q", got, tt.nodes)
			}
			if _, e := g.Stats(); e != tt.edges {
				t.Errorf("edges = %d, want %d: %v", e, tt.edges, g.Edges())
			}
		})
	}
}

func TestFilterValidate(t *testing.T) {
	bad := []Filter{
		{Level: "region"},
		{Relations: []extract.Relation{"hug"}},
		{Since: date("2024-02-01"), Until: date("2024-01-01")},
		{MinArticles: -1},
	}
	for _, f := range bad {
		if err := f.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil, want an error", f)
		}
	}
}

func TestBuilderDropsBadTriples(t *testing.T) {
	g := graphOf(
		triple("a", "hug", "b", "x", ""),
		triple("a", extract.Attack, "a", "x", ""),
		triple("", extract.Attack, "b", "x", ""),
		triple("a", extract.Attack, "b", "x", ""),
	)
	if n, e := g.Stats(); n != 2 || e != 1 {
		t.Errorf("Stats = %d nodes, %d edges; want 2, 1", n, e)
	}
	if n, _ := g.Node("a"); n.Name != "a" {
		t.Errorf("unknown actor named %q, want its id", n.Name)
	}
}

func TestGraphIsASnapshot(t *testing.T) {
	b := NewBuilder(nil, Filter{})
	b.Add(triple("a", extract.Attack, "b", "x", "2024-01-01"))
	g := b.Graph()
	b.Add(triple("a", extract.Attack, "b", "y", "2024-02-01"))
	if e := g.Edges()[0]; e.Mentions != 1 || len(e.Evidence) != 1 {
		t.Errorf("earlier graph changed by a later Add: %+v", e)
	}
	if e := b.Graph().Edges()[0]; e.Mentions != 2 {
		t.Errorf("later graph has %d mentions, want 2", e.Mentions)
	}
}

func TestTimeline(t *testing.T) {
	person := build(t, Filter{})
	country := build(t, Filter{Level: LevelCountry})
	type month struct {
		month string
		rels  map[extract.Relation]int
	}
	tests := []struct {
		name string
		g    *Graph
		a, b string
		want []month
	}{
		{"pair", person, "vladimir-putin", "recep-tayyip-erdogan", []month{{"2024-01-01", map[extract.Relation]int{extract.Consult: 3}}}},
		{"actor", person, "vladimir-putin", "", []month{
			{"2024-01-01", map[extract.Relation]int{extract.Consult: 3}},
			{"2024-02-01", map[extract.Relation]int{extract.Support: 1}},
			{"2024-03-01", map[extract.Relation]int{extract.Consult: 1}},
		}},
		{"country actor", country, "russia", "", []month{
			{"2024-01-01", map[extract.Relation]int{extract.Consult: 3}},
			{"2024-02-01", map[extract.Relation]int{extract.Attack: 1, extract.Support: 1}},
			{"2024-03-01", map[extract.Relation]int{extract.Attack: 1, extract.Accuse: 1}},
		}},
		{"undated left out", person, "iran", "hayat-tahrir-al-sham", []month{}},
		{"unknown", person, "nobody", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.g.Timeline(tt.a, tt.b)
			if len(got) != len(tt.want) {
				t.Fatalf("Timeline = %v, want %v", got, tt.want)
			}
			for i, w := range tt.want {
				if day(got[i].Month) != w.month || !mapsEqual(got[i].Relations, w.rels) {
					t.Errorf("month %d = %s %v, want %s %v", i, day(got[i].Month), got[i].Relations, w.month, w.rels)
				}
			}
		})
	}
}

func mapsEqual(a, b map[extract.Relation]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestGoldstein(t *testing.T) {
	cooperative := []extract.Relation{extract.Consult, extract.Mediate, extract.Intend, extract.Agree,
		extract.Cooperate, extract.Support, extract.Aid, extract.Retreat}
	for _, r := range extract.Relations {
		w := Weight(r)
		if slices.Contains(cooperative, r) != (w > 0) || w == 0 || w < -10 || w > 10 {
			t.Errorf("Weight(%s) = %v: wrong sign or out of range", r, w)
		}
	}
	if Weight(extract.Agree) <= Weight(extract.Consult) || Weight(extract.Attack) >= Weight(extract.Accuse) {
		t.Error("agreeing should weigh more than consulting and attacking less than accusing")
	}
	if Weight("hug") != 0 {
		t.Error("unknown relation should weigh 0")
	}
	for _, bad := range []string{"consult\t11\tx", "hug\t1\tx", "consult", "consult\tlots\tx"} {
		if _, err := parseGoldstein(bad); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("parseGoldstein(%q) error = %v, want one naming line 1", bad, err)
		}
	}
}

// TestRollBy: at the country level a person stands for the body whose office
// they hold on the triple's date, which may change over time.
func TestRollBy(t *testing.T) {
	stands := func(id string, day time.Time) string {
		if id != "antonio-guterres" {
			return ""
		}
		if day.Before(date("2017-01-01")) {
			return "portugal"
		}
		return "united-nations"
	}
	triples := []extract.Triple{
		triple("antonio-guterres", extract.Consult, "spain", "a1", "2000-03-01"),
		triple("antonio-guterres", extract.Demand, "syria", "a2", "2018-04-10"),
	}
	for _, level := range []string{LevelCountry, LevelPerson} {
		b := NewBuilder(func(string) Node { return Node{} }, Filter{Level: level})
		b.RollBy(stands)
		for _, tr := range triples {
			b.Add(tr)
		}
		g := b.Graph()
		var got []string
		for _, e := range g.Edges() {
			got = append(got, e.From.ID+" "+string(e.Relation)+" "+e.To.ID)
		}
		want := []string{"antonio-guterres consult spain", "antonio-guterres demand syria"}
		if level == LevelCountry {
			want = []string{"portugal consult spain", "united-nations demand syria"}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s level edges = %q, want %q", level, got, want)
		}
	}
}
