package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/actor"
	"kg/extract"
)

// assaultDir is the public ASSAULT gold set, outside the repository.
const assaultDir = "../../shared/external/arabic-event-gsr"

func TestAssault(t *testing.T) {
	if _, err := os.Stat(filepath.Join(assaultDir, "assault_spans.json")); err != nil {
		t.Skipf("assault gold set not present at %s: %v", assaultDir, err)
	}
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.NewArabic(lex)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Assault(ex, lex, assaultDir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	// The counts come from the files: every span sentence and every "easy
	// no" line is read, and what is found is a part of what was read.
	if r.Positive != 373 {
		t.Errorf("read %d span sentences, want the 373 of assault_spans.json", r.Positive)
	}
	if r.EasyNo == 0 {
		t.Error("read no \"easy no\" sentence from assault_gsr.csv")
	}
	if r.Attack > r.Positive || r.AttackSource > r.Attack || r.AttackSource > r.SourceKnown || r.EasyNoAttack > r.EasyNo {
		t.Errorf("inconsistent counts: %+v", r)
	}
	if r.Attack == 0 {
		t.Error("no attack found in any assault sentence")
	}
}

func TestAssaultMissingDir(t *testing.T) {
	if _, err := Assault(nil, nil, t.TempDir()); err == nil {
		t.Error("no error for a directory without the gold files")
	}
}
