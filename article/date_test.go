package article

import (
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

var parseDateTests = []struct {
	in   string
	want time.Time // zero: no date
}{
	// Month names, Egyptian and Gulf.
	{"الجمعة، 18 أكتوبر 2024", day(2024, 10, 18)},
	{"18 اكتوبر 2024", day(2024, 10, 18)},
	{"5 إبريل 2023", day(2023, 4, 5)},
	{"5 ابريل 2023", day(2023, 4, 5)},
	{"1 يونيه 2020", day(2020, 6, 1)},
	{"2 يوليه 2020", day(2020, 7, 2)},
	{"29 فبراير 2024", day(2024, 2, 29)},
	{"31 ديسمبر 1999", day(1999, 12, 31)},
	{"18 أكتوبر 2024م - 08:44 ص", day(2024, 10, 18)},
	{"18 أُكْتُوبَر 2024", day(2024, 10, 18)},
	{"\u200f18\u200f أكتوبر 2024", day(2024, 10, 18)},
	// Levantine names, one and two words.
	{"18 تشرين الأول 2024", day(2024, 10, 18)},
	{"3 تشرين الثاني 2019", day(2019, 11, 3)},
	{"3 كانون الثاني 2019", day(2019, 1, 3)},
	{"3 كانون الأول 2019", day(2019, 12, 3)},
	{"3 كانون الثانى 2019", day(2019, 1, 3)},
	{"3 كانون ثاني 2019", day(2019, 1, 3)},
	{"12 شباط 2021", day(2021, 2, 12)},
	{"7 آذار 2022", day(2022, 3, 7)},
	{"7 اذار 2022", day(2022, 3, 7)},
	{"9 نيسان 2022", day(2022, 4, 9)},
	{"1 أيار 2022", day(2022, 5, 1)},
	{"30 حزيران 2022", day(2022, 6, 30)},
	{"14 تموز 2022", day(2022, 7, 14)},
	{"6 آب 2022", day(2022, 8, 6)},
	{"11 أيلول 2001", day(2001, 9, 11)},
	// Both names for one month.
	{"الأربعاء 24 يوليو/تموز 2024", day(2024, 7, 24)},
	{"في 31 أيار/ مايو 2023، عقد", day(2023, 5, 31)},
	{"18 أكتوبر (تشرين الأول) 2024", day(2024, 10, 18)},
	// Maghrebi and English names, month first.
	{"15 جانفي 2018", day(2018, 1, 15)},
	{"20 أوت 2017", day(2017, 8, 20)},
	{"October 18, 2024", day(2024, 10, 18)},
	{"18 Oct 2024", day(2024, 10, 18)},
	{"أكتوبر 18، 2024", day(2024, 10, 18)},
	// Digits only.
	{"18/10/2024", day(2024, 10, 18)},
	{"18-10-2024", day(2024, 10, 18)},
	{"18.10.2024", day(2024, 10, 18)},
	{"8/1/2024", day(2024, 1, 8)},
	{"2024-10-18", day(2024, 10, 18)},
	{"2024/10/18", day(2024, 10, 18)},
	{"2024-10-18T08:44:00+03:00", day(2024, 10, 18)},
	{"١٨ أكتوبر ٢٠٢٤", day(2024, 10, 18)},
	{"١٨/١٠/٢٠٢٤", day(2024, 10, 18)},
	{"۱۸/۱۰/۲۰۲۴", day(2024, 10, 18)},
	// The first of several dates.
	{"من 1 مارس 2020 إلى 5 أبريل 2021", day(2020, 3, 1)},
	{"08:44 ص، 18/10/2024", day(2024, 10, 18)},
	// Not dates.
	{"", time.Time{}},
	{"08:44 ص", time.Time{}},
	{"مارس/آذار 2023", time.Time{}},
	{"31 أيار /مايو الماضي", time.Time{}},
	{"18 أكتوبر", time.Time{}},
	{"18 مارس/نيسان 2024", time.Time{}},
	{"31 يونيو 2024", time.Time{}},
	{"29 فبراير 2023", time.Time{}},
	{"0 مارس 2023", time.Time{}},
	{"10/18/2024", time.Time{}},
	{"18/10-2024", time.Time{}},
	{"2024-13-01", time.Time{}},
	{"123/10/2024", time.Time{}},
	{"18/10/24", time.Time{}},
	{"15/04/1446", time.Time{}},
	{"15 ربيع الآخر 1446 هـ", time.Time{}},
	{"100% حجم الخط", time.Time{}},
	{"1 2024", time.Time{}},
}

func TestParseDate(t *testing.T) {
	for _, tt := range parseDateTests {
		got, ok := ParseDate(tt.in)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseISODate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2018-02-18T21:35:43+04:00", time.Date(2018, 2, 18, 21, 35, 43, 0, time.FixedZone("", 4*3600))},
		{"2018-02-18T17:35:43Z", time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC)},
		{"2018-02-18T17:35:43.250Z", time.Date(2018, 2, 18, 17, 35, 43, 250e6, time.UTC)},
		{"2018-02-18T17:35:43", time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC)},
		{"2018-02-18 17:35:43", time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC)},
		{"2018-02-18T21:35:43+0400", time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC)},
		{"2018-02-18", day(2018, 2, 18)},
		{" 2018-02-18 ", day(2018, 2, 18)},
		{"18/02/2018", day(2018, 2, 18)},
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"2018-02-30", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseISODate(tt.in)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("parseISODate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestEmbeddedMonths(t *testing.T) {
	found := make(map[time.Month]bool)
	for _, names := range months {
		for _, n := range names {
			found[n.month] = true
		}
	}
	for m := time.January; m <= time.December; m++ {
		if !found[m] {
			t.Errorf("data/months.txt has no name for month %d", m)
		}
	}
}

func TestParseMonthsErrors(t *testing.T) {
	tests := []struct {
		name, data, wantErr string
	}{
		{"no tab", "1 يناير\n", "want number<TAB>name"},
		{"month 13", "13\tيناير\n", "not 1 to 12"},
		{"not a number", "x\tيناير\n", "not 1 to 12"},
		{"empty name", "1\t \n", "want number<TAB>name"},
		{"punctuation", "1\t،\n", "not a month name"},
		{"digits in name", "1\tيناير 2\n", "not a month name"},
		{"two months", "1\tأيار\n5\tايار\n", "month 1 and month 5"},
	}
	for _, tt := range tests {
		_, err := parseMonths(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: parseMonths error = %v; want one containing %q", tt.name, err, tt.wantErr)
		}
	}
	if _, err := parseMonths("# comment\n\n1\tيناير\n1\tيناير\n"); err != nil {
		t.Errorf("parseMonths with a comment and a repeated line: %v", err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range parseDateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if !ok {
			if !got.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with ok false", s, got)
			}
			return
		}
		if got.Year() < minYear || got.Year() > maxYear || got.Location() != time.UTC ||
			got.Hour()|got.Minute()|got.Second()|got.Nanosecond() != 0 {
			t.Fatalf("ParseDate(%q) = %v, not a midnight UTC in range", s, got)
		}
		again, ok := ParseDate(got.Format("2006-01-02"))
		if !ok || !again.Equal(got) {
			t.Fatalf("ParseDate(%q) = %v does not round-trip: %v, %v", s, got, again, ok)
		}
	})
}
