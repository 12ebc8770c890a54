package event

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

//go:embed data/types.tsv data/triggers_en.tsv data/triggers_th.tsv data/cues_en.tsv data/cues_th.tsv data/infobox.tsv
var dataFS embed.FS

// TypeInfo describes one event type and its counterparts in other schemes.
type TypeInfo struct {
	Type     string `json:"type"`
	Category string `json:"category"`
	// PLOVER is the PLOVER event type, "" when PLOVER has none.
	PLOVER     string `json:"plover"`
	PLOVERMode string `json:"plover_mode"`
	// CAMEORoot is the two-digit CAMEO root code, "" when CAMEO has none;
	// CAMEOCode the code closest to the type's core.
	CAMEORoot string `json:"cameo_root"`
	CAMEOCode string `json:"cameo_code"`
	Gloss     string `json:"gloss"`
}

// noEvent is the type of a phrase that blocks the trigger inside it.
const noEvent = "-"

// Trigger hints.
const (
	hintNoun    = "noun"
	hintExact   = "exact"
	hintPatient = "patient"
	hintPassive = "passive"
	hintObject  = "object"
	hintCount   = "quantity"
	hintDeploy  = "deploy"
	hintContest = "contest"
	hintRename  = "rename"
	hintLeave   = "leave"
)

// triggerInfo is what a trigger form says about its event.
type triggerInfo struct {
	typ     string // an event type or noEvent
	noun    bool
	patient bool
	passive bool
	// object: the form is a trigger only with an actor right after it
	// ("found the KPNLF", "ยอมรับกัมพูชาประชาธิปไตย").
	object bool
	// count: the form is a trigger only with a quantity right after it
	// ("obtained 45% of the votes", "gained ten seats").
	count bool
	// deploy: the form moves forces into a place; it is support when an
	// intergovernmental force moves (peacekeeping, CAMEO 074), attack
	// otherwise (deployment).
	deploy bool
	// contest: the form wins or loses a contest (ชนะ): an election when
	// the paragraph last told of one, a fight otherwise.
	contest bool
	// rename: the form gives something a new name; the actor after a
	// result cue ("to", "มาเป็น") is the new one, the target.
	rename bool
	// leave: the form leaves a place: a withdrawal when forces leave
	// (a military cue names the subject), the listed type otherwise.
	leave bool
	// nounOrVerb: the form is listed as a noun and as a verb ("attack",
	// "aid"); its context decides (verbContext).
	nounOrVerb bool
}

// cueKind is a bit set of the roles a cue phrase plays.
type cueKind uint32

const (
	cueNegation cueKind = 1 << iota
	cuePassive
	cueAgent
	cuePassiveAgent
	cuePlace
	cueConj
	cueSub
	cueRelative
	cueCoord
	cueFiller
	cueNominalizer
	cuePossessor
	cuePrefix
	cueUndated
	cueOblique
	cuePronoun
	cueDestination
	cueModifier
	cueSameTime
	cueLightVerb
	cueHappen
	cueIrrealis
	cueSoon
	cuePeriod
	cueResult
	cueSequence
	cueUnnamed
	cueMilitary
	cueNaming
)

var cueKindNames = map[string]cueKind{
	"negation": cueNegation, "passive": cuePassive, "agent": cueAgent,
	"passive-agent": cuePassiveAgent, "place": cuePlace, "conj": cueConj,
	"sub": cueSub, "relative": cueRelative, "coord": cueCoord,
	"filler": cueFiller, "nominalizer": cueNominalizer, "possessor": cuePossessor,
	"prefix": cuePrefix, "undated": cueUndated, "oblique": cueOblique,
	"pronoun": cuePronoun, "destination": cueDestination, "modifier": cueModifier,
	"same-time": cueSameTime, "light-verb": cueLightVerb, "happen": cueHappen,
	"irrealis": cueIrrealis, "soon": cueSoon, "period": cuePeriod, "result": cueResult, "sequence": cueSequence, "unnamed": cueUnnamed, "military": cueMilitary,
	"naming": cueNaming,
}

// cueInfo is what a cue phrase does; strictPlace limits a place cue to
// actors of kind place; person and group say what a pronoun stands for.
type cueInfo struct {
	kinds         cueKind
	strictPlace   bool
	person, group bool
	// possessive marks a pronoun that stands for its referent only before
	// the subject's head noun ("his troops", "their army").
	possessive bool
	// latter marks a pronoun that stands for the last actor named before
	// it, in its sentence or the one before ("the latter").
	latter bool
}

// language holds the phrases of one language.
type language struct {
	triggers     *phraseTrie
	triggerInfos []triggerInfo
	cues         *phraseTrie
	cueInfos     []cueInfo
	// inflect derives English verb and noun forms.
	inflect bool
	// prefixes are split off the front of a longer word token, where a
	// segmenter glued a nominaliser to its verb (การ|รุกราน).
	prefixes []string
	// pairCache holds the merged cue and trigger trie (pairs).
	pairCache *pairCache
}

// lexicon is the whole of an extractor's knowledge.
type lexicon struct {
	types map[string]TypeInfo
	order []string // types in file order
	langs map[string]*language
}

// loadLexicon reads the embedded data files.
func loadLexicon() (*lexicon, error) {
	lx := &lexicon{types: map[string]TypeInfo{}, langs: map[string]*language{}}
	b, err := dataFS.ReadFile("data/types.tsv")
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	if err := lx.readTypes(bytes.NewReader(b), "data/types.tsv"); err != nil {
		return nil, err
	}
	for _, lang := range []string{"en", "th"} {
		lx.langs[lang] = &language{triggers: newPhraseTrie(), cues: newPhraseTrie(), inflect: lang == "en", pairCache: new(pairCache)}
		for _, kind := range []string{"triggers", "cues"} {
			name := "data/" + kind + "_" + lang + ".tsv"
			b, err := dataFS.ReadFile(name)
			if err != nil {
				return nil, fmt.Errorf("event: %w", err)
			}
			if kind == "triggers" {
				err = lx.readTriggers(lang, bytes.NewReader(b), name)
			} else {
				err = lx.readCues(lang, bytes.NewReader(b), name)
			}
			if err != nil {
				return nil, err
			}
		}
	}
	return lx, nil
}

// eachRow calls fn with the tab-separated fields and line number of every
// line of r that is neither blank nor a comment.
func eachRow(r io.Reader, name string, fn func(fields []string, line int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(s); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := fn(fields, line); err != nil {
			return fmt.Errorf("event: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("event: %s:%d: %w", name, line+1, err)
	}
	return nil
}

func (lx *lexicon) readTypes(r io.Reader, name string) error {
	return eachRow(r, name, func(f []string, _ int) error {
		if len(f) != 7 {
			return fmt.Errorf("want 7 tab-separated fields, got %d", len(f))
		}
		dash := func(s string) string {
			if s == noEvent {
				return ""
			}
			return s
		}
		t := TypeInfo{Type: f[0], Category: f[1], PLOVER: dash(f[2]), PLOVERMode: dash(f[3]),
			CAMEORoot: dash(f[4]), CAMEOCode: dash(f[5]), Gloss: f[6]}
		if !isSlug(t.Type) || t.Type == noEvent {
			return fmt.Errorf("bad type name %q", t.Type)
		}
		if _, dup := lx.types[t.Type]; dup {
			return fmt.Errorf("type %q defined twice", t.Type)
		}
		lx.types[t.Type] = t
		lx.order = append(lx.order, t.Type)
		return nil
	})
}

func isSlug(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// readTriggers adds the trigger forms of r to lang. A form listed twice
// with one type keeps only the hints both lines share; with two types it is
// an error.
func (lx *lexicon) readTriggers(lang string, r io.Reader, name string) error {
	l := lx.langs[lang]
	return eachRow(r, name, func(f []string, _ int) error {
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("want form<TAB>type[<TAB>hints], got %d fields", len(f))
		}
		form, typ := f[0], f[1]
		if _, ok := lx.types[typ]; !ok && typ != noEvent {
			return fmt.Errorf("unknown event type %q (see data/types.tsv)", typ)
		}
		info := triggerInfo{typ: typ}
		exact := false
		if len(f) == 3 && f[2] != "" {
			for _, h := range strings.Split(f[2], ",") {
				switch strings.TrimSpace(h) {
				case hintNoun:
					info.noun = true
				case hintExact:
					exact = true
				case hintPatient:
					info.patient = true
				case hintPassive:
					info.passive = true
				case hintObject:
					info.object = true
				case hintCount:
					info.count = true
				case hintDeploy:
					info.deploy = true
				case hintContest:
					info.contest = true
				case hintRename:
					info.rename = true
				case hintLeave:
					info.leave = true
				default:
					return fmt.Errorf("unknown hint %q (want noun, exact, patient, passive, object, quantity, deploy, contest, rename or leave)", h)
				}
			}
		}
		key := normalizePhrase(form)
		if key == "" {
			return fmt.Errorf("empty form")
		}
		forms := []string{key}
		if l.inflect && !exact {
			forms = inflections(key, strings.ContainsAny(form, "-‐"), info.noun)
		}
		for _, fm := range forms {
			if err := l.addTrigger(fm, info); err != nil {
				return fmt.Errorf("form %q: %w", fm, err)
			}
		}
		return nil
	})
}

func (l *language) addTrigger(form string, info triggerInfo) error {
	if v := l.triggers.lookup(form); v >= 0 {
		old := &l.triggerInfos[v]
		if old.typ != info.typ {
			return fmt.Errorf("listed as both %s and %s", old.typ, info.typ)
		}
		old.nounOrVerb = old.nounOrVerb || info.nounOrVerb || old.noun != info.noun
		old.noun = old.noun && info.noun
		old.patient = old.patient && info.patient
		old.passive = old.passive && info.passive
		old.object = old.object && info.object
		old.count = old.count && info.count
		old.rename = old.rename || info.rename
		old.leave = old.leave || info.leave
		return nil
	}
	l.triggers.insert(form, int32(len(l.triggerInfos)))
	l.triggerInfos = append(l.triggerInfos, info)
	return nil
}

// readCues adds the cue phrases of r to lang. A phrase may be listed under
// several kinds.
func (lx *lexicon) readCues(lang string, r io.Reader, name string) error {
	l := lx.langs[lang]
	return eachRow(r, name, func(f []string, _ int) error {
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("want phrase<TAB>kind[<TAB>flags], got %d fields", len(f))
		}
		kind, ok := cueKindNames[f[1]]
		if !ok {
			names := make([]string, 0, len(cueKindNames))
			for n := range cueKindNames {
				names = append(names, n)
			}
			slices.Sort(names)
			return fmt.Errorf("unknown cue kind %q (want one of %s)", f[1], strings.Join(names, ", "))
		}
		info := cueInfo{kinds: kind}
		if len(f) == 3 && f[2] != "" {
			for _, flag := range strings.Split(f[2], ",") {
				switch flag = strings.TrimSpace(flag); {
				case flag == "strict" && kind == cuePlace:
					info.strictPlace = true
				case flag == "person" && kind == cuePronoun:
					info.person = true
				case flag == "group" && kind == cuePronoun:
					info.group = true
				case flag == "possessive" && kind == cuePronoun:
					info.possessive = true
				case flag == "latter" && kind == cuePronoun:
					info.latter = true
				default:
					return fmt.Errorf("unknown flag %q (place cues take \"strict\", pronouns \"person\", \"group\", \"possessive\" and \"latter\")", flag)
				}
			}
		}
		key := normalizePhrase(f[0])
		if key == "" {
			return fmt.Errorf("empty phrase")
		}
		if kind == cuePrefix {
			if strings.Contains(key, " ") {
				return fmt.Errorf("a prefix is one word, got %q", f[0])
			}
			l.prefixes = append(l.prefixes, key)
			return nil
		}
		if v := l.cues.lookup(key); v >= 0 {
			old := &l.cueInfos[v]
			old.kinds |= info.kinds
			old.strictPlace = old.strictPlace || info.strictPlace
			old.person = old.person || info.person
			old.group = old.group || info.group
			old.possessive = old.possessive || info.possessive
			return nil
		}
		l.cues.insert(key, int32(len(l.cueInfos)))
		l.cueInfos = append(l.cueInfos, info)
		return nil
	})
}

// normalizePhrase folds case and apostrophes and writes every run of
// spaces, hyphens and dashes as one space, as the matcher sees text.
func normalizePhrase(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) || isJoiner(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune is the case and apostrophe folding used for phrases and text.
func foldRune(r rune) rune {
	if r == '’' || r == 'ʼ' {
		return '\''
	}
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	if r >= 0x0E00 && r <= 0x0E7F {
		return r // Thai has no case: skip the Unicode tables
	}
	return unicode.ToLower(r)
}

// isJoiner reports whether r joins two words into one token, as the hyphen
// in "Vietnam-backed": the matcher treats it like a space.
func isJoiner(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–', '—', '/':
		return true
	}
	return false
}
