package query

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"kg/actor"
	"kg/extract"
	"kg/store"
)

// TripleCounts counts the stored triples each actor takes part in, of those
// the queries use (confidence at least minConfidence).
func TripleCounts(st *store.Store, minConfidence float64) (map[string]int, error) {
	counts := map[string]int{}
	err := st.Triples(func(t extract.Triple) error {
		if t.Confidence < minConfidence {
			return nil
		}
		counts[t.Subject]++
		counts[t.Object]++
		return nil
	})
	return counts, err
}

// Coverage counts the lexicon's entries by type, and its dated offices.
type Coverage struct {
	States        int `json:"states"`
	Organizations int `json:"organizations"`
	Groups        int `json:"groups"`
	People        int `json:"people"`
	Offices       int `json:"offices"` // roles with dates
}

// LexiconCoverage measures the lexicon.
func LexiconCoverage(lex *actor.Lexicon) Coverage {
	var c Coverage
	for _, a := range lex.All() {
		switch a.Type {
		case actor.State:
			c.States++
		case actor.Organization:
			c.Organizations++
		case actor.Group:
			c.Groups++
		case actor.Person:
			c.People++
		}
		c.Offices += len(a.Roles)
	}
	return c
}

// ActorsOptions shape the answer of WriteActors.
type ActorsOptions struct {
	Query string    // list only the actors this name may mean; all when ""
	Day   time.Time // roles held that day are current; today when zero
	JSON  bool
	// Coverage is reported as the lexicon's; measured on the lexicon given
	// when nil.
	Coverage *Coverage
}

// WriteActors lists actors with type, country, current and past roles and
// how many stored triples each has (counts may be nil when no store is
// open).
func WriteActors(w io.Writer, lex *actor.Lexicon, counts map[string]int, opt ActorsOptions) error {
	day := opt.Day
	if day.IsZero() {
		day = time.Now()
	}
	var list []actor.Actor
	if opt.Query != "" {
		for _, m := range lex.Lookup(opt.Query) {
			list = append(list, m.Actor)
		}
		if len(list) == 0 {
			return &UnknownError{Query: opt.Query, Suggestions: lex.Suggest(opt.Query, 5)}
		}
	} else {
		list = lex.All()
		sort.SliceStable(list, func(i, j int) bool { return counts[list[i].ID] > counts[list[j].ID] })
	}
	if opt.JSON {
		type role struct {
			Title   string `json:"title"`
			Country string `json:"country,omitempty"`
			Org     string `json:"org,omitempty"`
			From    string `json:"from,omitempty"`
			To      string `json:"to,omitempty"`
			Current bool   `json:"current"`
		}
		type entry struct {
			ID       string     `json:"id"`
			Name     string     `json:"name"`
			Type     actor.Type `json:"type"`
			Country  string     `json:"country,omitempty"`
			Arabic   []string   `json:"arabic,omitempty"`
			Aliases  []string   `json:"aliases,omitempty"`
			Roles    []role     `json:"roles,omitempty"`
			Triples  int        `json:"triples"`
			Wikidata string     `json:"wikidata,omitempty"`
		}
		out := struct {
			Coverage Coverage `json:"coverage"`
			Actors   []entry  `json:"actors"`
		}{Coverage: opt.coverage(lex), Actors: []entry{}}
		for _, a := range list {
			e := entry{ID: a.ID, Name: a.Name, Type: a.Type, Country: a.Country, Arabic: a.Arabic,
				Aliases: a.Aliases, Triples: counts[a.ID], Wikidata: a.Wikidata}
			for _, r := range a.Roles {
				e.Roles = append(e.Roles, role{Title: r.Title, Country: r.Country, Org: r.Org,
					From: day0(r.From), To: day0(r.To), Current: r.Holds(day)})
			}
			out.Actors = append(out.Actors, e)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tname\ttype\tcountry\ttriples\troles")
	for _, a := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", a.ID, a.Name, a.Type, a.Country, counts[a.ID], roleSummary(a, day))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if opt.Query == "" {
		c := opt.coverage(lex)
		_, err := fmt.Fprintf(w, "\n%d states, %d organizations, %d groups, %d people with %d dated offices\n",
			c.States, c.Organizations, c.Groups, c.People, c.Offices)
		return err
	}
	return nil
}

func (opt ActorsOptions) coverage(lex *actor.Lexicon) Coverage {
	if opt.Coverage != nil {
		return *opt.Coverage
	}
	return LexiconCoverage(lex)
}

func day0(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// roleSummary names the offices held on day, then counts the past ones.
func roleSummary(a actor.Actor, day time.Time) string {
	var now []string
	past := 0
	for _, r := range a.Roles {
		if r.Holds(day) {
			where := r.Country
			if r.Org != "" {
				where = r.Org
			}
			now = append(now, fmt.Sprintf("%s %s since %s", r.Title, where, day0(r.From)))
		} else {
			past++
		}
	}
	s := strings.Join(now, "; ")
	if past > 0 {
		if s != "" {
			s += "; "
		}
		s += fmt.Sprintf("%d past role%s", past, plural(past))
	}
	return s
}
