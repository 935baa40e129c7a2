package graph

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"kg/actor"
	"kg/extract"
)

type jsonNode struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Arabic  string     `json:"arabic"`
	Type    actor.Type `json:"type"`
	Country string     `json:"country"`
}

type jsonLink struct {
	Source   string           `json:"source"`
	Target   string           `json:"target"`
	Relation extract.Relation `json:"relation"`
	Mentions int              `json:"mentions"`
	Articles int              `json:"articles"`
	First    string           `json:"first,omitempty"`
	Last     string           `json:"last,omitempty"`
	Weight   float64          `json:"weight"` // Goldstein
}

// WriteJSON writes the graph as one JSON object in the node-link form D3 and
// Cytoscape read: {"nodes":[{id,name,arabic,type,country}],
// "links":[{source,target,relation,mentions,articles,first,last,weight}]},
// where first and last are YYYY-MM-DD (absent when no triple is dated) and
// weight is the relation's Goldstein weight.
func (g *Graph) WriteJSON(w io.Writer) error {
	doc := struct {
		Nodes []jsonNode `json:"nodes"`
		Links []jsonLink `json:"links"`
	}{Nodes: make([]jsonNode, len(g.nodes)), Links: make([]jsonLink, len(g.edges))}
	for i, n := range g.nodes {
		doc.Nodes[i] = jsonNode{ID: n.ID, Name: n.Name, Arabic: n.Arabic, Type: n.Type, Country: n.Country}
	}
	for i, e := range g.edges {
		doc.Links[i] = jsonLink{Source: e.key.from, Target: e.key.to, Relation: e.key.rel,
			Mentions: e.mentions, Articles: len(e.articles), First: day(e.first), Last: day(e.last),
			Weight: Weight(e.key.rel)}
	}
	bw := bufio.NewWriter(w)
	if err := json.NewEncoder(bw).Encode(doc); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

type jsonlActor struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Type    actor.Type `json:"type"`
	Country string     `json:"country"`
}

type jsonlTriple struct {
	Doc        string           `json:"doc"`
	Subject    jsonlActor       `json:"subject"`
	Relation   extract.Relation `json:"relation"`
	Object     jsonlActor       `json:"object"`
	Date       string           `json:"date,omitempty"`
	Sentence   string           `json:"sentence"`
	Span       [2]int           `json:"span"`
	Trigger    string           `json:"trigger"`
	Confidence float64          `json:"confidence"`
}

// JSONLEncoder writes triples as JSON Lines, one triple a line:
//
//	{"doc", "subject": {"id","name","type","country"}, "relation",
//	 "object": {...}, "date", "sentence", "span": [start,end], "trigger",
//	 "confidence"}
//
// doc is the article id and date YYYY-MM-DD, absent when unknown. It lets a
// caller stream every stored triple without building a graph.
type JSONLEncoder struct {
	enc   *json.Encoder
	nodes func(id string) Node
}

// NewJSONLEncoder returns an encoder writing to w that names actors with
// nodes (an actor nodes does not know is written with its id as name).
func NewJSONLEncoder(w io.Writer, nodes func(id string) Node) *JSONLEncoder {
	return &JSONLEncoder{enc: json.NewEncoder(w), nodes: nodes}
}

// Encode writes one triple.
func (e *JSONLEncoder) Encode(t extract.Triple) error {
	line := jsonlTriple{Doc: t.Article, Subject: e.actor(t.Subject), Relation: t.Relation,
		Object: e.actor(t.Object), Date: day(t.Date), Sentence: t.Sentence,
		Span: [2]int{t.Span.Start, t.Span.End}, Trigger: t.Trigger, Confidence: t.Confidence}
	if err := e.enc.Encode(line); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

type jsonlEvent struct {
	Doc         string           `json:"doc"`
	Relation    extract.Relation `json:"relation"`
	Args        []jsonlArg       `json:"args"`
	Date        string           `json:"date,omitempty"`
	Sentence    string           `json:"sentence"`
	Span        [2]int           `json:"span"`
	Trigger     string           `json:"trigger"`
	TriggerSpan [2]int           `json:"trigger_span"`
	Confidence  float64          `json:"confidence"`
}

type jsonlArg struct {
	Role    extract.Role `json:"role"`
	Actor   jsonlActor   `json:"actor"`
	Mention string       `json:"mention"`
	Span    [2]int       `json:"span"`
}

// EncodeEvent writes one event, with every side it names, also when it
// names fewer than two (a violent incident by unnamed attackers):
//
//	{"doc", "relation", "args": [{"role", "actor": {...}, "mention",
//	 "span"}], "date", "sentence", "span", "trigger", "trigger_span",
//	 "confidence"}
//
// Spans are byte ranges in the article text.
func (e *JSONLEncoder) EncodeEvent(ev extract.Event) error {
	line := jsonlEvent{Doc: ev.Article, Relation: ev.Relation, Args: []jsonlArg{}, Date: day(ev.Date),
		Sentence: ev.Sentence, Span: [2]int{ev.SentSpan.Start, ev.SentSpan.End}, Trigger: ev.Trigger,
		TriggerSpan: [2]int{ev.TrigSpan.Start, ev.TrigSpan.End}, Confidence: ev.Confidence}
	for _, a := range ev.Args {
		line.Args = append(line.Args, jsonlArg{Role: a.Role, Actor: e.actor(a.Actor), Mention: a.Mention,
			Span: [2]int{a.Span.Start, a.Span.End}})
	}
	if err := e.enc.Encode(line); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

func (e *JSONLEncoder) actor(id string) jsonlActor {
	var n Node
	if e.nodes != nil {
		n = e.nodes(id)
	}
	if n.ID == "" {
		n = Node{ID: id}
	}
	return jsonlActor{ID: n.ID, Name: cmp.Or(n.Name, n.ID), Type: n.Type, Country: n.Country}
}

// WriteJSONL writes the triples the graph kept as evidence (all of them when
// built with KeepEvidence(-1)) as JSON Lines (see JSONLEncoder), in date
// order. At country level subject and object are the states.
func (g *Graph) WriteJSONL(w io.Writer) error {
	var all []extract.Triple
	for _, e := range g.edges {
		all = append(all, e.evidence...)
	}
	slices.SortFunc(all, evidenceCmp)
	bw := bufio.NewWriter(w)
	enc := NewJSONLEncoder(bw, func(id string) Node { n, _ := g.Node(id); return n })
	for _, t := range all {
		t.Subject, t.Object = g.rollup(t.Subject, t.Date), g.rollup(t.Object, t.Date)
		if err := enc.Encode(t); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

// rollup maps an actor of a triple dated day onto its node in the graph.
func (g *Graph) rollup(id string, day time.Time) string {
	if g.stands != nil && g.level == LevelCountry {
		return cmp.Or(g.stands(id, day), id)
	}
	if s, ok := g.rolled[id]; ok {
		return s
	}
	return id
}
