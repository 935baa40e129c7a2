package graph

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WriteNQuads writes the graph as RDF N-Quads that Dgraph's live loader
// accepts. Each actor is a blank node _:<id> with the predicates xid (its
// id), name, name@ar (the Arabic name as a literal tagged @ar), type and
// country; each aggregated edge is one quad <subject> <relation> <object>
// without facets, and a symmetric relation is written both ways so that it
// can be followed from either end. Blank node labels keep the id's letters,
// digits and hyphens and escape any other byte as _XX.
func (g *Graph) WriteNQuads(w io.Writer) error {
	bw := bufio.NewWriter(w)
	literal := func(subject, predicate, value, lang string) {
		if value == "" {
			return
		}
		bw.WriteString(subject + " <" + predicate + "> " + nquadString(value))
		if lang != "" {
			bw.WriteString("@" + lang)
		}
		bw.WriteString(" .\n")
	}
	for _, n := range g.nodes {
		b := blankNode(n.ID)
		literal(b, "xid", n.ID, "")
		literal(b, "name", n.Name, "")
		literal(b, "name", n.Arabic, "ar")
		literal(b, "type", string(n.Type), "")
		literal(b, "country", n.Country, "")
	}
	for _, e := range g.edges {
		s, o := blankNode(e.key.from), blankNode(e.key.to)
		bw.WriteString(s + " <" + string(e.key.rel) + "> " + o + " .\n")
		if e.key.rel.Symmetric() {
			bw.WriteString(o + " <" + string(e.key.rel) + "> " + s + " .\n")
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	return nil
}

// blankNode returns a blank node label for an actor id. The mapping is
// one-to-one because an underscore always starts an escape.
func blankNode(id string) string {
	var b strings.Builder
	b.WriteString("_:")
	if id == "" {
		b.WriteString("_")
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' && i > 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "_%02X", c)
		}
	}
	return b.String()
}

// nquadString quotes s as an N-Quads string literal: quotes, backslashes and
// line breaks get their ECHAR escapes, other control and invisible format
// characters a \uXXXX escape, invalid UTF-8 becomes U+FFFD.
func nquadString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			if r > 0xFFFF {
				fmt.Fprintf(&b, `\U%08X`, r)
			} else {
				fmt.Fprintf(&b, `\u%04X`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
