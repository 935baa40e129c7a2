package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// xmlWriter writes XML by hand, escaping every string with
// encoding/xml, which also replaces characters XML 1.0 forbids.
type xmlWriter struct {
	*bufio.Writer
}

// attr writes ` name="value"`.
func (x xmlWriter) attr(name, value string) {
	x.WriteByte(' ')
	x.WriteString(name)
	x.WriteString(`="`)
	xml.EscapeText(x, []byte(value)) // escapes quotes, <, &, tabs and newlines; errors surface at Flush
	x.WriteByte('"')
}

func (x xmlWriter) text(s string) { xml.EscapeText(x, []byte(s)) }

// xmlKey is an attribute of nodes or edges, typed as GraphML names types.
type xmlKey struct{ name, domain, typ string }

// xmlKeys are the attributes both XML formats write. GEXF has its own
// fields for the actor id and label, and calls an int an "integer".
var xmlKeys = []xmlKey{
	{"actor", "node", "string"},
	{"label", "node", "string"},
	{"arabic", "node", "string"},
	{"type", "node", "string"},
	{"country", "node", "string"},
	{"state", "node", "string"},
	{"relation", "edge", "string"},
	{"mentions", "edge", "int"},
	{"articles", "edge", "int"},
	{"first", "edge", "string"},
	{"last", "edge", "string"},
	{"goldstein", "edge", "double"},
}

// WriteGraphML writes the graph as GraphML for Gephi and yEd, with its keys
// declared. GraphML node ids must be XML name tokens, so nodes are n0, n1,
// … and the actor id is the "actor" attribute. Symmetric relations are
// edges with directed="false".
func (g *Graph) WriteGraphML(w io.Writer) error {
	x := xmlWriter{bufio.NewWriter(w)}
	x.WriteString(xml.Header)
	x.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range xmlKeys {
		x.WriteString("  <key")
		x.attr("id", k.name)
		x.attr("for", k.domain)
		x.attr("attr.name", k.name)
		x.attr("attr.type", k.typ)
		x.WriteString("/>\n")
	}
	x.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	data := func(key, value string) {
		if value == "" {
			return
		}
		x.WriteString(`      <data key="` + key + `">`)
		x.text(value)
		x.WriteString("</data>\n")
	}
	for i, n := range g.nodes {
		x.WriteString("    <node")
		x.attr("id", "n"+strconv.Itoa(i))
		x.WriteString(">\n")
		data("actor", n.ID)
		data("label", n.Name)
		data("arabic", n.Arabic)
		data("type", string(n.Type))
		data("country", n.Country)
		data("state", n.State)
		x.WriteString("    </node>\n")
	}
	for i, e := range g.edges {
		x.WriteString("    <edge")
		x.attr("id", "e"+strconv.Itoa(i))
		x.attr("source", "n"+strconv.Itoa(e.from))
		x.attr("target", "n"+strconv.Itoa(e.to))
		if e.key.rel.Symmetric() {
			x.attr("directed", "false")
		}
		x.WriteString(">\n")
		data("relation", string(e.key.rel))
		data("mentions", strconv.Itoa(e.mentions))
		data("articles", strconv.Itoa(len(e.articles)))
		data("first", day(e.first))
		data("last", day(e.last))
		data("goldstein", strconv.FormatFloat(Weight(e.key.rel), 'g', -1, 64))
		x.WriteString("    </edge>\n")
	}
	x.WriteString("  </graph>\n</graphml>\n")
	if err := x.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// WriteGEXF writes the graph as GEXF 1.3 for Gephi: nodes keyed by actor id
// and labelled with the English name, edges labelled with the relation and
// weighted by mentions, every other field an attribute. Symmetric relations
// are edges of type "undirected".
func (g *Graph) WriteGEXF(w io.Writer) error {
	x := xmlWriter{bufio.NewWriter(w)}
	x.WriteString(xml.Header)
	x.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	x.WriteString("  <meta>\n    <creator>kg</creator>\n    <description>actors and their diplomatic relations</description>\n  </meta>\n")
	x.WriteString(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	for _, class := range []string{"node", "edge"} {
		x.WriteString(`    <attributes class="` + class + `">` + "\n")
		for _, a := range xmlKeys {
			if a.domain != class || a.name == "actor" || a.name == "label" {
				continue
			}
			typ := a.typ
			if typ == "int" {
				typ = "integer"
			}
			x.WriteString("      <attribute")
			x.attr("id", a.name)
			x.attr("title", a.name)
			x.attr("type", typ)
			x.WriteString("/>\n")
		}
		x.WriteString("    </attributes>\n")
	}
	attvalues := func(kv ...string) {
		x.WriteString("        <attvalues>\n")
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] == "" {
				continue
			}
			x.WriteString("          <attvalue")
			x.attr("for", kv[i])
			x.attr("value", kv[i+1])
			x.WriteString("/>\n")
		}
		x.WriteString("        </attvalues>\n")
	}
	x.WriteString("    <nodes>\n")
	for _, n := range g.nodes {
		x.WriteString("      <node")
		x.attr("id", n.ID)
		x.attr("label", n.Name)
		x.WriteString(">\n")
		attvalues("arabic", n.Arabic, "type", string(n.Type), "country", n.Country, "state", n.State)
		x.WriteString("      </node>\n")
	}
	x.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range g.edges {
		x.WriteString("      <edge")
		x.attr("id", strconv.Itoa(i))
		x.attr("source", e.key.from)
		x.attr("target", e.key.to)
		if e.key.rel.Symmetric() {
			x.attr("type", "undirected")
		}
		x.attr("label", string(e.key.rel))
		x.attr("weight", strconv.Itoa(e.mentions))
		x.WriteString(">\n")
		attvalues("relation", string(e.key.rel), "mentions", strconv.Itoa(e.mentions),
			"articles", strconv.Itoa(len(e.articles)), "first", day(e.first), "last", day(e.last),
			"goldstein", strconv.FormatFloat(Weight(e.key.rel), 'g', -1, 64))
		x.WriteString("      </edge>\n")
	}
	x.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := x.Flush(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}
