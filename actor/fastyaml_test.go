package actor

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameTree reports the first difference between two node trees in what the
// lexicon reader uses: kind, value, quoting style and position.
func sameTree(a, b *node, path string) error {
	const styles = yaml.SingleQuotedStyle | yaml.DoubleQuotedStyle | yaml.FlowStyle
	if a.kind != b.kind || a.value != b.value || a.style&styles != b.style&styles || a.line != b.line || a.column != b.column {
		return fmt.Errorf("%s: fast {kind %d %q style %d at %d:%d}, yaml.v3 {kind %d %q style %d at %d:%d}",
			path, a.kind, a.value, a.style&styles, a.line, a.column, b.kind, b.value, b.style&styles, b.line, b.column)
	}
	if len(a.content) != len(b.content) {
		return fmt.Errorf("%s: fast has %d children, yaml.v3 %d", path, len(a.content), len(b.content))
	}
	for i := range a.content {
		if err := sameTree(a.content[i], b.content[i], fmt.Sprintf("%s/%d", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkFast fails when fastParse accepts src but disagrees with yaml.v3.
func checkFast(t *testing.T, name string, src []byte) (accepted bool) {
	t.Helper()
	fast, ok := fastParse(src)
	if !ok {
		return false
	}
	var ref yaml.Node
	if err := yaml.Unmarshal(src, &ref); err != nil {
		t.Errorf("%s: fastParse accepted what yaml.v3 rejects: %v\n%s", name, err, src)
		return true
	}
	if ref.Kind != yaml.DocumentNode || len(ref.Content) != 1 {
		t.Errorf("%s: fastParse accepted what yaml.v3 reads as no document\n%s", name, src)
		return true
	}
	if err := sameTree(fast, fromYAML(ref.Content[0]), name); err != nil {
		t.Errorf("%v\n%s", err, src)
	}
	return true
}

func TestFastParseAgreesWithYAML(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		accept bool // whether the fast path must handle it
	}{
		{"entry", "- id: russia\n  name: Russia\n", true},
		{"flow", "- arabic: [روسيا, 'روس''يه', \"x y\"]  # c\n", true},
		{"empty flow", "- a: []\n", true},
		{"roles same indent", "- id: a\n  roles:\n  - title: p\n    from: 2000-01-01\n  name: X\n- id: b\n", true},
		{"roles deeper", "- id: a\n  roles:\n      - title: p\n        to: 2001-01-01\n", true},
		{"block list", "- arabic:\n    - روسيا\n    - 'x'\n", true},
		{"comments", "# head\n\n- id: a # trailing\n  # between\n  name: B#C\n", true},
		{"wide dash", "-   id: a\n    name: b\n", true},
		{"colon in value", "- url: http://x.org/a\n", true},
		{"apostrophe", "- aliases: [\"People's Republic\", O'Brien]\n", true},
		{"continuation", "- name: a\n   b\n", false},
		{"block scalar", "- name: |\n    text\n", false},
		{"anchor", "- name: &a x\n", false},
		{"escape", "- name: \"a\\tb\"\n", false},
		{"multiline flow", "- arabic: [a,\n    b]\n", false},
		{"document", "---\n- id: a\n", false},
		{"mapping top", "titles: []\nmore:\n  - a\n", true},
		{"null value", "- id:\n  name: x\n", false},
		{"tab", "- id: a\t\n", false},
		{"crlf", "- id: a\r\n", false},
		{"trailing comma", "- a: [x, ]\n", false},
		{"nested map", "- a:\n    b: c\n", true},
		{"bad indent", "- id: a\n name: b\n", false},
		{"mapping in plain", "- a: b: c\n", false},
	}
	for _, tt := range tests {
		if got := checkFast(t, tt.name, []byte(tt.src)); got != tt.accept {
			t.Errorf("%s: fast path accepted = %v, want %v", tt.name, got, tt.accept)
		}
	}
}

// TestFastParseOnData holds the fast path to yaml.v3 on every lexicon file
// there is, and requires it to take the embedded ones (else Load is slow).
func TestFastParseOnData(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	more, _ := filepath.Glob("testdata/*/*.yaml")
	for _, f := range append(files, more...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkFast(t, f, src)
	}
	err := fs.WalkDir(dataFS, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(dataFS, path)
		if err != nil {
			return err
		}
		if !checkFast(t, path, src) {
			t.Errorf("%s: outside the fast YAML subset, so it loads slowly; see fastyaml.go for what the subset holds", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func FuzzFastParse(f *testing.F) {
	for _, s := range []string{
		"- id: a\n  arabic: [روسيا, 'x''y']\n  roles:\n  - title: p\n    from: 2000-01-01\n",
		"- a:\n    - b\n    - \"c\"\n- d: e # f\n",
		"-   id: a\n    x: [a, b]\n",
		"- a:\n    b: c\n  d: e\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Count(s, "\n") > 200 {
			return
		}
		checkFast(t, "fuzz", []byte(s))
	})
}
