package extract

import "testing"

// TestDayToCome pins down that an act told in the present tense on another
// day of the week than the article's is still to come, and that the same
// words on that day, or in the past tense, tell what happened.
func TestDayToCome(t *testing.T) {
	x := newTestExtractor(t)
	tests := []datedCase{
		{"a present-tense meeting on a later day of the week has not happened (article of Sunday)",
			"2018-04-22",
			"يستقبل الرئيس الأمريكي دونالد ترامب الثلاثاء نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض.\nويصل الرئيس الفلسطيني محمود عباس الخميس إلى موسكو.",
			nil},
		{"a meeting a present verb of holding sets for another day has not happened",
			"2018-06-10",
			"ويعقد الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء قمة مع الرئيس الأمريكي دونالد ترامب في سنغافورة.",
			nil},
		{"a meeting a relative clause in the present tense sets for another day has not happened",
			"2018-06-10",
			"والقمة التي يعقدها الزعيم الكوري الشمالي كيم جونغ أون مع الرئيس الأمريكي دونالد ترامب الثلاثاء هي الأولى.",
			nil},
		{"the same words in an article of that day tell a meeting of the day",
			"2018-04-24",
			"يستقبل الرئيس الأمريكي دونالد ترامب الثلاثاء نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض.",
			[]string{"donald-trump consult emmanuel-macron"}},
		{"a past verb, or a day gone by, tells what happened",
			"2018-04-22",
			"واستقبل الرئيس الأمريكي دونالد ترامب الثلاثاء نظيره الفرنسي إيمانويل ماكرون.\nوتزور وزيرة الخارجية الكندية واشنطن منذ الاثنين.",
			[]string{"chrystia-freeland consult united-states", "donald-trump consult emmanuel-macron"}},
	}
	runDated(t, x, tests)
}
