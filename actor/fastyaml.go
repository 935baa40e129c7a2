package actor

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The lexicon files are read at every start of the tool, and yaml.v3 needs
// about 100 ms for 3,000 entries, most of it building yaml.Nodes of 150
// bytes each. fastParse reads the plain subset of YAML the lexicon is
// written in (block sequences and mappings, plain and quoted one-line
// scalars, one-line flow sequences, comments) many times faster into compact
// nodes allocated in blocks. On anything outside the subset it gives up, and
// the caller hands the file to yaml.v3, which stays the reference: a
// differential test and a fuzz target hold the two to the same trees.

// node is the part of a yaml.Node the lexicon reader uses.
type node struct {
	kind    yaml.Kind
	style   yaml.Style
	line    int
	column  int
	value   string
	content []*node
}

// nodeSlab hands out nodes from blocks, to spare the allocator.
type nodeSlab struct{ block []node }

func (s *nodeSlab) new(kind yaml.Kind, style yaml.Style, line, column int, value string) *node {
	if len(s.block) == cap(s.block) {
		s.block = make([]node, 0, 1024)
	}
	s.block = append(s.block, node{kind: kind, style: style, line: line, column: column, value: value})
	return &s.block[len(s.block)-1]
}

// parseYAML returns the root node of a document: the fast way when it can,
// else through yaml.v3. A document with no content gives nil.
func parseYAML(data []byte) (*node, error) {
	if root, ok := fastParse(data); ok {
		return root, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	return fromYAML(doc.Content[0]), nil
}

// fromYAML copies a yaml.v3 tree, resolving aliases.
func fromYAML(y *yaml.Node) *node {
	for y.Kind == yaml.AliasNode && y.Alias != nil {
		y = y.Alias
	}
	n := &node{kind: y.Kind, style: y.Style, line: y.Line, column: y.Column, value: y.Value}
	if len(y.Content) > 0 {
		n.content = make([]*node, len(y.Content))
		for i, c := range y.Content {
			n.content[i] = fromYAML(c)
		}
	}
	return n
}

// fastParse returns the root node of data, a block sequence or mapping, or
// ok == false when data leaves the subset (it never reports errors: yaml.v3
// does that).
func fastParse(data []byte) (root *node, ok bool) {
	if !fastSafe(data) {
		return nil, false
	}
	p := &fastParser{lines: splitLines(string(data))}
	if len(p.lines) == 0 {
		return nil, false
	}
	first := p.lines[0]
	switch {
	case first.indent != 0:
		return nil, false
	case isSeqEntry(first.text):
		root, ok = p.blockSeq(0)
	default:
		root, ok = p.blockMap(0, first.num, first.text)
	}
	if !ok || p.i != len(p.lines) {
		return nil, false
	}
	return root, true
}

// fastSafe rejects input whose characters need yaml.v3's judgement: invalid
// UTF-8, tabs, carriage returns, control characters, Unicode line breaks,
// a byte order mark, and non-printable characters YAML forbids.
func fastSafe(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF,
			0xD800 <= r && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return false
		}
		i += size
	}
	return true
}

// fastLine is one line holding content: not blank, not only a comment.
type fastLine struct {
	num    int    // 1-based line number
	indent int    // leading spaces
	text   string // the rest of the line, comment and all
}

func splitLines(s string) []fastLine {
	lines := make([]fastLine, 0, strings.Count(s, "\n")+1)
	for num := 1; len(s) > 0; num++ {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		indent := 0
		for indent < len(line) && line[indent] == ' ' {
			indent++
		}
		text := strings.TrimRight(line[indent:], " ")
		if text == "" || text[0] == '#' {
			continue
		}
		if indent == 0 && (strings.HasPrefix(text, "---") || strings.HasPrefix(text, "...") || text[0] == '%') {
			// Document markers and directives: leave them to yaml.v3.
			lines = append(lines, fastLine{num: num, indent: -1, text: text})
			continue
		}
		lines = append(lines, fastLine{num: num, indent: indent, text: text})
	}
	return lines
}

type fastParser struct {
	lines []fastLine
	i     int // next line to read
	slab  nodeSlab
}

func isSeqEntry(text string) bool {
	return text == "-" || strings.HasPrefix(text, "- ")
}

// blockSeq reads the entries of a block sequence whose dashes stand at
// column indent.
func (p *fastParser) blockSeq(indent int) (*node, bool) {
	first := p.lines[p.i]
	seq := p.slab.new(yaml.SequenceNode, 0, first.num, indent+1, "")
	for p.i < len(p.lines) {
		ln := p.lines[p.i]
		if ln.indent < indent {
			break
		}
		if ln.indent > indent {
			return nil, false
		}
		if !isSeqEntry(ln.text) {
			break // the next key of a mapping that holds this sequence
		}
		rest := ln.text[1:]
		n := len(rest)
		rest = strings.TrimLeft(rest, " ")
		if rest == "" || rest[0] == '#' || rest[0] == '-' {
			return nil, false // entry on the following lines, or nested sequence
		}
		col := indent + 1 + (n - len(rest)) // 0-based column of the entry
		var item *node
		var ok bool
		if _, _, isKey := cutKey(rest); isKey {
			item, ok = p.blockMap(col, ln.num, rest)
		} else {
			p.i++
			item, ok = p.scalarOrFlow(rest, ln.num, col)
			if ok && p.i < len(p.lines) && p.lines[p.i].indent > indent {
				return nil, false // continuation line of a plain scalar
			}
		}
		if !ok {
			return nil, false
		}
		seq.content = append(seq.content, item)
	}
	return seq, true
}

// blockMap reads a block mapping whose keys stand at column indent; the
// first key is text on line num, which p.i points at.
func (p *fastParser) blockMap(indent, num int, text string) (*node, bool) {
	m := p.slab.new(yaml.MappingNode, 0, num, indent+1, "")
	m.content = make([]*node, 0, 16)
	for {
		key, value, ok := cutKey(text)
		if !ok {
			return nil, false
		}
		p.i++
		keyNode := p.slab.new(yaml.ScalarNode, 0, num, indent+1, key)
		var valNode *node
		trimmed := strings.TrimLeft(value, " ")
		if trimmed == "" || trimmed[0] == '#' {
			// The value is on the following lines: a block sequence (which may
			// stand at the key's own column) or a nested mapping.
			if p.i >= len(p.lines) {
				return nil, false
			}
			next := p.lines[p.i]
			switch {
			case next.indent >= indent && isSeqEntry(next.text):
				valNode, ok = p.blockSeq(next.indent)
			case next.indent > indent:
				valNode, ok = p.blockMap(next.indent, next.num, next.text)
			default:
				return nil, false // empty value: null, yaml.v3 knows its position
			}
		} else {
			col := indent + utf8.RuneCountInString(key) + 1 + (len(value) - len(trimmed))
			valNode, ok = p.scalarOrFlow(trimmed, num, col)
		}
		if !ok {
			return nil, false
		}
		m.content = append(m.content, keyNode, valNode)
		if p.i >= len(p.lines) {
			return m, true
		}
		next := p.lines[p.i]
		if next.indent < indent {
			return m, true
		}
		if next.indent > indent || isSeqEntry(next.text) {
			return nil, false
		}
		num, text = next.num, next.text
	}
}

// cutKey splits "key: value" or "key:" for a plain key of letters, digits,
// '_' and '-'.
func cutKey(text string) (key, value string, ok bool) {
	i := 0
	for i < len(text) {
		c := text[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' {
			i++
			continue
		}
		break
	}
	if i == 0 || i >= len(text) || text[i] != ':' || text[0] == '-' {
		return "", "", false
	}
	if i+1 < len(text) && text[i+1] != ' ' {
		return "", "", false
	}
	return text[:i], text[i+1:], true
}

// scalarOrFlow reads a value that fills the rest of a line: a flow sequence,
// a quoted scalar or a plain scalar, each optionally followed by a comment.
// col is the 0-based column of text's first character.
func (p *fastParser) scalarOrFlow(text string, num, col int) (*node, bool) {
	if text[0] == '[' {
		return p.flowSeq(text, num, col)
	}
	n, rest, ok := p.scalar(text, num, col, false)
	if !ok || !endOfLine(rest) {
		return nil, false
	}
	return n, true
}

// endOfLine reports whether rest holds nothing but spaces and a comment.
func endOfLine(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	return t == "" || (t[0] == '#' && len(t) < len(rest))
}

func (p *fastParser) flowSeq(text string, num, col int) (*node, bool) {
	seq := p.slab.new(yaml.SequenceNode, yaml.FlowStyle, num, col+1, "")
	seq.content = make([]*node, 0, strings.Count(text, ",")+1)
	pos := 1 // byte offset in text
	runes := 1
	skipSpaces := func() {
		for pos < len(text) && text[pos] == ' ' {
			pos++
			runes++
		}
	}
	skipSpaces()
	if pos < len(text) && text[pos] == ']' {
		pos++
		return seq, endOfLine(text[pos:])
	}
	for {
		if pos >= len(text) {
			return nil, false // the sequence goes on past the line
		}
		item, rest, ok := p.scalar(text[pos:], num, col+runes, true)
		if !ok {
			return nil, false
		}
		consumed := len(text) - pos - len(rest)
		runes += utf8.RuneCountInString(text[pos : pos+consumed])
		pos += consumed
		seq.content = append(seq.content, item)
		skipSpaces()
		if pos >= len(text) {
			return nil, false
		}
		switch text[pos] {
		case ']':
			return seq, endOfLine(text[pos+1:])
		case ',':
			pos++
			runes++
			skipSpaces()
			if pos < len(text) && (text[pos] == ']' || text[pos] == ',') {
				return nil, false // trailing or doubled comma
			}
		default:
			return nil, false
		}
	}
}

// scalar reads a quoted or plain scalar at the start of text and returns the
// text after it. In a flow sequence, plain scalars end at ',' and ']'.
func (p *fastParser) scalar(text string, num, col int, inFlow bool) (*node, string, bool) {
	switch text[0] {
	case '\'':
		for i := 1; i < len(text); i++ {
			if text[i] != '\'' {
				continue
			}
			if i+1 < len(text) && text[i+1] == '\'' {
				i++ // '' stands for one quote
				continue
			}
			value := strings.ReplaceAll(text[1:i], "''", "'")
			return p.slab.new(yaml.ScalarNode, yaml.SingleQuotedStyle, num, col+1, value), text[i+1:], true
		}
		return nil, "", false
	case '"':
		end := strings.IndexAny(text[1:], "\"\\")
		if end < 0 || text[1+end] == '\\' {
			return nil, "", false // escapes are yaml.v3's business
		}
		return p.slab.new(yaml.ScalarNode, yaml.DoubleQuotedStyle, num, col+1, text[1:1+end]), text[2+end:], true
	}
	if strings.IndexByte("-?:,[]{}#&*!|>%@`", text[0]) >= 0 {
		return nil, "", false
	}
	end := len(text)
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ':' && (i+1 == len(text) || text[i+1] == ' ' || (inFlow && (text[i+1] == ',' || text[i+1] == ']'))):
			return nil, "", false // a mapping, not a scalar
		case c == '#' && text[i-1] == ' ':
			end = i - 1 // keep the space: a comment must follow one
		case inFlow && (c == ',' || c == ']'):
			end = i
		case inFlow && (c == '[' || c == '{' || c == '}'):
			return nil, "", false
		}
		if end != len(text) {
			break
		}
	}
	return p.slab.new(yaml.ScalarNode, 0, num, col+1, strings.TrimRight(text[:end], " ")), text[end:], true
}
