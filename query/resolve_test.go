package query

import (
	"errors"
	"testing"

	"kg/actor"
)

// TestResolve: surnames and full names resolve; a given name several people
// share offers a numbered choice, the best match first.
func TestResolve(t *testing.T) {
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	s := &Session{lex: lex}
	tests := []struct {
		name      string
		want      string // the actor, or the first choice offered
		ambiguous bool
	}{
		{"Assad", "bashar-al-assad", false},
		{"الأسد", "bashar-al-assad", false},
		{"Erdogan", "recep-tayyip-erdogan", false},
		{"vladimir-putin", "vladimir-putin", false},
		{"Abbas", "mahmoud-abbas", true},
		{"Kim", "kim-jong-un", true},
	}
	for _, tt := range tests {
		a, err := s.Resolve(tt.name)
		var amb *AmbiguousError
		switch {
		case tt.ambiguous && errors.As(err, &amb):
			if amb.Matches[0].ID != tt.want || len(amb.Matches) < 2 {
				t.Errorf("%s: choices %v, want %s first", tt.name, amb.Matches, tt.want)
			}
		case tt.ambiguous:
			t.Errorf("%s: resolved to %s (%v), want a choice", tt.name, a.ID, err)
		case err != nil || a.ID != tt.want:
			t.Errorf("%s: %s, %v; want %s", tt.name, a.ID, err, tt.want)
		}
	}
	var unknown *UnknownError
	if _, err := s.Resolve("Zzyzx Qqq"); !errors.As(err, &unknown) {
		t.Errorf("unknown name: %v", err)
	}
}
