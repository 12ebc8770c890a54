package timex

import "chronicle/internal/document"

// sentenceOpening is how far into its sentence a date may start and still
// open it ("In 1976,", "ในวันที่ 5 …"), in code points.
const sentenceOpening = 16

// opensSentence reports whether the mention being resolved starts near the
// beginning of its sentence. Without sentence spans every mention counts as
// opening one, which keeps plain forward reading.
func (r *resolver) opensSentence() bool {
	if len(r.sentences) == 0 {
		return true
	}
	s := sentenceAt(r.sentences, r.at)
	return s.Len() == 0 || r.at-s.Start() <= sentenceOpening
}

// background reports whether a newly resolved date should leave the
// narrative reference alone: it lies in an earlier year than the reference
// and sits inside its sentence rather than opening it, as in "Sihanouk, held
// since 1976, was flown out" in a paragraph about 1979.
func (r *resolver) background(next reference) bool {
	return r.ref.ok && next.ce.y < r.ref.ce.y && !r.opensSentence() && !r.newSection
}

// sentenceAt finds the sentence holding code point at by binary search, or
// an empty span.
func sentenceAt(sentences []document.Span, at int) document.Span {
	lo, hi := 0, len(sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if sentences[mid].End() <= at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(sentences) && sentences[lo].Start() <= at {
		return sentences[lo]
	}
	return document.Span{}
}
