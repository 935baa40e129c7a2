package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// newTestLoader returns a Loader whose user config directory is userDir
// ("" for none), so that no test reads the real ~/.config/kg/kg.yaml.
func newTestLoader(userDir string) *Loader {
	l := NewLoader()
	l.userDir = func() (string, error) {
		if userDir == "" {
			return "", errors.New("no user config directory in this test")
		}
		return userDir, nil
	}
	return l
}

// fakeEnv is an environment for Load.
func fakeEnv(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

// cliFlags defines the flags the way the CLI might, with defaults that
// differ from the built-in ones (they must never win), and parses args.
func cliFlags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
	fs.String("db", "flagdefault.db", "")
	fs.StringSlice("lexicon", []string{"flagdefault.yaml"}, "")
	fs.String("level", "country", "")
	fs.String("log-level", "debug", "")
	fs.Int("workers", 7, "")
	fs.Bool("strict", true, "")
	fs.Float64("min-confidence", 0.9, "")
	fs.String("config", "", "") // not a setting: must be left alone
	if err := fs.Parse(args); err != nil {
		t.Fatalf("parse flags %v: %v", args, err)
	}
	return fs
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// allSources returns a Sources map with every key from src.
func allSources(src Source) map[string]Source {
	m := make(map[string]Source)
	for _, k := range Keys() {
		m[k.Name] = src
	}
	return m
}

func TestLoadDefaults(t *testing.T) {
	tests := []struct {
		name  string
		env   map[string]string
		flags []string // nil: no flags bound
	}{
		{name: "nothing"},
		{name: "flags defined but not given", flags: []string{}},
		{name: "unknown and empty KG_ variables", env: map[string]string{
			"KG_DBB": "x.db", "KG_FOO": "1", "KG_DB": "", "KG_WORKERS": "", "DB": "other.db",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			l := newTestLoader(t.TempDir())
			if tt.flags != nil {
				if err := l.BindFlags(cliFlags(t, tt.flags...)); err != nil {
					t.Fatal(err)
				}
			}
			got, err := l.Load("", fakeEnv(tt.env))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !reflect.DeepEqual(got, Default()) {
				t.Errorf("Load = %+v, want defaults %+v", got, Default())
			}
			if src := l.Sources(); !reflect.DeepEqual(src, allSources(SourceDefault)) {
				t.Errorf("Sources = %v, want all default", src)
			}
			if l.File() != "" {
				t.Errorf("File = %q, want none", l.File())
			}
		})
	}
}

func TestLoadFindsFile(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string // path relative to the working dir, or under "USER/" for the user config dir
		explicit string
		env      map[string]string
		wantDB   string
		wantFile string // relative to the working dir, or under "USER/"
	}{
		{
			name:     "working directory",
			files:    map[string]string{"kg.yaml": "db: cwd.db\n"},
			wantDB:   "cwd.db",
			wantFile: "kg.yaml",
		},
		{
			name:     "user config directory",
			files:    map[string]string{"USER/kg/kg.yaml": "db: user.db\n"},
			wantDB:   "user.db",
			wantFile: "USER/kg/kg.yaml",
		},
		{
			name:     "working directory before user config directory",
			files:    map[string]string{"kg.yaml": "db: cwd.db\n", "USER/kg/kg.yaml": "db: user.db\n"},
			wantDB:   "cwd.db",
			wantFile: "kg.yaml",
		},
		{
			name:     "KG_CONFIG before default files",
			files:    map[string]string{"kg.yaml": "db: cwd.db\n", "other.yaml": "db: other.db\n"},
			env:      map[string]string{"KG_CONFIG": "other.yaml"},
			wantDB:   "other.db",
			wantFile: "other.yaml",
		},
		{
			name:     "explicit file before KG_CONFIG",
			files:    map[string]string{"explicit.yaml": "db: explicit.db\n", "other.yaml": "db: other.db\n"},
			explicit: "explicit.yaml",
			env:      map[string]string{"KG_CONFIG": "other.yaml"},
			wantDB:   "explicit.db",
			wantFile: "explicit.yaml",
		},
		{
			name:     "empty file",
			files:    map[string]string{"kg.yaml": "# nothing set yet\n"},
			wantDB:   "./kg.db",
			wantFile: "kg.yaml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cwd, user := t.TempDir(), t.TempDir()
			t.Chdir(cwd)
			resolve := inUserDir(user)
			for p, content := range tt.files {
				writeFile(t, resolve(p), content)
			}
			l := newTestLoader(user)
			got, err := l.Load(tt.explicit, fakeEnv(tt.env))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got.DB != tt.wantDB {
				t.Errorf("DB = %q, want %q", got.DB, tt.wantDB)
			}
			wantFile := resolve(tt.wantFile)
			if l.File() != wantFile {
				t.Errorf("File = %q, want %q", l.File(), wantFile)
			}
			wantSrc := SourceDefault
			if tt.wantDB != Default().DB {
				wantSrc = Source("file " + wantFile)
			}
			if src := l.Sources()["db"]; src != wantSrc {
				t.Errorf("source of db = %q, want %q", src, wantSrc)
			}
		})
	}
}

// TestLoadPrecedence sets each key in the file, then also in the
// environment, then also by flag, and checks that the higher layer wins and
// is named as the source while the other keys keep their defaults.
func TestLoadPrecedence(t *testing.T) {
	type layers struct{ file, env, flag string }
	values := map[string]layers{
		"db":             {"file.db", "env.db", "flag.db"},
		"lexicon":        {"[f.yaml]", "e.yaml", "l.yaml"},
		"level":          {"country", "person", "country"},
		"log_level":      {"info", "error", "debug"},
		"workers":        {"2", "3", "4"},
		"strict":         {"true", "false", "true"},
		"min_confidence": {"0.25", "0.5", "0.75"},
	}
	want := map[string]layers{ // formatted as Write prints them
		"db":             {"file.db", "env.db", "flag.db"},
		"lexicon":        {"[f.yaml]", "[e.yaml]", "[l.yaml]"},
		"level":          {"country", "person", "country"},
		"log_level":      {"info", "error", "debug"},
		"workers":        {"2", "3", "4"},
		"strict":         {"true", "false", "true"},
		"min_confidence": {"0.25", "0.5", "0.75"},
	}
	for _, s := range settings {
		v := values[s.Name]
		w := want[s.Name]
		tests := []struct {
			layer     string
			useEnv    bool
			useFlag   bool
			wantValue string
			wantSrc   Source
		}{
			{"file", false, false, w.file, "file kg.yaml"},
			{"env", true, false, w.env, Source("env " + s.Env)},
			{"flag", true, true, w.flag, Source("flag --" + s.Flag)},
		}
		for _, tt := range tests {
			t.Run(s.Name+"/"+tt.layer, func(t *testing.T) {
				t.Chdir(t.TempDir())
				for _, f := range []string{"f.yaml", "e.yaml", "l.yaml"} {
					writeFile(t, f, "[]\n")
				}
				writeFile(t, "kg.yaml", s.Name+": "+v.file+"\n")
				env := map[string]string{}
				if tt.useEnv {
					env[s.Env] = v.env
				}
				var args []string
				if tt.useFlag {
					args = []string{"--" + s.Flag + "=" + v.flag}
				}
				l := newTestLoader("")
				if err := l.BindFlags(cliFlags(t, args...)); err != nil {
					t.Fatal(err)
				}
				got, err := l.Load("", fakeEnv(env))
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				if gotValue := formatValue(s.get(got)); gotValue != tt.wantValue {
					t.Errorf("%s = %s, want %s", s.Name, gotValue, tt.wantValue)
				}
				wantSources := allSources(SourceDefault)
				wantSources[s.Name] = tt.wantSrc
				if src := l.Sources(); !reflect.DeepEqual(src, wantSources) {
					t.Errorf("Sources = %v, want %v", src, wantSources)
				}
				for _, other := range settings {
					if other.Name != s.Name && !reflect.DeepEqual(other.get(got), other.get(Default())) {
						t.Errorf("%s = %v, want the default %v", other.Name, other.get(got), other.get(Default()))
					}
				}
			})
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	tests := []struct {
		name     string
		explicit string
		env      map[string]string
	}{
		{name: "explicit", explicit: "nope.yaml"},
		{name: "KG_CONFIG", env: map[string]string{"KG_CONFIG": "nope.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeFile(t, "kg.yaml", "db: default.db\n") // must not be used instead
			l := newTestLoader("")
			_, err := l.Load(tt.explicit, fakeEnv(tt.env))
			if err == nil {
				t.Fatal("Load succeeded, want an error for the missing file")
			}
			if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "nope.yaml") {
				t.Errorf("error %q: want a not-exist error naming nope.yaml", err)
			}
			if l.Sources() != nil {
				t.Errorf("Sources after a failed Load = %v, want nil", l.Sources())
			}
		})
	}
}

func TestLoadFileErrors(t *testing.T) {
	tests := []struct {
		name    string
		content string
		env     map[string]string
		want    []string // substrings of the error
	}{
		{
			name:    "unknown key",
			content: "db: a.db\nlevel: person\n# a comment\ndbb: x\n",
			want:    []string{`kg.yaml:4: unknown setting "dbb" (known: db, lexicon, level, log_level, workers, strict, min_confidence)`},
		},
		{
			name:    "flag spelling of a key",
			content: "log-level: debug\n",
			want:    []string{`kg.yaml:1: unknown setting "log-level"`, `did you mean "log_level"?`},
		},
		{
			name:    "workers not a number",
			content: "db: a.db\nworkers: many\n",
			want:    []string{`kg.yaml:2: setting "workers": want a whole number, got "many"`},
		},
		{
			name:    "workers fractional",
			content: "workers: 2.5\n",
			want:    []string{`setting "workers": want a whole number, got "2.5"`},
		},
		{
			name:    "workers negative",
			content: "workers: -1\n",
			want:    []string{`setting "workers": want 0 (one per CPU) or more, got -1`},
		},
		{
			name:    "bad value is an error even when the environment overrides it",
			content: "workers: many\n",
			env:     map[string]string{"KG_WORKERS": "3"},
			want:    []string{`setting "workers": want a whole number`},
		},
		{
			name:    "strict not a bool",
			content: "strict: maybe\n",
			want:    []string{`setting "strict": want true or false, got "maybe"`},
		},
		{
			name:    "min_confidence not a number",
			content: "min_confidence: high\n",
			want:    []string{`setting "min_confidence": want a number, got "high"`},
		},
		{
			name:    "min_confidence above 1",
			content: "min_confidence: 1.5\n",
			want:    []string{`setting "min_confidence": want a number from 0 to 1, got 1.5`},
		},
		{
			name:    "level not person or country",
			content: "level: city\n",
			want:    []string{`kg.yaml:1: setting "level": want "person" or "country", got "city"`},
		},
		{
			name:    "log_level unknown",
			content: "log_level: verbose\n",
			want:    []string{`setting "log_level": want "debug", "info", "warn" or "error", got "verbose"`},
		},
		{
			name:    "db a list",
			content: "db: [a, b]\n",
			want:    []string{`setting "db": want a string, got a list`},
		},
		{
			name:    "db empty",
			content: "db:\n",
			want:    []string{`setting "db": want a string, got nothing`},
		},
		{
			name:    "lexicon a mapping",
			content: "lexicon: {a: b}\n",
			want:    []string{`setting "lexicon": want a list of file names, got a mapping`},
		},
		{
			name:    "lexicon nested list",
			content: "lexicon:\n  - [a.yaml]\n",
			want:    []string{`setting "lexicon": want a list of file names, got a list in it`},
		},
		{
			name:    "lexicon file missing",
			content: "db: a.db\nlexicon: [missing.yaml]\n",
			want:    []string{`kg.yaml:2: setting "lexicon": lexicon file missing.yaml does not exist`},
		},
		{
			name:    "key given twice",
			content: "db: a.db\ndb: b.db\n",
			want:    []string{`kg.yaml:2: setting "db" given twice (first on line 1)`},
		},
		{
			name:    "not a mapping",
			content: "- db\n- level\n",
			want:    []string{`kg.yaml:1: want settings as "key: value" lines, got a list`},
		},
		{
			name:    "YAML syntax",
			content: "db: [a.db\n",
			want:    []string{"kg.yaml: yaml:"},
		},
		{
			name:    "two documents",
			content: "db: a.db\n---\ndb: b.db\n",
			want:    []string{"kg.yaml:2: want one YAML document"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeFile(t, "kg.yaml", tt.content)
			_, err := newTestLoader("").Load("", fakeEnv(tt.env))
			if err == nil {
				t.Fatalf("Load succeeded, want an error containing %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestLoadEnvErrors(t *testing.T) {
	tests := []struct {
		name, variable, value, want string
	}{
		{"workers", "KG_WORKERS", "x", `environment KG_WORKERS: want a whole number, got "x"`},
		{"workers negative", "KG_WORKERS", "-3", `environment KG_WORKERS: want 0 (one per CPU) or more, got -3`},
		{"strict", "KG_STRICT", "perhaps", `environment KG_STRICT: want true or false, got "perhaps"`},
		{"min_confidence", "KG_MIN_CONFIDENCE", "2", `environment KG_MIN_CONFIDENCE: want a number from 0 to 1, got 2`},
		{"min_confidence NaN", "KG_MIN_CONFIDENCE", "NaN", `environment KG_MIN_CONFIDENCE: want a number from 0 to 1, got NaN`},
		{"level", "KG_LEVEL", "city", `environment KG_LEVEL: want "person" or "country", got "city"`},
		{"log_level", "KG_LOG_LEVEL", "loud", `environment KG_LOG_LEVEL: want "debug", "info", "warn" or "error", got "loud"`},
		{"lexicon missing", "KG_LEXICON", "missing.yaml", `environment KG_LEXICON: lexicon file missing.yaml does not exist`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			_, err := newTestLoader("").Load("", fakeEnv(map[string]string{tt.variable: tt.value}))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLoadFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"level", []string{"--level=city"}, `flag --level: want "person" or "country", got "city"`},
		{"log-level", []string{"--log-level=trace"}, `flag --log-level: want "debug", "info", "warn" or "error", got "trace"`},
		{"workers", []string{"--workers=-2"}, `flag --workers: want 0 (one per CPU) or more, got -2`},
		{"min-confidence", []string{"--min-confidence=1.5"}, `flag --min-confidence: want a number from 0 to 1, got 1.5`},
		{"db", []string{"--db="}, `flag --db: want a directory path, got ""`},
		{"lexicon", []string{"--lexicon=missing.yaml"}, `flag --lexicon: lexicon file missing.yaml does not exist`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			l := newTestLoader("")
			if err := l.BindFlags(cliFlags(t, tt.args...)); err != nil {
				t.Fatal(err)
			}
			_, err := l.Load("", nil)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestBindFlags(t *testing.T) {
	tests := []struct {
		name    string
		define  func(fs *pflag.FlagSet)
		args    []string
		wantErr string
		want    func(c Config) bool
	}{
		{
			name:   "only some flags defined",
			define: func(fs *pflag.FlagSet) { fs.String("db", "", ""); fs.Int("threads", 0, "") },
			args:   []string{"--db=only.db", "--threads=9"},
			want: func(c Config) bool {
				d := Default()
				d.DB = "only.db"
				return reflect.DeepEqual(c, d)
			},
		},
		{
			name:   "string array for lexicon",
			define: func(fs *pflag.FlagSet) { fs.StringArray("lexicon", nil, "") },
			args:   []string{"--lexicon=a.yaml", "--lexicon=b.yaml"},
			want:   func(c Config) bool { return reflect.DeepEqual(c.Lexicon, []string{"a.yaml", "b.yaml"}) },
		},
		{
			name:    "wrong type",
			define:  func(fs *pflag.FlagSet) { fs.String("workers", "", "") },
			wantErr: `flag --workers: type string cannot hold setting "workers" (want whole number)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeFile(t, "a.yaml", "[]\n")
			writeFile(t, "b.yaml", "[]\n")
			fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
			tt.define(fs)
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			l := newTestLoader("")
			err := l.BindFlags(fs)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("BindFlags error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := l.Load("", nil)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !tt.want(got) {
				t.Errorf("Load = %+v", got)
			}
		})
	}
}

func TestLexiconPaths(t *testing.T) {
	abs := filepath.Join(t.TempDir(), "abs.yaml")
	writeFile(t, abs, "[]\n")
	tests := []struct {
		name     string
		files    []string // created, relative to the working dir or under USER/
		config   map[string]string
		explicit string
		env      map[string]string
		want     []string // relative to the working dir or under USER/
		wantErr  string
	}{
		{
			name:     "relative to the explicit file's directory",
			files:    []string{"conf/extra.yaml", "conf/sub/more.yaml"},
			config:   map[string]string{"conf/kg.yaml": "lexicon:\n  - extra.yaml\n  - sub/more.yaml\n  - " + abs + "\n"},
			explicit: "conf/kg.yaml",
			want:     []string{"conf/extra.yaml", "conf/sub/more.yaml", abs},
		},
		{
			name:   "relative to the user config directory's file",
			files:  []string{"USER/kg/mine.yaml"},
			config: map[string]string{"USER/kg/kg.yaml": "lexicon: mine.yaml\n"},
			want:   []string{"USER/kg/mine.yaml"},
		},
		{
			name:     "not relative to the working directory",
			files:    []string{"only-here.yaml"},
			config:   map[string]string{"conf/kg.yaml": "lexicon: [only-here.yaml]\n"},
			explicit: "conf/kg.yaml",
			wantErr:  `conf/kg.yaml:1: setting "lexicon": lexicon file conf/only-here.yaml does not exist`,
		},
		{
			name:  "environment paths stay relative to the working directory",
			files: []string{"conf/x.yaml", "y.yaml"},
			env:   map[string]string{"KG_LEXICON": "conf/x.yaml" + string(os.PathListSeparator) + "y.yaml"},
			want:  []string{"conf/x.yaml", "y.yaml"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cwd, user := t.TempDir(), t.TempDir()
			t.Chdir(cwd)
			resolve := inUserDir(user)
			for _, f := range tt.files {
				writeFile(t, resolve(f), "[]\n")
			}
			for p, content := range tt.config {
				writeFile(t, resolve(p), content)
			}
			got, err := newTestLoader(user).Load(tt.explicit, fakeEnv(tt.env))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			want := make([]string, len(tt.want))
			for i, p := range tt.want {
				want[i] = resolve(p)
			}
			if !reflect.DeepEqual(got.Lexicon, want) {
				t.Errorf("Lexicon = %q, want %q", got.Lexicon, want)
			}
		})
	}
}

func TestLoadTwiceStartsAfresh(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFile(t, "first.yaml", "db: first.db\nworkers: 3\n")
	writeFile(t, "second.yaml", "db: second.db\n")
	l := newTestLoader("")
	if _, err := l.Load("first.yaml", nil); err != nil {
		t.Fatal(err)
	}
	got, err := l.Load("second.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.DB != "second.db" || got.Workers != 0 || l.Sources()["workers"] != SourceDefault {
		t.Errorf("second Load = %+v, sources %v: want second.db and default workers", got, l.Sources())
	}
}

// inUserDir maps a fixture path to the test's user config directory when it
// starts with "USER/", and leaves it relative to the working directory
// otherwise.
func inUserDir(user string) func(string) string {
	return func(p string) string {
		if rest, ok := strings.CutPrefix(p, "USER/"); ok {
			return filepath.Join(user, rest)
		}
		return p
	}
}
