package actor

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"kg/arabic"
)

func tokens(s string) []arabic.Token { return arabic.Tokenize(s) }

// describe renders a mention as kind:meaning«text», with + for plural.
func describe(m Mention, toks []arabic.Token) string {
	var b strings.Builder
	b.WriteString(m.Kind.String())
	switch {
	case m.Actor != "":
		b.WriteString(":" + m.Actor)
	case m.Title != "":
		b.WriteString(":" + m.Title)
	}
	if m.Country != "" {
		b.WriteString("/" + m.Country)
	}
	if m.Plural {
		b.WriteString("+")
	}
	words := make([]string, 0, m.End-m.First)
	for _, t := range toks[m.First:m.End] {
		words = append(words, t.Text)
	}
	fmt.Fprintf(&b, "«%s»", strings.Join(words, " "))
	return b.String()
}

func TestGazetteerFind(t *testing.T) {
	g := fixture(t).Gazetteer()
	tests := []struct {
		text string
		want []string
	}{
		{"الرئيس الروسي فلاديمير بوتن", []string{"title:president«الرئيس»", "nisba:russia«الروسي»", "name:vladimir-putin«بوتن»"}},
		{"مسؤولون سوريون وأتراك", []string{"institution«مسؤولون»", "nisba:syria+«سوريون»", "nisba:turkey+«وأتراك»"}},
		{"وزارة الخارجية الروسية", []string{"institution«وزارة الخارجية»", "nisba:russia«الروسية»"}},
		{"القوات الأمنية العراقية", []string{"institution«القوات الأمنية»", "nisba:iraq«العراقية»"}},
		{"قال الكرملين", []string{"metonym:russia«الكرملين»"}},
		{"ودمشق", []string{"metonym:syria«ودمشق»"}},
		{"لروسيا", []string{"name:russia«لروسيا»"}},
		{"بالأسد", []string{"name:bashar-al-assad«بالأسد»"}},
		{"للأسد", []string{"name:bashar-al-assad«للأسد»"}},
		{"والأسد", []string{"name:bashar-al-assad«والأسد»"}},
		{"أسد", nil},      // a lion, not Assad
		{"وأسد", nil},     // nor with a conjunction
		{"البوتين", nil},  // an entry without ال matches no word written with it
		{"والبوتين", nil}, // nor after peeling
		{"بوتينية", nil},  // never inside a word
		{"الولايات", nil}, // a multi-word name needs all its words
		{"نظيره السوري", []string{"counterpart«نظيره»", "nisba:syria«السوري»"}},
		{"نظراؤه الأتراك", []string{"counterpart+«نظراؤه»", "nisba:turkey+«الأتراك»"}},
		{"المتحدث باسم الكرملين دميتري بيسكوف", []string{"title:presidential-spokesperson/RUS«المتحدث باسم الكرملين»", "name:dmitry-peskov«دميتري بيسكوف»"}},
		{"حزب الله اللبناني", []string{"name:hezbollah«حزب الله»", "nisba:lebanon«اللبناني»"}},
		{"قوات سوريا الديمقراطية", []string{"name:syrian-democratic-forces«قوات سوريا الديمقراطية»"}},
		{"قوات سوريا", []string{"institution«قوات»", "name:syria«سوريا»"}},
		{"والولايات المتحدة الأمريكية", []string{"name:united-states«والولايات المتحدة الأمريكية»"}},
		{"الأمريكيين والروسيات", []string{"nisba:united-states+«الأمريكيين»", "nisba:russia+«والروسيات»"}},
		{"أمريكان", []string{"nisba:united-states+«أمريكان»"}},
		{"الأميركية", []string{"nisba:united-states«الأميركية»"}},
		{"رئيس الوزراء العراقي محمد شياع السوداني", []string{"title:prime-minister«رئيس الوزراء»", "nisba:iraq«العراقي»", "name:mohammed-shia-al-sudani«محمد شياع السوداني»"}},
		{"نائب رئيس الوزراء", []string{"title:deputy-prime-minister«نائب رئيس الوزراء»"}},
		{"الخارجية السعودية", []string{"institution«الخارجية»", "name:saudi-arabia«السعودية»"}},
		{"للرئيس، بوتين.", []string{"title:president«للرئيس»", "name:vladimir-putin«بوتين»"}},
		{"الأمين العام للأمم المتحدة أنطونيو غوتيريش", []string{"title:secretary-general«الأمين العام»", "name:united-nations«للأمم المتحدة»", "name:antonio-guterres«أنطونيو غوتيريش»"}},
		{"وزيرا خارجية", nil},
		{"", nil},
	}
	for _, tt := range tests {
		toks := tokens(tt.text)
		var got []string
		for _, m := range g.Find(toks) {
			got = append(got, describe(m, toks))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Find(%s)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

func TestMentionPrefix(t *testing.T) {
	g := fixture(t).Gazetteer()
	tests := []struct{ text, prefix string }{
		{"دمشق", ""},
		{"ودمشق", "و"},
		{"لروسيا", "ل"},
		{"بالأسد", "ب"},
		{"للأسد", "ل"},
		{"وللرئيس", "ول"},
		{"فبالكرملين", "فب"},
		{"والولايات المتحدة", "و"},
		{"الأسد", ""},
	}
	for _, tt := range tests {
		ms := g.Find(tokens(tt.text))
		if len(ms) != 1 || ms[0].Prefix != tt.prefix {
			t.Errorf("Find(%s) = %+v, want one mention with prefix %q", tt.text, ms, tt.prefix)
		}
	}
}

func TestGazetteerAmbiguous(t *testing.T) {
	g := fixture(t).Gazetteer()
	ms := g.Find(tokens("الأسد"))
	if len(ms) != 1 || ms[0].Actor != "bashar-al-assad" || len(ms[0].Others) != 1 || ms[0].Others[0] != "hafez-al-assad" {
		t.Errorf("Find(الأسد) = %+v; want Bashar, then Hafez among Others", ms)
	}
}

func TestNisbaForms(t *testing.T) {
	forms := map[string]bool{}
	for _, f := range nisbaForms([]string{"روسي", "روسية", "الروس", "روس"}) {
		forms[strings.Join(f.words, " ")+fmt.Sprint(f.plural)] = true
	}
	for _, w := range []string{
		"روسيfalse", "روسيهfalse", "الروسيfalse", "الروسيهfalse", "روسياfalse",
		"روسيونtrue", "روسيينtrue", "روسيانtrue", "روسياتtrue", "الروسيونtrue",
		"الروسtrue", "روسtrue",
	} {
		if !forms[w] {
			t.Errorf("nisba form %s missing", w)
		}
	}
	if forms["الروسياfalse"] {
		t.Error("the indefinite accusative روسيا generated with ال")
	}
	if len(forms) != 19 {
		t.Errorf("%d forms, want 8 endings × 2 + 1 indefinite + 2 broken plurals = 19", len(forms))
	}
	// A multi-word nisba inflects every word.
	found := false
	for _, f := range nisbaForms([]string{"كوري شمالي"}) {
		if strings.Join(f.words, " ") == "الكوريون الشماليون" && f.plural {
			found = true
		}
	}
	if !found {
		t.Error("الكوريون الشماليون not generated from كوري شمالي")
	}
}

// TestGazetteerEmbedded runs a few phrases against the embedded data, for
// the actors it has.
func TestGazetteerEmbedded(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	g := l.Gazetteer()
	tests := []struct {
		text, name string // name: the canonical name of the first mention's actor
		kind       MentionKind
	}{
		{"قوات سوريا الديمقراطية", "Syrian Democratic Forces", MentionName},
		{"حزب الله اللبناني", "Hezbollah", MentionName},
		{"الكرملين", "Russia", MentionMetonym},
		{"ودمشق", "Syria", MentionMetonym},
		{"لروسيا", "Russia", MentionName},
		{"الأتراك", "Turkey", MentionNisba},
		{"بالأسد", "Bashar al-Assad", MentionName},
		{"الرئيس التركي رجب طيب أردوغان", "", MentionTitle},
		// Compound names of عبد and أبو are found joined and apart,
		// whichever way the lexicon writes them.
		{"عبدالملك المخلافي", "Abdulmalik al-Mekhlafi", MentionName},
		{"وعبد ربه منصور هادي", "Abdrabbuh Mansur Hadi", MentionName},
		{"قوات الشرعية", "Yemen", MentionName},
		{"جيش الاحتلال", "Israel", MentionName},
		// The indefinite accusative of a nisba, and a name it spells.
		{"فلسطينياً", "Palestine", MentionNisba},
		{"روسيا", "Russia", MentionName},
		{"تركيا", "Turkey", MentionName},
		// Houthi leaders and fighters named by the group's adjective.
		{"قيادات حوثية", "Houthis", MentionName},
		{"القيادي الحوثي", "Houthis", MentionName},
		// The North's official name holds the South's («جمهورية كوريا»).
		{"جمهورية كوريا الشعبية الديموقراطية", "North Korea", MentionName},
		{"جمهورية كوريا", "South Korea", MentionName},
		// Yemen's government named by its legitimacy alone.
		{"للشرعية", "Yemen", MentionName},
		{"وسائرون", "Sadrist Movement", MentionName},
		{"الأمير ويليام", "Prince William", MentionName},
	}
	names := map[string]string{}
	for _, a := range l.All() {
		names[a.Name] = a.ID
	}
	for _, tt := range tests {
		if tt.name != "" && names[tt.name] == "" {
			t.Logf("%s: not in the embedded data yet", tt.name)
			continue
		}
		ms := g.Find(tokens(tt.text))
		if len(ms) == 0 || ms[0].Kind != tt.kind || (tt.name != "" && ms[0].Actor != names[tt.name]) {
			t.Errorf("Find(%s) = %+v; want a %v of %s first", tt.text, ms, tt.kind, tt.name)
		}
	}
}

func TestGazetteerConcurrent(t *testing.T) {
	l := fixture(t)
	g := l.Gazetteer()
	toks := tokens("الرئيس الروسي فلاديمير بوتن يلتقي نظيره السوري في موسكو")
	want := len(g.Find(toks))
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if got := len(g.Find(toks)); got != want {
					t.Errorf("concurrent Find gave %d mentions, want %d", got, want)
					return
				}
			}
			_ = l.Add(Actor{ID: fmt.Sprintf("person-%d", i), Name: "P", Type: Person, Arabic: []string{fmt.Sprintf("شخص %d", i)}})
		}()
	}
	wg.Wait()
}

const benchSentence = "أجرى الرئيس الروسي فلاديمير بوتن محادثات مع نظيره السوري بشار الأسد في موسكو وسط دعوات للوساطة الروسية لتهدئة التوترات بين تركيا وسوريا وقال المتحدث باسم الكرملين دميتري بيسكوف"

func BenchmarkFind(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	g := l.Gazetteer()
	toks := tokens(benchSentence)
	b.ReportMetric(float64(len(toks)), "tokens")
	var ms []Mention
	for b.Loop() {
		ms = g.Append(ms[:0], toks)
	}
	if len(ms) == 0 {
		b.Fatal("no mentions")
	}
}

func BenchmarkGazetteerBuild(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		newGazetteer(l)
	}
}

// TestPhraseWords holds the shortcut of phraseWords to arabic.Tokenize.
func TestSpellings(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"عبد الملك المخلافي", []string{"عبد الملك المخلافي", "عبدالملك المخلافي"}},
		{"عبدالله بن زايد", []string{"عبدالله بن زايد", "عبد الله بن زايد"}},
		{"أبو مازن", []string{"ابو مازن", "ابومازن"}},
		{"أبوظبي", []string{"ابوظبي", "ابو ظبي"}},
		{"عبده", []string{"عبده"}}, // no name after the prefix
		{"عبد", []string{"عبد"}},
		{"بشار الأسد", []string{"بشار الاسد"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range spellings(phraseWords(tt.name)) {
			got = append(got, strings.Join(w, " "))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("spellings(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPhraseWords(t *testing.T) {
	for _, s := range []string{"الرئيس", "وزير  الخارجية", "تل-أبيب", "مجموعة العشرين G20", "عمّان", "الأمين العام للأمم المتحدة", "أ.ف.ب", "\u200fروسيا"} {
		var want []string
		for _, tk := range tokens(s) {
			want = append(want, tk.Norm)
		}
		if got := phraseWords(s); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("phraseWords(%q) = %q, Tokenize gives %q", s, got, want)
		}
	}
}

// TestOrganizationOfficeTitles: a title phrase that names an organization's
// office carries the organization, and the lexicon knows who held it when.
func TestOrganizationOfficeTitles(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	g := l.Gazetteer()
	tests := []struct{ text, title, org, day, holder string }{
		{"المبعوث الأممي إلى سوريا", "un-envoy-syria", "united-nations", "2018-06-01", "staffan-de-mistura"},
		{"مبعوث الأمم المتحدة الخاص إلى سوريا", "un-envoy-syria", "united-nations", "2020-06-01", "geir-pedersen"},
		{"المبعوث الأممي لليمن", "un-envoy-yemen", "united-nations", "2018-06-01", "martin-griffiths"},
		{"المبعوث الأممي إلى ليبيا", "un-envoy-libya", "united-nations", "2018-06-01", "ghassan-salame"},
		{"المبعوث الأممي", "envoy", "", "2018-06-01", ""},
	}
	for _, tt := range tests {
		ms := g.Find(arabic.Tokenize(tt.text))
		if len(ms) == 0 || ms[0].Kind != MentionTitle || ms[0].Title != tt.title || ms[0].Org != tt.org {
			t.Errorf("%s: found %+v, want title %s of %q", tt.text, ms, tt.title, tt.org)
			continue
		}
		a, ok := l.Holder(tt.title, "", tt.org, date(tt.day))
		if tt.holder == "" && ok || tt.holder != "" && a.ID != tt.holder {
			t.Errorf("Holder(%s, %s, %s) = %q, %v; want %q", tt.title, tt.org, tt.day, a.ID, ok, tt.holder)
		}
	}
}
