package event

import (
	"os"
	"strconv"
	"testing"

	"chronicle/internal/document"
)

func TestZZCount(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ZZN"))
	doc := readSeed(t, englishSeed)
	rt := document.NewRuneText(doc.Text)
	a := annotate(t, doc, false)
	a.in.Tokens = nil
	Extract(a.in)
	var words []word
	fallbackSegmenter().Tokens("x")
	for range n {
		switch os.Getenv("ZZV") {
		case "fast":
			words = segmentWords(words[:0], rt, nil)
		case "seg":
			words = splitWords(words[:0], rt, fallbackSegmenter().Tokens(rt.Text), nil)
		case "extract":
			Extract(a.in)
		}
	}
}
