// Package gold reads hand-annotated gold files and scores annotations
// against them. Gold lines name their extent by text and occurrence rather
// than by offsets, so they survive changes to how documents are read.
package gold

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"chronicle/internal/document"
)

// Row is one gold line: text<TAB>occurrence<TAB>fields….
type Row struct {
	Line       int // 1-based line in the gold file
	Text       string
	Occurrence int // 1-based index among the text's non-overlapping occurrences
	Fields     []string
}

// ReadTSV reads gold rows with at least minFields and at most maxFields
// fields after text and occurrence; missing trailing fields read as "".
// Blank lines and lines starting with '#' are skipped, except that
// "# key: value" lines are returned as directives.
func ReadTSV(r io.Reader, minFields, maxFields int) (rows []Row, directives map[string]string, err error) {
	directives = map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(s)
		if trimmed == "" {
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			if k, v, ok := strings.Cut(strings.TrimSpace(trimmed[1:]), ":"); ok && !strings.ContainsAny(k, " \t") {
				directives[strings.ToLower(k)] = strings.TrimSpace(v)
			}
			continue
		}
		f := strings.Split(s, "\t")
		n := len(f) - 2
		if n < minFields || n > maxFields {
			return nil, nil, fmt.Errorf("gold: line %d: want %d to %d fields after text and occurrence, got %d", line, minFields, maxFields, max(n, 0))
		}
		occ, err := strconv.Atoi(strings.TrimSpace(f[1]))
		if err != nil || occ < 1 {
			return nil, nil, fmt.Errorf("gold: line %d: occurrence %q is not a positive number", line, f[1])
		}
		if f[0] == "" {
			return nil, nil, fmt.Errorf("gold: line %d: empty text", line)
		}
		fields := make([]string, maxFields)
		for i, v := range f[2:] {
			fields[i] = strings.TrimSpace(v)
		}
		rows = append(rows, Row{Line: line, Text: f[0], Occurrence: occ, Fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("gold: line %d: %w", line+1, err)
	}
	return rows, directives, nil
}

// Resolve finds the span of the occ-th non-overlapping occurrence of text.
func Resolve(rt *document.RuneText, text string, occ int) (document.Span, bool) {
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(rt.Text[from:], text)
		if j < 0 {
			return document.Span{}, false
		}
		start := from + j
		if i == occ {
			return rt.SpanOfBytes(start, start+len(text)), true
		}
		from = start + len(text)
	}
}

// Pair links a gold item to the system item matched with it.
type Pair struct{ Gold, System int }

// MatchOverlap pairs gold and system spans one to one, largest overlap
// first, ties going to the earlier gold item; spans that do not overlap are
// never paired.
func MatchOverlap(gold, system []document.Span) []Pair {
	type cand struct{ g, s, overlap int }
	var cands []cand
	for gi, g := range gold {
		// System spans are ordered by start in every annotator; a sort keeps
		// this correct for any input.
		for si, s := range system {
			if o := min(g.End(), s.End()) - max(g.Start(), s.Start()); o > 0 {
				cands = append(cands, cand{gi, si, o})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].overlap != cands[j].overlap {
			return cands[i].overlap > cands[j].overlap
		}
		return cands[i].g < cands[j].g
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var pairs []Pair
	for _, c := range cands {
		if usedG[c.g] || usedS[c.s] {
			continue
		}
		usedG[c.g], usedS[c.s] = true, true
		pairs = append(pairs, Pair{c.g, c.s})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].Gold < pairs[j].Gold })
	return pairs
}

// Score counts gold items, system items and correct matches.
type Score struct{ Gold, System, Correct int }

// Precision is Correct/System, 0 when there is no system item.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold, 0 when there is no gold item.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String prints the counts and the three ratios.
func (s Score) String() string {
	return fmt.Sprintf("gold %d, system %d, correct %d: P %.3f  R %.3f  F1 %.3f", s.Gold, s.System, s.Correct, s.Precision(), s.Recall(), s.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// List is a named list of report lines, such as the misses of an evaluation.
type List struct {
	Name  string
	Lines []string
}

// WriteLists writes each list under its name and count, one line each.
func WriteLists(b *strings.Builder, lists ...List) {
	for _, l := range lists {
		fmt.Fprintf(b, "%s (%d):\n", l.Name, len(l.Lines))
		for _, line := range l.Lines {
			fmt.Fprintf(b, "  %s\n", line)
		}
	}
}

var regionPattern = regexp.MustCompile(`\[\s*(\d+)\s*,\s*(\d+)\s*\)`)

// ParseRegion reads the span of a "# region: … [start, end) …" directive:
// the part of a document a gold file annotates exhaustively.
func ParseRegion(directive string) (document.Span, error) {
	m := regionPattern.FindStringSubmatch(directive)
	if m == nil {
		return document.Span{}, fmt.Errorf("region %q: want [start, end)", directive)
	}
	start, err1 := strconv.Atoi(m[1])
	end, err2 := strconv.Atoi(m[2])
	if err1 != nil || err2 != nil || end < start {
		return document.Span{}, fmt.Errorf("region %q: want start <= end", directive)
	}
	return document.Span{start, end}, nil
}
