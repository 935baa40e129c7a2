package config

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// FileEnv is the environment variable naming an explicit config file
// when the caller gives none.
const FileEnv = "KG_CONFIG"

// DefaultFile is the name of the config file looked up in the working
// directory, and under "kg" in the user's config directory.
const DefaultFile = "kg.yaml"

// A Loader reads the settings from defaults, a config file, the
// environment and command-line flags, and remembers where each came from.
// Each Load merges the sources in a viper.Viper of its own, never in
// viper's global one, so that loading twice starts afresh.
type Loader struct {
	flags   map[string]*pflag.Flag // setting key → flag bound to it
	sources map[string]Source      // setting key → source, after Load
	file    string                 // config file read by the last Load, or ""
	userDir func() (string, error) // os.UserConfigDir; replaced in tests
}

// NewLoader returns a Loader with no flags bound.
func NewLoader() *Loader {
	return &Loader{
		flags:   make(map[string]*pflag.Flag),
		userDir: os.UserConfigDir,
	}
}

// BindFlags binds the flags of fs that are named like the settings (db,
// lexicon, level, log-level, workers, strict, min-confidence; see
// [Key.Flag]). Flags that fs does not define are not bound. A flag counts
// only when it was given on the command line (pflag.Flag.Changed): the
// flag's own default never overrides the file or the environment.
//
// A bound flag must have a type that holds the setting: string for db,
// level and log-level, a string slice or string array for lexicon, an int
// for workers, a bool for strict and a float for min-confidence.
func (l *Loader) BindFlags(fs *pflag.FlagSet) error {
	for _, s := range settings {
		f := fs.Lookup(s.Flag)
		if f == nil {
			continue
		}
		if typ := f.Value.Type(); !slices.Contains(s.kind.flagTypes(), typ) {
			return fmt.Errorf("flag --%s: type %s cannot hold setting %q (want %s)", s.Flag, typ, s.Name, s.kind)
		}
		l.flags[s.Name] = f
	}
	return nil
}

// Load returns the effective settings. The config file is explicitFile if
// not empty, else the file named by KG_CONFIG, else the first of kg.yaml in
// the working directory and kg/kg.yaml in os.UserConfigDir that exists.
// env looks up environment variables (os.LookupEnv in the CLI); a nil env
// is an empty environment, and variables set to "" count as unset.
//
// Every value read from the file or the environment is checked, even one
// overridden later, so that a broken file is noticed. The lexicon files of
// the effective setting must exist.
func (l *Loader) Load(explicitFile string, env func(string) (string, bool)) (Config, error) {
	l.sources, l.file = nil, ""
	if env == nil {
		env = func(string) (string, bool) { return "", false }
	}

	file, err := l.readConfigFile(explicitFile, env)
	if err != nil {
		return Config{}, err
	}

	v := viper.New()
	src := make(map[string]Source, len(settings))
	def := Default()
	for _, s := range settings {
		d := s.get(def)
		if s.kind == kindList {
			// viper treats a nil default as no default and would then fall
			// back on a bound flag's default.
			d = []string{}
		}
		v.SetDefault(s.Name, d)
		src[s.Name] = SourceDefault
	}

	if file != nil {
		if err := v.MergeConfigMap(maps.Clone(file.values)); err != nil {
			return Config{}, fmt.Errorf("config file %s: %w", file.path, err)
		}
		for name := range file.values {
			src[name] = fileSource(file.path)
		}
	}

	// viper only reads the process environment, so the values env finds
	// are merged over the file's: the same precedence, below flags.
	envValues := make(map[string]any)
	for _, s := range settings {
		text, ok := env(s.Env)
		if !ok || text == "" {
			continue
		}
		val, err := s.parseText(text)
		if err != nil {
			return Config{}, fmt.Errorf("environment %s: %w", s.Env, err)
		}
		envValues[s.Name] = val
		src[s.Name] = envSource(s.Env)
	}
	if err := v.MergeConfigMap(envValues); err != nil {
		return Config{}, fmt.Errorf("environment: %w", err)
	}

	for name, f := range l.flags {
		if err := v.BindPFlag(name, f); err != nil {
			return Config{}, fmt.Errorf("flag --%s: %w", f.Name, err)
		}
		if f.Changed {
			src[name] = flagSource(f.Name)
		}
	}

	c := Config{
		DB:            v.GetString("db"),
		Lexicon:       v.GetStringSlice("lexicon"),
		Level:         v.GetString("level"),
		LogLevel:      v.GetString("log_level"),
		Workers:       v.GetInt("workers"),
		Strict:        v.GetBool("strict"),
		MinConfidence: v.GetFloat64("min_confidence"),
	}
	if len(c.Lexicon) == 0 {
		c.Lexicon = nil
	}

	// File and environment values were checked as they were read; flag
	// values are typed by pflag but not range-checked yet.
	for _, s := range settings {
		if f, ok := l.flags[s.Name]; ok && f.Changed {
			if err := s.checkValue(s.get(c)); err != nil {
				return Config{}, fmt.Errorf("flag --%s: %w", f.Name, err)
			}
		}
	}
	if err := checkLexiconFiles(c.Lexicon, l.where("lexicon", src["lexicon"], file)); err != nil {
		return Config{}, err
	}

	l.sources = src
	if file != nil {
		l.file = file.path
	}
	return c, nil
}

// Sources returns where each setting's effective value came from, keyed by
// the config file key. It is nil before a successful Load.
func (l *Loader) Sources() map[string]Source {
	if l.sources == nil {
		return nil
	}
	return maps.Clone(l.sources)
}

// File returns the config file read by the last successful Load, or "" if
// none was.
func (l *Loader) File() string { return l.file }

// readConfigFile finds and parses the config file; it returns nil when no
// default file exists.
func (l *Loader) readConfigFile(explicit string, env func(string) (string, bool)) (*fileSettings, error) {
	if explicit == "" {
		if p, ok := env(FileEnv); ok {
			explicit = p
		}
	}
	if explicit != "" {
		data, err := os.ReadFile(explicit)
		if err != nil {
			return nil, fmt.Errorf("read config file: %w", err)
		}
		return parseFile(explicit, data)
	}

	candidates := []string{DefaultFile}
	if dir, err := l.userDir(); err == nil && dir != "" {
		// Without a user config directory (no $HOME) there is simply one
		// place fewer to look.
		candidates = append(candidates, filepath.Join(dir, "kg", DefaultFile))
	}
	for _, path := range candidates {
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read config file: %w", err)
		}
		return parseFile(path, data)
	}
	return nil, nil
}

// where describes the place a setting's value came from, to begin an
// error message: "kg.yaml:3: setting \"lexicon\"", "environment KG_LEXICON"
// or "flag --lexicon".
func (l *Loader) where(name string, src Source, file *fileSettings) string {
	switch {
	case file != nil && src == fileSource(file.path):
		return fmt.Sprintf("%s:%d: setting %q", file.path, file.lines[name], name)
	case src == envSource(lookupEnvName(name)):
		return "environment " + lookupEnvName(name)
	case l.flags[name] != nil && src == flagSource(l.flags[name].Name):
		return "flag --" + l.flags[name].Name
	}
	return fmt.Sprintf("setting %q", name)
}

func lookupEnvName(name string) string {
	s, _ := lookupSetting(name)
	return s.Env
}

// checkLexiconFiles reports the first lexicon file that is missing or not
// a regular file.
func checkLexiconFiles(paths []string, where string) error {
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%s: lexicon file %s does not exist", where, p)
		case err != nil:
			return fmt.Errorf("%s: lexicon file: %w", where, err)
		case info.IsDir():
			return fmt.Errorf("%s: lexicon file %s is a directory", where, p)
		}
	}
	return nil
}
