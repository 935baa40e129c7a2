package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"

	"kg/arabic"
)

// TestDataListsHaveNoRepeats checks the word lists of data/*.yaml for an
// entry written twice, also in two spellings that normalize alike («إن»
// and «أن»): words are matched normalized, so a repeat changes nothing the
// extractor does, but it is the mark of two edits of one list merged by
// hand, where one side's change may have been lost, or of a spelling
// thought to be told apart that is not.
func TestDataListsHaveNoRepeats(t *testing.T) {
	files, err := filepath.Glob("data/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files found (%v)", err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, r := range repeats(&doc, "") {
			t.Errorf("%s: %s", file, r)
		}
	}
}

// repeats lists the scalars that occur twice in one sequence under n,
// each with its key path and line.
func repeats(n *yaml.Node, path string) []string {
	var out []string
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			out = append(out, repeats(c, path)...)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			out = append(out, repeats(n.Content[i+1], path+"/"+n.Content[i].Value)...)
		}
	case yaml.SequenceNode:
		seen := map[string]int{}
		for i, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				out = append(out, repeats(c, fmt.Sprintf("%s[%d]", path, i))...)
				continue
			}
			key := arabic.Normalize(c.Value)
			if line, ok := seen[key]; ok {
				out = append(out, fmt.Sprintf("%s: %q on line %d repeats line %d (normalized %q)", path, c.Value, c.Line, line, key))
				continue
			}
			seen[key] = c.Line
		}
	}
	return out
}
