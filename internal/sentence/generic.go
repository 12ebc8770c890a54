package sentence

// genericRules serve languages without rules of their own: a sentence ends
// after a full stop, question or exclamation mark of any common script
// followed by a space (or by nothing, for 。), and at every line break.
type genericRules struct{}

func (genericRules) splitsInsideChunks() bool { return true }

func (genericRules) boundaries(seg *segment) {
	for i, g := range seg.gaps {
		seg.cut[i] = g.newlines > 0 || g.glued || (g.breakable && endsWithStop(seg.text(i)))
	}
}

// endsWithStop reports whether chunk ends, before any closing quotes or
// brackets, with sentence punctuation.
func endsWithStop(chunk string) bool {
	switch lastRune(trimClosers(chunk)) {
	case '.', '!', '?', '…', '。', '！', '？', '｡', '।', '॥', '።', '؟', '۔', '‼', '⁇':
		return true
	}
	return false
}
