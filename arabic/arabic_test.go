package arabic

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أحمد إبراهيم آمال", "احمد ابراهيم امال"},
		{"مصطفى", "مصطفي"},
		{"مدرسة", "مدرسه"},
		{"مُحَمَّدٌ", "محمد"},
		{"العـــربية", "العربيه"},
		{"٢٠٢٣ و۱۹۹۹", "2023 و1999"},
		{"\u200fروسيا\u200e", "روسيا"},
		{"\u202bسوريا\u202c", "سوريا"},
		{"Bashar AL-Assad", "bashar al-assad"},
		{"ی ک", "ي ك"},
		{"already normal", "already normal"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeKeepsOffsets(t *testing.T) {
	text := "قال\u200f بوتين: «اجتماعنا مهمّ» في ٢٠٢٤، 3.5%"
	toks := Tokenize(text)
	var words []string
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q has offsets [%d,%d) pointing at %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		words = append(words, tk.Norm)
	}
	want := []string{"قال", "بوتين", ":", "«", "اجتماعنا", "مهم", "»", "في", "2024", "،", "3.5", "%"}
	if !reflect.DeepEqual(words, want) {
		t.Errorf("norms = %q, want %q", words, want)
	}
	if toks[8].Kind != Number || toks[1].Kind != Word || toks[2].Kind != Punct {
		t.Errorf("kinds wrong: %+v", toks[:9])
	}
}

func TestTokenizeHashtags(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"معارك مع #ميليشيات_الحوثي في #اليمن", []string{"معارك", "مع", "ميليشيات", "الحوثي", "في", "اليمن"}},
		{"#جثة_الفريزر", []string{"جثه", "الفريزر"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.text) {
			if tt.text[tk.Start:tk.End] != tk.Text {
				t.Errorf("token %q has wrong offsets", tk.Text)
			}
			got = append(got, tk.Norm)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAppendTokensBase(t *testing.T) {
	toks := AppendTokens(nil, "دمشق", 100)
	if toks[0].Start != 100 || toks[0].End != 100+len("دمشق") {
		t.Errorf("offsets not shifted by base: %+v", toks[0])
	}
}

func TestPeel(t *testing.T) {
	tests := []struct {
		in      string
		want    []string // must all be among the readings
		notWant []string
	}{
		{"ودمشق", []string{"ودمشق", "دمشق"}, nil},
		{"لروسيا", []string{"روسيا"}, nil},
		{"بالاسد", []string{"الاسد", "اسد"}, nil},
		{"للاسد", []string{"الاسد"}, nil},
		{"للقاء", []string{"لقاء"}, nil},
		{"والولايات", []string{"الولايات", "ولايات"}, nil},
		{"فللرئيس", []string{"الرئيس"}, nil},
		{"وبالعراق", []string{"العراق"}, nil},
		{"بوتين", []string{"بوتين"}, nil},
		{"لبنان", []string{"لبنان"}, nil},
		{"و", []string{"و"}, nil},
		{"فيدان", []string{"فيدان"}, []string{"ان"}},
	}
	for _, tt := range tests {
		got := Peel(Normalize(tt.in))
		if got[0] != Normalize(tt.in) {
			t.Errorf("Peel(%q)[0] = %q, want the word itself", tt.in, got[0])
		}
		for _, w := range tt.want {
			if !contains(got, Normalize(w)) {
				t.Errorf("Peel(%q) = %q, missing %q", tt.in, got, w)
			}
		}
		for _, w := range tt.notWant {
			if contains(got, w) {
				t.Errorf("Peel(%q) = %q, should not contain %q", tt.in, got, w)
			}
		}
		for _, r := range got {
			if runeCount(r) < 1 {
				t.Errorf("Peel(%q) gave an empty reading", tt.in)
			}
		}
	}
}

func TestStripPronoun(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"نظيره", "نظير", true},
		{"زيارته", "زياره", true},
		{"قواتها", "قوات", true},
		{"لقائه", "لقاء", true},
		{"حكومته", "حكومه", true},
		{"بلادهم", "بلاد", true},
		{"كما", "كما", false},
		{"موسكو", "موسكو", false},
	}
	for _, tt := range tests {
		got, ok := StripPronoun(Normalize(tt.in))
		if got != Normalize(tt.want) || ok != tt.ok {
			t.Errorf("StripPronoun(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStripObjectPronoun(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"تتهمه", "تتهم", true},
		{"هاجمته", "هاجمت", true},
		{"اتهموه", "اتهموا", true},
		{"يدعمها", "يدعم", true},
		{"دعمه", "دعم", true},
		{"قصف", "قصف", false},
	}
	for _, tt := range tests {
		got, ok := StripObjectPronoun(Normalize(tt.in))
		if got != Normalize(tt.want) || ok != tt.ok {
			t.Errorf("StripObjectPronoun(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStripThirdPersonObject(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"أقره", "أقر", true},
		{"استخدمتها", "استخدمت", true},
		{"وجهوها", "وجهوا", true},
		{"ارتكبوهما", "ارتكبوا", true},
		{"سماه", "سما", true},
		{"يتهمك", "يتهمك", false}, // the second person points at no noun before
		{"له", "له", false},       // too short to be a verb with a pronoun
	}
	for _, tt := range tests {
		got, ok := StripThirdPersonObject(Normalize(tt.in))
		if got != Normalize(tt.want) || ok != tt.ok {
			t.Errorf("StripThirdPersonObject(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"stops", "التقى بوتين الأسد. وقال الأسد إنه سعيد؟ نعم! انتهى؛ ثم", []string{"التقى بوتين الأسد.", "وقال الأسد إنه سعيد؟", "نعم!", "انتهى؛", "ثم"}},
		{"lines", "عنوان الخبر\n\nنص الخبر", []string{"عنوان الخبر", "نص الخبر"}},
		{"decimal", "ارتفع بنسبة 3.5 في المئة. ثم", []string{"ارتفع بنسبة 3.5 في المئة.", "ثم"}},
		{"abbrev", "نقلت أ.ف.ب الخبر. ثم", []string{"نقلت أ.ف.ب الخبر.", "ثم"}},
		{"quote", "وقال بوتن “أنا مهتم. لسوء الحظ، يتجه الوضع نحو التصعيد”. ثم", []string{"وقال بوتن “أنا مهتم. لسوء الحظ، يتجه الوضع نحو التصعيد”.", "ثم"}},
		{"guillemets", "قال «نعم. لا» وانتهى. ثم", []string{"قال «نعم. لا» وانتهى.", "ثم"}},
		{"quote broken by line", "قال “نعم\nثم", []string{"قال “نعم", "ثم"}},
		{"stray quote", "قال \"نعم. " + strings.Repeat("كلمة ", 200) + ". ثم", nil},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		var texts []string
		for _, s := range got {
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("%s: sentence %q offsets point at %q", tt.name, s.Text, tt.in[s.Start:s.End])
			}
			texts = append(texts, s.Text)
		}
		if tt.want == nil {
			if len(texts) < 2 {
				t.Errorf("%s: a stray quote kept everything in %d sentence(s)", tt.name, len(texts))
			}
			continue
		}
		if !reflect.DeepEqual(texts, tt.want) {
			t.Errorf("%s: Sentences = %q, want %q", tt.name, texts, tt.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"التقى بوتين الأسد.", "«نعم» ٣٫٥", "\u200f\xff\xfe", "a.b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tk := range Tokenize(s) {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
		}
		prev := 0
		for _, sn := range Sentences(s) {
			if sn.Start < prev || sn.End > len(s) || sn.Start >= sn.End || s[sn.Start:sn.End] != sn.Text {
				t.Fatalf("bad sentence %+v in %q", sn, s)
			}
			prev = sn.End
		}
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent on %q", s)
		}
		for _, w := range Peel(n)[1:] {
			if w == "" {
				t.Fatalf("empty peeled reading of %q", n)
			}
		}
		StripPronoun(n)
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
