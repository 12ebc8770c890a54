package wordseg

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Scores counts segmentation agreement with a gold standard, summed over
// sentences (micro-averaged).
type Scores struct {
	Engine    string
	Sentences int
	// Words: a predicted token is correct when both its ends match a gold token.
	GoldWords, PredictedWords, CorrectWords int
	// Starts: positions where a token begins.
	GoldStarts, PredictedStarts, CorrectStarts int
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// WordPrecision is the share of predicted tokens that are gold tokens.
func (s Scores) WordPrecision() float64 { return ratio(s.CorrectWords, s.PredictedWords) }

// WordRecall is the share of gold tokens that were predicted.
func (s Scores) WordRecall() float64 { return ratio(s.CorrectWords, s.GoldWords) }

// WordF1 is the harmonic mean of word precision and recall.
func (s Scores) WordF1() float64 { return f1(s.WordPrecision(), s.WordRecall()) }

// BoundaryPrecision is the share of predicted token starts that are gold starts.
func (s Scores) BoundaryPrecision() float64 { return ratio(s.CorrectStarts, s.PredictedStarts) }

// BoundaryRecall is the share of gold token starts that were predicted.
func (s Scores) BoundaryRecall() float64 { return ratio(s.CorrectStarts, s.GoldStarts) }

// BoundaryF1 is the harmonic mean of boundary precision and recall.
func (s Scores) BoundaryF1() float64 { return f1(s.BoundaryPrecision(), s.BoundaryRecall()) }

// String prints the scores as a small table.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "engine %s, %d sentences, %d gold tokens, %d predicted\n", s.Engine, s.Sentences, s.GoldWords, s.PredictedWords)
	fmt.Fprintf(&b, "%-9s %9s %9s %9s\n", "", "precision", "recall", "F1")
	fmt.Fprintf(&b, "%-9s %9.3f %9.3f %9.3f\n", "word", s.WordPrecision(), s.WordRecall(), s.WordF1())
	fmt.Fprintf(&b, "%-9s %9.3f %9.3f %9.3f\n", "boundary", s.BoundaryPrecision(), s.BoundaryRecall(), s.BoundaryF1())
	return b.String()
}

// add scores one sentence.
func (s *Scores) add(gold, predicted []document.Span) {
	s.Sentences++
	s.GoldWords += len(gold)
	s.PredictedWords += len(predicted)
	s.GoldStarts += len(gold)
	s.PredictedStarts += len(predicted)
	// Both lists are ordered and non-overlapping: merge them.
	i, j := 0, 0
	for i < len(gold) && j < len(predicted) {
		switch g, p := gold[i], predicted[j]; {
		case g[0] < p[0]:
			i++
		case g[0] > p[0]:
			j++
		default:
			s.CorrectStarts++
			if g[1] == p[1] {
				s.CorrectWords++
			}
			i++
			j++
		}
	}
}

// conlluSentence accumulates the surface text and gold token spans of one sentence.
type conlluSentence struct {
	text     strings.Builder
	runes    int
	gold     []document.Span
	rangeEnd int // last word ID covered by the current multiword token
}

func (c *conlluSentence) addToken(form, misc string) {
	c.gold = append(c.gold, document.Span{c.runes, c.runes + utf8.RuneCountInString(form)})
	c.text.WriteString(form)
	c.runes += utf8.RuneCountInString(form)
	if !hasMiscFlag(misc, "SpaceAfter=No") {
		c.text.WriteByte(' ')
		c.runes++
	}
}

func (c *conlluSentence) reset() {
	c.text.Reset()
	c.runes = 0
	c.gold = c.gold[:0]
	c.rangeEnd = 0
}

func hasMiscFlag(misc, flag string) bool {
	for _, f := range strings.Split(misc, "|") {
		if f == flag {
			return true
		}
	}
	return false
}

// EvaluateCoNLLU segments the raw text of every sentence of a CoNLL-U file
// and scores it against the file's tokens. The raw text is rebuilt from the
// surface tokens and SpaceAfter=No; a multiword token (ID "3-4") counts as
// one gold token and the syntactic words it covers are skipped, as are
// empty nodes (ID "3.1").
func EvaluateCoNLLU(r io.Reader, seg Segmenter) (Scores, error) {
	scores := Scores{Engine: seg.Name()}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var sent conlluSentence
	flush := func() {
		if len(sent.gold) > 0 {
			text := sent.text.String()
			scores.add(sent.gold, seg.Tokens(text))
		}
		sent.reset()
	}
	line := 0
	for sc.Scan() {
		line++
		row := sc.Text()
		if strings.TrimSpace(row) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(row, "#") {
			continue
		}
		cols := strings.Split(row, "\t")
		if len(cols) != 10 {
			return scores, fmt.Errorf("conllu: line %d: %d columns, want 10", line, len(cols))
		}
		id, form, misc := cols[0], cols[1], cols[9]
		if strings.Contains(id, ".") {
			continue // empty node: no surface form
		}
		if lo, hi, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(lo)
			last, err2 := strconv.Atoi(hi)
			if err1 != nil || err2 != nil || last < first {
				return scores, fmt.Errorf("conllu: line %d: bad range ID %q", line, id)
			}
			sent.rangeEnd = last
			sent.addToken(form, misc)
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return scores, fmt.Errorf("conllu: line %d: bad ID %q: %w", line, id, err)
		}
		if n <= sent.rangeEnd {
			continue // syntactic word inside a multiword token
		}
		sent.addToken(form, misc)
	}
	if err := sc.Err(); err != nil {
		return scores, fmt.Errorf("conllu: line %d: %w", line+1, err)
	}
	flush()
	return scores, nil
}
