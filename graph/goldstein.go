package graph

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"kg/extract"
)

//go:embed goldstein.tsv
var goldsteinTSV string

// goldstein is parsed once from the embedded table and never written after.
var goldstein = mustParseGoldstein(goldsteinTSV)

// Weight returns the relation's place on the Goldstein cooperation–conflict
// scale, from -10 (most conflictual) to +10 (most cooperative), taken from the
// CAMEO code the relation corresponds to (see goldstein.tsv). An unknown
// relation weighs 0.
func Weight(r extract.Relation) float64 { return goldstein[r] }

func mustParseGoldstein(tsv string) map[extract.Relation]float64 {
	m, err := parseGoldstein(tsv)
	if err != nil {
		// The table is embedded at build time; a bad one is a programming error.
		panic(err)
	}
	return m
}

func parseGoldstein(tsv string) (map[extract.Relation]float64, error) {
	m := make(map[extract.Relation]float64)
	for i, line := range strings.Split(tsv, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("goldstein.tsv line %d: want label<TAB>weight<TAB>source", i+1)
		}
		r := extract.Relation(f[0])
		if !r.Valid() {
			return nil, fmt.Errorf("goldstein.tsv line %d: unknown relation %q", i+1, f[0])
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil || w < -10 || w > 10 {
			return nil, fmt.Errorf("goldstein.tsv line %d: weight %q is not a number in [-10, 10]", i+1, f[1])
		}
		m[r] = w
	}
	return m, nil
}
