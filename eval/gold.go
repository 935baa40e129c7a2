// Package eval scores extracted triples against hand-made reference triples,
// as the gold standard's README defines it: per-article sets of
// (subject, relation, object), symmetric labels compared unordered, optional
// reference triples neither required nor errors, at the entity level and at
// the country level.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"kg/extract"
)

// Gold is one reference triple.
type Gold struct {
	Doc      string
	S, O     []string // canonical names; any of them is right
	Rel      extract.Relation
	Optional bool
	Evidence string
	Line     int  // line in the gold file, for reports
	None     bool // the article has no triple at all: it is scored, and anything found there is wrong
}

// names accepts a JSON string or a list of strings.
type names []string

func (n *names) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*n = names{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("want a name or a list of names, got %s", b)
	}
	*n = many
	return nil
}

// ReadGold reads reference triples in JSON lines; name is used in errors.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var g struct {
			Doc      string           `json:"doc"`
			S        names            `json:"s"`
			Rel      extract.Relation `json:"rel"`
			O        names            `json:"o"`
			Optional bool             `json:"optional"`
			Ev       string           `json:"ev"`
			None     bool             `json:"none"`
		}
		if err := json.Unmarshal([]byte(text), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		switch {
		case g.Doc == "":
			return nil, fmt.Errorf("%s:%d: missing \"doc\"", name, line)
		case g.None && (len(g.S) > 0 || len(g.O) > 0 || g.Rel != ""):
			return nil, fmt.Errorf("%s:%d: a \"none\" line has no triple", name, line)
		case g.None:
			out = append(out, Gold{Doc: g.Doc, None: true, Line: line})
			continue
		case len(g.S) == 0 || len(g.O) == 0:
			return nil, fmt.Errorf("%s:%d: missing \"s\" or \"o\"", name, line)
		case !g.Rel.Valid():
			return nil, fmt.Errorf("%s:%d: unknown relation %q", name, line, g.Rel)
		}
		out = append(out, Gold{Doc: g.Doc, S: g.S, O: g.O, Rel: g.Rel, Optional: g.Optional, Evidence: g.Ev, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

// Docs returns the distinct article ids of the gold triples, in file order.
func Docs(gold []Gold) []string {
	seen := map[string]bool{}
	var out []string
	for _, g := range gold {
		if !seen[g.Doc] {
			seen[g.Doc] = true
			out = append(out, g.Doc)
		}
	}
	return out
}
