package extract

import (
	"fmt"
	"io"
	"strings"

	"kg/arabic"
	"kg/article"
)

// Explain writes, for every sentence of the article that names an actor, the
// actors found (with the preposition that governs them, the noun a
// nationality adjective qualifies and the list they belong to), the triggers
// and the events, so a person can see why the extractor read a sentence as
// it did.
func (x *Arabic) Explain(out io.Writer, a article.Article) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("arabic extractor failed on article %s: %v", a.ID, p)
		}
	}()
	w := &errWriter{w: out}
	defer func() {
		if err == nil {
			err = w.err
		}
	}()
	st := x.newState(a)
	for _, seg := range x.segments(a.Text) {
		for _, s := range arabic.Sentences(seg.text) {
			before := len(st.events)
			toks := arabic.AppendTokens(nil, s.Text, seg.start+s.Start)
			r := st.resolver(toks)
			slots := r.resolve(st.reread(toks, x.lx.dropNotActors(toks, x.gaz.Find(toks))))
			destTrigs, destSlots := x.lx.destinations(toks, slots)
			slots = append(slots, destSlots...)
			sortSlots(slots)
			st.sentence(s.Text, seg.start+s.Start)
			if len(slots) == 0 && len(st.events) == before {
				continue
			}
			fmt.Fprintf(w, "%s\n", s.Text)
			for _, sl := range slots {
				var extra []string
				if sl.prep != "" {
					extra = append(extra, "prep "+sl.prep)
				}
				if sl.adjectival() {
					extra = append(extra, "adjective of "+toks[sl.adjOf].Text)
				}
				fmt.Fprintf(w, "  actor  %-28s %s  group %d %s\n", strings.Join(sl.actors, "+"),
					spanOf(toks, sl.first, sl.end), sl.group, strings.Join(extra, ", "))
			}
			for _, f := range mergeTriggers(x.lx.findTriggers(toks, slots), destTrigs) {
				kind := [...]string{"verb", "noun", "passive", "circumstantial", "participle"}[f.t.kind]
				fmt.Fprintf(w, "  trig   %-28s %s %s\n", f.t.rel, spanOf(toks, f.i, f.end), kind)
			}
			for _, e := range st.events[before:] {
				if len(e.Triples()) == 0 {
					fmt.Fprintf(w, "  EVENT  %s%s  (%.2f, «%s», no pair of sides)\n", e.Relation, argsOf(e), e.Confidence, e.Trigger)
				}
				for _, t := range e.Triples() {
					fmt.Fprintf(w, "  EVENT  %s %s %s  (%.2f, «%s»)\n", t.Subject, t.Relation, t.Object, t.Confidence, t.Trigger)
				}
			}
		}
	}
	return nil
}

// argsOf lists the sides of an event that has no pair of them.
func argsOf(e Event) string {
	var b strings.Builder
	for _, a := range e.Args {
		fmt.Fprintf(&b, " %s=%s", a.Role, a.Actor)
	}
	return b.String()
}

func spanOf(toks []arabic.Token, i, end int) string {
	var parts []string
	for _, t := range toks[i:end] {
		parts = append(parts, t.Text)
	}
	return "«" + strings.Join(parts, " ") + "»"
}

// errWriter keeps the first write error, so a long report is written with
// plain Fprintf calls and checked once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
