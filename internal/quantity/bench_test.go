package quantity

import "testing"

func BenchmarkFind(b *testing.B) {
	docs := []struct{ text, lang string }{
		{seedText(b, thaiSeed), "th"},
		{seedText(b, englishSeed), "en"},
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
		Find(d.text, d.lang, nil) // build the lexicons outside the timing
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Find(d.text, d.lang, nil)
		}
	}
}
