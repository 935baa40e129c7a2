package extract

import (
	"slices"
	"strings"
	"testing"

	"kg/article"
)

// incidentOf returns the attack events of sentenceEvents as "trigger
// role=actor …".
func incidentOf(t *testing.T, x *Arabic, text string) []string {
	t.Helper()
	var out []string
	for _, e := range sentenceEvents(t, x, text) {
		if e.Relation != Attack {
			continue
		}
		parts := []string{e.Trigger}
		for _, a := range e.Args {
			parts = append(parts, string(a.Role)+"="+a.Actor)
		}
		slices.Sort(parts[1:])
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

// TestIncidents pins down which violent acts are read as reported and
// which as only talked about, and the sides an incident is given.
func TestIncidents(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		rule string
		text string
		want []string
	}{
		// Reported incidents.
		{"a passive killing with a count, no side named",
			"قتل 12 شخصا في انفجار سيارة مفخخة وسط المدينة مساء الخميس.",
			[]string{"قتل"}},
		{"a verbal noun of killing with its count",
			"وأعلنت الشرطة مقتل خمسة أشخاص وإصابة عشرة آخرين في هجوم على سوق شعبي.",
			[]string{"مقتل"}},
		{"a kidnapping by unknown gunmen",
			"خطف مسلحون ثلاثة مهندسين أجانب على طريق المطار.",
			[]string{"خطف"}},
		{"an assassination: the nationality of the unit is the author",
			"واغتالت وحدة إسرائيلية ناشطا بارزا في مدينة صور.",
			[]string{"واغتالت source=israel"}},
		{"an explosion named with its bomb",
			"انفجار عبوة ناسفة قرب دورية للشرطة في الموصل.",
			[]string{"انفجار"}},
		{"the author after «برصاص» and the nationality of the dead give a triple",
			"قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي شرقي مدينة خان يونس.",
			[]string{"قتل source=israel target=palestine"}},
		{"opening fire, the shooter between the verb and «النار»",
			"وأطلقت قوات الاحتلال النار على مزارعين قرب السياج.",
			[]string{"وأطلقت source=israel"}},
		{"wounded by a means of violence",
			"أصيب أربعة جنود بجروح في قصف استهدف موقعهم.",
			[]string{"أصيب"}},
		{"an attack told as carried out",
			"وشن مسلحون هجوما على حاجز أمني في ضواحي العاصمة.",
			[]string{"هجوما"}},
		// Not reported: talked about, planned, negated, history, accidents.
		{"an investigation into a killing", "وتواصل لجنة التحقيق في مقتل الصحفي عملها.", nil},
		{"a trial about an old assassination",
			"وعقدت المحكمة الخاصة جلسة جديدة للنظر في قضية اغتيال رئيس الوزراء الأسبق.", nil},
		{"a killing named by its victim's name is a known case",
			"وتحدث الوزير عن مقتل خاشقجي خلال المؤتمر.", nil},
		{"a threat to kill", "وهدد التنظيم بقتل الرهائن إذا لم تدفع الفدية.", nil},
		{"a negated killing", "ولم يقتل أحد في الحادث الذي وقع ليلا.", nil},
		{"a dated act is history", "واغتيل الرئيس الأسبق بانفجار سيارة مفخخة عام 2005.", nil},
		{"a war's toll in thousands", "وأسفرت الحرب عن مقتل أكثر من 350 ألف شخص.", nil},
		{"a road accident", "مصرع خمسة أشخاص في حادث سير على الطريق الصحراوي.", nil},
		{"a condemnation reports no act", "ودانت الحكومة الهجوم الذي أسفر عن مقتل 20 شخصا.", nil},
		{"killing time is no killing", "قتل اللاعبون الوقت في الدقائق الأخيرة من المباراة.", nil},
		{"dawn is no explosion", "وصل الوفد فجر اليوم إلى العاصمة.", nil},
		{"a player's injury", "أصيب اللاعب في الركبة خلال التدريبات.", nil},
		{"counter-terrorism is no act", "وبحث الجانبان التعاون في مكافحة الإرهاب.", nil},
		{"a question", "هل قتل الجنود المدنيين في القرية؟", nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := incidentOf(t, x, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestIncidentWithoutSides checks that an incident event with no pair of
// sides is kept as an event and gives no triple, so the graph is untouched.
func TestIncidentWithoutSides(t *testing.T) {
	x := newTestExtractor(t)
	res, err := x.Extract(article.Article{ID: "t", Text: "قتل 12 شخصا في انفجار سيارة مفخخة وسط المدينة."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(res.Events))
	}
	e := res.Events[0]
	if len(e.Triples()) != 0 {
		t.Errorf("incident without sides gives triples %v", e.Triples())
	}
	if e.Confidence >= confSidesOnly {
		t.Errorf("incident confidence %.2f, want below the two-sided events' %.2f", e.Confidence, confSidesOnly)
	}
	if got := "قتل 12 شخصا في انفجار سيارة مفخخة وسط المدينة."[e.TrigSpan.Start:e.TrigSpan.End]; got != e.Trigger {
		t.Errorf("trigger span gives %q, trigger is %q", got, e.Trigger)
	}
}
