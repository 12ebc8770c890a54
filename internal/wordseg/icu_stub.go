//go:build !(cgo && icu)

package wordseg

// newICUEngine reports that ICU was not compiled in (build with -tags icu).
func newICUEngine() engine { return nil }
