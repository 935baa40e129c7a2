package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// fileSettings holds the checked values of a config file.
type fileSettings struct {
	path   string
	values map[string]any // setting key → value of the setting's kind
	lines  map[string]int // setting key → line of the key in the file
}

// parseFile parses and checks a config file. It walks the YAML nodes
// itself, rather than letting viper decode the file, to report unknown
// keys and bad values with their line numbers.
func parseFile(path string, data []byte) (*fileSettings, error) {
	file := &fileSettings{
		path:   path,
		values: make(map[string]any),
		lines:  make(map[string]int),
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return file, nil // empty or only comments
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, fmt.Errorf("%s:%d: want one YAML document, found a second one", path, extra.Line)
	} else if !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}

	root := resolve(&doc)
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = resolve(root.Content[0])
	}
	if isNull(root) {
		return file, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want settings as \"key: value\" lines, got %s", path, root.Line, describe(root))
	}

	for i := 0; i+1 < len(root.Content); i += 2 {
		keyNode, valueNode := resolve(root.Content[i]), resolve(root.Content[i+1])
		name := keyNode.Value
		s, ok := lookupSetting(name)
		if keyNode.Kind != yaml.ScalarNode || !ok {
			return nil, fmt.Errorf("%s:%d: unknown setting %q (%sknown: %s)", path, keyNode.Line, name, suggest(name), knownKeys())
		}
		if first, seen := file.lines[name]; seen {
			return nil, fmt.Errorf("%s:%d: setting %q given twice (first on line %d)", path, keyNode.Line, name, first)
		}
		value, err := s.parseNode(valueNode)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: setting %q: %w", path, valueNode.Line, name, err)
		}
		if s.kind == kindList {
			// Lexicon paths written in a file are relative to the file, so
			// that the file works from any working directory.
			dir := filepath.Dir(path)
			list := value.([]string)
			for i, p := range list {
				if !filepath.IsAbs(p) {
					list[i] = filepath.Join(dir, p)
				}
			}
		}
		file.values[name] = value
		file.lines[name] = keyNode.Line
	}
	return file, nil
}

// parseNode parses the YAML value of the setting. A list setting takes a
// sequence of scalars or a single scalar; the others take a scalar.
func (s setting) parseNode(n *yaml.Node) (any, error) {
	if s.kind == kindList {
		switch {
		case isNull(n):
			return []string{}, nil
		case n.Kind == yaml.ScalarNode:
			n = &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{n}}
		case n.Kind != yaml.SequenceNode:
			return nil, fmt.Errorf("want %s, got %s", s.kind.want(), describe(n))
		}
		list := make([]string, 0, len(n.Content))
		for _, item := range n.Content {
			item = resolve(item)
			if item.Kind != yaml.ScalarNode || isNull(item) {
				return nil, fmt.Errorf("want a list of file names, got %s in it", describe(item))
			}
			list = append(list, item.Value)
		}
		if err := s.checkValue(list); err != nil {
			return nil, err
		}
		return list, nil
	}
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return nil, fmt.Errorf("want %s, got %s", s.kind.want(), describe(n))
	}
	return s.parseText(n.Value)
}

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// describe names the shape of a node for error messages.
func describe(n *yaml.Node) string {
	switch {
	case isNull(n):
		return "nothing"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// suggest returns a "did you mean" hint for a key spelled like a flag or an
// environment variable ("log-level", "LOG_LEVEL", "KG_LOG_LEVEL").
func suggest(name string) string {
	guess := strings.ToLower(strings.ReplaceAll(name, "-", "_"))
	guess = strings.TrimPrefix(guess, "kg_")
	if s, ok := lookupSetting(guess); ok && guess != name {
		return fmt.Sprintf("did you mean %q? ", s.Name)
	}
	return ""
}
