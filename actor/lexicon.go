package actor

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// The embedded lexicon: titles.yaml and one file per kind of actor.
//
//go:embed data/*.yaml
var dataFS embed.FS

const titlesFile = "data/titles.yaml"

// embeddedTitles parses the embedded titles.yaml. It is small: parsing it
// again costs less than keeping it in a global.
func embeddedTitles() (*titles, error) {
	data, err := dataFS.ReadFile(titlesFile)
	if err != nil {
		return nil, fmt.Errorf("read embedded titles: %w", err)
	}
	return parseTitles(path.Base(titlesFile), data)
}

// Lexicon is the set of known actors with their offices. It is safe for
// concurrent use; Add may run alongside the queries.
type Lexicon struct {
	titles *titles

	mu      sync.RWMutex
	actors  map[string]*Actor
	states  map[string]string // ISO 3166-1 alpha-3 → id of the state actor
	offices map[office][]tenure
	names   *nameIndex // built by the first Lookup or Suggest
	gaz     *Gazetteer // built by the first Gazetteer call
}

// office is a title of one state or organization.
type office struct{ title, country, org string }

type tenure struct {
	id       string
	from, to time.Time
}

func (t tenure) holds(day time.Time) bool {
	return Role{From: t.from, To: t.to}.Holds(day)
}

// source is a lexicon file to read.
type source struct {
	name string
	data []byte
	user bool // a user's file may override entries of the embedded ones
}

// Load reads the embedded lexicon and then the user's files, in order, which
// have the same format; a user's entry with an id already known replaces the
// earlier entry. All problems found are returned together.
func Load(userFiles ...string) (*Lexicon, error) {
	t, err := embeddedTitles()
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(dataFS, "data/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list embedded lexicon: %w", err)
	}
	sort.Strings(names)
	var srcs []source
	for _, name := range names {
		if name == titlesFile {
			continue
		}
		data, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read embedded lexicon: %w", err)
		}
		srcs = append(srcs, source{name: path.Base(name), data: data})
	}
	for _, name := range userFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read lexicon: %w", err)
		}
		srcs = append(srcs, source{name: name, data: data, user: true})
	}
	return build(t, srcs)
}

// build parses the sources and checks what needs the whole lexicon: unique
// ids, one state per country code, role organizations that exist.
func build(t *titles, srcs []source) (*Lexicon, error) {
	var errs []error
	byID := map[string]entry{}
	var order []string
	// Files parse independently: in parallel, merged in order.
	type parsed struct {
		entries []entry
		err     error
	}
	results := make([]parsed, len(srcs))
	var wg sync.WaitGroup
	for i, src := range srcs {
		wg.Go(func() {
			results[i].entries, results[i].err = parseEntries(src.name, src.data, t)
		})
	}
	wg.Wait()
	for i, src := range srcs {
		if err := results[i].err; err != nil {
			errs = append(errs, err)
		}
		for _, e := range results[i].entries {
			old, dup := byID[e.ID]
			if dup && !src.user {
				errs = append(errs, &ParseError{File: e.file, Line: e.line, Field: "id",
					Msg: fmt.Sprintf("duplicate id %q (also at %s)", e.ID, old.place())})
				continue
			}
			if !dup {
				order = append(order, e.ID)
			}
			byID[e.ID] = e
		}
	}
	l := &Lexicon{
		titles:  t,
		actors:  make(map[string]*Actor, len(byID)),
		states:  map[string]string{},
		offices: map[office][]tenure{},
	}
	stateAt := map[string]entry{}
	for _, id := range order {
		e := byID[id]
		if e.Type == State {
			if other, dup := stateAt[e.Country]; dup {
				errs = append(errs, &ParseError{File: e.file, Line: e.line, Field: "country",
					Msg: fmt.Sprintf("%s is already the country of state %q (%s)", e.Country, other.ID, other.place())})
				continue
			}
			stateAt[e.Country] = e
		}
		for i, r := range e.Roles {
			if r.Org == "" {
				continue
			}
			if org, ok := byID[r.Org]; !ok || (org.Type != Organization && org.Type != Group) {
				errs = append(errs, &ParseError{File: e.file, Line: e.roleLines[i], Field: fmt.Sprintf("roles[%d].org", i),
					Msg: fmt.Sprintf("no organization or group has id %q", r.Org)})
			}
		}
		a := e.Actor
		l.insert(&a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return l, nil
}

// insert adds a checked actor to the maps; the caller holds the lock.
func (l *Lexicon) insert(a *Actor) {
	l.actors[a.ID] = a
	if a.Type == State {
		if _, taken := l.states[a.Country]; !taken {
			l.states[a.Country] = a.ID
		}
	}
	for _, r := range a.Roles {
		k := office{r.Title, r.Country, r.Org}
		ts := append(l.offices[k], tenure{a.ID, r.From, r.To})
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].from.Before(ts[j].from) })
		l.offices[k] = ts
	}
}

// ByID returns the actor with the given id.
func (l *Lexicon) ByID(id string) (Actor, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	a, ok := l.actors[id]
	if !ok {
		return Actor{}, false
	}
	return *a, true
}

// All returns every actor, ordered by id. The slices inside the actors are
// shared with the lexicon and must not be modified.
func (l *Lexicon) All() []Actor {
	l.mu.RLock()
	defer l.mu.RUnlock()
	out := make([]Actor, 0, len(l.actors))
	for _, a := range l.actors {
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// FamilyNameFirst reports whether the people of the state with ISO 3166-1
// alpha-3 code country put the family name first (Kim Jong-un, Xi
// Jinping), so that the first word of their names is their surname.
func (l *Lexicon) FamilyNameFirst(country string) bool {
	return slices.Contains(l.titles.file.FamilyNameFirst, country)
}

// StateOf returns the state actor of an ISO 3166-1 alpha-3 code.
func (l *Lexicon) StateOf(country string) (Actor, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	id, ok := l.states[country]
	if !ok {
		return Actor{}, false
	}
	return *l.actors[id], true
}

// Holder returns who held an office on day: the title key (as in
// titles.yaml) of the state country or the organization org (an actor id;
// give one of the two). A key that means other titles ("leader") tries them
// in order and takes the first that has a holder. A zero day asks for the
// most recent holder: one still in office if any, else the one who left
// last. When records overlap, the holder who took office last wins.
func (l *Lexicon) Holder(title, country, org string, day time.Time) (Actor, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	for _, key := range l.titles.means[title] {
		if id, ok := pickHolder(l.offices[office{key, country, org}], day); ok {
			return *l.actors[id], true
		}
	}
	return Actor{}, false
}

// pickHolder chooses among the tenures of an office, sorted by start.
func pickHolder(ts []tenure, day time.Time) (string, bool) {
	best := -1
	for i, t := range ts {
		switch {
		case !day.IsZero():
			if t.holds(day) {
				best = i // later starts come later
			}
		case best < 0:
			best = i
		default:
			b := ts[best]
			switch {
			case t.to.IsZero() && (!b.to.IsZero() || !t.from.Before(b.from)):
				best = i
			case !t.to.IsZero() && !b.to.IsZero() && !t.to.Before(b.to):
				best = i
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return ts[best].id, true
}

// Add adds an actor found outside the lexicon, such as a person an article
// introduces by title and name. It is checked like a lexicon entry; its id
// must be new. Later lookups and gazetteers know it.
func (l *Lexicon) Add(a Actor) error {
	var msgs []string
	for _, p := range l.titles.check(&a) {
		if p.field != "" {
			msgs = append(msgs, p.field+": "+p.msg)
		} else {
			msgs = append(msgs, p.msg)
		}
	}
	a.Arabic = slices.Clone(a.Arabic)
	a.Aliases = slices.Clone(a.Aliases)
	a.Nisba = slices.Clone(a.Nisba)
	a.Metonyms = slices.Clone(a.Metonyms)
	a.Roles = slices.Clone(a.Roles)

	l.mu.Lock()
	defer l.mu.Unlock()
	if _, dup := l.actors[a.ID]; dup {
		msgs = append(msgs, fmt.Sprintf("id %q is taken", a.ID))
	}
	for i, r := range a.Roles {
		if r.Org == "" {
			continue
		}
		if org, ok := l.actors[r.Org]; !ok || (org.Type != Organization && org.Type != Group) {
			msgs = append(msgs, fmt.Sprintf("roles[%d].org: no organization or group has id %q", i, r.Org))
		}
	}
	if len(msgs) > 0 {
		return fmt.Errorf("add actor %q: %s", a.ID, strings.Join(msgs, "; "))
	}
	l.insert(&a)
	if l.names != nil {
		l.names.add(&a)
	}
	if l.gaz != nil {
		l.gaz.add(&a)
	}
	return nil
}

// prior is the small score by which, other things equal, one actor is the
// likelier referent of a name: someone in office now, then by how recently
// they left office, then people before states before organizations before
// groups. It stays below 0.05 so that it never outweighs how well a name
// matched.
func prior(a *Actor) float64 {
	p := 0.0
	switch a.Type {
	case Person:
		p = 0.003
	case State:
		p = 0.002
	case Organization:
		p = 0.001
	}
	var last time.Time
	current := false
	for _, r := range a.Roles {
		if r.To.IsZero() {
			current = true
		} else if r.To.After(last) {
			last = r.To
		}
	}
	switch {
	case current:
		p += 0.04
	case !last.IsZero():
		recency := float64(last.Year()-1900) / 200
		p += 0.02 + 0.01*min(max(recency, 0), 1)
	}
	return p
}
