// Package wordseg splits Thai and mixed-script text into word tokens, as
// code-point spans into the unmodified text.
//
// A scanner shared by every engine handles what is not Thai: whitespace
// (including U+200B) is skipped; each punctuation mark or symbol, ๆ and ฯ is
// a token (ฯลฯ is one); runs of letters and digits, Thai digits included,
// are tokens with internal . , ' - ("U.S." "150,000" "1.4" "war's"); short
// Thai stems closed by dots are abbreviations (พ.ศ. ม.ค. ดร.). Combining marks
// always stay with their base. Runs of Thai letters go to an engine:
//
//   - ICU (build tag icu, cgo, libicu-dev): ubrk_open(UBRK_WORD, "th") over
//     UTF-16, one cgo call per run, iterators pooled for concurrent use.
//   - Pure Go (default): Thai Character Clusters, then dictionary maximal
//     matching over cluster boundaries (fewest unknown code points, then
//     fewest words, then longest first word); adjacent unknown clusters form
//     one token. The dictionary is ICU 72's Thai word list, extracted at
//     `go generate` time from the installed libicudata by gen_thaidict.go
//     (Unicode licence, data/LICENSE-ICU.txt), plus data/thai_words_extra.txt.
//
// Both engines' Thai words are then refined the same way: adjacent segments
// spelling a word of data/thai_words_extra.txt are joined, a prefix of
// data/thai_prefixes.txt (การ, ความ) joins the word after it, and a lone bare
// consonant joins the word before it. Finally user words passed to New
// (the annotator passes the actor lexicon's Thai names) become whole tokens,
// longest match first: a word spanning several tokens joins them, and a word
// ending inside a Thai token (สีห|นุช|นะ for สีหนุ + ชนะ) is cut off there
// when no written syllable is broken and the rest of the run, segmented
// again by the engine, gives known words and either fewer tokens or no
// unknown fragment where there was one (maximal matching's preferences).
package wordseg
