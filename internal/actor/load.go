package actor

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

// yamlEntry is one entry as written in a lexicon file.
type yamlEntry struct {
	ID       string              `yaml:"id"`
	Kind     string              `yaml:"kind"`
	Names    map[string][]string `yaml:"names"`
	Demonyms map[string][]string `yaml:"demonyms"`
	Wikidata string              `yaml:"wikidata"`
	Code     string              `yaml:"code"`
	Note     string              `yaml:"note"`
	Members  []string            `yaml:"members"`
	SeatOf   []string            `yaml:"seat_of"`
}

// entryKeys are the keys an entry mapping may have; others are typos.
var entryKeys = []string{"id", "kind", "names", "demonyms", "wikidata", "code", "note", "members", "seat_of"}

var (
	idPattern       = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	wikidataPattern = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	codePattern     = regexp.MustCompile(`^[A-Z0-9]{3,15}$`)
	yamlLinePattern = regexp.MustCompile(`line (\d+)`)
)

// lineError reports a problem at path:line.
func lineError(path string, line int, format string, args ...any) error {
	return fmt.Errorf("actor: %s:%d: %s", path, line, fmt.Sprintf(format, args...))
}

// Extend adds the entries of a lexicon file in the format of the embedded
// actors.yaml. An entry whose id already exists adds its names and demonyms
// to that actor (and replaces its wikidata and code when given), so a user
// file can both add actors and teach new names for known ones. Errors name
// path and line.
func (l *Lexicon) Extend(r io.Reader, path string) error {
	src, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("actor: read %s: %w", path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return fmt.Errorf("actor: %s:%d: parse lexicon: %w", path, yamlErrorLine(err, 0), err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil // empty file
	}
	list := doc.Content[0]
	if list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return nil
	}
	if list.Kind != yaml.SequenceNode {
		return lineError(path, list.Line, "want a list of entries (lines starting with '- id:')")
	}
	// Check the whole file before changing anything, so a bad file leaves
	// the lexicon as it was.
	seen := map[string]int{}
	entries := make([]*Entry, 0, len(list.Content))
	for _, item := range list.Content {
		e, err := decodeEntry(item, path)
		if err != nil {
			return err
		}
		if prev, dup := seen[e.ID]; dup {
			return lineError(path, item.Line, "id %q already used at line %d", e.ID, prev)
		}
		seen[e.ID] = item.Line
		if err := l.checkMerge(e, path, item.Line); err != nil {
			return err
		}
		entries = append(entries, e)
	}
	l.unshare()
	for _, e := range entries {
		l.merge(e)
	}
	return nil
}

// yamlErrorLine returns the first line number a yaml error names, else
// fallback.
func yamlErrorLine(err error, fallback int) int {
	if m := yamlLinePattern.FindStringSubmatch(err.Error()); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil {
			return n
		}
	}
	return fallback
}

// decodeEntry checks the shape of one entry and cleans its strings.
func decodeEntry(item *yaml.Node, path string) (*Entry, error) {
	if item.Kind != yaml.MappingNode {
		return nil, lineError(path, item.Line, "want an entry mapping with id, kind and names")
	}
	for i := 0; i+1 < len(item.Content); i += 2 {
		key := item.Content[i]
		if !slices.Contains(entryKeys, key.Value) {
			return nil, lineError(path, key.Line, "unknown key %q (known: %s)", key.Value, strings.Join(entryKeys, ", "))
		}
	}
	var y yamlEntry
	if err := item.Decode(&y); err != nil {
		return nil, fmt.Errorf("actor: %s:%d: decode entry: %w", path, yamlErrorLine(err, item.Line), err)
	}
	if !idPattern.MatchString(y.ID) {
		return nil, lineError(path, item.Line, "id %q must be a lower-case slug like khmer-rouge", y.ID)
	}
	if y.Kind != "" && !slices.Contains(validKinds, y.Kind) {
		return nil, lineError(path, item.Line, "entry %q: kind %q is not one of %s", y.ID, y.Kind, strings.Join(validKinds, "|"))
	}
	if y.Wikidata != "" && !wikidataPattern.MatchString(y.Wikidata) {
		return nil, lineError(path, item.Line, "entry %q: wikidata %q is not a Q-id", y.ID, y.Wikidata)
	}
	if y.Code != "" && !codePattern.MatchString(y.Code) {
		return nil, lineError(path, item.Line, "entry %q: code %q must be 3-15 upper-case letters or digits", y.ID, y.Code)
	}
	names, err := cleanNames(y.Names)
	if err != nil {
		return nil, lineError(path, item.Line, "entry %q: names: %v", y.ID, err)
	}
	demonyms, err := cleanNames(y.Demonyms)
	if err != nil {
		return nil, lineError(path, item.Line, "entry %q: demonyms: %v", y.ID, err)
	}
	members, err := cleanIDs(y.Members, y.ID)
	if err != nil {
		return nil, lineError(path, item.Line, "entry %q: members: %v", y.ID, err)
	}
	seatOf, err := cleanIDs(y.SeatOf, y.ID)
	if err != nil {
		return nil, lineError(path, item.Line, "entry %q: seat_of: %v", y.ID, err)
	}
	return &Entry{ID: y.ID, Kind: y.Kind, Wikidata: y.Wikidata, Code: y.Code, Names: names, Demonyms: demonyms,
		Members: members, SeatOf: seatOf}, nil
}

// cleanIDs checks a list of actor ids (members, seat_of): slugs, none the
// entry's own, duplicates dropped. Whether they exist is checked once the
// lexicon is complete (Lexicon.PartOf skips unknown ones).
func cleanIDs(ids []string, self string) ([]string, error) {
	var out []string
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if !idPattern.MatchString(id) {
			return nil, fmt.Errorf("id %q must be a lower-case slug like khmer-rouge", id)
		}
		if id == self {
			return nil, fmt.Errorf("an actor is not part of itself")
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

// cleanNames validates language keys and trims names, dropping duplicates.
func cleanNames(in map[string][]string) (map[string][]string, error) {
	if len(in) == 0 {
		return nil, nil
	}
	out := make(map[string][]string, len(in))
	for lang, names := range in {
		key, err := langKey(lang)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			n, err := cleanName(n)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", lang, err)
			}
			if !slices.Contains(out[key], n) {
				out[key] = append(out[key], n)
			}
		}
	}
	return out, nil
}

// langKey turns a language tag into the key used in Names: its base
// language, so "en-GB" names join the "en" ones.
func langKey(tag string) (string, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", fmt.Errorf("language %q: %w", tag, err)
	}
	b, conf := t.Base()
	if conf == language.No {
		return "", fmt.Errorf("language %q has no base language", tag)
	}
	return b.String(), nil
}

var errEmptyName = errors.New("empty name")

// cleanName trims a name and rejects ones the matcher cannot use.
func cleanName(n string) (string, error) {
	n = strings.TrimSpace(n)
	if n == "" {
		return "", errEmptyName
	}
	if !utf8.ValidString(n) {
		return "", fmt.Errorf("name %q is not valid UTF-8", n)
	}
	for _, r := range n {
		if unicode.IsControl(r) {
			return "", fmt.Errorf("name %q contains a control character", n)
		}
	}
	return n, nil
}

// checkMerge reports why e could not be added or merged.
func (l *Lexicon) checkMerge(e *Entry, path string, line int) error {
	i, exists := l.byID[e.ID]
	if !exists {
		if e.Kind == "" {
			return lineError(path, line, "new entry %q needs a kind (%s)", e.ID, strings.Join(validKinds, "|"))
		}
		if len(e.Names) == 0 {
			return lineError(path, line, "new entry %q needs at least one name", e.ID)
		}
		return nil
	}
	if cur := l.entries[i]; e.Kind != "" && e.Kind != cur.Kind {
		return lineError(path, line, "entry %q: kind %q conflicts with the existing kind %q", e.ID, e.Kind, cur.Kind)
	}
	return nil
}

// merge adds a new entry or folds e into the existing one with its id;
// checkMerge has accepted it.
func (l *Lexicon) merge(e *Entry) {
	i, exists := l.byID[e.ID]
	if !exists {
		l.add(e)
		return
	}
	dst := l.mutable(i)
	dst.Names = appendNames(dst.Names, e.Names)
	dst.Demonyms = appendNames(dst.Demonyms, e.Demonyms)
	if e.Wikidata != "" {
		dst.Wikidata = e.Wikidata
	}
	if e.Code != "" {
		dst.Code = e.Code
	}
	dst.Members = appendIDs(dst.Members, e.Members)
	dst.SeatOf = appendIDs(dst.SeatOf, e.SeatOf)
}

// appendIDs adds the ids of src missing from dst.
func appendIDs(dst, src []string) []string {
	for _, id := range src {
		if !slices.Contains(dst, id) {
			dst = append(dst, id)
		}
	}
	return dst
}

// appendNames adds the names of src missing from dst, keeping dst's order.
func appendNames(dst, src map[string][]string) map[string][]string {
	if len(src) == 0 {
		return dst
	}
	if dst == nil {
		dst = map[string][]string{}
	}
	for lang, names := range src {
		for _, n := range names {
			if !slices.Contains(dst[lang], n) {
				dst[lang] = append(dst[lang], n)
			}
		}
	}
	return dst
}
