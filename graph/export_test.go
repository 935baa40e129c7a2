package graph

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"kg/actor"
	"kg/extract"
)

const (
	evilID     = "evil\"<actor>&"
	putinAr    = "فلاديمير بوتين"
	evilLabel  = "Evil \"Q\" \\ <b>&amp;</b>" // first line of the hostile name, Cf removed
	fixedLinks = 12
	fixedNodes = 12
)

func evilName(t *testing.T, g *Graph) string {
	t.Helper()
	n, ok := g.Node(evilID)
	if !ok || !strings.Contains(n.Name, "\u202e") {
		t.Fatal("fixture lacks the hostile actor")
	}
	return n.Name
}

func write(t *testing.T, f func(io.Writer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkDOT checks the DOT structure without Graphviz: every line is a
// whole statement, quotes are balanced and strings hold no raw line break.
func checkDOT(dot string) error {
	lines := strings.Split(strings.TrimSuffix(dot, "\n"), "\n")
	if len(lines) < 2 || lines[0] != "digraph kg {" || lines[len(lines)-1] != "}" {
		return errors.New("not a digraph block")
	}
	for i, line := range lines[1 : len(lines)-1] {
		if !strings.HasPrefix(line, "\t") || !strings.HasSuffix(line, ";") {
			return fmt.Errorf("line %d %q is not a statement", i+2, line)
		}
		in, escaped, brackets := false, false, 0
		for _, r := range line {
			switch {
			case escaped:
				escaped = false
			case in && r == '\\':
				escaped = true
			case r == '"':
				in = !in
			case !in && r == '[':
				brackets++
			case !in && r == ']':
				brackets--
			case !in && (r == '{' || r == '}'):
				return fmt.Errorf("line %d: brace outside a string", i+2)
			}
		}
		if in || escaped || brackets != 0 {
			return fmt.Errorf("line %d %q: unbalanced quotes or brackets", i+2, line)
		}
	}
	return nil
}

func TestWriteDOT(t *testing.T) {
	g := build(t, Filter{})
	dot := write(t, g.WriteDOT)
	if err := checkDOT(string(dot)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"shape=box", "shape=ellipse", "shape=hexagon", "shape=diamond",
		`label="consult (3)"`, colourCooperation, colourConflict, "dir=none"} {
		if !bytes.Contains(dot, []byte(want)) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if bytes.ContainsRune(dot, '\u202e') || bytes.ContainsRune(dot, '\u200f') {
		t.Error("DOT keeps bidi controls")
	}

	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz dot not installed (apt-get install -y graphviz): rendering not checked")
	}
	cmd := exec.Command("dot", "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v: %s", err, stderr.String())
	}
	var texts []string
	dec := xml.NewDecoder(bytes.NewReader(svg))
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "text"
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if inText {
				texts = append(texts, string(tok))
			}
		}
	}
	for _, want := range []string{putinAr, "Vladimir Putin", evilLabel, "consult (3)"} {
		if !slices.Contains(texts, want) {
			t.Errorf("SVG has no label %q", want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	g := build(t, Filter{})
	var doc struct {
		Nodes []struct{ ID, Name, Arabic, Type, Country string } `json:"nodes"`
		Links []struct {
			Source, Target, Relation string
			Mentions, Articles       int
			First, Last              *string
			Weight                   float64
		} `json:"links"`
	}
	if err := json.Unmarshal(write(t, g.WriteJSON), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Nodes) != fixedNodes || len(doc.Links) != fixedLinks {
		t.Fatalf("%d nodes, %d links; want %d, %d", len(doc.Nodes), len(doc.Links), fixedNodes, fixedLinks)
	}
	found := 0
	for _, l := range doc.Links {
		switch {
		case l.Source == "recep-tayyip-erdogan" && l.Target == "vladimir-putin":
			found++
			if l.Relation != "consult" || l.Mentions != 3 || l.Articles != 2 || *l.First != "2024-01-10" || *l.Last != "2024-01-11" || l.Weight != Weight(extract.Consult) {
				t.Errorf("consult link = %+v", l)
			}
		case l.Source == "iran" && l.Target == "hayat-tahrir-al-sham":
			found++
			if l.First != nil || l.Last != nil {
				t.Error("undated link has dates")
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of the 2 checked links", found)
	}
	for _, n := range doc.Nodes {
		if n.ID == evilID && n.Name != evilName(t, g) {
			t.Errorf("hostile name came back as %q", n.Name)
		}
	}
}

var isDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func TestWriteJSONL(t *testing.T) {
	_, triples := fixture(t)
	for _, level := range []string{LevelPerson, LevelCountry} {
		t.Run(level, func(t *testing.T) {
			g := build(t, Filter{Level: level})
			out := write(t, g.WriteJSONL)
			lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
			want := len(triples)
			if level == LevelCountry {
				want-- // Lavrov meeting Putin is inside Russia
			}
			if len(lines) != want {
				t.Fatalf("%d lines, want %d", len(lines), want)
			}
			undated := 0
			for i, line := range lines {
				var m map[string]json.RawMessage
				if err := json.Unmarshal([]byte(line), &m); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				keys := slices.Sorted(maps.Keys(m))
				base := []string{"confidence", "doc", "object", "relation", "sentence", "span", "subject", "trigger"}
				if !slices.Equal(keys, base) {
					if !slices.Equal(keys, slices.Sorted(slices.Values(append(base, "date")))) {
						t.Fatalf("line %d keys %v", i+1, keys)
					}
				} else {
					undated++
				}
				var tr struct {
					Doc               string
					Subject, Object   map[string]string
					Relation, Date    string
					Span              []int
					Confidence        float64
					Sentence, Trigger string
				}
				if err := json.Unmarshal([]byte(line), &tr); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				for _, a := range []map[string]string{tr.Subject, tr.Object} {
					if len(a) != 4 || a["id"] == "" || a["name"] == "" {
						t.Errorf("line %d actor %v: want id, name, type, country", i+1, a)
					}
					if _, ok := g.Node(a["id"]); !ok {
						t.Errorf("line %d names %q, not a node of the graph", i+1, a["id"])
					}
				}
				if len(tr.Span) != 2 || tr.Span[0] >= tr.Span[1] || tr.Date != "" && !isDay.MatchString(tr.Date) || tr.Doc == "" {
					t.Errorf("line %d: span %v date %q doc %q", i+1, tr.Span, tr.Date, tr.Doc)
				}
			}
			if undated != 1 {
				t.Errorf("%d lines without date, want 1", undated)
			}
		})
	}
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Type string `xml:"type,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string    `xml:"id,attr"`
			Data []xmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source   string    `xml:"source,attr"`
			Target   string    `xml:"target,attr"`
			Directed string    `xml:"directed,attr"`
			Data     []xmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func dataOf(d []xmlData) map[string]string {
	m := make(map[string]string)
	for _, x := range d {
		m[x.Key] = x.Value
	}
	return m
}

func TestWriteGraphML(t *testing.T) {
	g := build(t, Filter{})
	var doc graphML
	if err := xml.Unmarshal(write(t, g.WriteGraphML), &doc); err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	for _, k := range doc.Keys {
		declared[k.ID] = true
	}
	if len(doc.Graph.Nodes) != fixedNodes || len(doc.Graph.Edges) != fixedLinks {
		t.Fatalf("%d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	byNode := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		d := dataOf(n.Data)
		for k := range d {
			if !declared[k] {
				t.Errorf("undeclared key %q", k)
			}
		}
		byNode[n.ID] = d["actor"]
		if d["actor"] == evilID && d["label"] != evilName(t, g) {
			t.Errorf("hostile name came back as %q", d["label"])
		}
		if d["actor"] == "vladimir-putin" && (d["arabic"] != putinAr || d["type"] != "person" || d["state"] != "russia") {
			t.Errorf("putin = %v", d)
		}
	}
	consults := 0
	for _, e := range doc.Graph.Edges {
		d := dataOf(e.Data)
		if d["relation"] == "consult" {
			consults++
			if e.Directed != "false" {
				t.Error("consult edge is directed")
			}
		}
		if byNode[e.Source] == "russia" && d["relation"] == "attack" && (d["mentions"] != "2" || d["goldstein"] != "-10" || byNode[e.Target] != "hayat-tahrir-al-sham") {
			t.Errorf("attack edge = %v", d)
		}
	}
	if consults != 2 {
		t.Errorf("%d consult edges, want 2", consults)
	}
}

type gexf struct {
	Version string `xml:"version,attr"`
	Graph   struct {
		Attributes []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID string `xml:"id,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string     `xml:"id,attr"`
			Label  string     `xml:"label,attr"`
			Values []gexfAttr `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			Source string     `xml:"source,attr"`
			Target string     `xml:"target,attr"`
			Type   string     `xml:"type,attr"`
			Label  string     `xml:"label,attr"`
			Weight float64    `xml:"weight,attr"`
			Values []gexfAttr `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfAttr struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

func TestWriteGEXF(t *testing.T) {
	g := build(t, Filter{})
	var doc gexf
	if err := xml.Unmarshal(write(t, g.WriteGEXF), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "1.3" || len(doc.Graph.Nodes) != fixedNodes || len(doc.Graph.Edges) != fixedLinks {
		t.Fatalf("version %q, %d nodes, %d edges", doc.Version, len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	declared := map[string]bool{}
	for _, a := range doc.Graph.Attributes {
		for _, x := range a.Attrs {
			declared[a.Class+"/"+x.ID] = true
		}
	}
	for _, n := range doc.Graph.Nodes {
		for _, v := range n.Values {
			if !declared["node/"+v.For] {
				t.Errorf("undeclared node attribute %q", v.For)
			}
			if n.ID == "vladimir-putin" && v.For == "arabic" && v.Value != putinAr {
				t.Errorf("putin's arabic = %q", v.Value)
			}
		}
		if n.ID == evilID && n.Label != evilName(t, g) {
			t.Errorf("hostile name came back as %q", n.Label)
		}
	}
	for _, e := range doc.Graph.Edges {
		for _, v := range e.Values {
			if !declared["edge/"+v.For] {
				t.Errorf("undeclared edge attribute %q", v.For)
			}
		}
		if e.Source == "recep-tayyip-erdogan" && (e.Label != "consult" || e.Weight != 3 || e.Type != "undirected") {
			t.Errorf("consult edge = %+v", e)
		}
		if e.Label == "attack" && e.Type != "" {
			t.Errorf("attack edge type %q, want the directed default", e.Type)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	g := build(t, Filter{})
	var nodes, edges bytes.Buffer
	if err := g.WriteCSV(&nodes, &edges); err != nil {
		t.Fatal(err)
	}
	nr, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	er, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(nr) != fixedNodes+1 || len(er) != fixedLinks+1 {
		t.Fatalf("%d node rows, %d edge rows", len(nr), len(er))
	}
	if !slices.Equal(nr[0], []string{"id", "label", "arabic", "type", "country", "state"}) || er[0][0] != "source" {
		t.Errorf("headers %v / %v", nr[0], er[0])
	}
	for _, row := range nr[1:] {
		if row[0] == evilID && row[1] != evilName(t, g) {
			t.Errorf("hostile name came back as %q", row[1])
		}
	}
	for _, row := range er[1:] {
		if row[3] == "consult" && row[2] != "Undirected" || row[3] == "attack" && (row[2] != "Directed" || row[4] != "2") {
			t.Errorf("edge row %v", row)
		}
	}
}

var (
	nqBlank = `_:[A-Za-z0-9_][A-Za-z0-9_-]*`
	nqLine  = regexp.MustCompile(`^(` + nqBlank + `) <([a-z]+)> (` + nqBlank +
		`|("(?:[^"\\\n\r]|\\[tnr"\\]|\\u[0-9A-F]{4}|\\U[0-9A-F]{8})*")(@ar)?) \.$`)
)

// checkNQuads checks each line's shape and returns the literals by
// subject and predicate.
func checkNQuads(nq string) (map[[2]string]string, error) {
	lits := make(map[[2]string]string)
	sc := bufio.NewScanner(strings.NewReader(nq))
	sc.Buffer(nil, 1<<20)
	for i := 1; sc.Scan(); i++ {
		m := nqLine.FindStringSubmatch(sc.Text())
		if m == nil {
			return nil, fmt.Errorf("line %d is not an N-Quad: %q", i, sc.Text())
		}
		if m[4] != "" {
			v, err := strconv.Unquote(m[4])
			if err != nil {
				return nil, fmt.Errorf("line %d literal %s: %v", i, m[4], err)
			}
			lits[[2]string{m[1], m[2] + m[5]}] = v
		}
	}
	return lits, sc.Err()
}

func TestWriteNQuads(t *testing.T) {
	g := build(t, Filter{})
	out := string(write(t, g.WriteNQuads))
	lits, err := checkNQuads(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := lits[[2]string{"_:vladimir-putin", "name@ar"}]; got != putinAr {
		t.Errorf("putin name@ar = %q", got)
	}
	evil := blankNode(evilID)
	if lits[[2]string{evil, "name"}] != evilName(t, g) || lits[[2]string{evil, "xid"}] != evilID {
		t.Errorf("hostile actor came back as %q, %q", lits[[2]string{evil, "name"}], lits[[2]string{evil, "xid"}])
	}
	for _, want := range []string{"_:russia <attack> _:hayat-tahrir-al-sham .",
		"_:recep-tayyip-erdogan <consult> _:vladimir-putin .", "_:vladimir-putin <consult> _:recep-tayyip-erdogan ."} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("missing %s", want)
		}
	}
	if blankNode("a_b") == blankNode("a_5Fb") || blankNode("-x") == blankNode("_2Dx") {
		t.Error("blank node labels collide")
	}
}

// xmlClean is what a string becomes through encoding/xml: bytes that are
// not UTF-8 and characters XML forbids turn into U+FFFD.
func xmlClean(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			b.WriteRune(r)
		} else {
			b.WriteRune(utf8.RuneError)
		}
	}
	return b.String()
}

// jsonClean is what a string becomes through encoding/json.
func jsonClean(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzWriters(f *testing.F) {
	f.Add("x", "Evil \"Q\" \\", "\u202bالشرير\u202c", "line\nbreak & <tag>")
	f.Add("a&b", "\\", "\"", "\\\"")
	f.Add("<n>", "\x00\x1b\r\n\t", "\u200f\u2066", "\xff\xfe")
	f.Add("x y", "}; digraph { a -> b", "]", "\"];\n")
	f.Fuzz(func(t *testing.T, id, name, arabic, sentence string) {
		if id == "" || id == "other" {
			return
		}
		nodes := func(s string) Node {
			if s == id {
				return Node{ID: id, Name: name, Arabic: arabic, Type: actor.Group, Country: name}
			}
			return Node{ID: s, Name: "Other", Type: actor.State}
		}
		b := NewBuilder(nodes, Filter{})
		b.Add(extract.Triple{Subject: id, Relation: extract.Accuse, Object: "other", Article: name, Sentence: sentence, Trigger: arabic})
		b.Add(extract.Triple{Subject: id, Relation: extract.Consult, Object: "other", Article: sentence, Sentence: name})
		g := b.Graph()

		if err := checkDOT(string(write(t, g.WriteDOT))); err != nil {
			t.Errorf("DOT: %v", err)
		}

		var doc struct {
			Nodes []struct{ ID, Name, Arabic string } `json:"nodes"`
		}
		if err := json.Unmarshal(write(t, g.WriteJSON), &doc); err != nil {
			t.Fatalf("JSON: %v", err)
		}
		if !slices.ContainsFunc(doc.Nodes, func(n struct{ ID, Name, Arabic string }) bool {
			return n.ID == jsonClean(id) && n.Name == jsonClean(cmpOr(name, id)) && n.Arabic == jsonClean(arabic)
		}) {
			t.Errorf("JSON nodes %q lack %q/%q", doc.Nodes, id, name)
		}
		for i, line := range strings.Split(strings.TrimSpace(string(write(t, g.WriteJSONL))), "\n") {
			if !json.Valid([]byte(line)) {
				t.Errorf("JSONL line %d invalid: %q", i+1, line)
			}
		}

		var ml graphML
		if err := xml.Unmarshal(write(t, g.WriteGraphML), &ml); err != nil {
			t.Fatalf("GraphML: %v", err)
		}
		ok := false
		for _, n := range ml.Graph.Nodes {
			d := dataOf(n.Data)
			ok = ok || d["actor"] == xmlClean(id) && d["label"] == xmlClean(cmpOr(name, id)) && d["arabic"] == xmlClean(arabic)
		}
		if !ok {
			t.Errorf("GraphML lacks %q/%q", id, name)
		}
		var gx gexf
		if err := xml.Unmarshal(write(t, g.WriteGEXF), &gx); err != nil {
			t.Fatalf("GEXF: %v", err)
		}
		if _, err := checkNQuads(string(write(t, g.WriteNQuads))); err != nil {
			t.Errorf("N-Quads: %v", err)
		}
		var nodesCSV, edgesCSV bytes.Buffer
		if err := g.WriteCSV(&nodesCSV, &edgesCSV); err != nil {
			t.Fatal(err)
		}
		if _, err := csv.NewReader(&nodesCSV).ReadAll(); err != nil {
			t.Errorf("CSV: %v", err)
		}
	})
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func TestDotTextDropsFormatCharacters(t *testing.T) {
	for _, r := range []rune{'\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\u061c'} {
		if !unicode.Is(unicode.Cf, r) {
			t.Fatalf("%U is not Cf", r)
		}
		if got := dotText("a" + string(r) + "b"); got != "ab" {
			t.Errorf("dotText keeps %U: %q", r, got)
		}
	}
}
