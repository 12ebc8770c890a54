package actor

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ambiguity is an allowed name shared by several actors, and the actor the
// matcher picks for it.
type ambiguity struct {
	lang, name, preferred, reason string
	path                          string
	line                          int
}

// nonActor is a phrase that contains an actor's name without referring to it
// (ไทยรัฐ is a newspaper, not Thailand); the matcher consumes it silently.
type nonActor struct {
	lang, phrase string
}

// template derives a name from each name of an entry of a kind: "ชาว{}"
// makes ชาวเวียดนาม from เวียดนาม.
type template struct {
	lang, kind, pattern string
	// demonym marks derived forms that name people rather than the actor.
	demonym bool
}

// readTSV calls fn for every non-blank, non-comment line with its
// tab-separated fields and line number.
func readTSV(r io.Reader, path string, minFields int, fn func(fields []string, line int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < minFields {
			return lineError(path, line, "want at least %d tab-separated fields, got %d", minFields, len(fields))
		}
		if err := fn(fields, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("actor: read %s: %w", path, err)
	}
	return nil
}

// resolveKey turns a table key into an entry index: a two-letter ISO region
// code names a CLDR country, anything else is an entry id.
func (l *Lexicon) resolveKey(key, path string, line int) (int, error) {
	id := key
	if isRegionCode(key) {
		id = countryID(key)
	}
	i, ok := l.byID[id]
	if !ok {
		return 0, lineError(path, line, "unknown actor %q", key)
	}
	return i, nil
}

func isRegionCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// loadCountryWikidata reads "ISO<TAB>Q-id" lines.
func (l *Lexicon) loadCountryWikidata(r io.Reader, path string) error {
	return readTSV(r, path, 2, func(f []string, line int) error {
		i, err := l.resolveKey(f[0], path, line)
		if err != nil {
			return err
		}
		if !wikidataPattern.MatchString(f[1]) {
			return lineError(path, line, "wikidata %q is not a Q-id", f[1])
		}
		l.mutable(i).Wikidata = f[1]
		return nil
	})
}

// loadAliases reads "ISO-or-id<TAB>lang<TAB>name[<TAB>name…]" lines: names
// CLDR lacks, such as สหรัฐ for the United States.
func (l *Lexicon) loadAliases(r io.Reader, path string) error {
	return readTSV(r, path, 3, func(f []string, line int) error {
		i, err := l.resolveKey(f[0], path, line)
		if err != nil {
			return err
		}
		names, err := cleanNames(map[string][]string{f[1]: f[2:]})
		if err != nil {
			return lineError(path, line, "%v", err)
		}
		e := l.mutable(i)
		e.Names = appendNames(e.Names, names)
		return nil
	})
}

// loadDemonyms reads "ISO-or-id<TAB>demonym, demonym…" lines of English
// adjectival and people forms.
func (l *Lexicon) loadDemonyms(r io.Reader, path string) error {
	return readTSV(r, path, 2, func(f []string, line int) error {
		i, err := l.resolveKey(f[0], path, line)
		if err != nil {
			return err
		}
		names, err := cleanNames(map[string][]string{"en": strings.Split(f[1], ",")})
		if err != nil {
			return lineError(path, line, "%v", err)
		}
		e := l.mutable(i)
		e.Demonyms = appendNames(e.Demonyms, names)
		return nil
	})
}

// loadTemplates reads "lang<TAB>kind<TAB>pattern<TAB>role" lines, where
// pattern holds {} for the name and role is "name" or "demonym".
func (l *Lexicon) loadTemplates(r io.Reader, path string) error {
	return readTSV(r, path, 4, func(f []string, line int) error {
		lang, err := langKey(f[0])
		if err != nil {
			return lineError(path, line, "%v", err)
		}
		if strings.Count(f[2], "{}") != 1 {
			return lineError(path, line, "pattern %q needs exactly one {}", f[2])
		}
		if f[3] != "name" && f[3] != "demonym" {
			return lineError(path, line, "role %q must be name or demonym", f[3])
		}
		l.rules.templates = append(l.rules.templates, template{lang: lang, kind: f[1], pattern: f[2], demonym: f[3] == "demonym"})
		return nil
	})
}

// loadNonActors reads "lang<TAB>phrase<TAB>reason" lines.
func (l *Lexicon) loadNonActors(r io.Reader, path string) error {
	return readTSV(r, path, 3, func(f []string, line int) error {
		lang, err := langKey(f[0])
		if err != nil {
			return lineError(path, line, "%v", err)
		}
		phrase, err := cleanName(f[1])
		if err != nil {
			return lineError(path, line, "%v", err)
		}
		l.rules.nonActors = append(l.rules.nonActors, nonActor{lang: lang, phrase: phrase})
		return nil
	})
}

// loadAmbiguous reads "lang<TAB>name<TAB>preferred-id<TAB>reason" lines.
func (l *Lexicon) loadAmbiguous(r io.Reader, path string) error {
	return readTSV(r, path, 4, func(f []string, line int) error {
		lang, err := langKey(f[0])
		if err != nil {
			return lineError(path, line, "%v", err)
		}
		if _, ok := l.byID[f[2]]; !ok {
			return lineError(path, line, "unknown actor %q", f[2])
		}
		if f[3] == "" {
			return lineError(path, line, "an ambiguity needs a reason")
		}
		a := ambiguity{lang: lang, name: f[1], preferred: f[2], reason: f[3], path: path, line: line}
		l.rules.ambiguous = append(l.rules.ambiguous, a)
		if l.rules.preferred == nil {
			l.rules.preferred = map[string]map[string]string{}
		}
		if l.rules.preferred[lang] == nil {
			l.rules.preferred[lang] = map[string]string{}
		}
		l.rules.preferred[lang][foldString(f[1])] = f[2]
		return nil
	})
}
