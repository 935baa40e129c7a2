// Package config gives the kg command its settings.
//
// Every setting has a key (as written in the config file), a command-line
// flag and an environment variable; see [Keys]. A value comes from the first
// of these sources that sets it, highest precedence first:
//
//  1. a command-line flag that was given (--db, --log-level, …);
//  2. an environment variable KG_<KEY> (KG_DB, KG_LOG_LEVEL, …);
//  3. the config file;
//  4. the built-in default.
//
// The config file is YAML with one `key: value` line per setting. It is the
// explicit file named by the --config flag or the KG_CONFIG variable if
// either is given (a missing explicit file is an error), else kg.yaml in the
// working directory, else kg/kg.yaml in [os.UserConfigDir] (a missing default
// file is not an error).
//
// A [Loader] merges the sources with a [github.com/spf13/viper.Viper] and
// records where each value came from, so that `kg config` can show it.
// Values are checked strictly: an unknown key in the file, a value of the
// wrong type or out of range is an error that names the key and the file,
// variable or flag it came from.
package config

import (
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Config holds the effective settings of one kg run.
type Config struct {
	// DB is the directory of the Badger store (key "db", default "./kg.db").
	DB string
	// Lexicon lists user actor lexicon files (YAML, in the format of the
	// built-in one) whose entries add to or override the built-in lexicon
	// (key "lexicon", default none). Relative paths from a config file are
	// resolved against that file's directory; relative paths from the
	// environment or flags are left relative to the working directory.
	Lexicon []string
	// Level is the default rollup level of queries and exports: "person"
	// keeps people as nodes, "country" folds them into the state they
	// belong to (key "level", default "person").
	Level string
	// LogLevel is the least severe log level written: "debug", "info",
	// "warn" or "error" (key "log_level", default "warn").
	LogLevel string
	// Workers is the number of extraction goroutines of `kg build`; 0 means
	// one per CPU (key "workers", default 0). See [Config.WorkerCount].
	Workers int
	// Strict makes bad input (an unreadable article, a malformed record)
	// fatal in `kg build` instead of being logged and skipped
	// (key "strict", default false).
	Strict bool
	// MinConfidence is the confidence, from 0 to 1, below which queries
	// ignore triples (key "min_confidence", default 0: keep all).
	MinConfidence float64
}

// Default returns the built-in settings.
func Default() Config {
	return Config{
		DB:       "./kg.db",
		Level:    "person",
		LogLevel: "warn",
	}
}

// WorkerCount returns the number of extraction goroutines to run:
// Workers, or the number of CPUs when Workers is 0.
func (c Config) WorkerCount() int {
	if c.Workers > 0 {
		return c.Workers
	}
	return runtime.NumCPU()
}

// SlogLevel returns LogLevel as a [slog.Level]; LogLevel is one of the
// four names slog knows, so a Config from [Loader.Load] always converts.
func (c Config) SlogLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return slog.LevelWarn
	}
	return l
}

// Source says where a setting's effective value came from: "default",
// "file <path>", "env <VARIABLE>" or "flag --<name>".
type Source string

// SourceDefault is the Source of a value nobody set.
const SourceDefault Source = "default"

func fileSource(path string) Source { return Source("file " + path) }
func envSource(name string) Source  { return Source("env " + name) }
func flagSource(name string) Source { return Source("flag --" + name) }

// Key describes one setting.
type Key struct {
	Name    string // key in the config file, e.g. "log_level"
	Flag    string // command-line flag without dashes, e.g. "log-level"
	Env     string // environment variable, e.g. "KG_LOG_LEVEL"
	Type    string // "string", "list of strings", "whole number", "true/false" or "number"
	Default string // default value as written in a config file
	Doc     string // one-line description
}

// Keys returns the settings in the order `kg config` prints them.
func Keys() []Key {
	def := Default()
	keys := make([]Key, len(settings))
	for i, s := range settings {
		keys[i] = s.Key
		keys[i].Type = s.kind.String()
		keys[i].Default = formatValue(s.get(def))
	}
	return keys
}

// WriteKeys writes a table of the settings to w: key, flag, environment
// variable, type, default and description, in aligned columns.
func WriteKeys(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tFLAG\tENVIRONMENT\tTYPE\tDEFAULT\tDESCRIPTION")
	for _, k := range Keys() {
		fmt.Fprintf(tw, "%s\t--%s\t%s\t%s\t%s\t%s\n", k.Name, k.Flag, k.Env, k.Type, k.Default, k.Doc)
	}
	return tw.Flush()
}

// Write writes what `kg config` prints: one line per setting with its key,
// effective value and source from src (as returned by [Loader.Sources]), in
// aligned columns. A key missing from src is shown with source "unknown".
func (c Config) Write(w io.Writer, src map[string]Source) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range settings {
		from, ok := src[s.Name]
		if !ok {
			from = "unknown"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Name, formatValue(s.get(c)), from)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write settings: %w", err)
	}
	return nil
}

// formatValue writes v the way it would be written in a config file.
func formatValue(v any) string {
	switch v := v.(type) {
	case string:
		return quoteIfNeeded(v)
	case []string:
		quoted := make([]string, len(v))
		for i, s := range v {
			quoted[i] = quoteIfNeeded(s)
		}
		return "[" + strings.Join(quoted, ", ") + "]"
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	default:
		return fmt.Sprint(v)
	}
}

// quoteIfNeeded quotes s when it would otherwise be unreadable in a column.
func quoteIfNeeded(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\r\n\",[]#") {
		return strconv.Quote(s)
	}
	return s
}
