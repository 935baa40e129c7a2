package config

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// kind is the type of a setting's value.
type kind int

const (
	kindString kind = iota
	kindList        // list of strings
	kindInt
	kindBool
	kindFloat
)

// String names the kind for people reading [Keys].
func (k kind) String() string {
	switch k {
	case kindList:
		return "list of strings"
	case kindInt:
		return "whole number"
	case kindBool:
		return "true/false"
	case kindFloat:
		return "number"
	default:
		return "string"
	}
}

// want describes a value of kind k for error messages.
func (k kind) want() string {
	switch k {
	case kindList:
		return "a list of file names"
	case kindInt:
		return "a whole number"
	case kindBool:
		return "true or false"
	case kindFloat:
		return "a number"
	default:
		return "a string"
	}
}

// flagTypes lists the pflag value types (pflag.Value.Type) that can carry
// a value of kind k, so that viper reads the flag back as the right type.
func (k kind) flagTypes() []string {
	switch k {
	case kindList:
		return []string{"stringSlice", "stringArray"}
	case kindInt:
		return []string{"int", "int32", "int64"}
	case kindBool:
		return []string{"bool"}
	case kindFloat:
		return []string{"float64", "float32"}
	default:
		return []string{"string"}
	}
}

// setting is one row of the settings table.
type setting struct {
	Key
	kind  kind
	check func(v any) error // rejects a well-typed but unacceptable value; nil accepts all
	get   func(c Config) any
}

// settings is the table behind [Keys], [Loader] and [Config.Write].
// It is read, never written.
var settings = []setting{
	{
		Key:   key("db", "directory of the Badger store"),
		kind:  kindString,
		check: checkNonEmpty("a directory path"),
		get:   func(c Config) any { return c.DB },
	},
	{
		Key:   key("lexicon", "user actor lexicon files (YAML) that add to or override the built-in lexicon"),
		kind:  kindList,
		check: checkListEntries,
		get:   func(c Config) any { return c.Lexicon },
	},
	{
		Key:   key("level", `default rollup level of queries and exports: "person" or "country"`),
		kind:  kindString,
		check: checkOneOf("person", "country"),
		get:   func(c Config) any { return c.Level },
	},
	{
		Key:   key("log_level", `least severe log level written: "debug", "info", "warn" or "error"`),
		kind:  kindString,
		check: checkOneOf("debug", "info", "warn", "error"),
		get:   func(c Config) any { return c.LogLevel },
	},
	{
		Key:   key("workers", "extraction goroutines of `kg build` (0: one per CPU)"),
		kind:  kindInt,
		check: checkWorkers,
		get:   func(c Config) any { return c.Workers },
	},
	{
		Key:  key("strict", "make bad input fatal in `kg build` instead of skipping it"),
		kind: kindBool,
		get:  func(c Config) any { return c.Strict },
	},
	{
		Key:   key("min_confidence", "queries ignore triples with a lower confidence (0 to 1)"),
		kind:  kindFloat,
		check: checkConfidence,
		get:   func(c Config) any { return c.MinConfidence },
	},
}

// key derives the flag and environment names from the config file key.
func key(name, doc string) Key {
	return Key{
		Name: name,
		Flag: strings.ReplaceAll(name, "_", "-"),
		Env:  "KG_" + strings.ToUpper(name),
		Doc:  doc,
	}
}

// lookupSetting returns the setting with the given config file key.
func lookupSetting(name string) (setting, bool) {
	for _, s := range settings {
		if s.Name == name {
			return s, true
		}
	}
	return setting{}, false
}

// knownKeys lists the config file keys, for error messages.
func knownKeys() string {
	names := make([]string, len(settings))
	for i, s := range settings {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

// parseText parses the text of an environment variable (or a config file
// scalar) as a value of the setting's kind and checks it. A list is split
// at os.PathListSeparator, like PATH.
func (s setting) parseText(text string) (any, error) {
	var v any
	switch s.kind {
	case kindString:
		v = text
	case kindList:
		list := []string{}
		for _, item := range strings.Split(text, string(os.PathListSeparator)) {
			if item != "" {
				list = append(list, item)
			}
		}
		v = list
	case kindInt:
		n, err := strconv.Atoi(strings.TrimSpace(text))
		if err != nil {
			return nil, fmt.Errorf("want %s, got %q", s.kind.want(), text)
		}
		v = n
	case kindBool:
		b, err := strconv.ParseBool(strings.TrimSpace(text))
		if err != nil {
			return nil, fmt.Errorf("want %s, got %q", s.kind.want(), text)
		}
		v = b
	case kindFloat:
		f, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
		if err != nil {
			return nil, fmt.Errorf("want %s, got %q", s.kind.want(), text)
		}
		v = f
	}
	if err := s.checkValue(v); err != nil {
		return nil, err
	}
	return v, nil
}

func (s setting) checkValue(v any) error {
	if s.check == nil {
		return nil
	}
	return s.check(v)
}

func checkNonEmpty(want string) func(any) error {
	return func(v any) error {
		if v.(string) == "" {
			return fmt.Errorf("want %s, got %q", want, "")
		}
		return nil
	}
}

func checkOneOf(allowed ...string) func(any) error {
	quoted := make([]string, len(allowed))
	for i, a := range allowed {
		quoted[i] = strconv.Quote(a)
	}
	want := strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
	return func(v any) error {
		if !slices.Contains(allowed, v.(string)) {
			return fmt.Errorf("want %s, got %q", want, v)
		}
		return nil
	}
}

func checkListEntries(v any) error {
	if slices.Contains(v.([]string), "") {
		return fmt.Errorf("want file names, got an empty one")
	}
	return nil
}

func checkWorkers(v any) error {
	if n := v.(int); n < 0 {
		return fmt.Errorf("want 0 (one per CPU) or more, got %d", n)
	}
	return nil
}

func checkConfidence(v any) error {
	// Written so that NaN fails too.
	if f := v.(float64); !(f >= 0 && f <= 1) {
		return fmt.Errorf("want a number from 0 to 1, got %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	return nil
}
