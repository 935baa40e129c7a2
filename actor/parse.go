package actor

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ParseError is one problem of a lexicon file.
type ParseError struct {
	File  string // file name as given to Parse or Load
	Line  int    // 1-based; 0 when unknown
	Field string // path of the field in its entry: "roles[0].from"; empty for the entry itself
	Msg   string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// dateLayout is the only date form the lexicon takes.
const dateLayout = "2006-01-02"

// Parse reads one lexicon file (a YAML sequence of actors, see
// lexicon-format.md) and checks every entry on its own: field names and
// types, id, name, type, country codes, dates, role titles against the
// embedded titles.yaml, and ids unique within the file. It returns the
// entries that passed and all the problems found, joined, each a
// *ParseError naming file, line and field. Checks that need the whole
// lexicon (ids unique across files, role organizations that exist) are
// Load's.
func Parse(name string, data []byte) ([]Actor, error) {
	t, err := embeddedTitles()
	if err != nil {
		return nil, err
	}
	entries, err := parseEntries(name, data, t)
	actors := make([]Actor, len(entries))
	for i, e := range entries {
		actors[i] = e.Actor
	}
	return actors, err
}

// entry is an actor with the place it was read from.
type entry struct {
	Actor
	file      string
	line      int
	roleLines []int // line of each role
}

func (e entry) place() string { return fmt.Sprintf("%s:%d", e.file, e.line) }

// parseEntries reads a lexicon file. Entries with problems are left out of
// the result, which holds the good ones.
func parseEntries(name string, data []byte, t *titles) ([]entry, error) {
	root, err := parseYAML(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if root == nil {
		return nil, nil // empty or only comments
	}
	if root.kind != yaml.SequenceNode {
		return nil, &ParseError{File: name, Line: root.line, Msg: "want a list of actors"}
	}
	var errs []error
	entries := make([]entry, 0, len(root.content))
	firstLine := make(map[string]int, len(root.content))
	for _, n := range root.content {
		d := decoder{file: name}
		a, roleLines := d.actor(n)
		for _, p := range t.check(&a) {
			at := findField(n, p.field)
			d.fail(at, p.field, "%s", p.msg)
		}
		if l, dup := firstLine[a.ID]; dup && a.ID != "" {
			d.fail(n, "id", "duplicate id %q (first at line %d)", a.ID, l)
		} else {
			firstLine[a.ID] = n.line
		}
		if len(d.errs) > 0 {
			errs = append(errs, d.errs...)
			continue
		}
		entries = append(entries, entry{Actor: a, file: name, line: n.line, roleLines: roleLines})
	}
	return entries, errors.Join(errs...)
}

// decoder turns nodes into values and gathers the problems it meets.
type decoder struct {
	file string
	errs []error
}

func (d *decoder) fail(n *node, field, format string, args ...any) {
	d.errs = append(d.errs, &ParseError{File: d.file, Line: n.line, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// actor decodes one entry; roleLines are the lines of its roles.
func (d *decoder) actor(n *node) (a Actor, roleLines []int) {
	if n.kind != yaml.MappingNode {
		d.fail(n, "", "want a mapping of actor fields, got %s", kindName(n))
		return a, nil
	}
	d.fields(n, "", func(key string, v *node) bool {
		switch key {
		case "id":
			a.ID = d.str(v, "", key)
		case "name":
			a.Name = d.str(v, "", key)
		case "type":
			a.Type = Type(d.str(v, "", key))
		case "country":
			a.Country = d.str(v, "", key)
		case "based":
			a.Based = d.str(v, "", key)
		case "wikidata":
			a.Wikidata = d.str(v, "", key)
		case "arabic":
			a.Arabic = d.list(v, "", key)
		case "aliases":
			a.Aliases = d.list(v, "", key)
		case "nisba":
			a.Nisba = d.list(v, "", key)
		case "metonyms":
			a.Metonyms = d.list(v, "", key)
		case "roles":
			a.Roles, roleLines = d.roles(v)
		default:
			return false
		}
		return true
	})
	return a, roleLines
}

// fields walks the keys of mapping n, calling set for each; set returns
// false for a key it does not know. prefix names the mapping in messages.
func (d *decoder) fields(n *node, prefix string, set func(key string, v *node) bool) {
	for i := 0; i+1 < len(n.content); i += 2 {
		k, v := n.content[i], n.content[i+1]
		if k.kind != yaml.ScalarNode {
			d.fail(k, prefix, "a field name must be a plain word")
			continue
		}
		if prev := findKey(n.content[:i], k.value); prev != nil {
			d.fail(k, join(prefix, k.value), "field given twice (first at line %d)", prev.line)
			continue
		}
		if !set(k.value, v) {
			d.fail(k, prefix, "unknown field %q", k.value)
		}
	}
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// findKey returns the key node named key among the pairs of content.
func findKey(content []*node, key string) *node {
	for i := 0; i+1 < len(content); i += 2 {
		if content[i].value == key && content[i].kind == yaml.ScalarNode {
			return content[i]
		}
	}
	return nil
}

// findField returns the node of a field path like "roles[0].from" in entry
// n, or the closest enclosing node there is, for the line of a message.
func findField(n *node, path string) *node {
	for path != "" && n.kind == yaml.MappingNode {
		head, rest, _ := strings.Cut(path, ".")
		index := -1
		if open := strings.IndexByte(head, '['); open > 0 && strings.HasSuffix(head, "]") {
			fmt.Sscanf(head[open+1:len(head)-1], "%d", &index)
			head = head[:open]
		}
		var value *node
		for i := 0; i+1 < len(n.content); i += 2 {
			if n.content[i].value == head {
				value = n.content[i+1]
			}
		}
		if value == nil {
			return n
		}
		n = value
		if index >= 0 {
			if n.kind != yaml.SequenceNode || index >= len(n.content) {
				return n
			}
			n = n.content[index]
		}
		path = rest
	}
	return n
}

func isNull(n *node) bool {
	if n.kind != yaml.ScalarNode || n.style != 0 {
		return false
	}
	switch n.value {
	case "", "~", "null", "Null", "NULL":
		return true
	}
	return false
}

// An empty field (null) is an absent one: str, list, roles and date give the
// zero value for it.

// prefix and key make the field's path for messages, joined only when
// there is one to give.

func (d *decoder) str(n *node, prefix, key string) string {
	if isNull(n) {
		return ""
	}
	if n.kind != yaml.ScalarNode {
		d.fail(n, join(prefix, key), "want a single value, got %s", kindName(n))
		return ""
	}
	return strings.TrimSpace(n.value)
}

// list reads a sequence of strings; a single string is a list of one.
func (d *decoder) list(n *node, prefix, key string) []string {
	field := join(prefix, key)
	if isNull(n) {
		return nil
	}
	if n.kind == yaml.ScalarNode {
		return []string{strings.TrimSpace(n.value)}
	}
	if n.kind != yaml.SequenceNode {
		d.fail(n, field, "want a list of names, got %s", kindName(n))
		return nil
	}
	out := make([]string, 0, len(n.content))
	for i, c := range n.content {
		if c.kind != yaml.ScalarNode {
			d.fail(c, fmt.Sprintf("%s[%d]", field, i), "want a name, got %s", kindName(c))
			continue
		}
		s := strings.TrimSpace(c.value)
		if s == "" {
			d.fail(c, fmt.Sprintf("%s[%d]", field, i), "empty name")
			continue
		}
		out = append(out, s)
	}
	return out
}

func (d *decoder) roles(n *node) (roles []Role, lines []int) {
	if isNull(n) {
		return nil, nil
	}
	if n.kind != yaml.SequenceNode {
		d.fail(n, "roles", "want a list of roles, got %s", kindName(n))
		return nil, nil
	}
	roles = make([]Role, 0, len(n.content))
	lines = make([]int, 0, len(n.content))
	for i, c := range n.content {
		prefix := "roles[" + strconv.Itoa(i) + "]"
		if c.kind != yaml.MappingNode {
			d.fail(c, prefix, "want a mapping of role fields, got %s", kindName(c))
			continue
		}
		var r Role
		d.fields(c, prefix, func(key string, v *node) bool {
			switch key {
			case "title":
				r.Title = d.str(v, prefix, key)
			case "country":
				r.Country = d.str(v, prefix, key)
			case "org":
				r.Org = d.str(v, prefix, key)
			case "from":
				r.From = d.date(v, prefix, key)
			case "to":
				r.To = d.date(v, prefix, key)
			default:
				return false
			}
			return true
		})
		roles = append(roles, r)
		lines = append(lines, c.line)
	}
	return roles, lines
}

func (d *decoder) date(n *node, prefix, key string) time.Time {
	s := d.str(n, prefix, key)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		d.fail(n, join(prefix, key), "cannot parse %q as a date (YYYY-MM-DD)", s)
		return time.Time{}
	}
	return t
}

func kindName(n *node) string {
	switch n.kind {
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.value)
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

// problem is a failed check of a decoded actor.
type problem struct{ field, msg string }

// check validates an actor on its own: everything but uniqueness and
// references to other actors.
func (t *titles) check(a *Actor) []problem {
	var ps []problem
	add := func(field, format string, args ...any) {
		ps = append(ps, problem{field, fmt.Sprintf(format, args...)})
	}
	switch {
	case a.ID == "":
		add("", "missing id")
	case !isSlug(a.ID):
		add("id", "%q is not a slug of [a-z0-9-]", a.ID)
	}
	if a.Name == "" {
		add("name", "missing name")
	}
	switch a.Type {
	case State, Person, Organization, Group:
	case "":
		add("", "missing type (state, person, organization or group)")
	default:
		add("type", "unknown type %q (want state, person, organization or group)", a.Type)
	}
	if a.Country != "" && !isCountryCode(a.Country) {
		add("country", "%q is not an ISO 3166-1 alpha-3 code (three capital letters)", a.Country)
	}
	if a.Type == State && a.Country == "" {
		add("", "a state needs its country code")
	}
	if a.Based != "" && !isCountryCode(a.Based) {
		add("based", "%q is not an ISO 3166-1 alpha-3 code (three capital letters)", a.Based)
	}
	if a.Wikidata != "" && !isWikidataID(a.Wikidata) {
		add("wikidata", "%q is not a Wikidata id (Q and digits)", a.Wikidata)
	}
	if a.Type != State {
		if len(a.Nisba) > 0 {
			add("nisba", "only states have a nisba")
		}
		if len(a.Metonyms) > 0 {
			add("metonyms", "only states have metonyms")
		}
	}
	if a.Type != Person && len(a.Roles) > 0 {
		add("roles", "only people hold roles")
	}
	for i, r := range a.Roles {
		p := fmt.Sprintf("roles[%d]", i)
		switch {
		case r.Title == "":
			add(p, "missing title")
		case !t.isOffice(r.Title):
			add(p+".title", "unknown title %q (see titles.yaml)", r.Title)
		}
		switch {
		case r.Country == "" && r.Org == "":
			add(p, "needs country (a national office) or org (an organization's)")
		case r.Country != "" && r.Org != "":
			add(p, "has both country and org; an office belongs to one of them")
		case r.Country != "" && !isCountryCode(r.Country):
			add(p+".country", "%q is not an ISO 3166-1 alpha-3 code (three capital letters)", r.Country)
		case r.Org != "" && !isSlug(r.Org):
			add(p+".org", "%q is not an actor id", r.Org)
		}
		if !r.From.IsZero() && !r.To.IsZero() && !r.From.Before(r.To) {
			add(p+".to", "%s is not after from %s", r.To.Format(dateLayout), r.From.Format(dateLayout))
		}
	}
	return ps
}

func isSlug(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func isCountryCode(s string) bool {
	return len(s) == 3 && isUpper(s[0]) && isUpper(s[1]) && isUpper(s[2])
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func isWikidataID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
