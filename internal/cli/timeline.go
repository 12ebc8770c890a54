package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"chronicle/internal/align"
	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

// timelineWriters are the output formats of `chronicle timeline`.
var timelineWriters = map[string]func(w io.Writer, tl align.Timeline, calendars map[string]string) error{
	"table":  align.WriteTable,
	"json":   func(w io.Writer, tl align.Timeline, _ map[string]string) error { return align.WriteJSON(w, tl) },
	"csv":    func(w io.Writer, tl align.Timeline, _ map[string]string) error { return align.WriteCSV(w, tl) },
	"plover": func(w io.Writer, tl align.Timeline, _ map[string]string) error { return align.WritePLOVER(w, tl) },
	"timelinejs": func(w io.Writer, tl align.Timeline, _ map[string]string) error {
		return align.WriteTimelineJS(w, tl, "chronicle")
	},
}

// docEvents is what alignment keeps of one annotated document: its events,
// converted, and its actor names for cross-language linking. The text is
// not kept, so memory grows with the events, not with the input.
type docEvents struct {
	doc, lang, calendar string
	events              []align.Event
	// named are the actor mentions cross-language linking reads: a Thai
	// document's names no lexicon knows, every mention of another one.
	named annotate.LangActors
}

// eventsForAlignment converts a record's events, resolving their indexes.
func eventsForAlignment(r *annotate.Record) docEvents {
	rt := document.NewRuneText(r.Text)
	d := docEvents{doc: r.ID, lang: r.Lang, calendar: "gregorian"}
	if r.Lang == "th" {
		d.calendar = "buddhist"
	}
	d.named.Lang = r.Lang
	for _, a := range r.Actors {
		if r.Lang != "th" || strings.HasPrefix(a.ID, "name-") {
			d.named.Actors = append(d.named.Actors, a)
		}
	}
	for _, ev := range r.Events {
		if ev.Negated {
			continue // a negated event reports that nothing happened
		}
		e := align.Event{ID: ev.ID, Doc: r.ID, Lang: r.Lang, Text: rt.Slice(ev.Span), Span: ev.Span, Type: ev.Type, Interval: ev.Interval}
		if ev.Time != nil && *ev.Time < len(r.Times) {
			t := r.Times[*ev.Time]
			e.TimeValue, e.TimeText, e.Calendar, e.TimeSpan = ev.TimeValue(r.Times), t.Text, t.Calendar, t.Span
			// The annotator marks a narrative date it carried over; the
			// sentence test also catches a time the clause took from an
			// earlier sentence some other way.
			e.TimeInherited = ev.TimeInherited
			e.TimeAnchored = anchoredInSentence(r, *ev.Time)
		}
		for _, role := range ev.Actors {
			if role.Actor < len(r.Actors) {
				a := r.Actors[role.Actor]
				e.Actors = append(e.Actors, align.Actor{ID: a.ID, Name: a.Name, Text: a.Text, Role: role.Role})
			}
		}
		for _, qi := range ev.Quantities {
			if qi < len(r.Quantities) {
				q := r.Quantities[qi]
				e.Quantities = append(e.Quantities, align.Quantity{Text: q.Text, Span: q.Span, Value: q.Value, Min: q.Min, Max: q.Max, Unit: q.Unit, Approx: q.Approx})
			}
		}
		d.events = append(d.events, e)
	}
	d.events = append(d.events, strengthClaims(r, rt)...)
	return d
}

// anchoredInSentence reports whether time t takes its value from an
// absolute date of its own sentence ("in 1998 … that year"): a claim the
// source makes, not the resolver's guess across sentences.
func anchoredInSentence(r *annotate.Record, t int) bool {
	a := r.Times[t].Anchor
	if a == nil || *a < 0 || *a >= len(r.Times) || r.Times[*a].Anchor != nil {
		return false
	}
	k := sentenceIndex(r.Sentences, r.Times[t].Span[0])
	return k >= 0 && k == sentenceIndex(r.Sentences, r.Times[*a].Span[0])
}

// strengthRules are the embedded rules for state claims.
var strengthRules = align.DefaultStrengthRules()

// strengthClaims turns the quantities of a strength unit that no event
// takes into state claims (align.StrengthType) of the actor that holds
// them: the holder named in the quantity's own comma segment (an infobox
// item "10,000 X soldiers"), else, outside the infobox, the last holder
// named before it in its sentence or the sentence before ("the front …
// It had about 12,000 soldiers").
func strengthClaims(r *annotate.Record, rt *document.RuneText) []align.Event {
	taken := map[int]bool{}
	for _, ev := range r.Events {
		for _, q := range ev.Quantities {
			taken[q] = true
		}
	}
	var out []align.Event
	for qi, q := range r.Quantities {
		if taken[qi] || !slices.Contains(strengthRules.Units, q.Unit) {
			continue
		}
		region, infobox := quantityRegion(r, q.Span)
		segment := commaSegment(rt, region, q.Span)
		holder := -1
		for ai, a := range r.Actors {
			if !slices.Contains(strengthRules.HolderKinds, a.Kind) || a.Span[0] < segment[0] || a.Span[1] > segment[1] {
				continue
			}
			if holder < 0 || distance(a.Span, q.Span) < distance(r.Actors[holder].Span, q.Span) {
				holder = ai
			}
		}
		if holder < 0 && !infobox {
			from := region[0]
			if k := sentenceIndex(r.Sentences, q.Span[0]); k > 0 {
				from = r.Sentences[k-1].Span[0]
			}
			for ai, a := range r.Actors {
				if slices.Contains(strengthRules.HolderKinds, a.Kind) && a.Span[0] >= from && a.Span[1] <= q.Span[0] {
					holder = ai
				}
			}
		}
		if holder < 0 {
			continue
		}
		a := r.Actors[holder]
		out = append(out, align.Event{ID: fmt.Sprintf("%s#q%d", r.ID, qi+1), Doc: r.ID, Lang: r.Lang,
			Text: rt.Slice(region), Span: region, Type: align.StrengthType,
			Actors:     []align.Actor{{ID: a.ID, Name: a.Name, Text: a.Text, Role: align.RoleSource}},
			Quantities: []align.Quantity{{Text: q.Text, Span: q.Span, Value: q.Value, Min: q.Min, Max: q.Max, Unit: q.Unit, Approx: q.Approx}}})
	}
	return out
}

// quantityRegion is the infobox line or the sentence that holds a span
// (the span itself when neither does).
func quantityRegion(r *annotate.Record, s document.Span) (document.Span, bool) {
	for _, f := range r.Infobox {
		if f.Span[0] <= s[0] && s[1] <= f.Span[1] {
			return f.Span, true
		}
	}
	if k := sentenceIndex(r.Sentences, s[0]); k >= 0 {
		return r.Sentences[k].Span, false
	}
	return s, false
}

// commaSegment is the part of region around s between separators
// (comma, semicolon, line break; Thai writes none, so there it is the
// region).
func commaSegment(rt *document.RuneText, region, s document.Span) document.Span {
	isSep := func(i int) bool {
		switch rt.Slice(document.Span{i, i + 1}) {
		case ",", ";", "\n":
			return true
		}
		return false
	}
	seg := region
	for i := s[0] - 1; i >= region[0]; i-- {
		if isSep(i) {
			seg[0] = i + 1
			break
		}
	}
	for i := s[1]; i < region[1]; i++ {
		if isSep(i) {
			seg[1] = i
			break
		}
	}
	return seg
}

func distance(a, b document.Span) int {
	return max(0, a[0]-b[1], b[0]-a[1])
}

// sentenceIndex is the sentence that holds code point p, or -1.
func sentenceIndex(sentences []annotate.Sentence, p int) int {
	k := sort.Search(len(sentences), func(i int) bool { return sentences[i].Span[1] > p })
	if k == len(sentences) || sentences[k].Span[0] > p {
		return -1
	}
	return k
}

// buildTimeline links Thai names no lexicon knows to the names of the other
// documents, then aligns every event; partOf are the lexicon's part-of
// relations (a member and its coalition, a capital and its state).
func buildTimeline(docs []docEvents, opts align.Options) align.Timeline {
	named := make([]annotate.LangActors, len(docs))
	for i, d := range docs {
		named[i] = d.named
	}
	links := annotate.LinkThaiNames(named)
	var events []align.Event
	for _, d := range docs {
		for _, e := range d.events {
			for i, a := range e.Actors {
				if id, ok := links[a.ID]; ok {
					e.Actors[i].ID = id
				}
			}
			events = append(events, e)
		}
	}
	return align.AlignWith(events, opts)
}

func runTimeline(env Env, args []string) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var in inputFlags
	in.register(fs, "input-format")
	format := fs.String("format", "", "output: table (default on a terminal), json (default otherwise), csv, timelinejs or plover")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: chronicle timeline [flags] FILE... | -\n\nMerges the events of all inputs into one timeline, aligns the same event across\ndocuments and languages, and lists where the sources disagree (docs/timeline.md).\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return ExitUsage
	}
	if *format == "" {
		*format = "json"
		if isTerminal(env.Stdout) {
			*format = "table"
		}
	}
	write, ok := timelineWriters[*format]
	if len(paths) == 0 || !ok {
		if !ok {
			fmt.Fprintf(env.Stderr, "chronicle timeline: unknown --format %q\n", *format)
		}
		fs.Usage()
		return ExitUsage
	}
	ann, err := in.annotator(false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle timeline: %v\n", err)
		return ExitUsage
	}
	var docs []docEvents
	failed, err := annotateFiles(env, paths, &in, ann, func(r *annotate.Record) error {
		docs = append(docs, eventsForAlignment(r))
		return nil
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle timeline: %v\n", err)
		return ExitInputError
	}
	calendars := map[string]string{}
	for _, d := range docs {
		calendars[d.doc] = d.calendar
	}
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	err = write(out, buildTimeline(docs, align.Options{PartOf: ann.Lexicon().PartOf(), Kinds: ann.Lexicon().Kinds()}), calendars)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle timeline: %v\n", err)
		return ExitInputError
	}
	if failed {
		return ExitInputError
	}
	return ExitOK
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// timelineDebug asks evalTimeline for score breakdowns (docs/timeline.md,
// Evaluation): of every gold pair left in two clusters, and of the event
// pairs listed.
type timelineDebug struct {
	splitPairs bool
	pairs      [][2]string
}

// evalTimeline aligns the documents of paths and scores the result against
// the gold pairs and discrepancies in goldDir; the explanations debug asks
// for are returned as text.
func evalTimeline(ann *annotate.Annotator, goldDir string, paths []string, debug timelineDebug) (align.Report, string, error) {
	var docs []docEvents
	var texts []align.GoldText
	for _, p := range paths {
		rec, err := annotateOne(ann, p)
		if err != nil {
			return align.Report{}, "", err
		}
		docs = append(docs, eventsForAlignment(rec))
		texts = append(texts, align.GoldText{File: strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)), Doc: rec.ID, Text: document.NewRuneText(rec.Text)})
	}
	opts := align.Options{PartOf: ann.Lexicon().PartOf(), Kinds: ann.Lexicon().Kinds()}
	tl := buildTimeline(docs, opts)
	var rep align.Report
	pf, err := os.Open(filepath.Join(goldDir, "pairs.tsv"))
	if err != nil {
		return rep, "", fmt.Errorf("open gold pairs: %w", err)
	}
	defer pf.Close()
	pairs, err := align.ReadGoldPairs(pf)
	if err != nil {
		return rep, "", err
	}
	df, err := os.Open(filepath.Join(goldDir, "discrepancies.tsv"))
	if err != nil {
		return rep, "", fmt.Errorf("open gold discrepancies: %w", err)
	}
	defer df.Close()
	discs, err := align.ReadGoldDiscrepancies(df)
	if err != nil {
		return rep, "", err
	}
	// Gold pairs name a Thai and an English document; take them by language.
	var thai, english align.GoldText
	for i, t := range texts {
		switch docs[i].lang {
		case "th":
			thai = t
		case "en":
			english = t
		}
	}
	if thai.Text == nil || english.Text == nil {
		return rep, "", fmt.Errorf("timeline gold needs a Thai and an English document")
	}
	pairs, errs := align.ResolvePairs(pairs, thai, english)
	rep.Errors = append(rep.Errors, errs...)
	discs, errs = align.ResolveDiscrepancies(discs, texts...)
	rep.Errors = append(rep.Errors, errs...)
	rep.Pairs = align.EvaluatePairs(pairs, tl)
	rep.Discrepancies = align.EvaluateDiscrepancies(discs, tl)
	var explained strings.Builder
	if debug.splitPairs {
		explained.WriteString(align.ExplainSplitPairs(pairs, tl, opts))
	}
	for _, p := range debug.pairs {
		s, err := align.Explain(tl.Events, opts, p[0], p[1])
		if err != nil {
			return rep, "", err
		}
		fmt.Fprintf(&explained, "%s / %s\n%s", p[0], p[1], s)
	}
	return rep, explained.String(), nil
}

func runEvalTimeline(env Env, args []string) int {
	fs := flag.NewFlagSet("eval timeline", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	goldDir := fs.String("gold", filepath.Join("testdata", "eval", "events"), "folder holding pairs.tsv and discrepancies.tsv")
	docsDir := fs.String("docs", filepath.Join("..", "shared", "seeds"), "folder holding the documents *.txt")
	var debug timelineDebug
	fs.BoolVar(&debug.splitPairs, "explain", false, "print the score breakdown of every gold pair left in two clusters")
	fs.Func("explain-pair", "print the score breakdown of two events, `ID,ID` (repeatable)", func(v string) error {
		a, b, ok := strings.Cut(v, ",")
		if !ok {
			return fmt.Errorf("want two event ids separated by a comma")
		}
		debug.pairs = append(debug.pairs, [2]string{strings.TrimSpace(a), strings.TrimSpace(b)})
		return nil
	})
	if _, err := parseInterleaved(fs, args); err != nil {
		return ExitUsage
	}
	paths, err := filepath.Glob(filepath.Join(*docsDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		fmt.Fprintf(env.Stderr, "chronicle eval timeline: no documents in %s\n", *docsDir)
		return ExitUsage
	}
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle eval timeline: %v\n", err)
		return ExitUsage
	}
	rep, explained, err := evalTimeline(ann, *goldDir, paths, debug)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle eval timeline: %v\n", err)
		return ExitInputError
	}
	fmt.Fprintln(env.Stdout, rep)
	if explained != "" {
		fmt.Fprint(env.Stdout, explained)
	}
	return ExitOK
}
