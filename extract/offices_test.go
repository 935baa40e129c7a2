package extract

import "testing"

// TestGroupOffices: the offices of armed groups (actor/data roles with an
// org) name their holder of the day, so a leader's title in apposition is
// the leader again, not a second party.
func TestGroupOffices(t *testing.T) {
	x := newTestExtractor(t)
	tests := []datedCase{
		{"a group's secretary-general in apposition is the leader named before",
			"2018-08-15", "انتقد حسن نصرالله، الأمين العام لحزب الله، السعودية بشدة يوم الثلاثاء.",
			[]string{"hassan-nasrallah accuse saudi-arabia"}},
		{"the leader of a group named by the group is its leader of the day",
			"2018-08-15", "واتهم زعيم الحوثيين السعودية بقصف صعدة.",
			[]string{"abdul-malik-al-houthi accuse saudi-arabia"}},
	}
	runDated(t, x, tests)
}
