package timex

import "testing"

// TestWordBloomKeepsEveryKey checks that the filter in front of the word
// map lets every key of the embedded lexicons through, and that it does
// rule made-up words out.
func TestWordBloomKeepsEveryKey(t *testing.T) {
	for _, lang := range languages {
		e := engineFor(lang)
		if e == nil {
			t.Fatalf("%s: no engine: %v", lang, DataError())
		}
		for key := range e.lex.words {
			h := keyHash(key)
			if e.lex.wordBloom[uint16(h)/64]&(1<<(uint16(h)%64)) == 0 || e.lex.wordBloom[uint16(h>>16)/64]&(1<<(uint16(h>>16)%64)) == 0 {
				t.Fatalf("%s: the filter rules out the key %q", lang, key)
			}
		}
		passed := 0
		for _, w := range []string{"zqxj", "blorft", "unheardofword", "qqqq", "xylophonic"} {
			h := keyHash(w)
			if e.lex.wordBloom[uint16(h)/64]&(1<<(uint16(h)%64)) != 0 && e.lex.wordBloom[uint16(h>>16)/64]&(1<<(uint16(h>>16)%64)) != 0 {
				passed++
			}
		}
		if passed == 5 {
			t.Errorf("%s: the filter lets every made-up word through", lang)
		}
	}
}
