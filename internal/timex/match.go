package timex

import "strconv"

// capture is what one labelled atom took from the text.
type capture struct {
	set   bool
	tok   int    // token index
	num   int    // number value, or the numeric lexicon value
	nd    int    // digits written
	str   string // lexicon value
	clock bool   // num is hour*100+minute
}

type captures [numSlots]capture

// candidate is a rule match: a possible mention, before overlaps are settled.
type candidate struct {
	open, close int // token range of the mention [open, close)
	start, end  int // code points
	rule        *rule
	expr        expr
}

// matcher runs compiled rules over a token slice.
type matcher struct {
	toks  []token
	rs    *ruleSet
	lex   *lexicon
	caps  captures
	open  int
	close int
	first int // token where the current attempt started

	cur      *rule
	best     candidate
	bestOK   bool
	numWord  int
	sepClass int
}

func newMatcher(toks []token, rs *ruleSet, lex *lexicon) *matcher {
	m := &matcher{toks: toks, rs: rs, lex: lex, numWord: -1, sepClass: -1}
	if id, ok := lex.classIDs[numWordClass]; ok {
		m.numWord = id
	}
	if id, ok := lex.classIDs["dash"]; ok {
		m.sepClass = id
	}
	return m
}

// tryRule finds the longest valid match of r starting at token pos and
// reports whether there is one; it is then in m.best, which is read in
// place, as a candidate is large.
func (m *matcher) tryRule(r *rule, pos int) bool {
	m.cur, m.first, m.open, m.close, m.bestOK = r, pos, -1, -1, false
	// Captures need no clearing: every assignment is undone on the way back.
	m.run(r.prog, 0, pos)
	return m.bestOK
}

// finish scores a complete match ending before token end.
func (m *matcher) finish(end int) {
	open, close := m.open, m.close
	if open < 0 {
		open = m.first
	}
	if close < 0 {
		close = end
	}
	if close <= open {
		return
	}
	start, stop := m.toks[open].start, m.toks[close-1].end
	if m.bestOK && stop-start <= m.best.end-m.best.start {
		return
	}
	e, ok := interpret(m.cur.kind, &m.caps, m.rs)
	if !ok {
		return
	}
	m.best = candidate{open: open, close: close, start: start, end: stop, rule: m.cur, expr: e}
	m.bestOK = true
}

// run executes a compiled pattern from instruction pc at token pos, trying
// every path (patterns are short) so that finish sees each complete match.
func (m *matcher) run(prog []inst, pc, pos int) {
	for {
		in := &prog[pc]
		switch in.op {
		case opAtom:
			if in.label == noSlot {
				end, ok := m.atom(in, pos, nil)
				if !ok {
					return
				}
				pc, pos = pc+1, end
				continue
			}
			// The capture is written in place and put back on the way
			// out, as it is large.
			slot := &m.caps[in.label]
			old := *slot
			if end, ok := m.atom(in, pos, slot); ok {
				m.run(prog, pc+1, end)
				*slot = old
			}
			return
		case opSplit:
			m.run(prog, in.x, pos)
			pc = in.y
		case opJmp:
			pc = in.x
		case opNot:
			if _, ok := m.atom(in, pos, nil); ok {
				return
			}
			pc++
		case opNotBehind:
			if pos > 0 && !m.toks[pos].newline {
				save := m.first
				m.first = pos - 1
				_, ok := m.atom(in, pos-1, nil)
				m.first = save
				if ok {
					return
				}
			}
			pc++
		case opOpen:
			old := m.open
			m.open = pos
			m.run(prog, pc+1, pos)
			m.open = old
			return
		case opClose:
			old := m.close
			m.close = pos
			m.run(prog, pc+1, pos)
			m.close = old
			return
		case opMatch:
			m.finish(pos)
			return
		}
	}
}

// atom tests the token at pos against an atom and returns the token after
// what it took. When c is not nil, a match also writes what it took there.
// Matches never cross a line break.
func (m *matcher) atom(n *inst, pos int, c *capture) (int, bool) {
	if pos >= len(m.toks) {
		return pos, false
	}
	t := &m.toks[pos]
	if pos > m.first && t.newline {
		return pos, false
	}
	if !n.isBuilt {
		if !t.entries.has(n.class) {
			return pos, false
		}
		if c != nil {
			for _, e := range t.entries.list {
				if e.class == n.class {
					*c = capture{set: true, tok: pos, num: e.num, str: e.value}
					break
				}
			}
		}
		return pos + 1, true
	}
	if t.builtins&(1<<n.builtin) == 0 {
		return pos, false
	}
	got := capture{set: true, tok: pos, num: int(t.num), nd: int(t.ndigits)}
	end := pos + 1
	switch n.builtin {
	case bClock, bClockDot:
		got.num, got.clock = int(t.clock), true
	case bCount:
		if t.kind != tkNum {
			v, wordsEnd := m.countWords(pos)
			if v <= 0 {
				return wordsEnd, false
			}
			got.num, got.nd, end = v, 0, wordsEnd
		}
	}
	if c != nil {
		*c = got
	}
	return end, true
}

// countWords reads number words from pos (สามสิบเอ็ด, thirty-eight) and
// returns their value and the token after them.
func (m *matcher) countWords(pos int) (int, int) {
	total, cur := 0, 0
	end := pos
	for i := pos; i < len(m.toks); i++ {
		t := &m.toks[i]
		if i > pos && t.newline {
			break
		}
		if i > pos && m.sepClass >= 0 && hasClass(t, m.sepClass) && !t.space &&
			i+1 < len(m.toks) && !m.toks[i+1].space && hasClass(&m.toks[i+1], m.numWord) {
			continue
		}
		v, ok := numWordValue(t, m.numWord)
		if !ok {
			break
		}
		switch {
		case v.mult >= 100:
			total += max(cur, 1) * v.mult
			cur = 0
		case v.mult == 10:
			total += max(cur, 1) * 10
			cur = 0
		default:
			cur += v.add
		}
		end = i + 1
	}
	return total + cur, end
}

type numWord struct{ add, mult int }

// numWordValue reads a numword entry: "7" adds seven, "*10" multiplies.
func numWordValue(t *token, class int) (numWord, bool) {
	for _, e := range t.entries.entries() {
		if e.class != class {
			continue
		}
		if len(e.value) > 1 && e.value[0] == '*' {
			n, err := strconv.Atoi(e.value[1:])
			return numWord{mult: n}, err == nil
		}
		n, err := strconv.Atoi(e.value)
		return numWord{add: n}, err == nil
	}
	return numWord{}, false
}

func hasClass(t *token, class int) bool {
	for _, e := range t.entries.entries() {
		if e.class == class {
			return true
		}
	}
	return false
}
