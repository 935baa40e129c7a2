package config

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFile(t, "kg.yaml", "db: file.db\nlexicon: [a.yaml, b.yaml]\nworkers: 3\n")
	writeFile(t, "a.yaml", "[]\n")
	writeFile(t, "b.yaml", "[]\n")
	l := newTestLoader("")
	if err := l.BindFlags(cliFlags(t, "--min-confidence=0.5")); err != nil {
		t.Fatal(err)
	}
	c, err := l.Load("", fakeEnv(map[string]string{"KG_LEVEL": "country"}))
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		src  map[string]Source
		want map[string][2]string // key → value, source
	}{
		{
			name: "sources of a Load",
			src:  l.Sources(),
			want: map[string][2]string{
				"db":             {"file.db", "file kg.yaml"},
				"lexicon":        {"[a.yaml, b.yaml]", "file kg.yaml"},
				"level":          {"country", "env KG_LEVEL"},
				"log_level":      {"warn", "default"},
				"workers":        {"3", "file kg.yaml"},
				"strict":         {"false", "default"},
				"min_confidence": {"0.5", "flag --min-confidence"},
			},
		},
		{
			name: "no sources",
			src:  nil,
			want: map[string][2]string{
				"db":             {"file.db", "unknown"},
				"lexicon":        {"[a.yaml, b.yaml]", "unknown"},
				"level":          {"country", "unknown"},
				"log_level":      {"warn", "unknown"},
				"workers":        {"3", "unknown"},
				"strict":         {"false", "unknown"},
				"min_confidence": {"0.5", "unknown"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := c.Write(&buf, tt.src); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("%d lines, want one per key (%d):\n%s", len(lines), len(tt.want), buf.String())
			}
			valueCol, sourceCol := -1, -1
			for i, line := range lines {
				key := Keys()[i].Name
				w := tt.want[key]
				// The value column starts at the same offset on every
				// line, and so does the source column.
				if !strings.HasPrefix(line, key+" ") {
					t.Errorf("line %d %q: want key %s first", i, line, key)
					continue
				}
				vc := strings.Index(line[len(key):], w[0]) + len(key)
				sc := strings.LastIndex(line, w[1])
				if vc < len(key) || sc < 0 || !strings.HasSuffix(line, w[1]) {
					t.Errorf("line %q: want value %q and source %q", line, w[0], w[1])
					continue
				}
				if strings.TrimSpace(line[len(key):vc]) != "" || strings.TrimSpace(line[vc+len(w[0]):sc]) != "" {
					t.Errorf("line %q: want only key, value and source", line)
				}
				if valueCol == -1 {
					valueCol, sourceCol = vc, sc
				}
				if vc != valueCol || sc != sourceCol {
					t.Errorf("line %q: columns at %d and %d, want %d and %d", line, vc, sc, valueCol, sourceCol)
				}
			}
		})
	}
}

func TestKeys(t *testing.T) {
	want := []Key{
		{Name: "db", Flag: "db", Env: "KG_DB", Type: "string", Default: "./kg.db"},
		{Name: "lexicon", Flag: "lexicon", Env: "KG_LEXICON", Type: "list of strings", Default: "[]"},
		{Name: "level", Flag: "level", Env: "KG_LEVEL", Type: "string", Default: "person"},
		{Name: "log_level", Flag: "log-level", Env: "KG_LOG_LEVEL", Type: "string", Default: "warn"},
		{Name: "workers", Flag: "workers", Env: "KG_WORKERS", Type: "whole number", Default: "0"},
		{Name: "strict", Flag: "strict", Env: "KG_STRICT", Type: "true/false", Default: "false"},
		{Name: "min_confidence", Flag: "min-confidence", Env: "KG_MIN_CONFIDENCE", Type: "number", Default: "0"},
	}
	got := Keys()
	if len(got) != len(want) {
		t.Fatalf("%d keys, want %d", len(got), len(want))
	}
	var table bytes.Buffer
	if err := WriteKeys(&table); err != nil {
		t.Fatal(err)
	}
	for i, k := range got {
		if k.Doc == "" {
			t.Errorf("key %s has no description", k.Name)
		}
		k.Doc = ""
		if k != want[i] {
			t.Errorf("Keys()[%d] = %+v, want %+v", i, k, want[i])
		}
		for _, s := range []string{k.Name, "--" + k.Flag, k.Env} {
			if !strings.Contains(table.String(), s) {
				t.Errorf("WriteKeys output lacks %q", s)
			}
		}
	}
	// Keys returns a copy: changing it must not change the table.
	got[0].Name = "changed"
	if Keys()[0].Name != "db" {
		t.Error("changing the result of Keys changed the settings table")
	}
}

func TestConfigHelpers(t *testing.T) {
	tests := []struct {
		workers, wantWorkers int
		logLevel             string
		wantLevel            slog.Level
	}{
		{0, runtime.NumCPU(), "debug", slog.LevelDebug},
		{3, 3, "info", slog.LevelInfo},
		{1, 1, "warn", slog.LevelWarn},
		{2, 2, "error", slog.LevelError},
	}
	for _, tt := range tests {
		c := Config{Workers: tt.workers, LogLevel: tt.logLevel}
		if got := c.WorkerCount(); got != tt.wantWorkers {
			t.Errorf("WorkerCount with Workers %d = %d, want %d", tt.workers, got, tt.wantWorkers)
		}
		if got := c.SlogLevel(); got != tt.wantLevel {
			t.Errorf("SlogLevel of %q = %v, want %v", tt.logLevel, got, tt.wantLevel)
		}
	}
	if d := Default(); !reflect.DeepEqual(d.Lexicon, []string(nil)) || d.DB != "./kg.db" {
		t.Errorf("Default = %+v", d)
	}
}

func ExampleConfig_Write() {
	c := Default()
	c.DB = "/data/kg.db"
	c.Workers = 4
	src := map[string]Source{
		"db": "file kg.yaml", "lexicon": SourceDefault, "level": SourceDefault,
		"log_level": SourceDefault, "workers": "env KG_WORKERS", "strict": SourceDefault,
		"min_confidence": SourceDefault,
	}
	if err := c.Write(os.Stdout, src); err != nil {
		fmt.Println(err)
	}
	// Output:
	// db              /data/kg.db  file kg.yaml
	// lexicon         []           default
	// level           person       default
	// log_level       warn         default
	// workers         4            env KG_WORKERS
	// strict          false        default
	// min_confidence  0            default
}

func ExampleWriteKeys() {
	if err := WriteKeys(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// KEY             FLAG              ENVIRONMENT        TYPE             DEFAULT  DESCRIPTION
	// db              --db              KG_DB              string           ./kg.db  directory of the Badger store
	// lexicon         --lexicon         KG_LEXICON         list of strings  []       user actor lexicon files (YAML) that add to or override the built-in lexicon
	// level           --level           KG_LEVEL           string           person   default rollup level of queries and exports: "person" or "country"
	// log_level       --log-level       KG_LOG_LEVEL       string           warn     least severe log level written: "debug", "info", "warn" or "error"
	// workers         --workers         KG_WORKERS         whole number     0        extraction goroutines of `kg build` (0: one per CPU)
	// strict          --strict          KG_STRICT          true/false       false    make bad input fatal in `kg build` instead of skipping it
	// min_confidence  --min-confidence  KG_MIN_CONFIDENCE  number           0        queries ignore triples with a lower confidence (0 to 1)
}
