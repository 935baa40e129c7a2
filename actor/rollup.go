package actor

import "time"

// StandsFor returns the actor that a stands for when people and institutions
// are replaced by the body they act for (country-level graphs and scores): the
// state or international organization whose office a holds on day, else the
// state a belongs to. A zero day means the offices a holds now. It reports
// false for states and for actors that stand for themselves (international
// bodies, groups, people with neither an office nor a state).
//
// The office comes first because a person's nationality is not whom they act
// for: António Guterres speaks for the United Nations from 2017, not for
// Portugal, whose prime minister he was until 2002.
func (l *Lexicon) StandsFor(a Actor, day time.Time) (Actor, bool) {
	if a.Type == State {
		return Actor{}, false
	}
	if r, ok := officeOn(a.Roles, day); ok {
		if r.Country != "" {
			if st, ok := l.StateOf(r.Country); ok {
				return st, true
			}
		} else if org, ok := l.ByID(r.Org); ok {
			return org, true
		}
	}
	if a.Country == "" {
		return Actor{}, false
	}
	return l.StateOf(a.Country)
}

// officeOn picks the office held on day (zero: still held), preferring a
// state's office to an international body's (a president who chairs a
// regional body still acts for the state), then the one taken last.
func officeOn(roles []Role, day time.Time) (Role, bool) {
	best, found := Role{}, false
	for _, r := range roles {
		if day.IsZero() && !r.To.IsZero() || !day.IsZero() && !r.Holds(day) {
			continue
		}
		if !found || better(r, best) {
			best, found = r, true
		}
	}
	return best, found
}

func better(r, than Role) bool {
	if (r.Country != "") != (than.Country != "") {
		return r.Country != ""
	}
	return r.From.After(than.From)
}
