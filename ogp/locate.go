package ogp

import (
	"strconv"
	"strings"
)

// locations remember, during the walk, where each value of the model was
// read, so that a finding made later on the model (a duplicate id, an
// unknown reference) can be placed in the input. Each value is one node of
// 16 bytes in a flat slice, in document order; nothing else is kept until
// a finding asks for a place.
type locations struct {
	data  []byte
	nodes []locNode
	// index holds, for a node with many children, their indices, and for
	// an object also its members by name: built on first use.
	index map[int32]*childIndex
}

type locNode struct {
	at     int   // anchor: the member's name, or the value
	end    int32 // index of the first node after this one's descendants
	object bool
}

type childIndex struct {
	children []int32
	byName   map[string]int32
}

// open records a value anchored at at, whose first byte is first, and
// returns its node.
func (l *locations) open(at int, first byte) int {
	l.nodes = append(l.nodes, locNode{at: at, object: first == '{'})
	return len(l.nodes) - 1
}

// close ends the node i, once its descendants are recorded.
func (l *locations) close(i int) { l.nodes[i].end = int32(len(l.nodes)) }

// offset returns the anchor of the value ptr points to, or of the deepest
// value on the way and false.
func (l *locations) offset(ptr string) (int, bool) {
	if l == nil || len(l.nodes) == 0 {
		return 0, false
	}
	n := int32(0)
	if ptr == "" {
		return l.nodes[0].at, true
	}
	if ptr[0] != '/' {
		return l.nodes[0].at, false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		child := l.child(n, UnescapePointerToken(tok))
		if child < 0 {
			return l.nodes[n].at, false
		}
		n = child
	}
	return l.nodes[n].at, true
}

// child returns the child of node n that tok names, or -1.
func (l *locations) child(n int32, tok string) int32 {
	node := l.nodes[n]
	if node.end <= n+1 {
		return -1
	}
	if ix := l.indexOf(n); ix != nil {
		if node.object {
			if c, ok := ix.byName[tok]; ok {
				return c
			}
			return -1
		}
		i, ok := arrayIndex(tok)
		if !ok || i >= len(ix.children) {
			return -1
		}
		return ix.children[i]
	}
	i := -1
	if !node.object {
		var ok bool
		if i, ok = arrayIndex(tok); !ok {
			return -1
		}
	}
	for c, k := n+1, 0; c < node.end; c, k = l.nodes[c].end, k+1 {
		if node.object && l.nameAt(l.nodes[c].at) == tok || !node.object && k == i {
			return c
		}
	}
	return -1
}

// indexOf returns the index of node n's children when it has more than a
// few, building it once.
func (l *locations) indexOf(n int32) *childIndex {
	if ix, ok := l.index[n]; ok {
		return ix
	}
	node := l.nodes[n]
	var children []int32
	for c := n + 1; c < node.end; c = l.nodes[c].end {
		children = append(children, c)
		if len(children) > 16 {
			break
		}
	}
	if len(children) <= 16 {
		return nil
	}
	children = children[:0]
	for c := n + 1; c < node.end; c = l.nodes[c].end {
		children = append(children, c)
	}
	ix := &childIndex{children: children}
	if node.object {
		ix.byName = make(map[string]int32, len(children))
		for _, c := range children {
			name := l.nameAt(l.nodes[c].at)
			if _, dup := ix.byName[name]; !dup {
				ix.byName[name] = c
			}
		}
	}
	if l.index == nil {
		l.index = map[int32]*childIndex{}
	}
	l.index[n] = ix
	return ix
}

// nameAt returns the member name whose opening quote is at off.
func (l *locations) nameAt(off int) string {
	d := &decoder{data: l.data, pos: off, maxErrs: 0}
	raw, escaped, _ := d.rawString()
	return nameString(raw, escaped)
}

// arrayIndex reads a JSON Pointer token as an array index: 0, or digits
// without a leading zero (RFC 6901).
func arrayIndex(tok string) (int, bool) {
	if tok == "" || len(tok) > 1 && tok[0] == '0' || strings.Trim(tok, "0123456789") != "" {
		return 0, false
	}
	i, err := strconv.Atoi(tok)
	return i, err == nil
}

// UnescapePointerToken returns the member name a JSON Pointer token
// stands for (RFC 6901: "~1" is "/", "~0" is "~"): the inverse of
// [PointerToken].
func UnescapePointerToken(tok string) string {
	if !strings.Contains(tok, "~") {
		return tok
	}
	return pointerUnescaper.Replace(tok)
}

var pointerUnescaper = strings.NewReplacer("~1", "/", "~0", "~")
