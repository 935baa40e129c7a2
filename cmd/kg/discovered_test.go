package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiscoveredPeople: a person an article introduces by title and name is
// stored by the build, listed by kg actors (and not counted as the
// lexicon's coverage), and can be asked about by name.
func TestDiscoveredPeople(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	writeFile(t, filepath.Join(dir, "a.txt"), "الخميس، 4 مايو 2023\n"+
		"أجرى وزير الدفاع السوري سليم حداد محادثات مع نظيره الروسي في موسكو.\n"+
		"وقال حداد إن بلاده تدعم روسيا.\n")
	kg(t, "build", "--db", db, filepath.Join(dir, "a.txt"))

	var out struct {
		Coverage struct{ People int } `json:"coverage"`
		Actors   []struct {
			ID, Country string
			Triples     int
		} `json:"actors"`
	}
	if err := json.Unmarshal([]byte(kg(t, "actors", "--db", db, "--json")), &out); err != nil {
		t.Fatal(err)
	}
	// The id spells the name in Latin letters; how is the extractor's
	// business, so only its state's suffix and its family name are asked.
	var found string
	for _, a := range out.Actors {
		if strings.HasSuffix(a.ID, "-hdad-syr") && a.Country == "SYR" && a.Triples > 0 {
			found = a.ID
		}
	}
	if found == "" {
		t.Errorf("kg actors does not list the introduced minister with his triples")
	}
	var bare struct {
		Coverage struct{ People int } `json:"coverage"`
	}
	if err := json.Unmarshal([]byte(kg(t, "actors", "--json")), &bare); err != nil {
		t.Fatal(err)
	}
	if out.Coverage.People != bare.Coverage.People {
		t.Errorf("coverage counts discovered people: %d with the store, %d without", out.Coverage.People, bare.Coverage.People)
	}
	if found == "" {
		return
	}
	if nb := kg(t, "neighbors", "--db", db, found); !strings.Contains(nb, "consult") {
		t.Errorf("neighbors of the introduced minister:\n%s", nb)
	}
}
