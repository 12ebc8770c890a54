package timex

import (
	"testing"
)

// TestDispatchKeepsEveryMatch tries every rule at every token and checks
// that wherever one matches, the dispatch of scan (rulesAt) would have
// tried it: the rule sets by first, second and lone token only skip
// hopeless attempts.
func TestDispatchKeepsEveryMatch(t *testing.T) {
	texts := map[string][]string{
		"en": {
			"In the 1980s, between 12 and 14 May 1975, the army (about 5,000 men) left; by the spring of 1979 " +
				"and in the late 1970s, three weeks ago, every year since AD 802 and 500 BC, the '80s, the 20th century, " +
				"on Monday, 3 June; 10:30 a.m. the next day, 1992-93, 1978–1979, mid-June, thirty-eight days later.",
			"May 5\nJune 1975 the first half of 1980 Q3 2001 the summer of that year 25.12.1978",
		},
		"th": {
			"เมื่อวันที่ 25 ธันวาคม พ.ศ. 2521 กองทัพบุกข้ามพรมแดน ในปี ๒๕๒๒ และช่วงทศวรรษ 1980 สามวันต่อมา",
			"ระหว่างปี 2518 ถึง 2522 เดือนมกราคม 2522 เมื่อ 10.30 น.",
		},
	}
	for _, sf := range seedFiles {
		if doc, ok := loadSeed(t, sf.name, sf.lang); ok {
			texts[sf.lang] = append(texts[sf.lang], doc.rt.Text)
		}
	}
	for lang, list := range texts {
		e := engineFor(lang)
		matches := 0
		for _, text := range list {
			toks := tokenize(e.lex, text, nil, new(scratch))
			m := newMatcher(toks, e.rules, e.lex)
			d := dispatch{e: e, toks: toks, starts: make(ruleBits, e.ruleWords), nexts: make(ruleBits, e.ruleWords)}
			for i := range toks {
				tried := d.rulesAt(i)
				for _, r := range e.rules.rules {
					if !m.tryRule(r, i) {
						continue
					}
					matches++
					k, bit := r.index/64, uint64(1)<<(r.index%64)
					if !tried || d.starts[k]&d.nexts[k]&bit == 0 {
						t.Errorf("%s: %s matches %q but is not tried there", lang, r.source,
							string([]rune(text)[m.best.start:m.best.end]))
					}
				}
			}
		}
		if matches < 10 {
			t.Errorf("%s: only %d matches: the test texts exercise too little", lang, matches)
		}
	}
}
