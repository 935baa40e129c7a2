package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"kg/article"
	"kg/build"
	"kg/eval"
	"kg/graph"
	"kg/query"
)

func (a *app) buildCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Extract relations from articles and store them",
		Long: "build reads .txt articles (one a file) and .jsonl / .jsonl.gz files (one article a line: id,\n" +
			"date, url, title, text) from the files and folders given, extracts their events and stores\n" +
			"them. Articles already stored with the same text are skipped; changed ones are replaced.",
		Args: pathArgs("build"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ex, _, err := a.extractor()
			if err != nil {
				return err
			}
			st, err := a.openStore(false, false)
			if err != nil {
				return err
			}
			opt := build.Options{
				Workers: a.cfg.Workers,
				Strict:  a.cfg.Strict,
				OnProblem: func(p article.Problem) {
					a.log.Warn("skipped", "input", p.Error())
				},
			}
			if isTerminal(a.stderr) {
				opt.Progress = a.stderr
			}
			limitBuildMemory(a.env)
			sum, err := build.Run(cmd.Context(), st, ex, args, opt)
			if werr := sum.Write(a.stdout); werr != nil && err == nil {
				err = werr
			}
			if sum.Stopped {
				return fmt.Errorf("interrupted: the %d articles counted above are stored whole; run the same build again to finish", sum.Added+sum.Replaced)
			}
			return err
		},
	}
	cmd.Flags().Int("workers", 0, "extraction goroutines (default: one per CPU)")
	cmd.Flags().Bool("strict", false, "stop at the first bad input instead of skipping it")
	return cmd
}

// isTerminal reports whether w is a character device, where a progress line
// rewritten in place makes sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (a *app) neighborsCommand() *cobra.Command {
	var ff filterFlags
	var opt query.NeighborsOptions
	cmd := &cobra.Command{
		Use:   "neighbors NAME",
		Short: "List the actors linked to one, with relations, dates and articles",
		Long: "neighbors lists the actors linked to NAME (English or Arabic, any case, with or without al-,\n" +
			"or an actor id): → relations from NAME, ← towards it, ↔ both or symmetric.",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			opt.Filter = f
			return s.Neighbors(a.stdout, args[0], opt)
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().BoolVar(&opt.JSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&opt.Evidence, "evidence", false, "print the sentences each link rests on")
	return cmd
}

func (a *app) pathCommand() *cobra.Command {
	var ff filterFlags
	var opt query.PathOptions
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "Show the shortest chains of relations between two actors, with evidence",
		Args:  exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opt.Prefer != graph.PreferNone {
				if err := oneOf("--by", opt.Prefer, graph.PreferCooperation, graph.PreferConflict); err != nil {
					return err
				}
			}
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			opt.Filter = f
			return s.Path(a.stdout, args[0], args[1], opt)
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().IntVar(&opt.K, "k", 1, "how many chains: the shortest and the k-1 next")
	cmd.Flags().StringVar(&opt.Prefer, "by", "", "prefer cooperation or conflict links")
	cmd.Flags().BoolVar(&opt.JSON, "json", false, "print JSON")
	return cmd
}

func (a *app) topCommand() *cobra.Command {
	var ff filterFlags
	var opt query.TopOptions
	cmd := &cobra.Command{
		Use:   "top",
		Short: "Rank actors by degree, PageRank and betweenness",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := oneOf("--by", opt.By, query.TopMeasures...); err != nil {
				return err
			}
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			opt.Filter = f
			return s.Top(a.stdout, opt)
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().StringVar(&opt.By, "by", graph.ByDegree, "sort by degree, pagerank, betweenness, hits or hubs")
	cmd.Flags().IntVarP(&opt.N, "n", "n", 20, "how many actors (0: all)")
	cmd.Flags().IntVar(&opt.Samples, "approx", 0, "estimate betweenness from this many sampled sources (0: exact)")
	cmd.Flags().BoolVar(&opt.JSON, "json", false, "print JSON")
	return cmd
}

func (a *app) triplesCommand() *cobra.Command {
	var opt query.TriplesOptions
	cmd := &cobra.Command{
		Use:   "triples [NAME]",
		Short: "List stored triples, of one actor or all, with article, date and sentence",
		Args:  maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session()
			if err != nil {
				return err
			}
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			return s.WriteTriples(a.stdout, name, opt)
		},
	}
	cmd.Flags().BoolVar(&opt.JSON, "json", false, "print JSON lines in the export schema")
	return cmd
}

func (a *app) exportCommand() *cobra.Command {
	var ff filterFlags
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph as DOT, JSON, JSON lines, GraphML, GEXF, N-Quads or CSV",
		Long: "export writes the graph for other tools: dot (Graphviz), json (nodes and links: D3,\n" +
			"Cytoscape), jsonl (one triple a line), graphml (Gephi, yEd), gexf (Gephi), nquads (Dgraph)\n" +
			"and csv (nodes to -o FILE, edges to FILE with -edges before its extension).",
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			// Checked first, so that a misspelt format creates no output file.
			if err := oneOf("--format", format, query.Formats...); err != nil {
				return err
			}
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			w, edges := a.stdout, io.Writer(nil)
			if output != "" {
				file, err := os.Create(output)
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				defer closeFile(file, &err)
				w = file
			}
			if format == "csv" {
				if output == "" {
					return usageError{errors.New("--format csv needs -o FILE (edges go to a second file beside it)")}
				}
				ext := filepath.Ext(output)
				file, err := os.Create(strings.TrimSuffix(output, ext) + "-edges" + ext)
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				defer closeFile(file, &err)
				edges = file
			}
			return s.Export(w, edges, format, f)
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().StringVar(&format, "format", "dot", "dot, json, jsonl, graphml, gexf, nquads or csv")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

// oneOf returns a usage error unless the flag's value is one of allowed.
func oneOf(flag, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return usageError{fmt.Errorf("%s: unknown value %q (known: %s)", flag, value, strings.Join(allowed, ", "))}
}

func closeFile(f *os.File, err *error) {
	if cerr := f.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

func (a *app) communitiesCommand() *cobra.Command {
	var ff filterFlags
	var seed int64
	cmd := &cobra.Command{
		Use:   "communities",
		Short: "Group actors into communities (Louvain)",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			g, err := s.Graph(f)
			if err != nil {
				return err
			}
			for i, c := range g.Communities(seed) {
				names := make([]string, len(c))
				for j, n := range c {
					names[j] = n.Name
				}
				fmt.Fprintf(a.stdout, "%d. (%d) %s\n", i+1, len(c), strings.Join(names, ", "))
			}
			return nil
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed of the Louvain method (same seed, same answer)")
	return cmd
}

func (a *app) timelineCommand() *cobra.Command {
	var ff filterFlags
	cmd := &cobra.Command{
		Use:   "timeline A [B]",
		Short: "Events by month for an actor or a pair",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usageError{errors.New("timeline takes one or two actor names")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			b := ""
			if len(args) == 2 {
				b = args[1]
			}
			return s.Timeline(a.stdout, args[0], b, f)
		},
	}
	ff.register(cmd.Flags())
	return cmd
}

func (a *app) evalCommand() *cobra.Command {
	var goldFile string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "eval --gold FILE [PATH...]",
		Short: "Score the extractor against reference triples",
		Long: "eval extracts the articles named in the gold file (found under PATH..., default\n" +
			"testdata/articles) and prints precision, recall and F1 at the entity and country levels\n" +
			"and per relation label. It does not touch the store.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if goldFile == "" {
				return usageError{errors.New("eval needs --gold FILE")}
			}
			if len(args) == 0 {
				args = []string{filepath.Join("testdata", "articles")}
			}
			ex, lex, err := a.extractor()
			if err != nil {
				return err
			}
			res, err := eval.Run(cmd.Context(), ex, lex, goldFile, args)
			if err != nil {
				return err
			}
			return res.Write(a.stdout, verbose)
		},
	}
	cmd.Flags().StringVar(&goldFile, "gold", "", "reference triples, JSON lines (see testdata/gold.jsonl)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every false positive and missed triple with its sentence")
	return cmd
}

func (a *app) verifyCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "verify",
		Short: "Check that the store's records and indexes agree",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(false, true)
			if err != nil {
				return err
			}
			problems, err := st.Verify()
			if err != nil {
				return err
			}
			for _, p := range problems {
				fmt.Fprintln(a.stdout, p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("store %s is damaged: %d problem%s", a.cfg.DB, len(problems), plural(len(problems)))
			}
			stats, err := st.Stats()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "store %s is sound: %d articles, %d events, %d triples\n", a.cfg.DB, stats.Articles, stats.Events, stats.Triples)
			return nil
		},
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (a *app) configCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective settings and where each came from",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.cfg.Write(a.stdout, a.loader.Sources())
		},
	}
}
