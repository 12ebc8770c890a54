package timex

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// slot is a named capture of a rule: what a matched token contributes.
type slot uint8

const (
	sD       slot = iota // day of the first (or only) date
	sM                   // month
	sY                   // year as written
	sEra                 // era marker of the year (BE, CE, RS, BC)
	sD2                  // second end of a range
	sM2                  //
	sY2                  //
	sEra2                //
	sYY2                 // two-digit second year: 1992-93
	sMod                 // START MID END APPROX BEFORE AFTER
	sSeason              // SP SU FA WI
	sQuarter             // 1-4
	sHalf                // 1-2
	sDec                 // decade as written: 1980, 2520, 80
	sCent                // century ordinal
	sN                   // count; X for vague
	sUnit                // Y M W D H MIN S DE CE
	sRel                 // relative step: -1, 0, +1
	sDir                 // direction of an offset: + or -
	sTime                // clock: hour*100+minute
	sAmPm                // AM or PM
	sDeictic             // step from the publication date
	numSlots
)

var slotNames = map[string]slot{
	"d": sD, "m": sM, "y": sY, "era": sEra, "d2": sD2, "m2": sM2, "y2": sY2, "era2": sEra2,
	"yy2": sYY2, "mod": sMod, "season": sSeason, "quarter": sQuarter, "half": sHalf, "dec": sDec,
	"cent": sCent, "n": sN, "unit": sUnit, "rel": sRel, "dir": sDir, "t": sTime, "ampm": sAmPm,
	"deictic": sDeictic,
}

// noSlot marks an atom without a capture.
const noSlot slot = 255

type nodeKind uint8

const (
	nAtom        nodeKind = iota // consume one token (or a count)
	nSeq                         // all children in order
	nAlt                         // one of the children
	nOpt                         // child or nothing
	nNot                         // next token must not match the atom (zero width)
	nNotBehind                   // previous token must not match the atom (zero width)
	nOpenExtent                  // [ : the mention starts here
	nCloseExtent                 // ] : the mention ends here
)

type node struct {
	kind    nodeKind
	kids    []*node
	class   int // atom: lexicon class, or -1
	builtin builtin
	isBuilt bool
	label   slot
}

// rule is one compiled line of a rule file.
type rule struct {
	kind    string
	pattern *node
	prog    []inst
	source  string // file:line, for messages
	index   int

	// What the second token of a match can be, to skip hopeless attempts
	// cheaply; secondAny when the first atom can span several tokens.
	// endClasses and endBuiltins are the first atoms after which a match
	// may end: a token with one of them needs no second token.
	secondAny      bool
	secondClasses  []uint64 // bit set of class ids
	secondBuiltins uint32
	endClasses     []uint64 // bit set of class ids
	endBuiltins    uint32
}

// computeSecond fills the second-token filter by walking the program.
func (r *rule) computeSecond(nclasses int) {
	r.secondClasses = make([]uint64, (nclasses+63)/64)
	r.endClasses = make([]uint64, (nclasses+63)/64)
	// first is the instruction of the first atom on the path, once read.
	type state struct{ pc, consumed, first int }
	seen := map[state]bool{}
	var visit func(pc, consumed, first int)
	visit = func(pc, consumed, first int) {
		if seen[state{pc, consumed, first}] || r.secondAny {
			return
		}
		seen[state{pc, consumed, first}] = true
		in := &r.prog[pc]
		switch in.op {
		case opAtom:
			if consumed == 0 {
				if in.isBuilt && in.builtin == bCount {
					r.secondAny = true
					return
				}
				visit(pc+1, 1, pc)
				return
			}
			addAtom(in, r.secondClasses, &r.secondBuiltins)
		case opSplit:
			visit(in.x, consumed, first)
			visit(in.y, consumed, first)
		case opJmp:
			visit(in.x, consumed, first)
		case opMatch:
			if consumed == 0 { // patterns that match nothing are rejected
				r.secondAny = true
				return
			}
			addAtom(&r.prog[first], r.endClasses, &r.endBuiltins)
		default:
			visit(pc+1, consumed, first)
		}
	}
	visit(0, 0, -1)
}

// addAtom adds the class or builtin of an atom instruction to a filter.
func addAtom(in *inst, classes []uint64, builtins *uint32) {
	if in.isBuilt {
		*builtins |= 1 << in.builtin
	} else {
		classes[in.class/64] |= 1 << (in.class % 64)
	}
}

type opcode uint8

const (
	opAtom      opcode = iota // consume a token matching the atom
	opSplit                   // try x, then y
	opJmp                     // go to x
	opNot                     // fail if the next token matches the atom
	opNotBehind               // fail if the previous token matches the atom
	opOpen                    // the mention starts here
	opClose                   // the mention ends here
	opMatch                   // a complete match
)

// inst is one instruction of a compiled pattern: a small backtracking
// machine over tokens, in the manner of regular-expression engines.
type inst struct {
	op      opcode
	x, y    int
	class   int
	builtin builtin
	isBuilt bool
	label   slot
}

// compile turns a pattern tree into instructions.
func compile(n *node) []inst {
	var prog []inst
	var emit func(n *node)
	atom := func(op opcode, a *node) inst {
		return inst{op: op, class: a.class, builtin: a.builtin, isBuilt: a.isBuilt, label: a.label}
	}
	emit = func(n *node) {
		switch n.kind {
		case nAtom:
			prog = append(prog, atom(opAtom, n))
		case nSeq:
			for _, k := range n.kids {
				emit(k)
			}
		case nAlt:
			var jumps []int
			for i, k := range n.kids {
				if i < len(n.kids)-1 {
					split := len(prog)
					prog = append(prog, inst{op: opSplit, x: split + 1})
					emit(k)
					jumps = append(jumps, len(prog))
					prog = append(prog, inst{op: opJmp})
					prog[split].y = len(prog)
					continue
				}
				emit(k)
			}
			for _, j := range jumps {
				prog[j].x = len(prog)
			}
		case nOpt:
			split := len(prog)
			prog = append(prog, inst{op: opSplit, x: split + 1})
			emit(n.kids[0])
			prog[split].y = len(prog)
		case nNot:
			prog = append(prog, atom(opNot, n.kids[0]))
		case nNotBehind:
			prog = append(prog, atom(opNotBehind, n.kids[0]))
		case nOpenExtent:
			prog = append(prog, inst{op: opOpen})
		case nCloseExtent:
			prog = append(prog, inst{op: opClose})
		}
	}
	emit(n)
	return append(prog, inst{op: opMatch})
}

// ruleSet is the compiled rules of one language.
type ruleSet struct {
	rules []*rule
	// bareBE is the range of bare four-digit numbers read as Buddhist Era
	// years (%bare-be); zero when the language has none.
	bareBELo, bareBEHi int
}

// parseRules reads a rule file:
//
//	# comment
//	%bare-be 2400 2700
//	$MACRO = pattern
//	kind  pattern
func parseRules(lex *lexicon, name string, r io.Reader) (*ruleSet, error) {
	rs := &ruleSet{}
	macros := map[string]string{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		switch {
		case strings.HasPrefix(text, "%"):
			f := strings.Fields(text)
			if f[0] != "%bare-be" || len(f) != 3 {
				return nil, fmt.Errorf("%s: unknown directive %q", where, text)
			}
			lo, err1 := strconv.Atoi(f[1])
			hi, err2 := strconv.Atoi(f[2])
			if err1 != nil || err2 != nil || lo > hi {
				return nil, fmt.Errorf("%s: bad range in %q", where, text)
			}
			rs.bareBELo, rs.bareBEHi = lo, hi
		case strings.HasPrefix(text, "$"):
			eq := strings.Index(text, "=")
			if eq < 0 {
				return nil, fmt.Errorf("%s: macro without '='", where)
			}
			mname := strings.TrimSpace(text[1:eq])
			macros[mname] = strings.TrimSpace(text[eq+1:])
		default:
			i := strings.IndexAny(text, " \t")
			if i < 0 {
				return nil, fmt.Errorf("%s: rule without pattern", where)
			}
			kind := text[:i]
			if _, ok := kindFamilies[kind]; !ok {
				return nil, fmt.Errorf("%s: unknown construction kind %q", where, kind)
			}
			p := &patternParser{lex: lex, macros: macros, where: where}
			n, err := p.parse(strings.TrimSpace(text[i:]), "", 0)
			if err != nil {
				return nil, err
			}
			if err := checkExtent(n); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			rs.rules = append(rs.rules, &rule{kind: kind, pattern: n, prog: compile(n), source: where, index: len(rs.rules)})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	for _, r := range rs.rules {
		r.computeSecond(len(lex.classes))
	}
	return rs, nil
}

// checkExtent allows at most one '[' and one ']' and only in the top sequence.
func checkExtent(n *node) error {
	open, close := 0, 0
	for _, k := range n.kids {
		switch k.kind {
		case nOpenExtent:
			open++
		case nCloseExtent:
			close++
		}
	}
	if open > 1 || close > 1 {
		return fmt.Errorf("more than one extent marker")
	}
	var nested func(*node, bool) bool
	nested = func(x *node, top bool) bool {
		if !top && (x.kind == nOpenExtent || x.kind == nCloseExtent) {
			return true
		}
		for _, k := range x.kids {
			if nested(k, false) {
				return true
			}
		}
		return false
	}
	for _, k := range n.kids {
		if k.kind != nOpenExtent && k.kind != nCloseExtent && nested(k, false) {
			return fmt.Errorf("extent marker inside a group")
		}
	}
	return nil
}

type patternParser struct {
	lex    *lexicon
	macros map[string]string
	where  string
	toks   []string
	pos    int
}

// parse compiles pattern text; suffix is appended to every label (for
// $MACRO:2), depth guards against recursive macros.
func (p *patternParser) parse(text, suffix string, depth int) (*node, error) {
	if depth > 8 {
		return nil, fmt.Errorf("%s: macros nested too deep", p.where)
	}
	toks, err := lexPattern(text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.where, err)
	}
	sub := &patternParser{lex: p.lex, macros: p.macros, where: p.where, toks: toks}
	n, err := sub.alt(suffix, depth)
	if err != nil {
		return nil, err
	}
	if sub.pos != len(sub.toks) {
		return nil, fmt.Errorf("%s: unexpected %q", p.where, sub.toks[sub.pos])
	}
	if n.kind != nSeq {
		n = &node{kind: nSeq, kids: []*node{n}}
	}
	return n, nil
}

func (p *patternParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *patternParser) alt(suffix string, depth int) (*node, error) {
	var alts []*node
	for {
		s, err := p.seq(suffix, depth)
		if err != nil {
			return nil, err
		}
		alts = append(alts, s)
		if p.peek() != "|" {
			break
		}
		p.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, kids: alts}, nil
}

func (p *patternParser) seq(suffix string, depth int) (*node, error) {
	s := &node{kind: nSeq}
	for {
		t := p.peek()
		switch t {
		case "", "|", ")":
			if len(s.kids) == 0 {
				return nil, fmt.Errorf("%s: empty alternative", p.where)
			}
			return s, nil
		case "[":
			p.pos++
			s.kids = append(s.kids, &node{kind: nOpenExtent})
			continue
		case "]":
			p.pos++
			s.kids = append(s.kids, &node{kind: nCloseExtent})
			continue
		case "!", "<!":
			p.pos++
			a, err := p.prim(suffix, depth)
			if err != nil {
				return nil, err
			}
			if a.kind != nAtom {
				return nil, fmt.Errorf("%s: %s needs a single atom", p.where, t)
			}
			k := nNot
			if t == "<!" {
				k = nNotBehind
				if len(s.kids) != 0 {
					return nil, fmt.Errorf("%s: <! only at the start of a pattern", p.where)
				}
			}
			s.kids = append(s.kids, &node{kind: k, kids: []*node{a}})
			continue
		}
		label := noSlot
		if strings.HasSuffix(t, "=") {
			name := strings.TrimSuffix(t, "=") + suffix
			sl, ok := slotNames[name]
			if !ok {
				return nil, fmt.Errorf("%s: unknown slot %q", p.where, name)
			}
			label = sl
			p.pos++
		}
		a, err := p.prim(suffix, depth)
		if err != nil {
			return nil, err
		}
		if label != noSlot {
			setLabel(a, label)
		}
		if p.peek() == "?" {
			p.pos++
			a = &node{kind: nOpt, kids: []*node{a}}
		}
		s.kids = append(s.kids, a)
	}
}

// setLabel gives label to every unlabelled atom below n.
func setLabel(n *node, label slot) {
	if n.kind == nAtom {
		if n.label == noSlot {
			n.label = label
		}
		return
	}
	if n.kind == nNot || n.kind == nNotBehind {
		return
	}
	for _, k := range n.kids {
		setLabel(k, label)
	}
}

func (p *patternParser) prim(suffix string, depth int) (*node, error) {
	t := p.peek()
	if t == "" {
		return nil, fmt.Errorf("%s: pattern ends early", p.where)
	}
	p.pos++
	switch {
	case t == "(":
		n, err := p.alt(suffix, depth)
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, fmt.Errorf("%s: missing ')'", p.where)
		}
		p.pos++
		return n, nil
	case strings.HasPrefix(t, "@"):
		id, ok := p.lex.classIDs[t[1:]]
		if !ok {
			return nil, fmt.Errorf("%s: unknown lexicon class %q", p.where, t)
		}
		return &node{kind: nAtom, class: id, label: noSlot}, nil
	case strings.HasPrefix(t, "#"):
		b, ok := builtinNames[t[1:]]
		if !ok {
			return nil, fmt.Errorf("%s: unknown builtin %q", p.where, t)
		}
		return &node{kind: nAtom, class: -1, builtin: b, isBuilt: true, label: noSlot}, nil
	case strings.HasPrefix(t, "'"):
		lit := t[1 : len(t)-1]
		id := p.lex.classID(t)
		p.lex.add(id, lit, "")
		return &node{kind: nAtom, class: id, label: noSlot}, nil
	case strings.HasPrefix(t, "$"):
		name, sfx := t[1:], ""
		if i := strings.Index(name, ":"); i >= 0 {
			name, sfx = name[:i], name[i+1:]
		}
		body, ok := p.macros[name]
		if !ok {
			return nil, fmt.Errorf("%s: unknown macro $%s", p.where, name)
		}
		return p.parse(body, suffix+sfx, depth+1)
	}
	return nil, fmt.Errorf("%s: unexpected %q", p.where, t)
}

// lexPattern splits pattern text into tokens: ( ) | [ ] ? ! <! 'lit' @c #b $M label=
func lexPattern(s string) ([]string, error) {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == ' ' || r == '\t':
			i++
		case strings.ContainsRune("()|[]?!", r):
			out = append(out, string(r))
			i++
		case r == '<' && i+1 < len(rs) && rs[i+1] == '!':
			out = append(out, "<!")
			i += 2
		case r == '\'':
			j := i + 1
			for j < len(rs) && rs[j] != '\'' {
				j++
			}
			if j >= len(rs) || j == i+1 {
				return nil, fmt.Errorf("bad literal in %q", s)
			}
			out = append(out, string(rs[i:j+1]))
			i = j + 1
		default:
			j := i
			for j < len(rs) && !strings.ContainsRune(" \t()|[]?!'", rs[j]) && rs[j] != '=' {
				j++
			}
			if j < len(rs) && rs[j] == '=' {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("bad character %q in %q", r, s)
			}
			out = append(out, string(rs[i:j]))
			i = j
		}
	}
	return out, nil
}
