package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"kg/article"
	"kg/extract"
)

// PutStatus says what Put did with an article.
type PutStatus int

// Put statuses.
const (
	// Added: the article's id was new; it is stored with its events.
	Added PutStatus = iota + 1
	// Unchanged: the same id with the same content hash is stored; nothing
	// was written.
	Unchanged
	// Replaced: the id was stored with another text; the old version's events,
	// triples and index entries were removed and the new ones written.
	Replaced
	// Duplicate: another article with the same text is stored; nothing of
	// this one was written (an older version of it, under the same id but
	// with a different text, was removed).
	Duplicate
)

var statusNames = [...]string{Added: "added", Unchanged: "unchanged", Replaced: "replaced", Duplicate: "duplicate"}

func (s PutStatus) String() string {
	if s >= Added && s <= Duplicate {
		return statusNames[s]
	}
	return fmt.Sprintf("PutStatus(%d)", int(s))
}

// Put stores one article and what was extracted from it, atomically.
func (s *Store) Put(a article.Article, r extract.Result) (PutStatus, error) {
	// A conflict means another goroutine wrote a key this Put read, such as
	// the same article; trying again sees its write.
	const attempts = 3
	for i := 1; ; i++ {
		b := s.NewBatch()
		status, err := b.Put(a, r)
		if err != nil {
			b.Discard()
			return 0, err
		}
		err = b.Flush()
		if err == nil {
			return status, nil
		}
		if !errors.Is(err, badger.ErrConflict) || i == attempts {
			return 0, err
		}
	}
}

// Batch stores many articles in few Badger transactions: Put adds an article
// to the current transaction and commits it only when the transaction is
// full, so the articles a Batch was given are all in the store only after
// Flush (Discard drops those not yet committed).
// An article is never split across two transactions, and the memory a Batch
// holds is bounded by Badger's transaction size (2.4 MB), in which a value of
// 1 MB or more (a long text, written to Badger's value log) counts only as a
// pointer: a caller putting many such articles should Flush every few.
//
// A Batch is not safe for concurrent use.
type Batch struct {
	s   *Store
	txn *badger.Txn
	// The writes in txn, one slice per article, to redo them in a fresh
	// transaction when an article fails halfway.
	written [][]write
}

type write struct {
	key, value []byte
	delete     bool
}

// NewBatch starts a batch of writes.
func (s *Store) NewBatch() *Batch { return &Batch{s: s} }

// ErrTooLarge is returned by Put for an article the store cannot hold: a
// record (the article with its text, an event, a triple) over MaxRecord
// bytes, or more events than one transaction holds. Nothing of the article
// is written, and a Batch stays usable.
var ErrTooLarge = errors.New("article too large to store")

// MaxRecord is the largest record the store holds: the size of Badger's
// value log files, which is the largest value Badger accepts.
const MaxRecord = valueLogFileSize

// Put adds an article to the batch. The status is what Put does to the
// store as it stands with the batch's earlier articles.
func (b *Batch) Put(a article.Article, r extract.Result) (PutStatus, error) {
	if err := b.s.writable(); err != nil {
		return 0, err
	}
	rec, err := encode(a, r)
	if err != nil {
		return 0, fmt.Errorf("store article %q: %w", a.ID, err)
	}
	if n := rec.largest(); n > MaxRecord {
		return 0, fmt.Errorf("store article %q: %w: a record of %d bytes, over %d", a.ID, ErrTooLarge, n, MaxRecord)
	}
	for {
		if b.txn == nil {
			b.txn = b.s.db.NewTransaction(true)
		}
		w := &txnWriter{txn: b.txn}
		status, err := w.put(rec)
		if err == nil {
			if len(w.written) > 0 {
				b.written = append(b.written, w.written)
			}
			return status, nil
		}
		if len(w.written) > 0 {
			// Some of the article's keys are in txn: start again without them.
			if rerr := b.redo(); rerr != nil {
				return 0, fmt.Errorf("store article %q: %w (and undoing it: %v)", a.ID, err, rerr)
			}
		}
		if !errors.Is(err, badger.ErrTxnTooBig) {
			return 0, fmt.Errorf("store article %q: %w", a.ID, err)
		}
		if len(b.written) == 0 {
			return 0, fmt.Errorf("store article %q: %w: its events do not fit in one transaction (%w)", a.ID, ErrTooLarge, err)
		}
		// The transaction is full: commit it and put the article whole into the next.
		if err := b.Flush(); err != nil {
			return 0, err
		}
	}
}

// redo replaces the transaction by a fresh one holding the writes of the
// articles put whole.
func (b *Batch) redo() error {
	b.txn.Discard()
	b.txn = b.s.db.NewTransaction(true)
	for _, article := range b.written {
		for _, w := range article {
			var err error
			if w.delete {
				err = b.txn.Delete(w.key)
			} else {
				err = b.txn.SetEntry(badger.NewEntry(w.key, w.value))
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// Flush commits the articles put since the last Flush. The batch may be used
// again afterwards.
func (b *Batch) Flush() error {
	txn, n := b.txn, len(b.written)
	b.txn, b.written = nil, nil
	if txn == nil {
		return nil
	}
	if n == 0 || b.s.closed.Load() {
		txn.Discard()
		if n > 0 {
			return ErrClosed
		}
		return nil
	}
	if err := txn.Commit(); err != nil {
		return fmt.Errorf("store %s: commit %d articles: %w", b.s.dir, n, err)
	}
	return nil
}

// Discard drops the articles put since the last Flush.
func (b *Batch) Discard() {
	if b.txn != nil {
		b.txn.Discard()
	}
	b.txn, b.written = nil, nil
}

func (s *Store) writable() error {
	switch {
	case s.closed.Load():
		return ErrClosed
	case s.readOnly:
		return ErrReadOnly
	}
	return nil
}

// encodeArticle encodes an article as its JSON (which has no text), a NUL
// byte (which JSON never contains) and its text as it is: decoding JSON
// strings of Arabic text is slow, and most readers need only the metadata.
func encodeArticle(a article.Article) ([]byte, error) {
	meta, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	v := make([]byte, 0, len(meta)+1+len(a.Text))
	v = append(v, meta...)
	v = append(v, 0)
	return append(v, a.Text...), nil
}

// splitArticle returns the JSON and the text of an encoded article.
func splitArticle(v []byte) (meta, text []byte, err error) {
	i := bytes.IndexByte(v, 0)
	if i < 0 {
		return nil, nil, errors.New("article value without text separator")
	}
	return v[:i], v[i+1:], nil
}

// encoded is an article ready to be written, encoded once even if it must be
// written again into another transaction.
type encoded struct {
	id, hash string
	article  []byte
	events   [][]byte
	triples  []encodedTriple
	actors   []encodedActor
}

type encodedTriple struct {
	key             []byte
	value           []byte
	subject, object string
}

type encodedActor struct {
	id    string
	value []byte
}

// largest returns the size of the record's largest value.
func (rec *encoded) largest() int {
	n := len(rec.article)
	for _, v := range rec.events {
		n = max(n, len(v))
	}
	for _, t := range rec.triples {
		n = max(n, len(t.value))
	}
	for _, a := range rec.actors {
		n = max(n, len(a.value))
	}
	return n
}

// encode checks an article and its extraction and encodes them. Events and
// triples are filed under the article, whatever their Article field says.
func encode(a article.Article, r extract.Result) (*encoded, error) {
	if err := checkID("article", a.ID); err != nil {
		return nil, err
	}
	if a.Hash == "" {
		a.Hash = article.HashText(a.Text)
	}
	rec := &encoded{id: a.ID, hash: a.Hash}
	var err error
	if rec.article, err = encodeArticle(a); err != nil {
		return nil, err
	}
	for i, ev := range r.Events {
		ev.Article = a.ID
		value, err := json.Marshal(ev)
		if err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		rec.events = append(rec.events, value)
		for j, t := range ev.Triples() {
			for _, id := range []string{t.Subject, t.Object} {
				if err := checkID("actor", id); err != nil {
					return nil, fmt.Errorf("event %d: %w", i, err)
				}
			}
			value, err := json.Marshal(t)
			if err != nil {
				return nil, fmt.Errorf("event %d: triple %d: %w", i, j, err)
			}
			rec.triples = append(rec.triples, encodedTriple{
				key: tripleKey(a.ID, i, j), value: value, subject: t.Subject, object: t.Object})
		}
	}
	for _, act := range r.NewActors {
		if err := checkID("discovered actor", act.ID); err != nil {
			return nil, err
		}
		value, err := json.Marshal(act)
		if err != nil {
			return nil, fmt.Errorf("discovered actor %s: %w", act.ID, err)
		}
		rec.actors = append(rec.actors, encodedActor{act.ID, value})
	}
	return rec, nil
}

// txnWriter writes to a transaction and remembers what it wrote.
type txnWriter struct {
	txn     *badger.Txn
	written []write
}

func (w *txnWriter) set(key, value []byte) error {
	w.written = append(w.written, write{key: key, value: value})
	return w.txn.SetEntry(badger.NewEntry(key, value))
}

func (w *txnWriter) delete(key []byte) error {
	w.written = append(w.written, write{key: key, delete: true})
	return w.txn.Delete(key)
}

// put writes one article, replacing an older version of it.
func (w *txnWriter) put(rec *encoded) (PutStatus, error) {
	oldHash, found, err := storedHash(w.txn, rec.id)
	if err != nil {
		return 0, err
	}
	if found && oldHash == rec.hash {
		return Unchanged, nil
	}
	holder, held, err := getString(w.txn, hashKey(rec.hash))
	if err != nil {
		return 0, err
	}
	if found {
		if err := w.remove(rec.id, oldHash); err != nil {
			return 0, err
		}
	}
	if held && holder != rec.id {
		return Duplicate, nil
	}

	if err := w.set(articleKey(rec.id), rec.article); err != nil {
		return 0, err
	}
	if err := w.set(hashKey(rec.hash), []byte(rec.id)); err != nil {
		return 0, err
	}
	for i, value := range rec.events {
		if err := w.set(eventKey(rec.id, i), value); err != nil {
			return 0, err
		}
	}
	for _, t := range rec.triples {
		if err := w.set(t.key, t.value); err != nil {
			return 0, err
		}
		if err := w.set(indexKey(t.subject, t.key), nil); err != nil {
			return 0, err
		}
		if err := w.set(indexKey(t.object, t.key), nil); err != nil {
			return 0, err
		}
	}
	// An actor discovered twice keeps its first description.
	seen := make(map[string]bool)
	for _, act := range rec.actors {
		if seen[act.id] {
			continue
		}
		seen[act.id] = true
		_, err := w.txn.Get(actorKey(act.id))
		if err == nil {
			continue
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return 0, err
		}
		if err := w.set(actorKey(act.id), act.value); err != nil {
			return 0, err
		}
	}
	if found {
		return Replaced, nil
	}
	return Added, nil
}

// remove deletes an article, its hash entry, events, triples and their index
// entries.
func (w *txnWriter) remove(id, hash string) error {
	var dead [][]byte
	dead = append(dead, articleKey(id))
	holder, held, err := getString(w.txn, hashKey(hash))
	if err != nil {
		return err
	}
	if held && holder == id {
		dead = append(dead, hashKey(hash))
	}
	err = scan(w.txn, eventPrefix(id), false, func(item *badger.Item) error {
		dead = append(dead, item.KeyCopy(nil))
		return nil
	})
	if err != nil {
		return err
	}
	err = scan(w.txn, triplePrefix(id), true, func(item *badger.Item) error {
		var t extract.Triple
		if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &t) }); err != nil {
			return fmt.Errorf("triple %s: %w", printable(item.Key()), err)
		}
		k := item.KeyCopy(nil)
		dead = append(dead, k, indexKey(t.Subject, k), indexKey(t.Object, k))
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range dead {
		if err := w.delete(k); err != nil {
			return err
		}
	}
	return nil
}

// storedHash returns the content hash of the stored article id.
func storedHash(txn *badger.Txn, id string) (string, bool, error) {
	item, err := txn.Get(articleKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	var rec struct {
		Hash string `json:"hash"`
	}
	err = item.Value(func(v []byte) error {
		meta, _, err := splitArticle(v)
		if err != nil {
			return err
		}
		return json.Unmarshal(meta, &rec)
	})
	if err != nil {
		return "", false, fmt.Errorf("article %q: %w", id, err)
	}
	return rec.Hash, true, nil
}

func getString(txn *badger.Txn, key []byte) (string, bool, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	v, err := item.ValueCopy(nil)
	return string(v), err == nil, err
}

// scan calls fn for each key with the prefix, in order, reading values only
// if withValues.
func scan(txn *badger.Txn, prefix []byte, withValues bool, fn func(*badger.Item) error) error {
	opts := badger.DefaultIteratorOptions
	opts.Prefix = prefix
	opts.PrefetchValues = withValues
	it := txn.NewIterator(opts)
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if err := fn(it.Item()); err != nil {
			return err
		}
	}
	return nil
}
