package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"kg/article"
	"kg/build"
	"kg/extract"
	"kg/query"
)

func (a *app) actorsCommand() *cobra.Command {
	var opt query.ActorsOptions
	var at string
	cmd := &cobra.Command{
		Use:   "actors [QUERY]",
		Short: "List the actors kg knows, with roles and how many triples each has",
		Args:  maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := a.lexicon()
			if err != nil {
				return err
			}
			if len(args) == 1 {
				opt.Query = args[0]
			}
			if opt.Day, err = parseDay("--at", at); err != nil {
				return err
			}
			var counts map[string]int
			coverage := query.LexiconCoverage(lex) // the lexicon's own, before people found in articles join it
			opt.Coverage = &coverage
			st, err := a.openStore(true, true)
			switch {
			case err == nil:
				// query.New adds the people builds discovered to the lexicon.
				if _, err := query.New(st, lex, 0); err != nil {
					return err
				}
				if counts, err = query.TripleCounts(st, a.cfg.MinConfidence); err != nil {
					return err
				}
			case errors.Is(err, fs.ErrNotExist):
				// No store yet: the lexicon alone is still worth listing.
			default:
				return err
			}
			return query.WriteActors(a.stdout, lex, counts, opt)
		},
	}
	cmd.Flags().BoolVar(&opt.JSON, "json", false, "print JSON, with the lexicon's coverage")
	cmd.Flags().StringVar(&at, "at", "", "show the roles held on this day (YYYY-MM-DD; default today)")
	return cmd
}

func (a *app) renderCommand() *cobra.Command {
	var ff filterFlags
	var output string
	cmd := &cobra.Command{
		Use:   "render -o FILE.svg|FILE.png|FILE.pdf",
		Short: "Draw the graph with Graphviz",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			format := strings.TrimPrefix(filepath.Ext(output), ".")
			if output == "" || (format != "svg" && format != "png" && format != "pdf") {
				return usageError{errors.New("render needs -o FILE ending in .svg, .png or .pdf")}
			}
			dot, err := exec.LookPath("dot")
			if err != nil {
				return errors.New("render needs Graphviz's dot program, which is not installed: " +
					"install the graphviz package (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), " +
					"or use kg export --format dot and draw it elsewhere")
			}
			s, f, err := a.filtered(&ff)
			if err != nil {
				return err
			}
			var buf strings.Builder
			if err := s.Export(&buf, nil, "dot", f); err != nil {
				return err
			}
			run := exec.CommandContext(cmd.Context(), dot, "-T"+format, "-o", output)
			run.Stdin = strings.NewReader(buf.String())
			run.Stderr = a.stderr
			if err := run.Run(); err != nil {
				return fmt.Errorf("dot failed: %w", err)
			}
			fmt.Fprintf(a.stdout, "wrote %s\n", output)
			return nil
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().StringVarP(&output, "output", "o", "", "the picture to write: .svg, .png or .pdf")
	return cmd
}

func (a *app) extractCommand() *cobra.Command {
	var explain, events bool
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Show what the extractor finds in articles, without storing anything",
		Long: "extract prints the triples of the articles as JSON lines (the export schema); with\n" +
			"--events every event, also those with fewer than two sides (violent incidents by\n" +
			"unnamed attackers), which give no triple; with --explain how each sentence was read:\n" +
			"actors, prepositions, lists, triggers and events.",
		Args: pathArgs("extract"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if explain && events {
				return usageError{fmt.Errorf("extract: --explain and --events are two different outputs; give one")}
			}
			ex, lex, err := a.extractor()
			if err != nil {
				return err
			}
			opt := article.Options{Strict: a.cfg.Strict, MaxLine: build.DefaultMaxLine}
			skipped := func(p article.Problem) { a.log.Warn("skipped", "input", p.Error()) }
			if explain {
				return article.Walk(cmd.Context(), args, opt, func(art article.Article) error {
					fmt.Fprintf(a.stdout, "== %s\n", art.ID)
					return ex.Explain(a.stdout, art)
				}, skipped)
			}
			failed, err := build.ExtractEach(cmd.Context(), ex, args, opt, func(_ article.Article, res extract.Result) error {
				names := query.ResultNodes(lex, res)
				if events {
					return query.WriteEventsJSONL(a.stdout, res, names)
				}
				return query.WriteResultJSONL(a.stdout, res, names)
			}, skipped)
			if err == nil && failed > 0 {
				err = fmt.Errorf("extract: the extractor failed on %d articles, named in the warnings above; the others are printed", failed)
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&explain, "explain", false, "show how each sentence was read")
	cmd.Flags().BoolVar(&events, "events", false, "print events, with all their sides, instead of triples")
	return cmd
}
