package actor

import (
	"errors"
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// titleFile is the content of titles.yaml; its header documents the fields.
type titleFile struct {
	Titles       []titlePhrases
	Institutions []string
	Counterpart  struct{ Singular, Plural []string }
	// FamilyNameFirst are the states whose people's names open with the
	// family name.
	FamilyNameFirst []string
}

type titlePhrases struct {
	Key     string
	Arabic  []string
	Country string
	Org     string
	Means   []string
}

// titles is what the lexicon knows of titles.
type titles struct {
	file  titleFile
	means map[string][]string // key → the office keys it stands for; offices stand for themselves
}

// isOffice reports whether key names an office a role may hold.
func (t *titles) isOffice(key string) bool {
	m, ok := t.means[key]
	return ok && len(m) == 1 && m[0] == key
}

func parseTitles(name string, data []byte) (*titles, error) {
	root, err := parseYAML(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if root == nil || root.kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: want a mapping of titles, institutions and counterpart", name)
	}
	t := &titles{means: map[string][]string{}}
	d := decoder{file: name}
	d.fields(root, "", func(key string, v *node) bool {
		switch key {
		case "titles":
			if v.kind != yaml.SequenceNode {
				d.fail(v, key, "want a list of titles")
				break
			}
			for i, item := range v.content {
				t.file.Titles = append(t.file.Titles, d.titlePhrases(item, "titles["+strconv.Itoa(i)+"]"))
			}
		case "institutions":
			t.file.Institutions = d.list(v, "", key)
		case "family_name_first":
			t.file.FamilyNameFirst = d.list(v, "", key)
		case "counterpart":
			d.fields(v, key, func(k string, v *node) bool {
				switch k {
				case "singular":
					t.file.Counterpart.Singular = d.list(v, key, k)
				case "plural":
					t.file.Counterpart.Plural = d.list(v, key, k)
				default:
					return false
				}
				return true
			})
		default:
			return false
		}
		return true
	})
	for _, tp := range t.file.Titles {
		means := []string{tp.Key}
		if len(tp.Means) > 0 {
			means = tp.Means
		}
		if old, ok := t.means[tp.Key]; ok && !equalStrings(old, means) {
			d.fail(root, "titles", "%s: means differs between its items", tp.Key)
		}
		t.means[tp.Key] = means
	}
	for _, tp := range t.file.Titles {
		for _, m := range tp.Means {
			if !t.isOffice(m) {
				d.fail(root, "titles", "%s: means %q, which is no office title", tp.Key, m)
			}
		}
	}
	return t, errors.Join(d.errs...)
}

func (d *decoder) titlePhrases(n *node, prefix string) titlePhrases {
	var tp titlePhrases
	if n.kind != yaml.MappingNode {
		d.fail(n, prefix, "want a mapping with key and arabic")
		return tp
	}
	d.fields(n, prefix, func(key string, v *node) bool {
		switch key {
		case "key":
			tp.Key = d.str(v, prefix, key)
		case "arabic":
			tp.Arabic = d.list(v, prefix, key)
		case "country":
			tp.Country = d.str(v, prefix, key)
		case "org":
			tp.Org = d.str(v, prefix, key)
		case "means":
			tp.Means = d.list(v, prefix, key)
		default:
			return false
		}
		return true
	})
	switch {
	case !isSlug(tp.Key):
		d.fail(n, prefix+".key", "title key %q is not a slug [a-z0-9-]+", tp.Key)
	case tp.Country != "" && !isCountryCode(tp.Country):
		d.fail(n, prefix+".country", "%q is not an ISO 3166-1 alpha-3 code", tp.Country)
	case len(tp.Arabic) == 0:
		d.fail(n, prefix+".arabic", "no arabic phrases")
	}
	return tp
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
