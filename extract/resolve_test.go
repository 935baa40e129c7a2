package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"kg/actor"
	"kg/arabic"
	"kg/article"
)

func newTestExtractor(t *testing.T) *Arabic {
	t.Helper()
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewArabic(lex)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// resolvePhrase returns the actors of the slots of a phrase read on day.
func resolvePhrase(x *Arabic, text string, day time.Time) []string {
	st := x.newState(article.Article{Date: day})
	toks := arabic.Tokenize(text)
	var ids []string
	for _, s := range st.resolver(toks).resolve(x.gaz.Find(toks)) {
		ids = append(ids, strings.Join(s.actors, "+"))
	}
	return ids
}

// day parses a test date; "" is an undated article's zero day.
func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestResolveSeedPeople checks every person the sample articles name, by
// name, title and nationality, and titles bound to dates.
func TestResolveSeedPeople(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		phrase string
		day    string
		want   []string
	}{
		{"الرئيس الروسي فلاديمير بوتن", "2024-10-16", []string{"vladimir-putin"}},
		{"مع نظيره السوري بشار الأسد", "2024-10-16", []string{"bashar-al-assad"}},
		{"الرئيس التركي رجب طيب أردوغان", "2024-10-16", []string{"recep-tayyip-erdogan"}},
		{"المتحدث باسم الكرملين دميتري بيسكوف", "2024-10-16", []string{"dmitry-peskov"}},
		{"وزير الخارجية التركي مولود تشاووش أوغلو", "2023-01-16", []string{"mevlut-cavusoglu"}},
		{"وزير الدفاع الروسي سيرغي شويغو", "2023-01-16", []string{"sergei-shoigu"}},
		{"والتركي خلوصي أكار", "2023-01-16", []string{"hulusi-akar"}},
		{"والسوري علي محمود عباس", "2023-01-16", []string{"ali-mahmoud-abbas"}},
		{"وزير الخارجية التركي هاكان فيدان", "2024-06-14", []string{"hakan-fidan"}},
		{"رئيس الوزراء العراقي محمد شياع السوداني", "2024-06-14", []string{"mohammed-shia-al-sudani"}},
		{"رئيس النظام السوري بشار الأسد", "2024-06-14", []string{"bashar-al-assad"}},
		// Titles alone resolve to whoever held the office that day.
		{"الزعيم السوري", "2023-03-15", []string{"bashar-al-assad"}},
		{"الرئيس الروسي", "2010-06-01", []string{"dmitry-medvedev"}},
		{"الرئيس الروسي", "2018-06-01", []string{"vladimir-putin"}},
		{"وزير الخارجية التركي", "2019-06-01", []string{"mevlut-cavusoglu"}},
		{"وزير الخارجية التركي", "2024-06-01", []string{"hakan-fidan"}},
		{"الرئيس الأمريكي", "2018-06-01", []string{"donald-trump"}},
		{"الرئيس الأمريكي", "2022-06-01", []string{"joe-biden"}},
		// Capitals, seats of government, institutions and nationalities.
		{"الكرملين", "", []string{"russia"}},
		{"وأنقرة", "", []string{"turkey"}},
		{"وزارة الخارجية الروسية", "", []string{"russia"}},
		{"مسؤولون سوريون وأتراك", "", []string{"syria", "turkey"}},
		{"القوات التركية", "", []string{"turkey"}},
		{"النظام في سوريا", "", []string{"syria"}},
		{"حكومة الأسد", "2024-06-01", []string{"syria"}},
	}
	for _, tt := range tests {
		var d time.Time
		if tt.day != "" {
			d = day(tt.day)
		}
		got := resolvePhrase(x, tt.phrase, d)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s on %s: %v, want %v", tt.phrase, tt.day, got, tt.want)
		}
	}
}

// TestSurnameFoundAgain: a person named in full is found again by surname,
// even when the surname alone is also a nationality («السوداني»).
func TestSurnameFoundAgain(t *testing.T) {
	x := newTestExtractor(t)
	text := "وكان رئيس الوزراء العراقي محمد شياع السوداني أعرب عن استعداد بلاده للتوسط بين النظام السوري وتركيا.\n" +
		"وقال السوداني في بيان إن المفاوضات مستمرة.\n"
	second := secondSentenceActors(x, text, day("2024-06-14"))
	if strings.Join(second, ",") != "mohammed-shia-al-sudani" {
		t.Errorf("second sentence resolves to %v, want the Iraqi prime minister", second)
	}
	// Without the earlier full name the word is the Sudanese nationality.
	if got := resolvePhrase(x, "الجيش السوداني", time.Time{}); strings.Join(got, ",") != "sudan" {
		t.Errorf("الجيش السوداني resolves to %v, want sudan", got)
	}
}

// TestSurnameNotAParticle: the last word of a full name is not taken as the
// person later when it is a particle, a pronoun, a common given name or the
// second half of a compound name.
func TestSurnameNotAParticle(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		first, second string
		want          string // the actors of the second sentence
	}{
		{"والتقى الرئيس الكوري الجنوبي مون جاي إن وفدا أمريكيا في سيول.",
			"وقال الوفد إن المحادثات كانت مثمرة.", ""},
		{"واستقبل رئيس الوزراء الإثيوبي آبي أحمد وفدا إريتريا في أديس أبابا.",
			"وقال أحمد سالم إن الزيارة ناجحة.", ""},
		{"وقال رئيس الوزراء الفلسطيني رامي الحمد الله إن الحكومة مستعدة.",
			"وأضاف والحمد لله إن الوضع هادئ بفضل الله.", ""},
		// A surname proper is still found again.
		{"وكان رئيس الوزراء العراقي محمد شياع السوداني أعرب عن ارتياحه.",
			"وقال السوداني في بيان إن المفاوضات مستمرة.", "mohammed-shia-al-sudani"},
	}
	for _, tt := range tests {
		second := secondSentenceActors(x, tt.first+"\n"+tt.second+"\n", day("2018-06-14"))
		if got := strings.Join(second, ","); got != tt.want {
			t.Errorf("after %q, %q resolves to %q, want %q", tt.first, tt.second, got, tt.want)
		}
	}
}

// secondSentenceActors resolves the sentences of text in order, as an
// article is read, and returns the actors of the second.
func secondSentenceActors(x *Arabic, text string, date time.Time) []string {
	st := x.newState(article.Article{ID: "a", Text: text, Date: date})
	var second []string
	for i, s := range arabic.Sentences(text) {
		toks := arabic.AppendTokens(nil, s.Text, s.Start)
		slots := st.resolver(toks).resolve(x.gaz.Find(toks))
		st.rememberSurnames(toks, slots)
		if i == 1 {
			for _, sl := range slots {
				second = append(second, sl.actors...)
			}
		}
	}
	return second
}

// TestReferenceDay: an undated article resolves titles at the latest year
// it mentions.
func TestReferenceDay(t *testing.T) {
	tests := []struct {
		text string
		date time.Time
		want string
	}{
		{"منذ عام 2022 التقى ... وفي مارس 2023", time.Time{}, "2023-12-31"},
		{"بلا سنة", time.Time{}, ""},
		{"في 2019", day("2024-10-18"), "2024-10-18"},
		{"رقم 123456 وعام 1800", time.Time{}, ""},
	}
	for _, tt := range tests {
		got := referenceDay(article.Article{Text: tt.text, Date: tt.date})
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("referenceDay(%q) = %q, want %q", tt.text, s, tt.want)
		}
	}
}

// TestUnknownPersonIntroduced: a person the lexicon lacks, introduced by a
// title and a nationality, becomes an actor of that country and office,
// and is found again by surname.
func TestUnknownPersonIntroduced(t *testing.T) {
	x := newTestExtractor(t)
	text := "أجرى وزير الدفاع السوري سليم حداد محادثات مع نظيره الروسي في موسكو.\n" +
		"وقال حداد إن بلاده تدعم روسيا.\n"
	res, err := x.Extract(article.Article{ID: "a", Text: text, Date: day("2023-05-01")})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NewActors) != 1 {
		t.Fatalf("new actors %+v, want one", res.NewActors)
	}
	a := res.NewActors[0]
	if a.Type != actor.Person || a.Country != "SYR" || len(a.Roles) != 1 || a.Roles[0].Title != "defence-minister" ||
		a.Arabic[0] != "سليم حداد" || !strings.HasSuffix(a.ID, "-syr") {
		t.Errorf("introduced actor %+v", a)
	}
	var consult, later bool
	for _, e := range res.Events {
		for _, tr := range e.Triples() {
			if tr.Relation == Consult && (tr.Subject == a.ID || tr.Object == a.ID) {
				consult = true
			}
			if e.SentSpan.Start > 0 && (tr.Subject == a.ID || tr.Object == a.ID || tr.Subject == "syria") {
				later = true
			}
		}
	}
	if !consult {
		t.Errorf("no consult with the introduced minister in %+v", res.Events)
	}
	if !later {
		t.Errorf("the second sentence did not find him by surname: %+v", res.Events)
	}
	// The lexicon must accept the new actor as it is (the store and the
	// queries add it).
	lex, _ := actor.Load()
	if err := lex.Add(a); err != nil {
		t.Errorf("lexicon refuses the introduced actor: %v", err)
	}
}

func TestRomanizeAndSlug(t *testing.T) {
	x := newTestExtractor(t)
	// Words no person of the lexicon has go letter by letter.
	got := x.romanize(arabic.Tokenize("زنكلوف بريخودكو الصعيدي"))
	if got != "Znklwf Brykhwdkw al-S'ydy" {
		t.Errorf("romanize = %q", got)
	}
	if s := slug(got); s != "znklwf-brykhwdkw-al-s-ydy" {
		t.Errorf("slug = %q", s)
	}
	// Known name words take the lexicon's spelling; «الله», which the
	// lexicon's names hold only beside honorifics and compounds, is not
	// taken for the Latin word beside it (Al-Sabah).
	tests := []struct{ name, want string }{
		{"محمد ولد سيدي", "Mohamed Ould Sidi"},
		{"أحمدو ولد عبد الله", "Amadou Ould 'bd al-Lh"},
	}
	for _, tt := range tests {
		if got := x.romanize(arabic.Tokenize(tt.name)); got != tt.want {
			t.Errorf("romanize(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIntroducedNames(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		phrase string
		want   string // the new person's Arabic name, "" for none
	}{
		{"وزير الخارجية الموريتاني علي ولد محمد", "علي ولد محمد"},
		{"وزير الدفاع الليبي ألكسندر حداد", "ألكسندر حداد"},
		{"وزير الخارجية الموريتاني عبد الرحمن بن سالم", "عبد الرحمن بن سالم"},
		{"وزير الخارجية الإثيوبي أحمد الكبير اليوم", "أحمد الكبير"},
		{"وزير الدفاع السوري تناولت القضايا", ""},
		{"وزير الخارجية الفرنسي على هامش القمة", ""},
		{"رئيس الوزراء الفيتنامي لي هان سو والمستشارة الألمانية", "لي هان سو"},
		{"نائب الرئيس الصيني القائد الأعلى", ""},
	}
	for _, tt := range tests {
		st := x.newState(article.Article{Date: day("2018-06-01")})
		toks := arabic.Tokenize(tt.phrase)
		r := st.resolver(toks)
		r.resolve(x.gaz.Find(toks))
		got := ""
		if len(r.newActors) > 0 {
			got = r.newActors[0].Arabic[0]
		}
		if got != tt.want {
			t.Errorf("%s: introduced %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

// TestSurnameOfOfficeHolder: a surname remembered from someone named in
// full does not take over the bare name of a person in office that day.
func TestSurnameOfOfficeHolder(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		day, text string
		want      []string
	}{
		{"2018-06-10", "وزارت ميلانيا ترامب مركزا للأطفال في تكساس. وقال ترامب إنه التقى بوتين في هلسنكي.",
			[]string{"donald-trump consult vladimir-putin"}},
		// With no one in office that day the one named in full keeps it.
		{"2010-06-10", "وزارت ميلانيا ترامب مركزا للأطفال في تكساس. وقال ترامب إنه التقى بوتين في هلسنكي.",
			[]string{"melania-trump consult vladimir-putin"}},
	}
	for _, tt := range tests {
		if got := datedTriples(t, x, tt.text, day(tt.day)); !slices.Equal(got, tt.want) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tt.text, tt.day, strings.Join(got, "; "), strings.Join(tt.want, "; "))
		}
	}
}
