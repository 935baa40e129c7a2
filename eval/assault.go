package eval

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

// AssaultReport is how an extractor reads the public PLOVER ASSAULT gold
// sentences (openeventdata/arabic_event_gsr): each sentence is given to the
// extractor as a one-sentence article.
type AssaultReport struct {
	Positive     int // sentences of assault_spans.json (every annotator saw an assault)
	Attack       int // of them, given at least one attack event
	SourceKnown  int // of them, with a source country in the gold spans
	AttackSource int // of them, given an attack whose source is in a gold source country
	EasyNo       int // "easy no" sentences of assault_gsr.csv (every annotator saw none)
	EasyNoAttack int // of them, wrongly given an attack event
}

// Share returns n/d, or 0 when d is 0.
func Share(n, d int) float64 { return ratio(n, d) }

// Write prints the report.
func (r AssaultReport) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "assault gold: %d sentences, attack found in %d (%.1f%%), with the right source country in %d (%.1f%%; %d have a source country)\n"+
		"easy no: %d sentences, attack wrongly found in %d (%.1f%%)\n",
		r.Positive, r.Attack, 100*Share(r.Attack, r.Positive), r.AttackSource, 100*Share(r.AttackSource, r.Positive), r.SourceKnown,
		r.EasyNo, r.EasyNoAttack, 100*Share(r.EasyNoAttack, r.EasyNo))
	return err
}

// assaultSentence is the part of an assault_spans.json record that is used.
type assaultSentence struct {
	ID    string `json:"source"`
	Text  string `json:"text"`
	Spans []struct {
		SourceRole role `json:"source_role"`
	} `json:"spans"`
}

// role is an actor code: {"main": "ISR", "role": "MIL"}, or a bare string
// ("UNKNOWN") in a few records.
type role struct{ Main string }

func (r *role) UnmarshalJSON(b []byte) error {
	var code struct {
		Main string `json:"main"`
	}
	if err := json.Unmarshal(b, &code); err == nil {
		r.Main = code.Main
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("actor code: want an object or a string, got %s", b)
	}
	r.Main = ""
	return nil
}

// Assault runs ex on the sentences of the ASSAULT gold set in dir (the
// directory holding assault_spans.json and assault_gsr.csv) and counts how
// many assaults it finds, with the right source country, and how many it
// finds where there is none.
func Assault(ex extract.Extractor, lex *actor.Lexicon, dir string) (AssaultReport, error) {
	var r AssaultReport
	data, err := os.ReadFile(filepath.Join(dir, "assault_spans.json"))
	if err != nil {
		return r, fmt.Errorf("assault gold: %w", err)
	}
	var sents []assaultSentence
	if err := json.Unmarshal(data, &sents); err != nil {
		return r, fmt.Errorf("assault gold %s: %w", filepath.Join(dir, "assault_spans.json"), err)
	}
	for i, s := range sents {
		sources := map[string]bool{}
		for _, sp := range s.Spans {
			if m := sp.SourceRole.Main; m != "" && m != "None" {
				sources[m] = true
			}
		}
		attackers, err := attackSources(ex, fmt.Sprintf("assault-%d", i), s.Text)
		if err != nil {
			return r, err
		}
		r.Positive++
		if len(sources) > 0 {
			r.SourceKnown++
		}
		if len(attackers) > 0 {
			r.Attack++
		}
		for _, id := range attackers {
			if a, ok := lex.ByID(id); ok && sources[a.Country] {
				r.AttackSource++
				break
			}
		}
	}
	f, err := os.Open(filepath.Join(dir, "assault_gsr.csv"))
	if err != nil {
		return r, fmt.Errorf("assault gold: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return r, fmt.Errorf("assault gold csv: %w", err)
	}
	label, text := column(header, "label"), column(header, "text")
	if label < 0 || text < 0 {
		return r, fmt.Errorf("assault gold csv: no \"label\" or \"text\" column in %v", header)
	}
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return r, fmt.Errorf("assault gold csv: %w", err)
		}
		if len(rec) <= max(label, text) || strings.TrimSpace(rec[label]) != "easy no" {
			continue
		}
		r.EasyNo++
		attackers, err := attackSources(ex, fmt.Sprintf("easy-no-%d", n), rec[text])
		if err != nil {
			return r, err
		}
		if len(attackers) > 0 {
			r.EasyNoAttack++
		}
	}
	return r, nil
}

// attackSources extracts one sentence as an article and returns the source
// actors of its attack events (an attack without a source counts too, as
// "").
func attackSources(ex extract.Extractor, id, text string) ([]string, error) {
	res, err := ex.Extract(article.Article{ID: id, Text: text})
	if err != nil {
		return nil, fmt.Errorf("assault gold %s: %w", id, err)
	}
	var out []string
	for _, e := range res.Events {
		if e.Relation != extract.Attack {
			continue
		}
		found := false
		for _, a := range e.Args {
			if a.Role == extract.Source {
				out = append(out, a.Actor)
				found = true
			}
		}
		if !found {
			out = append(out, "")
		}
	}
	return out, nil
}

func column(header []string, name string) int {
	for i, h := range header {
		if strings.TrimSpace(h) == name {
			return i
		}
	}
	return -1
}
