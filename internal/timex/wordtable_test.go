package timex

import "testing"

// TestWordTableFindsEveryKey checks that the table the tokenizer reads
// finds every key of the embedded lexicons with its case-fitting entries,
// and no made-up word.
func TestWordTableFindsEveryKey(t *testing.T) {
	for _, lang := range languages {
		e := engineFor(lang)
		if e == nil {
			t.Fatalf("%s: no engine: %v", lang, DataError())
		}
		for key, es := range e.lex.words {
			got := e.lex.table.lookup([]byte(key), caseUpperFirst|caseNoLower).entries()
			if len(got) != len(es) {
				t.Fatalf("%s: key %q: %d entries in capitals, want %d", lang, key, len(got), len(es))
			}
			for _, en := range e.lex.table.lookup([]byte(key), 0).entries() {
				if en.cases != caseAny {
					t.Fatalf("%s: key %q: entry %+v fits a lower-case word", lang, key, en)
				}
			}
		}
		for _, w := range []string{"zqxj", "blorft", "unheardofword", "qqqq", "xylophonic", ""} {
			if got := e.lex.table.lookup([]byte(w), 0); got != nil {
				t.Errorf("%s: made-up word %q found: %+v", lang, w, got)
			}
		}
	}
}
