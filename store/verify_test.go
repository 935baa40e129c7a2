package store

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"kg/article"
	"kg/extract"
)

// TestVerifyNamesDamage damages a store of two articles in the ways a bug or
// a broken disk could, and checks that Verify reports each with the key at
// fault. TestVerify covers deleted records; these are the records left
// behind or made up.
func TestVerifyNamesDamage(t *testing.T) {
	// Article "b" as stored below: event 0 is a meeting of three (three
	// consult triples), event 1 an accusation of two (two accuse triples).
	_, rb := makeArticle("b", 1, 0, "two")
	meeting := rb.Events[0].Triples()
	ghostEvent, err := json.Marshal(extract.Event{Relation: extract.Consult, Article: "ghost",
		Args: []extract.Argument{{Actor: "iran", Role: extract.Participant}, {Actor: "us", Role: extract.Participant}}})
	if err != nil {
		t.Fatal(err)
	}
	ghostTriple, err := json.Marshal(extract.Triple{Subject: "iran", Relation: extract.Consult, Object: "us", Article: "ghost"})
	if err != nil {
		t.Fatal(err)
	}
	set := func(key, value []byte) func(*badger.Txn) error {
		return func(txn *badger.Txn) error { return txn.Set(key, value) }
	}
	del := func(keys ...[]byte) func(*badger.Txn) error {
		return func(txn *badger.Txn) error {
			for _, k := range keys {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		}
	}
	// moveTriple files the first meeting triple under another key, with its
	// index entries.
	moveTriple := func(to []byte) func(*badger.Txn) error {
		return func(txn *badger.Txn) error {
			from := tripleKey("b", 0, 0)
			item, err := txn.Get(from)
			if err != nil {
				return err
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			tr := meeting[0]
			for _, k := range [][]byte{from, indexKey(tr.Subject, from), indexKey(tr.Object, from)} {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			for _, kv := range [][2][]byte{{to, v}, {indexKey(tr.Subject, to), nil}, {indexKey(tr.Object, to), nil}} {
				if err := txn.Set(kv[0], kv[1]); err != nil {
					return err
				}
			}
			return nil
		}
	}
	missingTriple := tripleKey("b", 7, 0)
	tests := []struct {
		name    string
		corrupt func(*badger.Txn) error
		want    []string // each in a reported problem
	}{
		{"index entry of a missing triple", set(indexKey("iran", missingTriple), nil),
			[]string{printable(indexKey("iran", missingTriple)) + ": triple " + printable(missingTriple) + " does not exist"}},
		{"triple without index entries",
			del(indexKey(meeting[1].Subject, tripleKey("b", 0, 1)), indexKey(meeting[1].Object, tripleKey("b", 0, 1))),
			[]string{
				printable(tripleKey("b", 0, 1)) + `: no index entry for subject "` + meeting[1].Subject + `"`,
				printable(tripleKey("b", 0, 1)) + `: no index entry for object "` + meeting[1].Object + `"`,
			}},
		{"event of a missing article", set(eventKey("ghost", 0), ghostEvent),
			[]string{printable(eventKey("ghost", 0)) + `: article "ghost" does not exist`}},
		{"triple of a missing article", func(txn *badger.Txn) error {
			k := tripleKey("ghost", 0, 0)
			for _, kv := range [][2][]byte{{k, ghostTriple}, {indexKey("iran", k), nil}, {indexKey("us", k), nil}} {
				if err := txn.Set(kv[0], kv[1]); err != nil {
					return err
				}
			}
			return nil
		}, []string{
			printable(tripleKey("ghost", 0, 0)) + `: article "ghost" does not exist`,
			printable(tripleKey("ghost", 0, 0)) + ": event " + printable(eventKey("ghost", 0)) + " does not exist",
		}},
		{"hash entry of a missing article", set(hashKey("0123abcd"), []byte("ghost")),
			[]string{printable(hashKey("0123abcd")) + `: article "ghost" does not exist`}},
		{"hash entry of another article", set(hashKey(article.HashText("one")), []byte("b")),
			[]string{printable(hashKey(article.HashText("one"))) + `: article "b" has hash ` + article.HashText("two")}},
		{"a triple of an event missing", del(tripleKey("b", 1, 1),
			indexKey(rb.Events[1].Triples()[1].Subject, tripleKey("b", 1, 1)),
			indexKey(rb.Events[1].Triples()[1].Object, tripleKey("b", 1, 1))),
			[]string{printable(eventKey("b", 1)) + ": triple 1 (" + rb.Events[1].Triples()[1].Subject + "–" +
				rb.Events[1].Triples()[1].Object + ") is missing"}},
		{"an event missing", del(eventKey("b", 0)),
			[]string{
				printable(eventKey("b", 1)) + ": event " + printable(eventKey("b", 0)) + " is missing",
				printable(tripleKey("b", 0, 0)) + ": event " + printable(eventKey("b", 0)) + " does not exist",
			}},
		{"a triple the event does not project to", moveTriple(tripleKey("b", 0, 9)),
			[]string{
				printable(tripleKey("b", 0, 9)) + ": event " + printable(eventKey("b", 0)) + " projects to 3 triples, not 10",
				printable(eventKey("b", 0)) + ": triple 0 (",
			}},
		{"a triple filed as another", moveTriple(tripleKey("b", 1, 0)),
			[]string{printable(tripleKey("b", 1, 0)) + ": holds " + meeting[0].Subject + "–" + meeting[0].Object}},
		{"event key without a sequence number", set(append(eventPrefix("a"), 1), ghostEvent),
			[]string{printable(append(eventPrefix("a"), 1)) + ": bad key"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := verifyCorrupted(t, tt.corrupt)
			for _, want := range tt.want {
				if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, want) }) {
					t.Errorf("Verify =\n%s\nwant a problem containing %q", strings.Join(problems, "\n"), want)
				}
			}
		})
	}
}

// TestVerifyWholeArticles checks Verify on articles whose events project to
// no triple, to one, and to many, so that the completeness check does not
// mistake a legitimately empty event for a damaged one.
func TestVerifyWholeArticles(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	a, r := makeArticle("a", 0, 0, "one")
	lonely := r.Events[1]
	lonely.Args = lonely.Args[:1] // a source without a target: no triple
	r.Events = append(r.Events, lonely)
	mustPut(t, s, a, r, Added)
	b, rb := bigMeeting("b", 1, 12)
	mustPut(t, s, b, rb, Added)
	c, rc := makeArticle("c", 2, 0, "three")
	rc.Events = nil
	mustPut(t, s, c, rc, Added)
	mustVerify(t, s)
}
