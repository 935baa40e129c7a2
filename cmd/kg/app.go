package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"kg/actor"
	"kg/config"
	"kg/extract"
	"kg/graph"
	"kg/query"
	"kg/store"
)

// app holds what the commands of one run share: the settings, the log and
// the store once opened.
type app struct {
	stdout, stderr io.Writer
	env            func(string) (string, bool)
	loader         *config.Loader
	configFile     string
	cfg            config.Config
	log            *slog.Logger
	st             *store.Store
}

func newApp(stdout, stderr io.Writer, env func(string) (string, bool)) *app {
	return &app{stdout: stdout, stderr: stderr, env: env, loader: config.NewLoader()}
}

// usageError marks a command misused (wrong arguments or flags).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "A knowledge graph of diplomatic relations from news articles",
		Long: "kg reads news articles (Arabic first), extracts who met, mediated, supported, accused or\n" +
			"attacked whom, when, and on which sentence that rests, and answers questions about the graph.",
		SilenceUsage:  true,
		SilenceErrors: true,
		// Without Args and RunE cobra reports an unknown command as a plain
		// error, which would exit 1 instead of 2.
		Args:                       unknownCommand,
		SuggestionsMinimumDistance: 2,
		RunE:                       func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		PersistentPreRunE:          func(cmd *cobra.Command, _ []string) error { return a.configure(cmd) },
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "settings file (default ./kg.yaml, then the user config dir)")
	pf.String("db", "", "store directory (default ./kg.db)")
	pf.StringSlice("lexicon", nil, "extra actor lexicon files (YAML)")
	pf.String("log-level", "", "debug, info, warn or error")
	pf.Float64("min-confidence", 0, "ignore triples below this confidence")
	root.AddCommand(
		a.buildCommand(),
		a.neighborsCommand(),
		a.pathCommand(),
		a.topCommand(),
		a.triplesCommand(),
		a.exportCommand(),
		a.communitiesCommand(),
		a.timelineCommand(),
		a.evalCommand(),
		a.verifyCommand(),
		a.configCommand(),
		a.actorsCommand(),
		a.renderCommand(),
		a.extractCommand(),
	)
	return root
}

// configure loads the settings once the command's flags are parsed.
func (a *app) configure(cmd *cobra.Command) error {
	if err := a.loader.BindFlags(cmd.Flags()); err != nil {
		return err
	}
	explicit := a.configFile
	if explicit == "" {
		explicit, _ = a.env("KG_CONFIG")
	}
	cfg, err := a.loader.Load(explicit, a.env)
	if err != nil {
		return err
	}
	a.cfg = cfg
	a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: cfg.SlogLevel()}))
	return nil
}

// openStore opens the configured store, read-only for queries; mustExist
// refuses to create one.
func (a *app) openStore(readOnly, mustExist bool) (*store.Store, error) {
	st, err := store.Open(a.cfg.DB, store.Options{ReadOnly: readOnly, MustExist: mustExist, Logger: a.log})
	if err != nil {
		return nil, err
	}
	a.st = st
	return st, nil
}

// close closes the store if a command opened it.
func (a *app) close() {
	if a.st != nil {
		if err := a.st.Close(); err != nil {
			fmt.Fprintf(a.stderr, "kg: close store: %v\n", err)
		}
		a.st = nil
	}
}

func (a *app) lexicon() (*actor.Lexicon, error) {
	return actor.Load(a.cfg.Lexicon...)
}

// session opens the store read-only with the lexicon, for queries.
func (a *app) session() (*query.Session, error) {
	relaxQueryGC(a.env)
	lex, err := a.lexicon()
	if err != nil {
		return nil, err
	}
	st, err := a.openStore(true, true)
	if err != nil {
		return nil, err
	}
	s, err := query.New(st, lex, a.cfg.MinConfidence)
	if err != nil {
		return nil, err
	}
	s.SetNotes(a.stderr)
	return s, nil
}

// extractor loads the lexicon and returns the Arabic extractor.
func (a *app) extractor() (*extract.Arabic, *actor.Lexicon, error) {
	lex, err := a.lexicon()
	if err != nil {
		return nil, nil, err
	}
	ex, err := extract.NewArabic(lex)
	return ex, lex, err
}

// filtered opens a query session and reads the filter flags, the preamble
// of every query and export.
func (a *app) filtered(ff *filterFlags) (*query.Session, graph.Filter, error) {
	s, err := a.session()
	if err != nil {
		return nil, graph.Filter{}, err
	}
	f, err := ff.filter(a, s)
	return s, f, err
}

// filterFlags are the flags every query and export takes.
type filterFlags struct {
	rels         []string
	since, until string
	minArticles  int
	level        string
	ego          string
	depth        int
}

func (f *filterFlags) register(fs *pflag.FlagSet) {
	fs.StringSliceVar(&f.rels, "rel", nil, "keep only these relations (comma-separated: "+relationList()+")")
	fs.StringVar(&f.since, "since", "", "keep triples dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.until, "until", "", "keep triples dated on or before this day (YYYY-MM-DD)")
	fs.IntVar(&f.minArticles, "min-articles", 0, "keep links reported by at least this many articles")
	fs.StringVar(&f.level, "level", "", "person (default) or country: roll people and institutions up to their state")
	fs.StringVar(&f.ego, "ego", "", "keep only the neighbourhood of this actor")
	fs.IntVar(&f.depth, "depth", 1, "with --ego: how many hops around it")
}

func relationList() string {
	names := make([]string, len(extract.Relations))
	for i, r := range extract.Relations {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// filter turns the flags into a graph filter, resolving --ego by name.
func (f *filterFlags) filter(a *app, s *query.Session) (graph.Filter, error) {
	out := graph.Filter{MinArticles: f.minArticles, Level: f.level, Depth: f.depth}
	if out.Level == "" {
		out.Level = a.cfg.Level
	}
	for _, r := range f.rels {
		rel := extract.Relation(strings.TrimSpace(r))
		if !rel.Valid() {
			return out, usageError{fmt.Errorf("--rel: unknown relation %q (known: %s)", r, relationList())}
		}
		out.Relations = append(out.Relations, rel)
	}
	var err error
	if out.Since, err = parseDay("--since", f.since); err != nil {
		return out, err
	}
	if out.Until, err = parseDay("--until", f.until); err != nil {
		return out, err
	}
	if f.ego != "" {
		act, err := s.Resolve(f.ego)
		if err != nil {
			return out, fmt.Errorf("--ego: %w", err)
		}
		out.Ego = act.ID
		if out.Level == graph.LevelCountry {
			if n := s.Node(act.ID); n.State != "" {
				out.Ego = n.State
			}
		}
	}
	if err := out.Validate(); err != nil {
		return out, usageError{err}
	}
	return out, nil
}

func parseDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("%s: want a day as YYYY-MM-DD, got %q", flag, s)}
	}
	return t, nil
}

// unknownCommand rejects arguments to kg itself, which can only be a
// misspelt command.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += " (did you mean " + strings.Join(s, " or ") + "?)"
	}
	return usageError{errors.New(msg)}
}

// exactArgs is cobra.ExactArgs with errors marked as misuse.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// pathArgs requires at least one file or folder.
func pathArgs(command string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usageError{fmt.Errorf("%s needs at least one file or folder", command)}
		}
		return nil
	}
}

func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.MaximumNArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
