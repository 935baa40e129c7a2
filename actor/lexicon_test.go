package actor

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// loadFixture builds a lexicon from the embedded titles and the given files
// only, as if they were the embedded data; user files come after.
func loadFixture(t testing.TB, files []string, userFiles ...string) (*Lexicon, error) {
	t.Helper()
	ti, err := embeddedTitles()
	if err != nil {
		t.Fatal(err)
	}
	var srcs []source
	for i, f := range append(files, userFiles...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, source{name: filepath.Base(f), data: data, user: i >= len(files)})
	}
	return build(ti, srcs)
}

func fixture(t testing.TB) *Lexicon {
	t.Helper()
	l, err := loadFixture(t, []string{"testdata/lexicon.yaml"})
	if err != nil {
		t.Fatalf("fixture lexicon: %v", err)
	}
	return l
}

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLoadEmbedded(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	all := l.All()
	if len(all) == 0 {
		t.Fatal("the embedded lexicon is empty")
	}
	for i, a := range all {
		if i > 0 && all[i-1].ID >= a.ID {
			t.Errorf("All not ordered by id at %q", a.ID)
		}
		got, ok := l.ByID(a.ID)
		if !ok || got.Name != a.Name {
			t.Errorf("ByID(%q) = %v, %v", a.ID, got.Name, ok)
		}
	}
}

// TestEmbeddedReferences checks what Load leaves to the data's authors:
// every country a person or role names has a state entry.
func TestEmbeddedReferences(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for _, a := range l.All() {
		codes := []string{a.Country}
		for _, r := range a.Roles {
			codes = append(codes, r.Country)
		}
		for _, c := range codes {
			if _, ok := l.StateOf(c); c != "" && !ok {
				t.Errorf("%s: country %s has no state entry", a.ID, c)
			}
		}
	}
}

func TestTitlesData(t *testing.T) {
	ti, err := embeddedTitles()
	if err != nil {
		t.Fatal(err)
	}
	// Every office of lexicon-format.md is a key.
	for _, k := range strings.Fields(`president vice-president king crown-prince emir sultan supreme-leader
		prime-minister foreign-minister defence-minister presidential-spokesperson
		foreign-ministry-spokesperson government-spokesperson secretary-general chief-of-staff`) {
		if !ti.isOffice(k) {
			t.Errorf("title %q of the lexicon format is no office in titles.yaml", k)
		}
	}
	// No phrase is written for two meanings: the gazetteer would keep one.
	seen := map[string]string{}
	note := func(p, meaning string) {
		k := strings.Join(phraseWords(p), " ")
		if old, dup := seen[k]; dup && old != meaning {
			t.Errorf("phrase %q is both %s and %s", p, old, meaning)
		}
		seen[k] = meaning
	}
	for _, tp := range ti.file.Titles {
		for _, p := range tp.Arabic {
			note(p, "title "+tp.Key+" "+tp.Country)
		}
	}
	for _, p := range ti.file.Institutions {
		note(p, "institution")
	}
	for _, p := range ti.file.Counterpart.Singular {
		note(p, "counterpart")
	}
	for _, p := range ti.file.Counterpart.Plural {
		note(p, "counterparts")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		file string
		want []string // each must be one of the joined errors, in full
	}{
		{"bad-date.yaml", []string{`bad-date.yaml:7: roles[0].from: cannot parse "2000-13-01" as a date (YYYY-MM-DD)`}},
		{"unknown-field.yaml", []string{`unknown-field.yaml:7: unknown field "nisbah"`}},
		{"bad-type.yaml", []string{`bad-type.yaml:3: type: unknown type "country" (want state, person, organization or group)`}},
		{"missing-name.yaml", []string{`missing-name.yaml:1: name: missing name`}},
		{"not-a-list.yaml", []string{`not-a-list.yaml:1: want a list of actors`}},
		{"many.yaml", []string{
			`many.yaml:2: id: "Bad_Id" is not a slug of [a-z0-9-]`,
			`many.yaml:5: country: "rus" is not an ISO 3166-1 alpha-3 code (three capital letters)`,
			`many.yaml:10: roles[0].title: unknown title "tsar" (see titles.yaml)`,
			`many.yaml:13: roles[0].to: 2000-01-01 is not after from 2012-05-07`,
			`many.yaml:14: id: duplicate id "putin" (first at line 6)`,
		}},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("testdata/bad", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(tt.file, data)
		if err == nil {
			t.Errorf("%s: Parse gave no error", tt.file)
			continue
		}
		got := strings.Split(err.Error(), "\n")
		for _, w := range tt.want {
			if !contains(got, w) {
				t.Errorf("%s: missing error\n  %s\ngot\n  %s", tt.file, w, strings.Join(got, "\n  "))
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d errors, want %d:\n  %s", tt.file, len(got), len(tt.want), strings.Join(got, "\n  "))
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != tt.file || pe.Line == 0 {
			t.Errorf("%s: error is no *ParseError with file and line: %#v", tt.file, err)
		}
	}
}

func TestParseGood(t *testing.T) {
	data, err := os.ReadFile("testdata/lexicon.yaml")
	if err != nil {
		t.Fatal(err)
	}
	actors, err := Parse("lexicon.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	var putin *Actor
	for i := range actors {
		if actors[i].ID == "vladimir-putin" {
			putin = &actors[i]
		}
	}
	if putin == nil || len(putin.Roles) != 3 || !putin.Roles[1].From.Equal(date("2008-05-08")) ||
		putin.Roles[1].Title != "prime-minister" || !putin.Roles[2].To.IsZero() {
		t.Errorf("Putin parsed as %+v", putin)
	}
}

func TestLoadCrossFile(t *testing.T) {
	tests := []struct {
		name     string
		embedded []string
		user     []string
		wantErr  string // "" for success
		check    func(*Lexicon) string
	}{
		{
			name:     "duplicate id in embedded data names both places",
			embedded: []string{"testdata/bad/dup-a.yaml", "testdata/bad/dup-b.yaml"},
			wantErr:  `dup-b.yaml:6: id: duplicate id "russia" (also at dup-a.yaml:1)`,
		},
		{
			name:     "a user file overrides",
			embedded: []string{"testdata/bad/dup-a.yaml"},
			user:     []string{"testdata/bad/dup-b.yaml"},
			check: func(l *Lexicon) string {
				if a, _ := l.ByID("russia"); a.Name != "Russia again" || a.Country != "RUX" {
					return "russia not overridden: " + a.Name
				}
				if _, ok := l.StateOf("RUS"); ok {
					return "the overridden state still answers for RUS"
				}
				if a, ok := l.StateOf("RUX"); !ok || a.ID != "russia" {
					return "the overriding state does not answer for RUX"
				}
				return ""
			},
		},
		{
			name:     "role of an unknown organization",
			embedded: []string{"testdata/bad/bad-org.yaml"},
			wantErr:  `bad-org.yaml:5: roles[0].org: no organization or group has id "no-such-body"`,
		},
		{
			name:     "errors of several files together",
			embedded: []string{"testdata/bad/bad-type.yaml", "testdata/bad/bad-date.yaml"},
			wantErr:  "bad-type.yaml:3: type: unknown type \"country\" (want state, person, organization or group)\nbad-date.yaml:7: roles[0].from",
		},
	}
	for _, tt := range tests {
		l, err := loadFixture(t, tt.embedded, tt.user...)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.wantErr)
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.check != nil:
			if msg := tt.check(l); msg != "" {
				t.Errorf("%s: %s", tt.name, msg)
			}
		}
	}
}

func TestLoadUserOverride(t *testing.T) {
	base, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load("testdata/override.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := l.ByID("russia"); !ok || a.Name != "Russian Federation" {
		t.Errorf("russia = %q, %v; want the user's Russian Federation", a.Name, ok)
	}
	if _, ok := l.ByID("test-new-person"); !ok {
		t.Error("the user's new person is missing")
	}
	added := 2 // Russia, unless it is embedded already, and a person
	if _, had := base.ByID("russia"); had {
		added = 1
	}
	if got, want := len(l.All()), len(base.All())+added; got != want {
		t.Errorf("%d actors, want %d", got, want)
	}
	if _, err := Load("testdata/no-such-file.yaml"); err == nil {
		t.Error("Load of a missing user file gave no error")
	}
}

func TestHolder(t *testing.T) {
	l := fixture(t)
	tests := []struct {
		title, country, org, day string
		want                     string // "" for none
	}{
		{"foreign-minister", "TUR", "", "2020-01-01", "mevlut-cavusoglu"},
		{"foreign-minister", "TUR", "", "2015-11-24", "mevlut-cavusoglu"},
		{"foreign-minister", "TUR", "", "2023-06-02", "mevlut-cavusoglu"},
		{"foreign-minister", "TUR", "", "2023-06-03", "hakan-fidan"}, // the end day is the successor's
		{"foreign-minister", "TUR", "", "2015-10-01", ""},            // Sinirlioğlu, not in the fixture
		{"foreign-minister", "TUR", "", "", "hakan-fidan"},
		{"president", "SYR", "", "1990-01-01", "hafez-al-assad"},
		{"president", "SYR", "", "2010-01-01", "bashar-al-assad"},
		{"president", "SYR", "", "2024-12-20", ""},
		{"president", "SYR", "", "", "ahmed-al-sharaa"},
		{"president", "RUS", "", "2010-01-01", ""},
		{"prime-minister", "RUS", "", "2010-01-01", "vladimir-putin"},
		{"president", "RUS", "", "", "vladimir-putin"},
		{"defence-minister", "RUS", "", "", "sergei-shoigu"}, // no current holder: the last one
		{"secretary-general", "", "united-nations", "2020-01-01", "antonio-guterres"},
		{"secretary-general", "", "hezbollah", "2020-01-01", "hassan-nasrallah"},
		{"secretary-general", "", "hezbollah", "", "naim-qassem"},
		{"leader", "IRN", "", "", "ali-khamenei"}, // supreme leader before president
		{"leader", "SAU", "", "2020-01-01", "salman-bin-abdulaziz"},
		{"leader", "TUR", "", "2010-01-01", ""}, // Erdogan was prime minister, not in `means`
		{"leader", "TUR", "", "2020-01-01", "recep-tayyip-erdogan"},
		{"leader", "", "hezbollah", "2020-01-01", "hassan-nasrallah"},
		{"president", "", "", "", ""},
		{"no-such-title", "TUR", "", "", ""},
	}
	for _, tt := range tests {
		a, ok := l.Holder(tt.title, tt.country, tt.org, date(tt.day))
		if ok != (tt.want != "") || a.ID != tt.want {
			t.Errorf("Holder(%s, %s, %s, %s) = %q, %v; want %q", tt.title, tt.country, tt.org, tt.day, a.ID, ok, tt.want)
		}
	}
}

func TestStateOf(t *testing.T) {
	l := fixture(t)
	for code, want := range map[string]string{"RUS": "russia", "SYR": "syria", "USA": "united-states", "XXX": ""} {
		a, ok := l.StateOf(code)
		if ok != (want != "") || a.ID != want {
			t.Errorf("StateOf(%s) = %q, %v; want %q", code, a.ID, ok, want)
		}
	}
}

func TestAdd(t *testing.T) {
	l := fixture(t)
	g := l.Gazetteer() // built before Add: must learn the new actor
	newcomer := Actor{
		ID: "jeyhun-bayramov", Name: "Jeyhun Bayramov", Type: Person, Country: "AZE",
		Arabic: []string{"جيحون بيرموف", "بيرموف"},
		Roles:  []Role{{Title: "foreign-minister", Country: "AZE", From: date("2020-07-16")}},
	}
	if err := l.Add(newcomer); err != nil {
		t.Fatal(err)
	}
	if a, ok := l.Holder("foreign-minister", "AZE", "", time.Time{}); !ok || a.ID != newcomer.ID {
		t.Errorf("Holder after Add = %q, %v", a.ID, ok)
	}
	if m := l.Lookup("Bayramov"); len(m) == 0 || m[0].ID != newcomer.ID {
		t.Errorf("Lookup after Add = %v", m)
	}
	if ms := g.Find(tokens("وقال بيرموف")); len(ms) != 1 || ms[0].Actor != newcomer.ID {
		t.Errorf("gazetteer after Add found %+v", ms)
	}
	bad := []Actor{
		newcomer, // taken id
		{ID: "No Slug", Name: "x", Type: Person},
		{ID: "x", Type: Person},
		{ID: "x", Name: "x", Type: "country"},
		{ID: "x", Name: "x", Type: Person, Roles: []Role{{Title: "tsar", Country: "RUS"}}},
		{ID: "x", Name: "x", Type: Person, Roles: []Role{{Title: "secretary-general", Org: "nobody"}}},
	}
	for _, a := range bad {
		if err := l.Add(a); err == nil {
			t.Errorf("Add(%+v) gave no error", a)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHolderEmbedded asks the embedded data about offices the reference
// triples rest on, for the people it has.
func TestHolderEmbedded(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, a := range l.All() {
		have[a.Name] = true
	}
	tests := []struct{ title, country, org, day, want string }{
		{"foreign-minister", "TUR", "", "2020-01-01", "Mevlut Cavusoglu"},
		{"foreign-minister", "TUR", "", "", "Hakan Fidan"},
		{"president", "SYR", "", "2010-01-01", "Bashar al-Assad"},
		{"president", "TUR", "", "2020-01-01", "Recep Tayyip Erdogan"},
		{"president", "RUS", "", "2020-01-01", "Vladimir Putin"},
		{"defence-minister", "RUS", "", "2020-01-01", "Sergei Shoigu"},
		{"defence-minister", "TUR", "", "2020-01-01", "Hulusi Akar"},
		{"presidential-spokesperson", "RUS", "", "2020-01-01", "Dmitry Peskov"},
		{"prime-minister", "IRQ", "", "2023-01-01", "Mohammed Shia al-Sudani"},
		{"leader", "TUR", "", "2020-01-01", "Recep Tayyip Erdogan"},
		// The US secretaries of state of 2018, with the acting one between.
		{"foreign-minister", "USA", "", "2018-03-30", "Rex Tillerson"},
		{"foreign-minister", "USA", "", "2018-04-10", "John J. Sullivan"},
		{"foreign-minister", "USA", "", "2018-04-26", "Mike Pompeo"},
		// Offices of armed groups: «زعيم الحوثيين», «الأمين العام لحزب الله».
		{"leader", "", "houthis", "2018-05-01", "Abdul-Malik al-Houthi"},
		{"secretary-general", "", "hezbollah", "2018-05-01", "Hassan Nasrallah"},
		{"secretary-general", "", "hezbollah", "2025-01-01", "Naim Qassem"},
		{"deputy-secretary-general", "", "hezbollah", "2018-05-01", "Naim Qassem"},
		{"president", "", "houthis", "2018-03-01", "Saleh al-Sammad"},
		{"president", "", "houthis", "2018-06-01", "Mahdi al-Mashat"},
		{"leader", "", "islamic-state", "2018-05-01", "Abu Bakr al-Baghdadi"},
	}
	for _, tt := range tests {
		if !have[tt.want] {
			t.Logf("%s: not in the embedded data yet", tt.want)
			continue
		}
		a, ok := l.Holder(tt.title, tt.country, tt.org, date(tt.day))
		if !ok || a.Name != tt.want {
			t.Errorf("Holder(%s, %s%s, %s) = %q, %v; want %s", tt.title, tt.country, tt.org, tt.day, a.Name, ok, tt.want)
		}
	}
}
