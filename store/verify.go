package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

// maxProblems bounds Verify's report: past it the store is broken anyway.
const maxProblems = 1000

// Verify checks the store's consistency and returns one line per problem,
// naming the key at fault:
//   - every index entry points at an existing triple whose subject or object
//     is the indexed actor, and every triple has both its index entries;
//   - every event and triple belongs to a stored article, and every hash
//     entry points at one;
//   - an article is whole: its events are numbered from 0 without gaps, and
//     each event has exactly the triples it projects to (Event.Triples),
//     each filed under that event;
//   - every article has its content-hash entry, and its text has that hash;
//   - every record decodes.
//
// The error reports a failure to read the store, not a problem in it.
//
// Verify reads every key once, in order: the prefixes sort so that
// articles come before their events, hashes and triples, events before
// triples, and triples before the index. It keeps what it needs to match
// them (article ids, event numbers, triple keys) in memory, which grows
// with the store.
func (s *Store) Verify() ([]string, error) {
	v := verifier{
		articles:  make(map[string]string),
		hashed:    make(map[string]bool),
		nextEvent: make(map[string]uint32),
		events:    make(map[string][]projected),
		triples:   make(map[string]*indexedTriple),
	}
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			err := item.Value(func(value []byte) error {
				v.check(item.Key(), value)
				return nil
			})
			if err != nil {
				return fmt.Errorf("read %s: %w", printable(item.Key()), err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: verify: %w", s.dir, err)
	}
	v.finish()
	if n := len(v.problems); n > maxProblems {
		v.problems = append(v.problems[:maxProblems], fmt.Sprintf("… and %d more problems", n-maxProblems))
	}
	return v.problems, nil
}

type verifier struct {
	problems  []string
	version   bool
	articles  map[string]string // id: content hash
	hashed    map[string]bool   // article ids that have their hash entry
	nextEvent map[string]uint32 // article id: the seq its next event must have
	// events maps an event's key to the triples it projects to, each marked
	// once its record is met.
	events     map[string][]projected
	triples    map[string]*indexedTriple
	index      int // index entries
	tripleRecs int
}

// projected is one triple an event projects to.
type projected struct {
	subject, object string
	stored          bool
}

type indexedTriple struct {
	subject, object         string
	subjectSeen, objectSeen bool
}

func (v *verifier) problem(format string, args ...any) {
	v.problems = append(v.problems, fmt.Sprintf(format, args...))
}

func (v *verifier) check(key, value []byte) {
	name := printable(key)
	if string(key) == string(keyVersion) {
		v.version = true
		if string(value) != schemaVersion {
			v.problem("schema version %q, want %q", value, schemaVersion)
		}
		return
	}
	if len(key) < 2 {
		v.problem("unknown key %s", name)
		return
	}
	switch string(key[:2]) {
	case prefixArticle:
		v.checkArticle(name, string(key[2:]), value)
	case prefixHash:
		id, hash := string(value), string(key[2:])
		switch stored, ok := v.articles[id]; {
		case !ok:
			v.problem("%s: article %q does not exist", name, id)
		case stored != hash:
			v.problem("%s: article %q has hash %s", name, id, stored)
		default:
			v.hashed[id] = true
		}
	case prefixEvent:
		v.checkEvent(name, key, value)
	case prefixTriple:
		var t struct{ Article, Subject, Object string }
		id, ok := v.checkOwned(name, key, value, &t)
		if !ok {
			return
		}
		v.tripleRecs++
		if t.Article != id {
			v.problem("%s: triple of article %q filed under %q", name, t.Article, id)
		}
		v.triples[string(key)] = &indexedTriple{subject: t.Subject, object: t.Object}
		v.checkProjected(name, key, t.Subject, t.Object)
	case prefixIndex:
		v.index++
		actorID, tripleKey, err := splitIndexKey(key)
		if err != nil {
			v.problem("%s: bad index key: %v", name, err)
			return
		}
		t, ok := v.triples[string(tripleKey)]
		switch {
		case !ok:
			v.problem("%s: triple %s does not exist", name, printable(tripleKey))
		case actorID == t.subject:
			t.subjectSeen = true
		case actorID == t.object:
			t.objectSeen = true
		default:
			v.problem("%s: %q is neither subject nor object of the triple", name, actorID)
		}
	case prefixActor:
		var a actor.Actor
		if err := jsonDecode(value, &a); err != nil {
			v.problem("%s: %v", name, err)
		} else if a.ID != string(key[2:]) {
			v.problem("%s: holds actor %q", name, a.ID)
		}
	default:
		v.problem("unknown key %s", name)
	}
}

func (v *verifier) checkArticle(name, id string, value []byte) {
	a, err := decodeArticleValue(value)
	if err != nil {
		v.problem("%s: decode: %v", name, err)
		return
	}
	v.articles[id] = a.Hash
	if a.ID != id {
		v.problem("%s: holds article %q", name, a.ID)
	}
	if h := article.HashText(a.Text); h != a.Hash {
		v.problem("%s: text has hash %s, article says %s", name, h, a.Hash)
	}
}

// checkEvent checks that an event belongs to a stored article, comes next
// in its numbering, and notes the triples it must have.
func (v *verifier) checkEvent(name string, key, value []byte) {
	var ev extract.Event
	id, ok := v.checkOwned(name, key, value, &ev)
	if !ok {
		return
	}
	if ev.Article != id {
		v.problem("%s: event of article %q filed under %q", name, ev.Article, id)
	}
	seq, ok := keySeq(key, len(eventPrefix(id)), 1)
	if !ok {
		v.problem("%s: bad key: want a 4-byte sequence number after the article id", name)
		return
	}
	if next := v.nextEvent[id]; seq[0] != next {
		v.problem("%s: event %s is missing", name, printable(eventKey(id, int(next))))
	}
	v.nextEvent[id] = seq[0] + 1
	ts := ev.Triples()
	want := make([]projected, len(ts))
	for i, t := range ts {
		want[i] = projected{subject: t.Subject, object: t.Object}
	}
	v.events[string(key)] = want
}

// checkProjected checks that a triple is one its event projects to.
func (v *verifier) checkProjected(name string, key []byte, subject, object string) {
	id, _ := articleOf(key) // checkOwned has checked it
	prefix := len(triplePrefix(id))
	seq, ok := keySeq(key, prefix, 2)
	if !ok {
		v.problem("%s: bad key: want two 4-byte sequence numbers after the article id", name)
		return
	}
	evKey := eventKey(id, int(seq[0]))
	want, ok := v.events[string(evKey)]
	switch {
	case !ok:
		v.problem("%s: event %s does not exist", name, printable(evKey))
	case int(seq[1]) >= len(want):
		v.problem("%s: event %s projects to %d triples, not %d", name, printable(evKey), len(want), seq[1]+1)
	case want[seq[1]].subject != subject || want[seq[1]].object != object:
		v.problem("%s: holds %s–%s, event %s projects to %s–%s", name, subject, object,
			printable(evKey), want[seq[1]].subject, want[seq[1]].object)
	default:
		want[seq[1]].stored = true
	}
}

// keySeq decodes the n big-endian 4-byte numbers that end an event or
// triple key after its prefix of the given length.
func keySeq(key []byte, prefix, n int) ([]uint32, bool) {
	if len(key) != prefix+4*n {
		return nil, false
	}
	seq := make([]uint32, n)
	for i := range seq {
		seq[i] = binary.BigEndian.Uint32(key[prefix+4*i:])
	}
	return seq, true
}

// checkOwned decodes an event or triple and checks that its article exists.
func (v *verifier) checkOwned(name string, key, value []byte, into any) (articleID string, ok bool) {
	id, err := articleOf(key)
	if err != nil {
		v.problem("%s: bad key: %v", name, err)
		return "", false
	}
	if _, ok := v.articles[id]; !ok {
		v.problem("%s: article %q does not exist", name, id)
	}
	if err := jsonDecode(value, into); err != nil {
		v.problem("%s: %v", name, err)
		return "", false
	}
	return id, true
}

// finish reports what was never seen, sorted (the maps have no order).
func (v *verifier) finish() {
	if !v.version {
		v.problem("no schema version")
	}
	from := len(v.problems)
	defer func() { slices.Sort(v.problems[from:]) }()
	for id := range v.articles {
		if !v.hashed[id] {
			v.problem("%s: no content-hash entry", printable(articleKey(id)))
		}
	}
	for k, want := range v.events {
		for i, p := range want {
			if !p.stored {
				v.problem("%s: triple %d (%s–%s) is missing", printable([]byte(k)), i, p.subject, p.object)
			}
		}
	}
	for k, t := range v.triples {
		if !t.subjectSeen {
			v.problem("%s: no index entry for subject %q", printable([]byte(k)), t.subject)
		}
		if !t.objectSeen {
			v.problem("%s: no index entry for object %q", printable([]byte(k)), t.object)
		}
	}
	if v.index != 2*v.tripleRecs {
		v.problem("%d triples but %d index entries, want %d", v.tripleRecs, v.index, 2*v.tripleRecs)
	}
}

func jsonDecode(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	return nil
}
