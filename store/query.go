package store

import (
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

// Article returns the stored article id, with its text.
func (s *Store) Article(id string) (article.Article, bool, error) {
	var a article.Article
	var found bool
	err := s.view(func(txn *badger.Txn) error {
		item, err := txn.Get(articleKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		a, err = decodeArticle(item)
		return err
	})
	if err != nil {
		return article.Article{}, false, fmt.Errorf("store %s: article %q: %w", s.dir, id, err)
	}
	return a, found, nil
}

// Articles calls fn for every stored article, in id order, and stops at the
// first error fn returns, which it returns.
func (s *Store) Articles(fn func(article.Article) error) error {
	return s.each(prefixArticle, func(item *badger.Item) error {
		a, err := decodeArticle(item)
		if err != nil {
			return err
		}
		return callback(fn(a))
	})
}

// Events returns the events of an article, in the order they were stored.
func (s *Store) Events(articleID string) ([]extract.Event, error) {
	var events []extract.Event
	err := s.view(func(txn *badger.Txn) error {
		return scan(txn, eventPrefix(articleID), true, func(item *badger.Item) error {
			var ev extract.Event
			if err := decodeValue(item, &ev); err != nil {
				return err
			}
			events = append(events, ev)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: events of %q: %w", s.dir, articleID, err)
	}
	return events, nil
}

// Triples calls fn for every stored triple, ordered by article, and stops at
// the first error fn returns, which it returns.
func (s *Store) Triples(fn func(extract.Triple) error) error {
	return s.each(prefixTriple, func(item *badger.Item) error {
		var t extract.Triple
		if err := decodeValue(item, &t); err != nil {
			return err
		}
		return callback(fn(t))
	})
}

// TriplesOf calls fn for every triple whose subject or object is the actor,
// reading only those through the actor index. It stops at the first error fn
// returns, which it returns. One goroutine reads the values while the
// calling one's fn runs in another with the decoding: a state's
// neighbourhood is thousands of triples, and reading and decoding each take
// about half the time. fn is called from one goroutine at a time, in index
// order.
func (s *Store) TriplesOf(actorID string, fn func(extract.Triple) error) error {
	type raw struct{ key, value []byte }
	raws := make(chan raw, 64)
	stop := make(chan struct{}) // closed when the decoding side fails
	decoded := make(chan error, 1)
	go func() {
		var err error
		for r := range raws {
			if err != nil {
				continue
			}
			var t extract.Triple
			if e := json.Unmarshal(r.value, &t); e != nil {
				err = &decodeError{r.key, e}
			} else {
				err = callback(fn(t))
			}
			if err != nil {
				close(stop)
			}
		}
		decoded <- err
	}()
	err := s.view(func(txn *badger.Txn) error {
		return scan(txn, indexPrefix(actorID), false, func(entry *badger.Item) error {
			_, tripleKey, err := splitIndexKey(entry.Key())
			if err != nil {
				return &decodeError{entry.KeyCopy(nil), err}
			}
			item, err := txn.Get(tripleKey)
			if err != nil {
				return fmt.Errorf("index entry %s: %w", printable(entry.Key()), err)
			}
			value, err := item.ValueCopy(nil)
			if err != nil {
				return &decodeError{item.KeyCopy(nil), err}
			}
			select {
			case raws <- raw{item.KeyCopy(nil), value}:
				return nil
			case <-stop:
				return errStopped
			}
		})
	})
	close(raws)
	if derr := <-decoded; derr != nil && (err == nil || errors.Is(err, errStopped)) {
		err = derr
	}
	return s.unwrapCallback(err, "triples of "+actorID)
}

// errStopped ends a read whose consumer has failed; the consumer's error is
// the one returned.
var errStopped = errors.New("stopped")

// Actors returns the actors extractors discovered, one per id, in id order.
func (s *Store) Actors() ([]actor.Actor, error) {
	var actors []actor.Actor
	err := s.each(prefixActor, func(item *badger.Item) error {
		var a actor.Actor
		if err := decodeValue(item, &a); err != nil {
			return err
		}
		actors = append(actors, a)
		return nil
	})
	return actors, err
}

// Stats are the numbers of records in a store.
type Stats struct {
	Articles int
	Events   int
	Triples  int
	Actors   int // discovered actors
}

// Stats counts the stored records by iterating over their keys (no values
// are read; there are no counters to drift out of step).
func (s *Store) Stats() (Stats, error) {
	var st Stats
	counts := []struct {
		prefix string
		n      *int
	}{{prefixArticle, &st.Articles}, {prefixEvent, &st.Events}, {prefixTriple, &st.Triples}, {prefixActor, &st.Actors}}
	err := s.view(func(txn *badger.Txn) error {
		for _, c := range counts {
			err := scan(txn, []byte(c.prefix), false, func(*badger.Item) error {
				*c.n++
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store %s: stats: %w", s.dir, err)
	}
	return st, nil
}

// each calls fn for every item with the prefix, values prefetched.
func (s *Store) each(prefix string, fn func(*badger.Item) error) error {
	err := s.view(func(txn *badger.Txn) error {
		return scan(txn, []byte(prefix), true, fn)
	})
	return s.unwrapCallback(err, "read "+prefix)
}

// callbackError carries an error of a caller's function out of an
// iteration, to be returned to the caller as it is.
type callbackError struct{ err error }

func (e *callbackError) Error() string { return e.err.Error() }

func callback(err error) error {
	if err == nil {
		return nil
	}
	return &callbackError{err}
}

// unwrapCallback returns the caller's own error as it is and wraps the
// store's.
func (s *Store) unwrapCallback(err error, what string) error {
	var cb *callbackError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &cb):
		return cb.err
	case errors.Is(err, ErrClosed):
		return err
	}
	return fmt.Errorf("store %s: %s: %w", s.dir, what, err)
}

// decodeError is a stored value that does not decode.
type decodeError struct {
	key []byte
	err error
}

func (e *decodeError) Error() string { return fmt.Sprintf("decode %s: %v", printable(e.key), e.err) }
func (e *decodeError) Unwrap() error { return e.err }

func decodeValue(item *badger.Item, v any) error {
	err := item.Value(func(data []byte) error { return json.Unmarshal(data, v) })
	if err != nil {
		return &decodeError{item.KeyCopy(nil), err}
	}
	return nil
}

func decodeArticle(item *badger.Item) (article.Article, error) {
	var a article.Article
	err := item.Value(func(v []byte) error {
		var err error
		a, err = decodeArticleValue(v)
		return err
	})
	if err != nil {
		return article.Article{}, &decodeError{item.KeyCopy(nil), err}
	}
	return a, nil
}

func decodeArticleValue(v []byte) (article.Article, error) {
	var a article.Article
	meta, text, err := splitArticle(v)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal(meta, &a); err != nil {
		return a, err
	}
	a.Text = string(text)
	return a, nil
}
