package names

// Named is a name with the actor id it currently carries.
type Named struct{ ID, Text string }

// Link maps the id of each Thai name to the id of the name in others that
// it sounds like, for names that reach Threshold; names without a match are
// left out. Candidate keys are computed once, so linking n Thai names
// against m others costs n×m comparisons of short keys.
func Link(thai []Named, others []Named) map[string]string {
	type candidate struct {
		id   string
		keys [][]key
	}
	cands := make([]candidate, 0, len(others))
	seen := map[string]bool{}
	for _, o := range others {
		if seen[o.Text] {
			continue
		}
		seen[o.Text] = true
		cands = append(cands, candidate{o.ID, keyVariants(o.Text)})
	}
	links := map[string]string{}
	done := map[string]bool{}
	for _, t := range thai {
		if done[t.ID] {
			continue
		}
		done[t.ID] = true
		tk := keyVariants(t.Text)
		best, bestScore := -1, 0.0
		for i, c := range cands {
			s := 0.0
			for _, a := range tk {
				for _, b := range c.keys {
					s = max(s, similarity(a, b))
				}
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
		if best >= 0 && bestScore >= Threshold && cands[best].id != t.ID {
			links[t.ID] = cands[best].id
		}
	}
	return links
}
