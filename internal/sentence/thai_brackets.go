package sentence

// bracketedGaps marks the gaps that fall inside a matched pair of brackets
// or quotes spanning at most maxBracketSpan code points.
func bracketedGaps(seg *segment) []bool {
	inside := make([]bool, len(seg.gaps))
	type open struct {
		r         rune
		chunk, at int
	}
	var stack []open
	var depth []int // difference array over gaps, made on first need
	for ci, c := range seg.chunks {
		if !c.marked {
			continue
		}
		at := c.start
		for _, r := range seg.text(ci) {
			closesQuote := r == '"' && len(stack) > 0 && stack[len(stack)-1].r == '"'
			if _, opens := closingOf(r); opens && !closesQuote {
				stack = append(stack, open{r, ci, at})
			} else if len(stack) > 0 && matches(stack[len(stack)-1].r, r) {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.chunk < ci && at-o.at <= maxBracketSpan {
					if depth == nil {
						depth = make([]int, len(seg.chunks)+1)
					}
					depth[o.chunk]++
					depth[ci]--
				}
			}
			at++
		}
	}
	if depth == nil {
		return inside
	}
	level := 0
	for i := range inside {
		level += depth[i]
		inside[i] = level > 0
	}
	return inside
}

// closingOf returns the closing mark of an opening bracket or quote.
func closingOf(r rune) (rune, bool) {
	switch r {
	case '(':
		return ')', true
	case '[':
		return ']', true
	case '{':
		return '}', true
	case '“':
		return '”', true
	case '"':
		return '"', true
	case '«':
		return '»', true
	}
	return 0, false
}

// matches reports whether r closes the bracket or quote opened by o.
func matches(o, r rune) bool {
	c, ok := closingOf(o)
	return ok && c == r
}
