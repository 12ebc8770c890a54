package names

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Pair is one line of an evaluation list: a Thai and an English spelling
// and whether they name the same thing.
type Pair struct {
	Thai, English string
	Same          bool
	Kind, Note    string
	// Line is the 1-based line of the pair in its file.
	Line int
}

// ReadPairs reads a list of tab-separated pairs (thai, english, 1 or 0,
// kind, note); blank lines and lines starting with # are skipped. path names
// the input in errors.
func ReadPairs(r io.Reader, path string) ([]Pair, error) {
	var out []Pair
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("names: read pairs: %s:%d: want thai, english and 1/0 separated by tabs", path, line)
		}
		p := Pair{Thai: strings.TrimSpace(f[0]), English: strings.TrimSpace(f[1]), Line: line}
		switch strings.TrimSpace(f[2]) {
		case "1":
			p.Same = true
		case "0":
		default:
			return nil, fmt.Errorf("names: read pairs: %s:%d: third field %q is not 1 or 0", path, line, f[2])
		}
		if p.Thai == "" || p.English == "" {
			return nil, fmt.Errorf("names: read pairs: %s:%d: empty name", path, line)
		}
		if len(f) > 3 {
			p.Kind = strings.TrimSpace(f[3])
		}
		if len(f) > 4 {
			p.Note = strings.TrimSpace(f[4])
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("names: read pairs: %s: %w", path, err)
	}
	return out, nil
}

// Evaluation holds the figures of Match on a list of pairs.
type Evaluation struct {
	Threshold float64
	// Pairwise decisions: a pair is predicted the same when its Similarity
	// reaches Threshold.
	TruePos, FalsePos, FalseNeg, TrueNeg int
	// Linking: each Thai name of a same pair is matched against every
	// English name of the list; Linked counts those that chose the right
	// one, Wrong those that chose another, Unlinked those left unmatched.
	Linked, Wrong, Unlinked int
	// Errors lists the pairs decided wrongly, for reading.
	Errors []string
}

// Precision is TP / (TP + FP).
func (e Evaluation) Precision() float64 { return ratio(e.TruePos, e.TruePos+e.FalsePos) }

// Recall is TP / (TP + FN).
func (e Evaluation) Recall() float64 { return ratio(e.TruePos, e.TruePos+e.FalseNeg) }

// F1 is the harmonic mean of precision and recall.
func (e Evaluation) F1() float64 {
	p, r := e.Precision(), e.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// LinkAccuracy is the share of Thai names linked to their own English name.
func (e Evaluation) LinkAccuracy() float64 { return ratio(e.Linked, e.Linked+e.Wrong+e.Unlinked) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String renders the figures on a few lines.
func (e Evaluation) String() string {
	return fmt.Sprintf("threshold %.2f: pairs TP %d FP %d FN %d TN %d, precision %.3f recall %.3f F1 %.3f; "+
		"linking against all English names: %d right, %d wrong, %d unlinked (accuracy %.3f)",
		e.Threshold, e.TruePos, e.FalsePos, e.FalseNeg, e.TrueNeg, e.Precision(), e.Recall(), e.F1(),
		e.Linked, e.Wrong, e.Unlinked, e.LinkAccuracy())
}

// EvaluatePairs measures Match on pairs at threshold: pairwise precision
// and recall, and linking of each Thai name among all English names.
func EvaluatePairs(pairs []Pair, threshold float64) Evaluation {
	e := Evaluation{Threshold: threshold}
	var english []string
	for _, p := range pairs {
		if !slices.Contains(english, p.English) {
			english = append(english, p.English)
		}
	}
	for _, p := range pairs {
		s := Similarity(p.Thai, p.English)
		switch {
		case p.Same && s >= threshold:
			e.TruePos++
		case p.Same:
			e.FalseNeg++
			e.Errors = append(e.Errors, fmt.Sprintf("missed %s = %s (%.3f)", p.Thai, p.English, s))
		case s >= threshold:
			e.FalsePos++
			e.Errors = append(e.Errors, fmt.Sprintf("wrong %s = %s (%.3f)", p.Thai, p.English, s))
		default:
			e.TrueNeg++
		}
		if !p.Same {
			continue
		}
		best, score := bestOf(p.Thai, english)
		switch {
		case score < threshold:
			e.Unlinked++
		case best == p.English:
			e.Linked++
		default:
			e.Wrong++
			e.Errors = append(e.Errors, fmt.Sprintf("linked %s to %s (%.3f), not %s", p.Thai, best, score, p.English))
		}
	}
	return e
}

// bestOf is Match without its threshold.
func bestOf(thai string, candidates []string) (string, float64) {
	best, score := "", -1.0
	for _, c := range candidates {
		if s := Similarity(thai, c); s > score {
			best, score = c, s
		}
	}
	return best, score
}

// ChooseThreshold returns the threshold that gives the best pairwise F1 on
// pairs: the middle of the widest-scoring gap between two adjacent scores,
// so that it does not sit on one pair's score.
func ChooseThreshold(pairs []Pair) float64 {
	scores := make([]float64, 0, len(pairs)+1)
	for _, p := range pairs {
		scores = append(scores, Similarity(p.Thai, p.English))
	}
	slices.Sort(scores)
	scores = slices.Compact(scores)
	bestT, bestF := 1.0, -1.0
	for i, s := range scores {
		f := pairwiseF1(pairs, s)
		if f > bestF {
			lower := 0.0
			if i > 0 {
				lower = scores[i-1]
			}
			bestT, bestF = (lower+s)/2, f
		}
	}
	return bestT
}

// pairwiseF1 is the F1 of deciding "same" when Similarity reaches t.
func pairwiseF1(pairs []Pair, t float64) float64 {
	var tp, fp, fn int
	for _, p := range pairs {
		same := Similarity(p.Thai, p.English) >= t
		switch {
		case p.Same && same:
			tp++
		case p.Same:
			fn++
		case same:
			fp++
		}
	}
	if tp == 0 {
		return 0
	}
	pr, rc := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	return 2 * pr * rc / (pr + rc)
}
