package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// walkAll runs Walk and gathers what it gives.
func walkAll(t *testing.T, ctx context.Context, paths []string, opt Options) ([]Article, []Problem, error) {
	t.Helper()
	var arts []Article
	var probs []Problem
	err := Walk(ctx, paths, opt,
		func(a Article) error { arts = append(arts, a); return nil },
		func(p Problem) { probs = append(probs, p) })
	return arts, probs, err
}

// writeFiles creates files under dir; names may contain slashes.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// record returns one JSON line with the given id and text.
func record(id, text string) string {
	b, err := json.Marshal(map[string]string{"id": id, "text": text})
	if err != nil {
		panic(err)
	}
	return string(b) + "\n"
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := io.WriteString(zw, s); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func ids(arts []Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

// problemKey describes a problem by file (relative to dir), line and the
// sentinel error it wraps, for comparing with what a test wants.
type problemKey struct {
	file string
	line int
	err  error
}

func (k problemKey) String() string { return fmt.Sprintf("%s:%d: %v", k.file, k.line, k.err) }

// matches reports whether the problems are the wanted ones, in order.
func matches(t *testing.T, dir string, got []Problem, want []problemKey) bool {
	t.Helper()
	if len(got) != len(want) {
		return false
	}
	for i, p := range got {
		rel, err := filepath.Rel(dir, p.Path)
		if err != nil || filepath.ToSlash(rel) != want[i].file || p.Line != want[i].line || !errors.Is(p, want[i].err) {
			return false
		}
	}
	return true
}

func TestWalkSeedArticles(t *testing.T) {
	dir := filepath.Join("..", "testdata", "articles")
	want := []struct {
		id, title string
		date      time.Time
	}{
		{"000_5370ebdfc9bc6757.txt", "أجرى الرئيس الروسي فلاديمير بوتن محادثات مع نظيره السوري بشار الأسد في موسكو وسط دعوات للوساطة الروسية لتهدئة التوترات بين تركيا وسوريا.", time.Time{}},
		{"001_6309f5d26756ba1b.txt", "الوساطة مستمرة.. بوتين يناقش مع أردوغان العلاقة مع نظام الأسد", time.Time{}},
		{"002_9540d004c68073cb.txt", "كانت روسيا الداعم الرئيسي لقوات الرئيس بشار الأسد ضد مقاتلي المعارضة طوال الحرب الأهلية السورية.", time.Time{}},
		{"003_dfc19df6f91ee472.txt", "سياسة تركية", time.Time{}},
		{"004_aefd97f5f178b05d.txt", "بوتين يحذّر الأسد في الكرملين: \"هناك ميل للتصعيد بالمنطقة\"", day(2024, 10, 18)},
	}
	arts, probs, err := walkAll(t, context.Background(), []string{dir}, Options{Strict: true})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	if len(probs) > 0 {
		t.Errorf("problems: %v", probs)
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles %v; want %d", len(arts), ids(arts), len(want))
	}
	for i, w := range want {
		a := arts[i]
		if a.ID != w.id || a.Title != w.title || !a.Date.Equal(w.date) {
			t.Errorf("article %d = %q %q %v; want %q %q %v", i, a.ID, a.Title, a.Date, w.id, w.title, w.date)
		}
		content, err := os.ReadFile(filepath.Join(dir, w.id))
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != string(content) || a.Hash != HashText(string(content)) || a.Source != filepath.Join(dir, w.id) {
			t.Errorf("%s: text, hash or source (%q) do not match the file", w.id, a.Source)
		}
	}
}

func TestWalkText(t *testing.T) {
	tests := []struct {
		name         string
		content      string
		opt          Options
		wantTitle    string
		wantDate     time.Time
		wantText     string
		wantProblems []problemKey
	}{
		{
			name:      "title and date",
			content:   "\n  عنوان الخبر  \n\n١٨ تشرين الأول ٢٠٢٤\nالنص.\n",
			wantTitle: "عنوان الخبر",
			wantDate:  day(2024, 10, 18),
			wantText:  "\n  عنوان الخبر  \n\n١٨ تشرين الأول ٢٠٢٤\nالنص.\n",
		},
		{
			name:      "dateline and time before the headline",
			content:   "الجمعة، 18 أكتوبر 2024\n\n08:44 ص\n\nعنوان الخبر في 2024\nالنص.\n",
			wantTitle: "عنوان الخبر في 2024",
			wantDate:  day(2024, 10, 18),
			wantText:  "الجمعة، 18 أكتوبر 2024\n\n08:44 ص\n\nعنوان الخبر في 2024\nالنص.\n",
		},
		{
			name:      "BOM and CRLF",
			content:   "\ufeffعنوان\r\n18/10/2024\r\nنص\r\n",
			wantTitle: "عنوان",
			wantDate:  day(2024, 10, 18),
			wantText:  "\ufeffعنوان\r\n18/10/2024\r\nنص\r\n", // kept: offsets are the file's
		},
		{
			name:      "date after the tenth line is not taken",
			content:   "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n18 أكتوبر 2024\n",
			wantTitle: "1",
			wantText:  "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n18 أكتوبر 2024\n",
		},
		{
			name:      "date on the tenth non-blank line is taken",
			content:   "1\n\n2\n3\n4\n5\n6\n7\n8\n9\n\n18 أكتوبر 2024\n",
			wantTitle: "1",
			wantDate:  day(2024, 10, 18),
			wantText:  "1\n\n2\n3\n4\n5\n6\n7\n8\n9\n\n18 أكتوبر 2024\n",
		},
		{name: "empty", content: "", wantProblems: []problemKey{{"a.txt", 0, ErrEmpty}}},
		{name: "blank", content: " \n\t\r\n\u200f\n", wantProblems: []problemKey{{"a.txt", 0, ErrEmpty}}},
		{name: "BOM only", content: "\ufeff", wantProblems: []problemKey{{"a.txt", 0, ErrEmpty}}},
		{name: "binary", content: "title\nline\x00two\n", wantProblems: []problemKey{{"a.txt", 2, ErrBinary}}},
		{name: "not UTF-8", content: "title\n\nنص \xd8\n", wantProblems: []problemKey{{"a.txt", 3, ErrNotUTF8}}},
		{name: "over MaxLine", content: "عنوان\nنص", opt: Options{MaxLine: 10}, wantProblems: []problemKey{{"a.txt", 0, ErrTooLong}}},
		{name: "at MaxLine", content: "عنوان\nنص", opt: Options{MaxLine: 16}, wantTitle: "عنوان", wantText: "عنوان\nنص"},
		{name: "Windows-1256", content: "\xe3\xd5\xd1", wantProblems: []problemKey{{"a.txt", 1, ErrNotUTF8}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"a.txt": tt.content})
			arts, probs, err := walkAll(t, context.Background(), []string{dir}, tt.opt)
			if err != nil {
				t.Fatalf("Walk: %v", err)
			}
			if !matches(t, dir, probs, tt.wantProblems) {
				t.Errorf("problems = %v; want %v", probs, tt.wantProblems)
			}
			if tt.wantProblems != nil {
				if len(arts) != 0 {
					t.Errorf("got articles %v; want none", ids(arts))
				}
				return
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles; want 1", len(arts))
			}
			a := arts[0]
			if a.ID != "a.txt" || a.Title != tt.wantTitle || !a.Date.Equal(tt.wantDate) || a.Text != tt.wantText || a.Hash != HashText(tt.wantText) {
				t.Errorf("got %q %q %v %q; want %q %q %v %q", a.ID, a.Title, a.Date, a.Text, "a.txt", tt.wantTitle, tt.wantDate, tt.wantText)
			}
		})
	}
}

func TestWalkJSONLines(t *testing.T) {
	long := strings.Repeat("نص طويل ", 20000) // 300 KB, several read buffers
	tests := []struct {
		name         string
		files        map[string]string
		opt          Options
		wantIDs      []string
		wantSources  []string
		wantProblems []problemKey
		check        func(t *testing.T, arts []Article)
	}{
		{
			name:        "all fields",
			files:       map[string]string{"a.jsonl": `{"id": "x1", "date": "2018-02-18T21:35:43+04:00", "source": "alarabia", "url": " http://e.com/1 ", "title": " عنوان ", "text": "سطر\nسطر"}` + "\n"},
			wantIDs:     []string{"x1"},
			wantSources: []string{"a.jsonl:1"},
			check: func(t *testing.T, arts []Article) {
				a := arts[0]
				want := time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC)
				if a.Title != "عنوان" || a.URL != "http://e.com/1" || !a.Date.Equal(want) || a.Text != "سطر\nسطر" || a.Hash != HashText("سطر\nسطر") {
					t.Errorf("got %+v", a)
				}
			},
		},
		{
			name: "U+2028, U+0085 and U+0002 stay inside the line",
			files: map[string]string{"a.jsonl": "{\"id\":\"a\",\"title\":\"t\u2028t\",\"text\":\"one\u2028two\u2029three\u0085four\\u0002five\\u2028six\\r\\nseven\"}\n" +
				record("b", "x")},
			wantIDs: []string{"a", "b"},
			check: func(t *testing.T, arts []Article) {
				if want := "one\u2028two\u2029three\u0085four\u0002five\u2028six\r\nseven"; arts[0].Text != want || arts[0].Title != "t\u2028t" {
					t.Errorf("text = %q, title %q; want %q", arts[0].Text, arts[0].Title, want)
				}
			},
		},
		{
			name:         "malformed line in the middle",
			files:        map[string]string{"a.jsonl": record("a", "x") + `{"id": "b", "text": "unterminated` + "\n" + record("c", "z")},
			wantIDs:      []string{"a", "c"},
			wantSources:  []string{"a.jsonl:1", "a.jsonl:3"},
			wantProblems: []problemKey{{"a.jsonl", 2, ErrBadJSON}},
		},
		{
			name: "raw control character is malformed JSON",
			files: map[string]string{"a.jsonl": "{\"id\":\"a\",\"text\":\"x\x02y\"}\n" +
				record("b", "x")},
			wantIDs:      []string{"b"},
			wantProblems: []problemKey{{"a.jsonl", 1, ErrBadJSON}},
		},
		{
			name: "required fields",
			files: map[string]string{"a.jsonl": `{"text": "no id"}` + "\n" +
				`{"id": "", "text": "empty id"}` + "\n" +
				`{"id": null, "text": "null id"}` + "\n" +
				`{"id": "n"}` + "\n" +
				`{"id": "b", "text": " \n "}` + "\n" +
				`{"id": 42, "text": "numeric id"}` + "\n" +
				`{"id": true, "text": "bool id"}` + "\n" +
				`{"id": "t", "title": 5, "text": "numeric title"}` + "\n" +
				`["id", "text"]` + "\n" +
				`null` + "\n"},
			wantIDs: []string{"42"},
			wantProblems: []problemKey{
				{"a.jsonl", 1, ErrMissing}, {"a.jsonl", 2, ErrMissing}, {"a.jsonl", 3, ErrMissing},
				{"a.jsonl", 4, ErrMissing}, {"a.jsonl", 5, ErrMissing}, {"a.jsonl", 7, ErrBadJSON},
				{"a.jsonl", 8, ErrBadJSON}, {"a.jsonl", 9, ErrBadJSON}, {"a.jsonl", 10, ErrMissing},
			},
		},
		{
			name: "dates",
			files: map[string]string{"a.jsonl": `{"id": "iso", "date": "2018-02-18", "text": "x"}` + "\n" +
				`{"id": "bad", "date": "soon", "text": "x"}` + "\n" +
				`{"id": "null", "date": null, "text": "x"}` + "\n" +
				`{"id": "number", "date": 1518987343, "text": "x"}` + "\n" +
				`{"id": "arabic", "date": "١٨ فبراير ٢٠١٨", "text": "x"}` + "\n"},
			wantIDs: []string{"iso", "bad", "null", "number", "arabic"},
			check: func(t *testing.T, arts []Article) {
				want := []time.Time{day(2018, 2, 18), {}, {}, {}, day(2018, 2, 18)}
				for i, a := range arts {
					if !a.Date.Equal(want[i]) {
						t.Errorf("%s: date %v; want %v", a.ID, a.Date, want[i])
					}
				}
			},
		},
		{
			name:        "blank lines, BOM, CRLF and no final newline",
			files:       map[string]string{"a.jsonl": "\ufeff" + `{"id":"a","text":"x"}` + "\r\n\n  \n" + `{"id":"b","text":"y"}`},
			wantIDs:     []string{"a", "b"},
			wantSources: []string{"a.jsonl:1", "a.jsonl:4"},
		},
		{
			name:    "line longer than the read buffer",
			files:   map[string]string{"a.jsonl": record("a", long) + record("b", "x")},
			wantIDs: []string{"a", "b"},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Text != long {
					t.Errorf("long text has %d bytes; want %d", len(arts[0].Text), len(long))
				}
			},
		},
		{
			name:         "line over MaxLine",
			files:        map[string]string{"a.jsonl": record("a", "x") + record("b", long) + record("c", "y")},
			opt:          Options{MaxLine: 100 << 10},
			wantIDs:      []string{"a", "c"},
			wantSources:  []string{"a.jsonl:1", "a.jsonl:3"},
			wantProblems: []problemKey{{"a.jsonl", 2, ErrTooLong}},
		},
		{
			name:    "line of exactly MaxLine",
			files:   map[string]string{"a.jsonl": record("a", "xyz")},
			opt:     Options{MaxLine: len(record("a", "xyz")) - 1},
			wantIDs: []string{"a"},
		},
		{
			name:         "last line over MaxLine without newline",
			files:        map[string]string{"a.jsonl": record("a", "x") + strings.TrimSuffix(record("b", "0123456789"), "\n")},
			opt:          Options{MaxLine: 25},
			wantIDs:      []string{"a"},
			wantProblems: []problemKey{{"a.jsonl", 2, ErrTooLong}},
		},
		{
			name:         "not UTF-8",
			files:        map[string]string{"a.jsonl": record("a", "x") + "{\"id\":\"b\",\"text\":\"\xff\xfe\"}\n" + record("c", "y")},
			wantIDs:      []string{"a", "c"},
			wantProblems: []problemKey{{"a.jsonl", 2, ErrNotUTF8}},
		},
		{
			name:         "empty files",
			files:        map[string]string{"a.jsonl": "", "b.jsonl": "\n \n\r\n", "c.jsonl.gz": "", "d.jsonl.gz": gzipped(t, "")},
			wantProblems: []problemKey{{"a.jsonl", 0, ErrEmpty}, {"b.jsonl", 0, ErrEmpty}, {"c.jsonl.gz", 0, ErrEmpty}, {"d.jsonl.gz", 0, ErrEmpty}},
		},
		{
			name:         "binary",
			files:        map[string]string{"a.jsonl": record("a", "x") + "\x00\x01\x02\n", "b.jsonl.gz": gzipped(t, "\x7fELF\x00\x00")},
			wantProblems: []problemKey{{"a.jsonl", 2, ErrBinary}, {"b.jsonl.gz", 1, ErrBinary}},
		},
		{
			name:        "gzip",
			files:       map[string]string{"a.jsonl.gz": gzipped(t, record("a", "x\u2028y")+"\n"+record("b", "z"))},
			wantIDs:     []string{"a", "b"},
			wantSources: []string{"a.jsonl.gz:1", "a.jsonl.gz:3"},
		},
		{
			name:        "concatenated gzip members",
			files:       map[string]string{"a.JSONL.GZ": gzipped(t, record("a", "x")) + gzipped(t, record("b", "y"))},
			wantIDs:     []string{"a", "b"},
			wantSources: []string{"a.JSONL.GZ:1", "a.JSONL.GZ:2"},
		},
		{
			name:         "not gzip",
			files:        map[string]string{"a.jsonl.gz": record("a", "x")},
			wantProblems: []problemKey{{"a.jsonl.gz", 0, gzip.ErrHeader}},
		},
		{
			name: "bad gzip checksum",
			files: map[string]string{"a.jsonl.gz": func() string {
				z := []byte(gzipped(t, record("a", "x")+record("b", "y")))
				z[len(z)-8] ^= 0xff // CRC-32 in the trailer
				return string(z)
			}()},
			wantIDs:      []string{"a", "b"},
			wantProblems: []problemKey{{"a.jsonl.gz", 3, gzip.ErrChecksum}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			arts, probs, err := walkAll(t, context.Background(), []string{dir}, tt.opt)
			if err != nil {
				t.Fatalf("Walk: %v", err)
			}
			if got := ids(arts); !slices.Equal(got, tt.wantIDs) {
				t.Errorf("IDs = %q; want %q", got, tt.wantIDs)
			}
			if !matches(t, dir, probs, tt.wantProblems) {
				t.Errorf("problems = %v; want %v", probs, tt.wantProblems)
			}
			if tt.wantSources != nil {
				var got []string
				for _, a := range arts {
					rel, _ := filepath.Rel(dir, a.Source)
					got = append(got, filepath.ToSlash(rel))
				}
				if !slices.Equal(got, tt.wantSources) {
					t.Errorf("sources = %q; want %q", got, tt.wantSources)
				}
			}
			if tt.check != nil && len(arts) == len(tt.wantIDs) {
				tt.check(t, arts)
			}
		})
	}
}

// randomArticles returns n JSON lines of text that does not compress much,
// so that a gzip stream of them is long.
func randomArticles(n int) (lines string, ids []string) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := range n {
		var text strings.Builder
		for range 400 {
			text.WriteRune('ء' + rune(rng.IntN(40)))
		}
		id := "id" + strconv.Itoa(i)
		ids = append(ids, id)
		b.WriteString(record(id, text.String()))
	}
	return b.String(), ids
}

func TestWalkGzipRoundTrip(t *testing.T) {
	lines, wantIDs := randomArticles(200)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"plain/a.jsonl": lines, "zipped/a.jsonl.gz": gzipped(t, lines)})
	plain, probs1, err1 := walkAll(t, context.Background(), []string{filepath.Join(dir, "plain")}, Options{Strict: true})
	zipped, probs2, err2 := walkAll(t, context.Background(), []string{filepath.Join(dir, "zipped")}, Options{Strict: true})
	if err1 != nil || err2 != nil || len(probs1)+len(probs2) > 0 {
		t.Fatalf("Walk: %v, %v, %v, %v", err1, err2, probs1, probs2)
	}
	if got := ids(zipped); !slices.Equal(got, wantIDs) {
		t.Fatalf("gzip IDs = %q...; want %q...", got[:min(3, len(got))], wantIDs[:3])
	}
	for i := range plain {
		p, z := plain[i], zipped[i]
		if p.Text != z.Text || p.Hash != z.Hash || p.ID != z.ID || strings.Replace(z.Source, ".jsonl.gz:", ".jsonl:", 1) != strings.Replace(p.Source, "plain", "zipped", 1) {
			t.Fatalf("article %d differs: %s %s", i, p.Source, z.Source)
		}
	}
}

func TestWalkTruncatedGzip(t *testing.T) {
	lines, wantIDs := randomArticles(200)
	z := gzipped(t, lines)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl.gz": z[:len(z)/2]})
	arts, probs, err := walkAll(t, context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	got := ids(arts)
	if len(got) == 0 || len(got) >= len(wantIDs) || !slices.Equal(got, wantIDs[:len(got)]) {
		t.Fatalf("got %d articles; want the first ones before the damage, out of %d", len(got), len(wantIDs))
	}
	want := []problemKey{{"a.jsonl.gz", len(got) + 1, io.ErrUnexpectedEOF}}
	if !matches(t, dir, probs, want) {
		t.Errorf("problems = %v; want %v", probs, want)
	}
}

func TestWalkPaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/2.txt":       "two",
		"b/1.txt":       "one",
		"a.jsonl":       record("j1", "x"),
		"b/c/3.txt":     "three",
		"b/.hidden.txt": "hidden",
		".git/x.txt":    "hidden",
		"notes.md":      "# notes",
		"other/4.txt":   "four",
	})
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	link("..", "b/c/up")                          // loops back to b
	link("self.txt", "self.txt")                  // a link to itself
	link(filepath.Join(dir, "other"), "b/linked") // a second way to reach other/
	link("missing.txt", "dangling.txt")

	tests := []struct {
		name         string
		paths        []string
		wantIDs      []string
		wantProblems []problemKey
	}{
		{
			name:    "folder, recursively, sorted, links followed once",
			paths:   []string{dir},
			wantIDs: []string{"j1", "1.txt", "2.txt", "3.txt", "4.txt"},
			wantProblems: []problemKey{
				{"b/c/up", 0, ErrVisited},
				{"dangling.txt", 0, fs.ErrNotExist},
				{"notes.md", 0, ErrUnsupported},
				{"other", 0, ErrVisited},
				{"self.txt", 0, nil},
			},
		},
		{
			name:    "files named in order given, hidden file when named",
			paths:   []string{filepath.Join(dir, "b/2.txt"), filepath.Join(dir, "b/.hidden.txt"), filepath.Join(dir, "a.jsonl")},
			wantIDs: []string{"2.txt", ".hidden.txt", "j1"},
		},
		{
			name:         "path given twice",
			paths:        []string{filepath.Join(dir, "b/1.txt"), filepath.Join(dir, "b/../b/1.txt")},
			wantIDs:      []string{"1.txt"},
			wantProblems: []problemKey{{"b/1.txt", 0, ErrVisited}},
		},
		{
			name:         "missing path",
			paths:        []string{filepath.Join(dir, "nope"), filepath.Join(dir, "b/1.txt")},
			wantIDs:      []string{"1.txt"},
			wantProblems: []problemKey{{"nope", 0, fs.ErrNotExist}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, probs, err := walkAll(t, context.Background(), tt.paths, Options{})
			if err != nil {
				t.Fatalf("Walk: %v", err)
			}
			if got := ids(arts); !slices.Equal(got, tt.wantIDs) {
				t.Errorf("IDs = %q; want %q", got, tt.wantIDs)
			}
			// The self link's error differs between systems; any error will do.
			for i := range tt.wantProblems {
				if tt.wantProblems[i].err == nil && i < len(probs) {
					tt.wantProblems[i].err = probs[i].Err
				}
			}
			if !matches(t, dir, probs, tt.wantProblems) {
				t.Errorf("problems = %v; want %v", probs, tt.wantProblems)
			}
		})
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which can read any file: permission problems cannot be tested")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "secret", "d/b.txt": "hidden", "e.txt": "open"})
	for _, name := range []string{"a.txt", "d"} {
		if err := os.Chmod(filepath.Join(dir, name), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, name), 0o755) })
	}
	arts, probs, err := walkAll(t, context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	want := []problemKey{{"a.txt", 0, fs.ErrPermission}, {"d", 0, fs.ErrPermission}}
	if got := ids(arts); !slices.Equal(got, []string{"e.txt"}) || !matches(t, dir, probs, want) {
		t.Errorf("got %q, %v; want [e.txt], %v", got, probs, want)
	}
}

func TestWalkStrict(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.jsonl": record("a", "x") + "{bad\n" + record("c", "y"),
		"b.txt":   "fine",
	})
	var got []string
	var reported []Problem
	err := Walk(context.Background(), []string{dir}, Options{Strict: true},
		func(a Article) error { got = append(got, a.ID); return nil },
		func(p Problem) { reported = append(reported, p) })
	var p Problem
	if !errors.As(err, &p) || p.Line != 2 || !errors.Is(err, ErrBadJSON) || p.Path != filepath.Join(dir, "a.jsonl") {
		t.Fatalf("Walk error = %v; want a Problem at a.jsonl:2", err)
	}
	if want := filepath.Join(dir, "a.jsonl") + ":2: malformed JSON: "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error text %q; want it to start with %q", err, want)
	}
	if !slices.Equal(got, []string{"a"}) || len(reported) != 0 {
		t.Errorf("read %q and reported %v before the error; want [a] and nothing", got, reported)
	}
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Path: "a.jsonl", Line: 7, Err: ErrEmpty}, "a.jsonl:7: empty"},
		{Problem{Path: "dir/a.txt", Err: ErrBinary}, "dir/a.txt: binary data (NUL byte)"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("Error() = %q; want %q", got, tt.want)
		}
	}
}

func TestWalkStops(t *testing.T) {
	lines, _ := randomArticles(50)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": lines, "b.txt": "more"})
	errStop := errors.New("stop")
	tests := []struct {
		name    string
		cancel  bool // cancel the context in fn instead of returning errStop
		after   int
		wantErr error
	}{
		{"fn error", false, 3, errStop},
		{"context cancelled while reading", true, 3, context.Canceled},
		{"context cancelled before", true, 0, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.after == 0 {
				cancel()
			}
			n := 0
			err := Walk(ctx, []string{dir}, Options{}, func(Article) error {
				n++
				if n == tt.after {
					if tt.cancel {
						cancel()
						return nil
					}
					return errStop
				}
				return nil
			}, nil)
			if !errors.Is(err, tt.wantErr) || n != tt.after {
				t.Errorf("Walk = %v after %d articles; want %v after %d", err, n, tt.wantErr, tt.after)
			}
		})
	}
}

func FuzzJSONLine(f *testing.F) {
	f.Add([]byte(record("a", "نص")))
	f.Add([]byte(`{"id": 1, "date": "2018-02-18T21:35:43+04:00", "text": "x\u2028\u0002"}`))
	f.Add([]byte(`{"id": "x", "date": "١٨/١٠/٢٠٢٤", "title": null, "text": " "}`))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"\xff\"}"))
	f.Add([]byte(`[{"id": "a"}]`))
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := parseJSONLine(line)
		if err != nil {
			return
		}
		if a.ID == "" || strings.TrimSpace(a.Text) == "" || a.Hash != HashText(a.Text) {
			t.Fatalf("parseJSONLine(%q) = %+v: missing ID, text or hash", line, a)
		}
	})
}
