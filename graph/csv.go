package graph

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// WriteCSV writes the nodes and the edges as two CSV tables with the column
// names Gephi's spreadsheet import recognises:
//
//	nodes: id,label,arabic,type,country,state
//	edges: source,target,type,relation,weight,articles,first,last,goldstein
//
// where an edge's type is "Directed" or "Undirected" and its weight the
// mentions. Cells are written verbatim: a spreadsheet opening them should
// be told not to evaluate cells that start with = or +.
func (g *Graph) WriteCSV(nodesW, edgesW io.Writer) error {
	nw := csv.NewWriter(nodesW)
	nw.Write([]string{"id", "label", "arabic", "type", "country", "state"})
	for _, n := range g.nodes {
		nw.Write([]string{n.ID, n.Name, n.Arabic, string(n.Type), n.Country, n.State})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	ew := csv.NewWriter(edgesW)
	ew.Write([]string{"source", "target", "type", "relation", "weight", "articles", "first", "last", "goldstein"})
	for _, e := range g.edges {
		typ := "Directed"
		if e.key.rel.Symmetric() {
			typ = "Undirected"
		}
		ew.Write([]string{e.key.from, e.key.to, typ, string(e.key.rel), strconv.Itoa(e.mentions),
			strconv.Itoa(len(e.articles)), day(e.first), day(e.last),
			strconv.FormatFloat(Weight(e.key.rel), 'g', -1, 64)})
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}
