package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// Key prefixes; the package comment describes the layout.
const (
	prefixArticle = "a/"
	prefixHash    = "h/"
	prefixEvent   = "e/"
	prefixTriple  = "t/"
	prefixIndex   = "x/"
	prefixActor   = "n/"
)

var keyVersion = []byte("v")

// maxIDLen keeps keys well below Badger's limit of 65,000 bytes, even for an
// index key that holds an actor id and an article id.
const maxIDLen = 4096

func checkID(kind, id string) error {
	switch {
	case id == "":
		return fmt.Errorf("empty %s id", kind)
	case strings.IndexByte(id, 0) >= 0:
		return fmt.Errorf("%s id %q contains a NUL byte", kind, id)
	case len(id) > maxIDLen:
		return fmt.Errorf("%s id of %d bytes is longer than %d", kind, len(id), maxIDLen)
	}
	return nil
}

func key(prefix, id string) []byte {
	k := make([]byte, 0, len(prefix)+len(id)+9)
	return append(append(k, prefix...), id...)
}

func articleKey(id string) []byte  { return key(prefixArticle, id) }
func hashKey(hash string) []byte   { return key(prefixHash, hash) }
func actorKey(id string) []byte    { return key(prefixActor, id) }
func eventPrefix(id string) []byte { return append(key(prefixEvent, id), 0) }

func eventKey(id string, seq int) []byte {
	return binary.BigEndian.AppendUint32(eventPrefix(id), uint32(seq))
}

func triplePrefix(id string) []byte { return append(key(prefixTriple, id), 0) }

// tripleKey names the pair-th triple of an article's event-th event.
func tripleKey(id string, event, pair int) []byte {
	k := binary.BigEndian.AppendUint32(triplePrefix(id), uint32(event))
	return binary.BigEndian.AppendUint32(k, uint32(pair))
}

func indexPrefix(actor string) []byte { return append(key(prefixIndex, actor), 0) }

func indexKey(actor string, tripleKey []byte) []byte {
	return append(indexPrefix(actor), tripleKey...)
}

// splitIndexKey returns the actor and the triple key of an index key.
func splitIndexKey(k []byte) (actor string, tripleKey []byte, err error) {
	rest := k[len(prefixIndex):]
	i := bytes.IndexByte(rest, 0)
	if i < 0 {
		return "", nil, errors.New("no separator")
	}
	return string(rest[:i]), rest[i+1:], nil
}

// articleOf returns the article id of an event or triple key.
func articleOf(k []byte) (string, error) {
	rest := k[2:]
	i := bytes.IndexByte(rest, 0)
	if i < 0 {
		return "", errors.New("no separator")
	}
	return string(rest[:i]), nil
}

// printable renders a key for a message, its binary parts in hex.
func printable(k []byte) string {
	if bytes.HasPrefix(k, []byte(prefixIndex)) {
		if actor, t, err := splitIndexKey(k); err == nil {
			return prefixIndex + actor + "/" + printable(t)
		}
	}
	if i := bytes.IndexByte(k, 0); i >= 0 {
		return fmt.Sprintf("%s/%x", k[:i], k[i+1:])
	}
	return string(k)
}
