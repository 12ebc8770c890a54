package align

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

// GoldText is a document gold lines are resolved against: File is the
// name the gold files use (the seed file name without its extension), Doc
// the document id the system's events carry.
type GoldText struct {
	File string
	Doc  string
	Text *document.RuneText
}

// GoldMention is one text a gold line points at, with its span once
// resolved.
type GoldMention struct {
	File       string
	Text       string
	Occurrence int
	// Value is the gold value (discrepancies only).
	Value string
	// Doc and Span are set by resolving.
	Doc  string
	Span document.Span
}

func (m GoldMention) String() string { return fmt.Sprintf("%q#%d", m.Text, m.Occurrence) }

// GoldPair is a Thai and an English event reporting the same happening
// (testdata/eval/events/pairs.tsv).
type GoldPair struct {
	Line          int
	Thai, English GoldMention
	Note          string
}

// GoldDiscrepancy is a date or number two reports disagree on
// (testdata/eval/events/discrepancies.tsv).
type GoldDiscrepancy struct {
	Line int
	Kind string
	A, B GoldMention
	Note string
}

// ReadGoldPairs reads th_trigger, th_occ, en_trigger, en_occ, note.
func ReadGoldPairs(r io.Reader) ([]GoldPair, error) {
	rows, _, err := gold.ReadTSV(r, 2, 3)
	if err != nil {
		return nil, fmt.Errorf("align: pairs: %w", err)
	}
	out := make([]GoldPair, 0, len(rows))
	for _, row := range rows {
		occ, err := strconv.Atoi(row.Fields[1])
		if err != nil || occ < 1 || row.Fields[0] == "" {
			return nil, fmt.Errorf("align: pairs: line %d: English trigger %q occurrence %q", row.Line, row.Fields[0], row.Fields[1])
		}
		out = append(out, GoldPair{Line: row.Line, Thai: GoldMention{Text: row.Text, Occurrence: row.Occurrence},
			English: GoldMention{Text: row.Fields[0], Occurrence: occ}, Note: row.Fields[2]})
	}
	return out, nil
}

// ReadGoldDiscrepancies reads kind, file_a, text_a, occ_a, value_a,
// file_b, text_b, occ_b, value_b, note. Blank and '#' lines are skipped.
func ReadGoldDiscrepancies(r io.Reader) ([]GoldDiscrepancy, error) {
	var out []GoldDiscrepancy
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(s); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < 9 || len(f) > 10 {
			return nil, fmt.Errorf("align: discrepancies: line %d: want 9 or 10 fields, got %d", line, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		d := GoldDiscrepancy{Line: line, Kind: f[0]}
		if d.Kind != KindDate && d.Kind != KindQuantity {
			return nil, fmt.Errorf("align: discrepancies: line %d: kind %q is neither date nor quantity", line, f[0])
		}
		for k, m := range []*GoldMention{&d.A, &d.B} {
			col := 1 + 4*k
			occ, err := strconv.Atoi(f[col+2])
			if err != nil || occ < 1 || f[col] == "" || f[col+1] == "" {
				return nil, fmt.Errorf("align: discrepancies: line %d: file %q, text %q, occurrence %q", line, f[col], f[col+1], f[col+2])
			}
			*m = GoldMention{File: f[col], Text: f[col+1], Occurrence: occ, Value: f[col+3]}
		}
		if len(f) == 10 {
			d.Note = f[9]
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("align: discrepancies: line %d: %w", line+1, err)
	}
	return out, nil
}

// resolve finds m in its text; the error names the gold line.
func (m *GoldMention) resolve(t GoldText, line int) error {
	if t.Text == nil {
		return fmt.Errorf("line %d: no text for %q", line, m.File)
	}
	s, ok := gold.Resolve(t.Text, m.Text, m.Occurrence)
	if !ok {
		return fmt.Errorf("line %d: %s not in %s", line, m, t.File)
	}
	m.File, m.Doc, m.Span = t.File, t.Doc, s
	return nil
}

// ResolvePairs finds the gold triggers in the Thai and English texts; the
// unresolvable lines are left out and reported.
func ResolvePairs(pairs []GoldPair, thai, english GoldText) (resolved []GoldPair, errs []string) {
	for _, p := range pairs {
		if err := p.Thai.resolve(thai, p.Line); err != nil {
			errs = append(errs, err.Error())
			continue
		}
		if err := p.English.resolve(english, p.Line); err != nil {
			errs = append(errs, err.Error())
			continue
		}
		resolved = append(resolved, p)
	}
	return resolved, errs
}

// ResolveDiscrepancies finds both texts of each gold discrepancy in the
// text its file names (matched by File, with or without extension).
func ResolveDiscrepancies(ds []GoldDiscrepancy, texts ...GoldText) (resolved []GoldDiscrepancy, errs []string) {
	find := func(file string) GoldText {
		for _, t := range texts {
			if t.File == file || strings.TrimSuffix(t.File, filepath.Ext(t.File)) == strings.TrimSuffix(file, filepath.Ext(file)) {
				return t
			}
		}
		return GoldText{File: file}
	}
	for _, d := range ds {
		if err := d.A.resolve(find(d.A.File), d.Line); err != nil {
			errs = append(errs, err.Error())
			continue
		}
		if err := d.B.resolve(find(d.B.File), d.Line); err != nil {
			errs = append(errs, err.Error())
			continue
		}
		resolved = append(resolved, d)
	}
	return resolved, errs
}
