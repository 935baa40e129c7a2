package extract

import "testing"

// TestVerbHistory pins down that a past verb dated years before the article
// recalls history, while a present verb, what goes on since a year, and a
// year that dates a noun of the clause leave the act the article reports.
func TestVerbHistory(t *testing.T) {
	x := newTestExtractor(t)
	tests := []datedCase{
		{"a past verb dated by a year long before the article is history, also in a relative clause",
			"2018-05-10",
			"وغزت القوات العراقية الكويت عام 1990 قبل أن يطردها تحالف دولي.\nوكان الرئيس الأمريكي بيل كلينتون قد زار الصين في يونيو 1998.\nويطالب الفلسطينيون بأن تكون القدس الشرقية، التي احتلتها إسرائيل في حرب عام 1967، عاصمة لدولتهم.",
			nil},
		{"a year of this or last year dates a recent act; a present verb and «منذ» tell what goes on",
			"2018-05-10",
			"وزار الرئيس الفرنسي إيمانويل ماكرون الصين في يناير 2018.\nوتتهم تركيا الولايات المتحدة بإيواء المسؤولين عن محاولة انقلاب في 2016.\nومنذ تدخلت إيران عسكريا في سوريا دعما لنظام الأسد في عام 2013، تغير ميزان القوى.",
			[]string{"china consult emmanuel-macron", "iran support syria", "turkey accuse united-states"}},
		{"a year right after a noun dates that noun, not the verb",
			"2018-05-10",
			"واتهم الفلسطينيون إسرائيل بارتكاب جرائم حرب خلال حرب 2014 على غزة.",
			[]string{"palestine accuse israel"}},
	}
	runDated(t, x, tests)
}
