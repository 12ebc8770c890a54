package quantity

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// lexicon holds the phrases of one or more languages in two tries: one read
// forward from the end of a number, one read backward from its start.
type lexicon struct {
	after, before trie
	// thaiStart and wordStart screen the positions where a Thai or an
	// English number word may start.
	thaiStart, wordStart *startFilter
}

// lexiconFiles lists the data files of each language, in load order.
var lexiconFiles = map[string][]string{
	"en": {"numbers_en.tsv", "units_en.tsv", "context_en.tsv", "demonyms_en.tsv", "currencies.tsv"},
	"th": {"numbers_th.tsv", "units_th.tsv", "context_th.tsv", "numbers_en.tsv", "units_en.tsv", "context_en.tsv",
		"demonyms_en.tsv", "currencies.tsv"},
}

// loadLexicon reads the embedded data files of lang, then the files of the
// same names in each of extra, which add to (never replace) the embedded
// entries.
func loadLexicon(lang string, extra []fs.FS) (*lexicon, error) {
	files, ok := lexiconFiles[lang]
	if !ok {
		files = lexiconFiles["th"]
	}
	lx := &lexicon{before: trie{backward: true}}
	sources := append([]fs.FS{dataFS}, extra...)
	for i, fsys := range sources {
		for _, name := range files {
			path := name
			if i == 0 {
				path = "data/" + name
			}
			data, err := fs.ReadFile(fsys, path)
			if err != nil {
				if i > 0 && errors.Is(err, fs.ErrNotExist) {
					continue
				}
				return nil, fmt.Errorf("quantity: read %s: %w", path, err)
			}
			if err := lx.addFile(name, string(data)); err != nil {
				return nil, err
			}
		}
	}
	lx.after.root.markStops()
	lx.thaiStart = newStartFilter(&lx.after, 0x0E00, thaiNumberRoles)
	lx.wordStart = newStartFilter(&lx.after, 0, englishNumberRoles)
	return lx, nil
}

// addFile parses one data file; errors name the file and line.
func (lx *lexicon) addFile(name, data string) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		var err error
		switch {
		case strings.HasPrefix(name, "numbers_en"):
			err = lx.addNumber(fields, englishNumberKinds)
		case strings.HasPrefix(name, "numbers_th"):
			err = lx.addNumber(fields, thaiNumberKinds)
		case strings.HasPrefix(name, "units_en"):
			err = lx.addEnglishUnit(fields)
		case strings.HasPrefix(name, "units_th"):
			err = lx.addThaiUnit(fields)
		case strings.HasPrefix(name, "currencies"):
			err = lx.addCurrency(fields)
		case strings.HasPrefix(name, "context_"):
			err = lx.addContext(fields)
		case strings.HasPrefix(name, "demonyms_"):
			err = lx.addDemonym(fields)
		default:
			err = errors.New("unknown data file")
		}
		if err != nil {
			return fmt.Errorf("quantity: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("quantity: read %s: %w", name, err)
	}
	return nil
}

var englishNumberKinds = map[string]role{
	"unit": roleNumUnit, "tens": roleNumTens, "hundred": roleNumHundred, "scale": roleNumScale,
	"abbr": roleNumAbbr, "article": roleNumArticle, "dozen": roleNumDozen,
	"denominator": roleNumDenominator, "half": roleNumHalf, "vague": roleNumVague, "several": roleNumSeveral,
}

var thaiNumberKinds = map[string]role{
	"digit": roleThDigit, "mult": roleThMult, "million": roleThMillion,
	"vague": roleThVague, "fraction": roleThFraction,
}

func (lx *lexicon) addNumber(f []string, kinds map[string]role) error {
	if len(f) != 3 {
		return fmt.Errorf("want 3 tab-separated fields (word, value, kind), got %d", len(f))
	}
	v, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return fmt.Errorf("value %q: %w", f[1], err)
	}
	r, ok := kinds[f[2]]
	if !ok {
		return fmt.Errorf("unknown kind %q", f[2])
	}
	lx.after.add(f[0], entry{role: r, value: v})
	return nil
}

func parseFactor(f []string, i int) (float64, error) {
	if len(f) <= i || f[i] == "" {
		return 1, nil
	}
	v, err := strconv.ParseFloat(f[i], 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("factor %q is not a positive number", f[i])
	}
	return v, nil
}

func (lx *lexicon) addEnglishUnit(f []string) error {
	if len(f) < 2 || len(f) > 3 || f[0] == "" || f[1] == "" {
		return fmt.Errorf("want phrase, unit and an optional factor, got %d fields", len(f))
	}
	factor, err := parseFactor(f, 2)
	if err != nil {
		return err
	}
	e := entry{role: roleUnit, unit: f[1], value: factor}
	if unit, alt, ok := strings.Cut(f[1], "|"); ok {
		if unit == "" || alt == "" || strings.Contains(alt, "|") {
			return fmt.Errorf("unit %q: want unit or unit|unit-in-military-context", f[1])
		}
		e.unit, e.inContext = unit, alt
	}
	lx.after.add(f[0], e)
	return nil
}

// addDemonym reads a nationality or people ("Kurds", "Dutch"): after
// a number and not followed by a noun it counts persons.
func (lx *lexicon) addDemonym(f []string) error {
	if len(f) != 1 || f[0] == "" {
		return fmt.Errorf("want 1 field (demonym), got %d", len(f))
	}
	lx.after.add(f[0], entry{role: roleDemonym, unit: "person"})
	return nil
}

func (lx *lexicon) addThaiUnit(f []string) error {
	if len(f) < 3 || len(f) > 4 || f[0] == "" || f[1] == "" {
		return fmt.Errorf("want word, unit, kind and an optional factor, got %d fields", len(f))
	}
	factor, err := parseFactor(f, 3)
	if err != nil {
		return err
	}
	units := strings.Split(f[1], "|")
	e := entry{unit: units[0], value: factor}
	switch e.unit {
	case "-":
		e.unit = ""
	case "count":
		// A bare count: no noun before the number changes it.
		e.unit, e.accepts = "", []string{}
	default:
		e.accepts = units
	}
	switch f[2] {
	case "clf":
		e.role = roleClassifier
		lx.after.add(f[0], e)
	case "unit":
		e.role = roleUnit
		lx.after.add(f[0], e)
	case "noun":
		e.role = roleNoun
		lx.before.add(f[0], e)
	case "prefix":
		e.role = rolePercentPrefix
		lx.before.add(f[0], e)
	default:
		return fmt.Errorf("unknown kind %q (want clf, unit, noun or prefix)", f[2])
	}
	return nil
}

func (lx *lexicon) addCurrency(f []string) error {
	if len(f) != 3 || f[0] == "" || f[2] == "" {
		return fmt.Errorf("want 3 fields (code, position, form), got %d", len(f))
	}
	code := strings.ToLower(f[0])
	switch f[1] {
	case "prefix":
		lx.before.add(f[2], entry{role: roleCurrencyPrefix, unit: code})
		lx.after.add(f[2], entry{role: roleCurrencyPrefix, unit: code})
	case "suffix":
		lx.after.add(f[2], entry{role: roleCurrency, unit: code})
	default:
		return fmt.Errorf("unknown position %q (want prefix or suffix)", f[1])
	}
	return nil
}

// contextRoles maps the role names of context files to roles and the tries
// they belong in.
var contextRoles = map[string]struct {
	role          role
	before, after bool
}{
	"approx":        {roleApprox, true, false},
	"min":           {roleMin, true, false},
	"max":           {roleMax, true, false},
	"range-open":    {roleRangeOpen, true, false},
	"label":         {roleLabel, true, false},
	"year-prep":     {roleYearPrep, true, false},
	"word":          {roleWord, true, true},
	"era":           {roleEra, true, true},
	"month":         {roleMonth, true, true},
	"approx-after":  {roleApproxAfter, false, true},
	"min-after":     {roleMinAfter, false, true},
	"max-after":     {roleMaxAfter, false, true},
	"range-join":    {roleRangeJoin, false, true},
	"range-and":     {roleRangeAnd, false, true},
	"fraction-join": {roleFractionJoin, false, true},
	"of":            {roleOf, false, true},
	"time":          {roleTime, false, true},
	"stop":          {roleStop, false, true},
	"military":      {roleMilitary, false, true},
	"all":           {roleAll, true, false},
	"follow":        {roleFollow, false, true},
	"name":          {roleName, true, false},
	"agent":         {roleAgent, true, false},
	"determiner":    {roleDeterminer, false, true},
}

func (lx *lexicon) addContext(f []string) error {
	if len(f) != 2 || f[0] == "" {
		return fmt.Errorf("want 2 fields (phrase, role), got %d", len(f))
	}
	r, ok := contextRoles[f[1]]
	if !ok {
		return fmt.Errorf("unknown role %q", f[1])
	}
	if r.before {
		lx.before.add(f[0], entry{role: r.role})
	}
	if r.after {
		lx.after.add(f[0], entry{role: r.role})
	}
	return nil
}
