// Package extract turns articles into events and actor–relation–actor triples.
// An Extractor reads one article; the Arabic extractor is the first of them.
package extract

import (
	"time"

	"kg/actor"
	"kg/article"
)

// Relation is one of the 15 relation labels of the gold standard.
type Relation string

// The relation labels (see testdata/README or the gold README).
const (
	Consult   Relation = "consult"
	Mediate   Relation = "mediate"
	Intend    Relation = "intend"
	Agree     Relation = "agree"
	Cooperate Relation = "cooperate"
	Support   Relation = "support"
	Aid       Relation = "aid"
	Demand    Relation = "demand"
	Accuse    Relation = "accuse"
	Reject    Relation = "reject"
	Threaten  Relation = "threaten"
	Protest   Relation = "protest"
	Sanction  Relation = "sanction"
	Attack    Relation = "attack"
	Retreat   Relation = "retreat"
)

// Relations lists every label in the order of the gold README.
var Relations = []Relation{Consult, Mediate, Intend, Agree, Cooperate, Support, Aid,
	Demand, Accuse, Reject, Threaten, Protest, Sanction, Attack, Retreat}

// Symmetric reports whether the relation has no direction (a meeting, an agreement).
func (r Relation) Symmetric() bool {
	return r == Consult || r == Agree || r == Cooperate
}

// Valid reports whether r is one of the 15 labels.
func (r Relation) Valid() bool {
	for _, v := range Relations {
		if v == r {
			return true
		}
	}
	return false
}

// Role is a participant's part in an event.
type Role string

// Participant roles.
const (
	Source      Role = "source"      // who acts: the accuser, the attacker
	Target      Role = "target"      // who is acted upon
	Mediator    Role = "mediator"    // who mediates
	Party       Role = "party"       // a party to a mediation
	Participant Role = "participant" // one of the sides of a meeting or agreement
)

// Span is a half-open byte range [Start, End) in the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Argument is one actor taking part in an event.
type Argument struct {
	Actor   string `json:"actor"` // actor id
	Role    Role   `json:"role"`
	Mention string `json:"mention"` // the words that named it
	Span    Span   `json:"span"`
}

// Event is one interaction an article reports.
type Event struct {
	Relation   Relation   `json:"relation"`
	Args       []Argument `json:"args"`
	Date       time.Time  `json:"date,omitzero"`
	Article    string     `json:"article"` // article id
	Sentence   string     `json:"sentence"`
	SentSpan   Span       `json:"sentence_span"`
	Trigger    string     `json:"trigger"`
	TrigSpan   Span       `json:"trigger_span"`
	Confidence float64    `json:"confidence"`
	Extractor  string     `json:"extractor"`
}

// Triple is an event projected onto one pair of actors, the unit of the graph.
type Triple struct {
	Subject    string    `json:"subject"` // actor id
	Relation   Relation  `json:"relation"`
	Object     string    `json:"object"` // actor id
	Article    string    `json:"article"`
	Date       time.Time `json:"date,omitzero"`
	Sentence   string    `json:"sentence"`
	Span       Span      `json:"span"` // the sentence's bytes in the article
	Trigger    string    `json:"trigger"`
	Confidence float64   `json:"confidence"`
	Extractor  string    `json:"extractor"`
}

// Triples projects the event onto pairs: a mediation gives one mediate triple
// per party, a meeting of N sides one consult triple per pair, a directed
// event one triple per source and target. Pairs of one actor with itself are
// dropped.
func (e Event) Triples() []Triple {
	var out []Triple
	// The pairs already out, once there are enough of them for a scan of out
	// to cost more than a map: a meeting of a hundred sides has 4,950.
	var seen map[[2]string]bool
	const scanMax = 16
	symmetric := e.Relation.Symmetric()
	add := func(s, o string) {
		if s == "" || o == "" || s == o {
			return
		}
		k := [2]string{s, o}
		if symmetric && o < s {
			k = [2]string{o, s}
		}
		if seen != nil {
			if seen[k] {
				return
			}
			seen[k] = true
		} else {
			for _, t := range out {
				if t.Subject == s && t.Object == o || symmetric && t.Subject == o && t.Object == s {
					return
				}
			}
			if len(out) == scanMax {
				seen = make(map[[2]string]bool)
				for _, t := range out {
					tk := [2]string{t.Subject, t.Object}
					if symmetric && t.Object < t.Subject {
						tk = [2]string{t.Object, t.Subject}
					}
					seen[tk] = true
				}
				seen[k] = true
			}
		}
		out = append(out, Triple{Subject: s, Relation: e.Relation, Object: o, Article: e.Article,
			Date: e.Date, Sentence: e.Sentence, Span: e.SentSpan, Trigger: e.Trigger,
			Confidence: e.Confidence, Extractor: e.Extractor})
	}
	var from, to []string
	for _, a := range e.Args {
		switch a.Role {
		case Source, Mediator:
			from = append(from, a.Actor)
		case Target, Party:
			to = append(to, a.Actor)
		case Participant:
			from = append(from, a.Actor)
		}
	}
	if e.Relation.Symmetric() && len(to) == 0 {
		for i := range from {
			for j := i + 1; j < len(from); j++ {
				add(from[i], from[j])
			}
		}
		return out
	}
	for _, s := range from {
		for _, o := range to {
			add(s, o)
		}
	}
	return out
}

// Result is what an extractor finds in one article: its events and any
// actors it met there that the lexicon did not know (people introduced by a
// title and a name).
type Result struct {
	Events    []Event
	NewActors []actor.Actor
}

// Extractor turns one article into events. Implementations must be safe for
// concurrent use by several goroutines.
type Extractor interface {
	Name() string
	Extract(a article.Article) (Result, error)
}
