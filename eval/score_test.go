package eval

import (
	"strings"
	"testing"

	"kg/extract"
)

const goldFixture = `{"doc":"a","s":"Vladimir Putin","rel":"consult","o":"Bashar al-Assad"}
{"doc":"a","s":"Russia","rel":"support","o":["Syria","Bashar al-Assad"]}
{"doc":"a","s":"Turkey","rel":"cooperate","o":"Syria","optional":true}
{"doc":"a","s":"Russia","rel":"mediate","o":"Turkey"}
{"doc":"b","s":["Hakan Fidan","Turkey"],"rel":"intend","o":"Syria"}
{"doc":"d","none":true}
`

var states = map[string]string{
	"Vladimir Putin": "Russia", "Bashar al-Assad": "Syria", "Hakan Fidan": "Turkey",
	"Sergei Lavrov": "Russia",
}

func stateOf(_, n string) string {
	if s, ok := states[n]; ok {
		return s
	}
	return n
}

func TestScore(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(goldFixture), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	pred := []Predicted{
		{Doc: "a", S: "Bashar al-Assad", Rel: extract.Consult, O: "Vladimir Putin"}, // symmetric, reversed: TP
		{Doc: "a", S: "Russia", Rel: extract.Support, O: "Bashar al-Assad"},         // alternative: TP
		{Doc: "a", S: "Russia", Rel: extract.Support, O: "Syria"},                   // other alternative of the same: ignored
		{Doc: "a", S: "Syria", Rel: extract.Cooperate, O: "Turkey"},                 // optional: ignored
		{Doc: "a", S: "Turkey", Rel: extract.Attack, O: "Syria"},                    // FP
		{Doc: "b", S: "Turkey", Rel: extract.Intend, O: "Syria"},                    // TP
		{Doc: "c", S: "Turkey", Rel: extract.Attack, O: "Syria"},                    // article not in gold: not scored
		{Doc: "a", S: "Sergei Lavrov", Rel: extract.Consult, O: "Vladimir Putin"},   // entity FP; country: inside one state
		{Doc: "d", S: "Iran", Rel: extract.Threaten, O: "Israel"},                   // article with no triple: FP
	}
	tests := []struct {
		level      Level
		tp, fp, fn int
	}{
		{Entity, 3, 3, 1},  // missed: mediate
		{Country, 3, 2, 1}, // Putin–Assad becomes Russia–Syria; Lavrov–Putin dropped
	}
	for _, tt := range tests {
		rep := Score(gold, pred, tt.level, stateOf)
		if got := rep.Overall; got.TP != tt.tp || got.FP != tt.fp || got.FN != tt.fn {
			t.Errorf("%s: counts %+v, want tp %d fp %d fn %d", tt.level, got, tt.tp, tt.fp, tt.fn)
		}
		if c := rep.ByRelation[extract.Mediate]; c.FN != 1 {
			t.Errorf("%s: mediate counts %+v, want one miss", tt.level, c)
		}
		var b strings.Builder
		if err := rep.Write(&b, true); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"all", "missed: Russia mediate Turkey", "false positive: Turkey attack Syria"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s report lacks %q:\n%s", tt.level, want, b.String())
			}
		}
	}
}

// TestScoreOrderFree: a prediction that fits two reference triples takes
// the one no other prediction can, whatever the order they come in.
func TestScoreOrderFree(t *testing.T) {
	const fixture = `{"doc":"a","s":["Hulusi Akar","Turkey"],"rel":"consult","o":["Ali Mahmoud Abbas","Syria"]}
{"doc":"a","s":"Syria","rel":"consult","o":"Turkey"}
{"doc":"a","s":"Russia","rel":"consult","o":"Syria","optional":true}
`
	gold, err := ReadGold(strings.NewReader(fixture), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	states := Predicted{Doc: "a", S: "Syria", Rel: extract.Consult, O: "Turkey"}
	ministers := Predicted{Doc: "a", S: "Hulusi Akar", Rel: extract.Consult, O: "Ali Mahmoud Abbas"}
	optional := Predicted{Doc: "a", S: "Russia", Rel: extract.Consult, O: "Syria"}
	for _, pred := range [][]Predicted{{states, ministers, optional}, {ministers, optional, states}, {optional, states, ministers}} {
		rep := Score(gold, pred, Entity, stateOf)
		if got := rep.Overall; got.TP != 2 || got.FP != 0 || got.FN != 0 {
			t.Errorf("%s first: counts %+v, want both references found and nothing wrong", pred[0].S, got)
		}
	}
}

func TestCountsRatios(t *testing.T) {
	c := Counts{TP: 9, FP: 1, FN: 3}
	if p, r := c.Precision(), c.Recall(); p != 0.9 || r != 0.75 {
		t.Errorf("P %v R %v", p, r)
	}
	if f := c.F1(); f < 0.818 || f > 0.819 {
		t.Errorf("F1 %v", f)
	}
	if (Counts{}).F1() != 0 || (Counts{}).Precision() != 0 {
		t.Error("empty counts should score 0")
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"doc":"a","s":"X","rel":"hug","o":"Y"}`, "g.jsonl:1: unknown relation"},
		{"\n{\"doc\":\"a\",\"s\":\"X\",\"rel\":\"consult\"}", "g.jsonl:2: missing"},
		{`{"doc":"a","s":3,"rel":"consult","o":"Y"}`, "g.jsonl:1:"},
		{`{"s":"X","rel":"consult","o":"Y"}`, "missing \"doc\""},
		{`not json`, "g.jsonl:1:"},
		{`{"doc":"a","none":true,"s":"X","rel":"consult","o":"Y"}`, "a \"none\" line has no triple"},
	}
	for _, tt := range tests {
		_, err := ReadGold(strings.NewReader(tt.in), "g.jsonl")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadGold(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}
