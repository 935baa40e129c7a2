// Package actor knows who is who: the lexicon of states, organizations, groups
// and people kg recognises, in English and Arabic, with office-holders bound to
// dates, and the name lookup that forgives spelling.
//
// The lexicon lives in data/*.yaml, embedded in the binary: one file per
// kind of actor (format: lexicon-format.md) and titles.yaml, the Arabic
// phrases of titles, institutions and counterparts. Load reads them, plus
// any files of the user's. A Lexicon answers who an id, a name or an office
// on a day is (ByID, Lookup, Holder), and its Gazetteer finds the actors,
// nisbas, metonyms and titles named in tokenized Arabic text.
package actor

import "time"

// Type is the kind of an actor.
type Type string

// Actor types.
const (
	State        Type = "state"
	Person       Type = "person"
	Organization Type = "organization"
	Group        Type = "group"
)

// Actor is one entry of the lexicon.
type Actor struct {
	ID       string   `json:"id" yaml:"id"`     // stable slug of the English name: "vladimir-putin"
	Name     string   `json:"name" yaml:"name"` // canonical English name: "Vladimir Putin"
	Type     Type     `json:"type" yaml:"type"`
	Country  string   `json:"country,omitempty" yaml:"country,omitempty"` // ISO 3166-1 alpha-3 of the state it is or belongs to
	Arabic   []string `json:"arabic,omitempty" yaml:"arabic,omitempty"`   // Arabic names and spelling variants
	Aliases  []string `json:"aliases,omitempty" yaml:"aliases,omitempty"` // English names and transliterations
	Nisba    []string `json:"nisba,omitempty" yaml:"nisba,omitempty"`     // states: adjectives that stand for the state (روسي، روسية، الروس)
	Metonyms []string `json:"metonyms,omitempty" yaml:"metonyms,omitempty"`
	Based    string   `json:"based,omitempty" yaml:"based,omitempty"` // groups and organizations: where based, informative only
	Roles    []Role   `json:"roles,omitempty" yaml:"roles,omitempty"`
	Wikidata string   `json:"wikidata,omitempty" yaml:"wikidata,omitempty"`
}

// Role is an office an actor held between two dates.
type Role struct {
	Title   string    `json:"title" yaml:"title"`                         // a title key of titles.yaml: "president", "foreign-minister"
	Country string    `json:"country,omitempty" yaml:"country,omitempty"` // ISO 3166-1 alpha-3 of the state the office belongs to
	Org     string    `json:"org,omitempty" yaml:"org,omitempty"`         // id of the organization, for offices of international bodies
	From    time.Time `json:"from,omitzero" yaml:"from,omitempty"`
	To      time.Time `json:"to,omitzero" yaml:"to,omitempty"` // zero: still in office
}

// Holds reports whether the role covers day t.
func (r Role) Holds(t time.Time) bool {
	if !r.From.IsZero() && t.Before(r.From) {
		return false
	}
	return r.To.IsZero() || t.Before(r.To)
}
