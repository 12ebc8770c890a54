package document

import "unicode/utf8"

// AppendRunes appends the code points of s to dst, as a range loop reads
// them, and reports whether s is valid UTF-8. Thai takes three bytes a
// rune; decoding those inline is much cheaper than the general decoder.
func AppendRunes(dst []rune, s string) ([]rune, bool) {
	valid := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// English runs long in ASCII: eight code points at a time.
			if i+8 <= len(s) && load8(s, i)&highBits == 0 {
				b := s[i : i+8]
				dst = append(dst, rune(b[0]), rune(b[1]), rune(b[2]), rune(b[3]),
					rune(b[4]), rune(b[5]), rune(b[6]), rune(b[7]))
				i += 8
				continue
			}
			dst = append(dst, rune(c))
			i++
			continue
		}
		// The Thai block, E0 B8 80 - E0 B9 BF, with the fewest tests.
		if c == 0xE0 && i+2 < len(s) && s[i+1]&0xFE == 0xB8 && s[i+2]&0xC0 == 0x80 {
			dst = append(dst, 0x0E00|rune(s[i+1]&1)<<6|rune(s[i+2]&0x3F))
			i += 3
			continue
		}
		// Other three-byte forms from U+0800, without the surrogates (ED
		// A0-BF); everything else goes to the general decoder.
		if c >= 0xE0 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 &&
			s[i+2]&0xC0 == 0x80 && (c != 0xE0 || s[i+1] >= 0xA0) {
			dst = append(dst, rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			valid = false
		}
		dst = append(dst, r)
		i += size
	}
	return dst, valid
}
