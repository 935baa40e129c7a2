package actor_test

import (
	"slices"
	"testing"

	"kg/actor"
)

// FuzzLookup looks up arbitrary queries in the embedded lexicon. Lookup and
// Suggest must not panic; Lookup ranks its matches, names each actor once,
// ignores the blanks around a query, and finds its best match again by the
// name that matched.
func FuzzLookup(f *testing.F) {
	lex, err := actor.Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{
		"Assad", "bashar al assad", "الأسد", "Erdoğan", "Ardogan", "Khamene'i", "hakan-fidan", "UN", "SDF",
		"al-", "ال", "--", "'", "Al Al Al", "ﷲ", "\u200fبوتين\u200f", "Ǆ", "İstanbul", "ß", "ﻻ",
		"\xff\xfe", "a\x00b", "0", "١٢٣", "Putin Putin Putin Putin", "x y z w v u t s r q p o n m",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		ms := lex.Lookup(q)
		seen := map[string]bool{}
		for i, m := range ms {
			switch {
			case m.ID == "" || m.Via == "" || m.Score <= 0:
				t.Fatalf("Lookup(%q)[%d] = %+v", q, i, m)
			case seen[m.ID]:
				t.Fatalf("Lookup(%q) gives %s twice", q, m.ID)
			case i > 0 && m.Score > ms[i-1].Score:
				t.Fatalf("Lookup(%q) not ranked: %v before %v", q, ms[i-1].Score, m.Score)
			}
			seen[m.ID] = true
		}
		if got := ids(lex.Lookup(" \t" + q + " \n")); !slices.Equal(got, ids(ms)) {
			t.Fatalf("Lookup(%q) = %v, but with blanks around it %v", q, ids(ms), got)
		}
		if len(ms) > 0 {
			if again := ids(lex.Lookup(ms[0].Via)); !slices.Contains(again, ms[0].ID) {
				t.Fatalf("Lookup(%q) finds %s by %q, but Lookup(%q) = %v", q, ms[0].ID, ms[0].Via, ms[0].Via, again)
			}
		}
		sug := lex.Suggest(q, 3)
		if len(sug) > 3 {
			t.Fatalf("Suggest(%q, 3) gives %d actors", q, len(sug))
		}
		seen = map[string]bool{}
		for _, a := range sug {
			if a.ID == "" || seen[a.ID] {
				t.Fatalf("Suggest(%q, 3) = %v", q, sug)
			}
			seen[a.ID] = true
		}
	})
}

func ids(ms []actor.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}
