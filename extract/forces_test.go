package extract

import "testing"

// TestFactsOfTheDay: who fights on whose side and who holds a place are
// facts of a time (data/forces.yaml); the same words read differently in
// the news of another year.
func TestFactsOfTheDay(t *testing.T) {
	x := newTestExtractor(t)
	tests := []datedCase{
		{"an ally's strikes on the ground of the government it fights for attack no state",
			"2018-06-01", "وتنفذ روسيا غارات مكثفة في سوريا منذ أسابيع.",
			nil},
		{"once that war is over, strikes on the same ground attack that state",
			"2026-03-01", "وتنفذ روسيا غارات مكثفة في سوريا منذ أسابيع.",
			[]string{"russia attack syria"}},
		{"a state's strike on places an armed group holds strikes the group",
			"2018-02-10", "وشنت الطائرات الروسية غارات مكثفة على إدلب، فيما تواصل القصف التركي على مدينة عفرين.",
			[]string{"russia attack syrian-opposition", "turkey attack peoples-protection-units"}},
		{"a nationality on a noun other than the dead or soldiers is no target; the group holding the place is",
			"2018-02-10", "وأكدت مصادر كردية مصرع المقاتلة البريطانية في قصف تركي على عفرين.",
			[]string{"turkey attack peoples-protection-units"}},
		{"news of the months after a place fell still looks back on strikes on its holders",
			"2018-05-05", "وقتلت المقاتلة البريطانية في غارة تركية على عفرين في مارس الماضي.",
			[]string{"turkey attack peoples-protection-units"}},
		{"years after it changed hands, a place no longer stands for the group",
			"2023-06-01", "وشنت الطائرات الروسية غارات على الغوطة الشرقية، فيما تواصل القصف التركي على مدينة عفرين.",
			nil},
		{"leaflets dropped on a place a group holds are no strike on the group",
			"2018-02-10", "وأسقطت مروحيات عسكرية سورية منشورات على إدلب تدعو المسلحين إلى تسليم أسلحتهم.",
			nil},
		{"the rebel south of Syria, the PKK's mountains and the Islamic State's last pockets stand for their holders when struck",
			"2018-05-01", "وقصفت الطائرات التركية جبال قنديل شمال العراق.\nوشنت المقاتلات الروسية غارات على بلدات ريف درعا الشرقي.\nوقصف الجيش السوري مخيم اليرموك جنوب دمشق.",
			[]string{"russia attack syrian-opposition", "syria attack islamic-state", "turkey attack kurdistan-workers-party"}},
		{"after the 2018 deals the Syrian army's strikes on Daraa strike no rebel group",
			"2019-06-01", "وقصف الجيش السوري بلدات في ريف درعا.",
			nil},
		{"a state's or a group's strike on the places of the government it fights for strikes no state",
			"2018-06-01", "وأطلق حزب الله صواريخ على حمص.\nوشنت الطائرات الروسية غارات على ريف حماة.",
			nil},
		{"a single ally after «وحليفتها» that fights on the owner's side backs it («دمشق وحليفتها موسكو»); an ally that does not is backed by the owner",
			"2018-07-05", "ونددت دمشق وحليفتها موسكو بالضربة.\nوأشادت دمشق وحليفتها كوريا الشمالية بالقمة.",
			[]string{"russia support syria", "syria support north-korea"}},
	}
	runDated(t, x, tests)
}

func TestPeriodCovers(t *testing.T) {
	tests := []struct {
		from, to, day string
		want          bool
	}{
		{"2015-09-30", "2024-12-08", "2018-06-01", true},
		{"2015-09-30", "2024-12-08", "2015-09-29", false},
		{"2015-09-30", "2024-12-08", "2025-06-01", true},  // the year after still looks back
		{"2015-09-30", "2024-12-08", "2025-12-08", false}, // not two
		{"2015-03-26", "", "2026-01-01", true},
		{"", "2018-04-14", "2010-01-01", true},
		{"2015-03-26", "", "", true},            // undated news is today's: the fact still holds
		{"2015-09-30", "2024-12-08", "", false}, // and this one no longer does
	}
	for _, tt := range tests {
		p := period{From: day(tt.from), To: day(tt.to)}
		if got := p.covers(day(tt.day)); got != tt.want {
			t.Errorf("period %s..%s covers %q = %v, want %v", tt.from, tt.to, tt.day, got, tt.want)
		}
	}
}
