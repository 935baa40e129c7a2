package graph

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/actor"
)

// Edge colours by the sign of the relation's Goldstein weight.
const (
	colourCooperation = "#2e7d32"
	colourConflict    = "#c62828"
	colourNeutral     = "#9e9e9e"
)

// WriteDOT writes the graph in Graphviz's DOT language: nodes labelled with
// their English and Arabic names and shaped by type (state box, person
// ellipse, organization hexagon, group diamond), edges labelled with the
// relation and its mentions, green for cooperation and red for conflict,
// thicker the more they are mentioned; symmetric relations have no arrow.
//
// gonum's encoding/dot is not used: it quotes with Go's escapes (\u202b,
// \x00), which Graphviz does not read, and it passes strings that look like
// <HTML> unquoted, which Graphviz would render as HTML labels.
func (g *Graph) WriteDOT(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph kg {\n\tgraph [charset=\"UTF-8\", overlap=false, splines=true];\n")
	bw.WriteString("\tnode [fontsize=11];\n\tedge [fontsize=9];\n")
	for i, n := range g.nodes {
		label := dotText(n.Name)
		if ar := dotText(n.Arabic); ar != "" && ar != label {
			label += `\n` + ar
		}
		fmt.Fprintf(bw, "\tn%d [label=\"%s\", shape=%s, tooltip=\"%s\"];\n", i, label, dotShape(n.Type), dotText(n.ID))
	}
	for _, e := range g.edges {
		fmt.Fprintf(bw, "\tn%d -> n%d [label=\"%s (%d)\", color=\"%s\", fontcolor=\"%s\", penwidth=%.2f",
			e.from, e.to, dotText(string(e.key.rel)), e.mentions, dotColour(e), dotColour(e), dotPenwidth(e.mentions))
		if e.key.rel.Symmetric() {
			bw.WriteString(", dir=none")
		}
		bw.WriteString("];\n")
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

func dotShape(t actor.Type) string {
	switch t {
	case actor.State:
		return "box"
	case actor.Organization:
		return "hexagon"
	case actor.Group:
		return "diamond"
	}
	return "ellipse"
}

func dotColour(e *edge) string {
	switch w := Weight(e.key.rel); {
	case w > 0:
		return colourCooperation
	case w < 0:
		return colourConflict
	}
	return colourNeutral
}

// dotPenwidth grows with the logarithm of the mentions, so that a pair in
// every day's news does not blot out the rest.
func dotPenwidth(mentions int) float64 {
	return min(1+math.Log2(float64(max(mentions, 1))), 8)
}

// dotText makes s safe inside a double-quoted DOT string used as an
// escString (label, tooltip): invisible format characters (bidi marks,
// zero-width joiners, category Cf) are dropped, other control characters
// become spaces, a newline becomes Graphviz's \n line break, and quotes,
// backslashes and ampersands (which Graphviz reads as HTML entities) are
// escaped.
func dotText(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '&':
			b.WriteString("&amp;")
		case unicode.Is(unicode.Cf, r):
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
