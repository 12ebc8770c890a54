package timex

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"sort"
	"sync"
)

//go:embed data/*.lex data/*.rules
var dataFS embed.FS

// languages lists the languages with data files: data/<lang>.lex and
// data/<lang>.rules.
var languages = []string{"en", "th"}

// engine is the compiled lexicon and rules of one language.
type engine struct {
	lang  string
	lex   *lexicon
	rules *ruleSet
	// Rule dispatch by bit sets over rule indexes, so that a token costs a
	// few ORs instead of a walk over rule lists: the rules that can start
	// at a token with a class or builtin, the rules whose second token may
	// have it, and the rules whose second token is not checked.
	ruleWords    int // uint64 words of a ruleBits
	startClass   []ruleBits
	startBuiltin [numBuiltins]ruleBits
	nextClass    []ruleBits
	nextBuiltin  [numBuiltins]ruleBits
	nextAny      ruleBits
	// endClass and endBuiltin are the rules a token with the class or
	// builtin may match alone, needing no look at the next token.
	endClass   []ruleBits
	endBuiltin [numBuiltins]ruleBits
	// startBuiltins, nextBuiltins and endBuiltins are the builtins with a
	// non-empty set above: most tokens have only #word, which needs no look.
	startBuiltins, nextBuiltins, endBuiltins uint32

	approx     int // class ids of context words, -1 when absent
	approxAbbr int
	fullStop   int
	modBefore  int
	modAfter   int
	modLead    int
	leadPrep   int
}

var engines struct {
	once sync.Once
	m    map[string]*engine
	err  error
}

// loadEngines compiles the embedded data once.
func loadEngines() {
	engines.m = map[string]*engine{}
	for _, lang := range languages {
		lexSrc, err := dataFS.ReadFile("data/" + lang + ".lex")
		if err != nil {
			engines.err = fmt.Errorf("timex: read lexicon %s: %w", lang, err)
			return
		}
		ruleSrc, err := dataFS.ReadFile("data/" + lang + ".rules")
		if err != nil {
			engines.err = fmt.Errorf("timex: read rules %s: %w", lang, err)
			return
		}
		e, err := compileEngine(lang, bytes.NewReader(lexSrc), bytes.NewReader(ruleSrc))
		if err != nil {
			engines.err = fmt.Errorf("timex: %w", err)
			return
		}
		engines.m[lang] = e
	}
}

// DataError reports a problem in the embedded lexicon or rule files; Tag
// returns nil for every document while there is one.
func DataError() error {
	engines.once.Do(loadEngines)
	return engines.err
}

func engineFor(lang string) *engine {
	engines.once.Do(loadEngines)
	if engines.err != nil {
		return nil
	}
	return engines.m[lang]
}

// compileEngine builds an engine from a lexicon and a rule file.
func compileEngine(lang string, lexSrc, ruleSrc io.Reader) (*engine, error) {
	lex := newLexicon()
	if err := parseLexicon(lex, "data/"+lang+".lex", lexSrc); err != nil {
		return nil, err
	}
	rs, err := parseRules(lex, "data/"+lang+".rules", ruleSrc)
	if err != nil {
		return nil, err
	}
	lex.buildTables() // the rules add their literal words
	e := &engine{lang: lang, lex: lex, rules: rs, approx: -1, approxAbbr: -1, fullStop: -1, modBefore: -1, modAfter: -1,
		modLead: -1, leadPrep: -1}
	for name, p := range map[string]*int{"approx": &e.approx, "approx_abbr": &e.approxAbbr, "fullstop": &e.fullStop,
		"mod_before": &e.modBefore, "mod_after": &e.modAfter, "mod_lead": &e.modLead, "lead_prep": &e.leadPrep} {
		if id, ok := lex.classIDs[name]; ok {
			*p = id
		}
	}
	e.ruleWords = (len(rs.rules) + 63) / 64
	newBits := func() ruleBits { return make(ruleBits, e.ruleWords) }
	e.startClass, e.nextClass = make([]ruleBits, len(lex.classes)), make([]ruleBits, len(lex.classes))
	e.endClass = make([]ruleBits, len(lex.classes))
	for c := range lex.classes {
		e.startClass[c], e.nextClass[c], e.endClass[c] = newBits(), newBits(), newBits()
	}
	for b := range numBuiltins {
		e.startBuiltin[b], e.nextBuiltin[b], e.endBuiltin[b] = newBits(), newBits(), newBits()
	}
	e.nextAny = newBits()
	for _, r := range rs.rules {
		classes, builtins, nullable := firstSet(r.pattern)
		if nullable {
			return nil, fmt.Errorf("%s: pattern can match nothing", r.source)
		}
		for c := range classes {
			e.startClass[c].add(r.index)
		}
		for b := range builtins {
			e.startBuiltin[b].add(r.index)
			e.startBuiltins |= 1 << b
		}
		if r.secondAny {
			e.nextAny.add(r.index)
			continue
		}
		addRuleByAtom(r.index, r.secondClasses, r.secondBuiltins, e.nextClass, &e.nextBuiltin, &e.nextBuiltins)
		addRuleByAtom(r.index, r.endClasses, r.endBuiltins, e.endClass, &e.endBuiltin, &e.endBuiltins)
	}
	// Each entry set gets the union of the rule sets of its classes, so
	// that scan reads them in one go.
	for _, s := range lex.sets {
		for role, byClass := range [numRuleRoles][]ruleBits{ruleStart: e.startClass, ruleEnd: e.endClass, ruleNext: e.nextClass} {
			s.rules[role] = newBits()
			for _, en := range s.list {
				for k, w := range byClass[en.class] {
					s.rules[role][k] |= w
				}
			}
		}
		s.startsRule = slices.ContainsFunc(s.rules[ruleStart], func(w uint64) bool { return w != 0 })
	}
	return e, nil
}

// addRuleByAtom adds rule index to the sets of the classes and builtins of
// a filter, and the builtins to the mask of builtins with a set.
func addRuleByAtom(index int, classes []uint64, builtins uint32, byClass []ruleBits, byBuiltin *[numBuiltins]ruleBits,
	mask *uint32) {
	for c := range byClass {
		if classes[c/64]&(1<<(c%64)) != 0 {
			byClass[c].add(index)
		}
	}
	for b := range numBuiltins {
		if builtins&(1<<b) != 0 {
			byBuiltin[b].add(index)
			*mask |= 1 << b
		}
	}
}

// mayStart reports whether some rule may start at t: a cheap look before
// the rule sets are gathered.
func (e *engine) mayStart(t *token) bool {
	return t.builtins&e.startBuiltins != 0 || (t.entries != nil && t.entries.startsRule)
}

// ruleBits is a set of rules by index.
type ruleBits []uint64

func (s ruleBits) add(i int) { s[i/64] |= 1 << (i % 64) }

// addToken adds the rules that t selects in role (ruleStart, ruleEnd,
// ruleNext) by its entries, and by its builtins among builtins, to s. For
// an s that was empty, it reports whether it added any rule.
func (s ruleBits) addToken(t *token, role int, byBuiltin *[numBuiltins]ruleBits, builtins uint32) bool {
	if t.entries == nil && t.builtins&builtins == 0 {
		return false
	}
	if t.entries != nil {
		for k, w := range t.entries.rules[role] {
			s[k] |= w
		}
	}
	for bs := t.builtins & builtins; bs != 0; bs &= bs - 1 {
		if b := bits.TrailingZeros32(bs); b < int(numBuiltins) {
			for k, w := range byBuiltin[b] {
				s[k] |= w
			}
		}
	}
	for _, w := range s {
		if w != 0 {
			return true
		}
	}
	return false
}

// firstSet computes which classes and builtins can start a match of n.
func firstSet(n *node) (map[int]bool, map[builtin]bool, bool) {
	classes, builtins := map[int]bool{}, map[builtin]bool{}
	var walk func(*node) bool // returns nullable
	walk = func(n *node) bool {
		switch n.kind {
		case nAtom:
			if n.isBuilt {
				builtins[n.builtin] = true
			} else {
				classes[n.class] = true
			}
			return false
		case nSeq:
			for _, k := range n.kids {
				if !walk(k) {
					return false
				}
			}
			return true
		case nAlt:
			nullable := false
			for _, k := range n.kids {
				if walk(k) {
					nullable = true
				}
			}
			return nullable
		case nOpt:
			walk(n.kids[0])
			return true
		}
		return true // lookarounds and extent markers consume nothing
	}
	nullable := walk(n)
	return classes, builtins, nullable
}

// scan tokenises text and returns the non-overlapping mentions the rules
// find, in reading order.
// The returned slices belong to sc.
// runes, when not nil, are the code points of text.
func (e *engine) scan(text string, runes []rune, sc *scratch) ([]token, []candidate) {
	toks := tokenize(e.lex, text, runes, sc)
	m := newMatcher(toks, e.rules, e.lex)
	n := e.ruleWords
	if cap(sc.rules) < 2*n {
		sc.rules = make([]uint64, 2*n)
	}
	d := dispatch{e: e, toks: toks, starts: sc.rules[:n], nexts: sc.rules[n : 2*n]}
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	for i := range toks {
		if !e.mayStart(&toks[i]) || !d.rulesAt(i) {
			continue // most tokens start no rule: mayStart says so inline
		}
		// Rules are tried in index order; the order does not change the
		// result, as selectCandidates orders the matches of one token
		// by rule index.
		for k, w := range d.starts {
			for bs := w & d.nexts[k]; bs != 0; bs &= bs - 1 {
				r := e.rules.rules[k*64+bits.TrailingZeros64(bs)]
				if m.tryRule(r, i) {
					cands = append(cands, m.best)
				}
			}
		}
	}
	cands = selectCandidates(cands)
	return toks, cands
}

// dispatch picks the rules worth trying at a token of toks.
type dispatch struct {
	e             *engine
	toks          []token
	starts, nexts ruleBits
}

// rulesAt sets d.starts to the rules that may start at token i and d.nexts
// to those that the next token may continue or that token i may match
// alone: the rules worth trying at i are in both. It reports false, leaving
// the sets as they are, when no rule may start at i.
func (d *dispatch) rulesAt(i int) bool {
	e, toks := d.e, d.toks
	if !e.mayStart(&toks[i]) {
		return false
	}
	clear(d.starts)
	if !d.starts.addToken(&toks[i], ruleStart, &e.startBuiltin, e.startBuiltins) {
		return false
	}
	copy(d.nexts, e.nextAny)
	d.nexts.addToken(&toks[i], ruleEnd, &e.endBuiltin, e.endBuiltins)
	if i+1 < len(toks) && !toks[i+1].newline {
		d.nexts.addToken(&toks[i+1], ruleNext, &e.nextBuiltin, e.nextBuiltins)
	}
	return true
}

// selectCandidates keeps the longest of overlapping matches; on a tie the
// earlier one, then the rule written first.
func selectCandidates(cands []candidate) []candidate {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := &cands[i], &cands[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		return a.rule.index < b.rule.index
	})
	out := cands[:0]
	for _, c := range cands {
		if n := len(out); n > 0 && c.start < out[n-1].end {
			if c.end-c.start > out[n-1].end-out[n-1].start {
				out[n-1] = c
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// applyContext reads the words around a mention: an approximation word
// before it joins the mention (ราว พ.ศ. 2517, about 1980, c. 1900); a
// preceding since/until word (or "starting in"), or a following onwards
// word sets BEFORE or AFTER on a date, decade or century.
func (e *engine) applyContext(toks []token, c *candidate) {
	if c.expr.mod == "" && c.expr.fam != famRange {
		if v, ok := e.before(toks, c.open, e.approx); ok {
			c.open--
			c.expr.mod = v
		} else if _, ok := e.before(toks, c.open, e.fullStop); ok {
			if w, ok := e.before(toks, c.open-1, e.approxAbbr); ok && !toks[c.open-1].space {
				c.open -= 2
				c.expr.mod = w
			}
		}
		c.start = toks[c.open].start
	}
	switch c.expr.fam {
	case famDate, famDecade, famCentury:
	default:
		return
	}
	if c.expr.mod != "" {
		return
	}
	if v, ok := e.before(toks, c.open, e.modBefore); ok {
		c.expr.mod = v
		return
	}
	if _, ok := e.before(toks, c.open, e.leadPrep); ok {
		if v, ok := e.before(toks, c.open-1, e.modLead); ok {
			c.expr.mod = v
			return
		}
	}
	if e.modAfter >= 0 && c.close < len(toks) && !toks[c.close].newline {
		if v, ok := classValue(&toks[c.close], e.modAfter); ok {
			c.expr.mod = v
		}
	}
}

// before reads the class value of the token before token i on the same line.
func (e *engine) before(toks []token, i, class int) (string, bool) {
	if class < 0 || i <= 0 || toks[i].newline {
		return "", false
	}
	return classValue(&toks[i-1], class)
}

func classValue(t *token, class int) (string, bool) {
	for _, en := range t.entries.entries() {
		if en.class == class {
			return en.value, true
		}
	}
	return "", false
}
