package sentence

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenize skips the characters of valid text that cannot end a chunk by
// their lead byte; told the text is invalid, it decodes every character.
// Both readings must give the same chunks and gaps, and so must the
// chunk-at-a-time tokenizeSpaced and the general loop.
func TestTokenizeFastPathMatchesDecoding(t *testing.T) {
	tests := []struct{ name, text string }{
		{"english", "The war ended. In 1979, (about 5,000) \"troops\" left."},
		{"thai", "สงครามสิ้นสุดลง ในปี ๒๕๒๒ ทหาร “ห้าพันนาย” ถอนกำลัง"},
		{"combining marks", "Cafe\u0301 na\u0308ive — e\u0301te\u0301 ก\u0e34\u0e48น"},
		{"latin accents", "Élysée Straße São Paulo Łódź İstanbul."},
		{"unusual spaces", "a\u00a0b\u2009c\u3000d\u1680e\u2028f\u2029g\u0085h"},
		{"quotes and brackets", "«Oui» ‹non› „ja“ 「はい」（注）【見出し】"},
		{"line breaks", "one\r\ntwo\rthree\n\nfour\f five\v six"},
		{"emoji and astral", "war 🕊️ peace 𝐀𝐁 end."},
		{"glued stops", "終わり。次の文！本当？ はい"},
		{"invalid bytes", "bad \xff byte \xe0\xb8 cut\xe2\x80 “quoted\xc2” end"},
		{"edges", "  \r\n\u2029 lead and trail \u00a0 "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isValid := utf8.ValidString(tt.text)
			for _, valid := range []bool{false, isValid} {
				var spaced, general segment
				spaced.tokenizeSpaced(tt.text, 7, valid)
				general.tokenizeGeneral(tt.text, 7, false, valid)
				if !reflect.DeepEqual(spaced.chunks, general.chunks) || !reflect.DeepEqual(spaced.gaps, general.gaps) {
					t.Errorf("valid %v: tokenizeSpaced differs:\nspaced  %+v %+v\ngeneral %+v %+v",
						valid, spaced.chunks, spaced.gaps, general.chunks, general.gaps)
				}
			}
			for _, glued := range []bool{false, true} {
				if !isValid {
					break // only valid text may be read by lead bytes
				}
				var fast, slow segment
				fast.tokenize(tt.text, 7, glued, true)
				slow.tokenize(tt.text, 7, glued, false)
				if !reflect.DeepEqual(fast.chunks, slow.chunks) {
					t.Errorf("glued %v: chunks differ:\nfast %+v\nslow %+v", glued, fast.chunks, slow.chunks)
				}
				if !reflect.DeepEqual(fast.gaps, slow.gaps) {
					t.Errorf("glued %v: gaps differ:\nfast %+v\nslow %+v", glued, fast.gaps, slow.gaps)
				}
				if len(fast.chunks) < 2 {
					t.Errorf("glued %v: only %d chunks", glued, len(fast.chunks))
				}
			}
		})
	}
}

// chunksOf returns words as the chunks of their text joined by spaces.
func chunksOf(words ...string) chunkList {
	var seg segment
	seg.tokenize(strings.Join(words, " "), 0, false, true)
	return seg.list(0, len(seg.chunks))
}
