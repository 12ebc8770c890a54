package event

// maxNamingCueGap is how many words may stand between the relative pronoun
// and the naming cue ("which would be called", "ซึ่งจะเรียกว่า").
const maxNamingCueGap = 3

// namedAfter returns the actor that a naming relative clause right after
// clause c gives to the noun c ends with: "suggested that the future
// government, which would be called the National Council" names what was
// suggested. It returns -1 when no such clause follows within the sentence
// words [.., w1).
func (e *extraction) namedAfter(c clause, w1 int) int {
	k := c.last + 1
	if k < w1 && e.wordText(k) == "," {
		k++
	}
	if k >= w1 || !e.cueStartsAt(k, cueRelative) {
		return -1
	}
	k = e.cues[e.cueAt[k]].last + 1
	for n := 0; k < w1 && n <= maxNamingCueGap && !e.words[k].punct; n++ {
		if e.cueStartsAt(k, cueNaming) {
			return e.headActor(e.actorAfterFillers(e.cues[e.cueAt[k]].last+1, w1-1))
		}
		if e.actorStartingAt(e.words[k].span[0]) >= 0 {
			return -1 // the relative clause has a subject of its own
		}
		k++
	}
	return -1
}

// headActor returns the mention a state mention modifies when another
// follows it with only a space between ("the Cambodian National Council"
// names the council), else p itself.
func (e *extraction) headActor(p int) int {
	if p < 0 || p+1 >= len(e.actors) || e.actors[p].kind != "state" || e.actors[p+1].kind == "state" {
		return p
	}
	k := e.wordAt(e.actors[p].span[1])
	if k < len(e.words) && e.words[k].span[0] == e.actors[p+1].span[0] && e.words[k].spaced && !e.words[k].punct {
		return p + 1
	}
	return p
}
