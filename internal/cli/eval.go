package cli

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"chronicle/internal/actor"
	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/quantity"
	"chronicle/internal/reader"
	"chronicle/internal/samples"
	"chronicle/internal/timex"
	"chronicle/internal/wordseg"
)

// layerEval scores one annotation layer of a record against a gold file.
type layerEval struct {
	name  string
	score func(rec *annotate.Record, goldFile io.Reader) (report fmt.Stringer, err error)
	// others are gold files in the same folder that belong to another
	// evaluation (the timeline's pairs and discrepancies).
	others []string
	// linked: Thai names no lexicon knows are linked to the names of the
	// other documents scored in the same run before scoring, as
	// `chronicle timeline` links them.
	linked bool
}

func layerEvals() []layerEval {
	return []layerEval{
		{name: "times", score: func(rec *annotate.Record, g io.Reader) (fmt.Stringer, error) {
			gold, err := timex.LoadGold(g)
			if err != nil {
				return nil, err
			}
			return timex.Evaluate(document.NewRuneText(rec.Text), gold, rec.Times), nil
		}},
		{name: "actors", score: func(rec *annotate.Record, g io.Reader) (fmt.Stringer, error) {
			gold, err := actor.LoadGold(g)
			if err != nil {
				return nil, err
			}
			return actor.Evaluate(document.NewRuneText(rec.Text), gold, rec.Actors), nil
		}},
		{name: "events", others: []string{"pairs", "discrepancies"}, linked: true, score: func(rec *annotate.Record, g io.Reader) (fmt.Stringer, error) {
			gold, err := event.LoadGoldFile(g)
			if err != nil {
				return nil, err
			}
			ids := make([]string, len(rec.Actors))
			for i, a := range rec.Actors {
				ids[i] = a.ID
			}
			return event.EvaluateFile(document.NewRuneText(rec.Text), gold, rec.Events, rec.Times, ids), nil
		}},
		{name: "quantities", score: func(rec *annotate.Record, g io.Reader) (fmt.Stringer, error) {
			gold, err := quantity.LoadGold(g)
			if err != nil {
				return nil, err
			}
			return quantity.Evaluate(document.NewRuneText(rec.Text), gold, rec.Quantities), nil
		}},
	}
}

func runEval(env Env, args []string) int {
	var names []string
	for _, l := range layerEvals() {
		names = append(names, l.name)
	}
	names = append(names, "timeline", "wordseg")
	if len(args) == 0 {
		fmt.Fprintf(env.Stderr, "usage: chronicle eval %s [flags]\n", strings.Join(names, "|"))
		return ExitUsage
	}
	switch args[0] {
	case "wordseg":
		return runEvalWordseg(env, args[1:])
	case "timeline":
		return runEvalTimeline(env, args[1:])
	}
	for _, l := range layerEvals() {
		if l.name == args[0] {
			return runEvalLayer(env, l, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "chronicle eval: unknown evaluation %q (want %s)\n", args[0], strings.Join(names, ", "))
	return ExitUsage
}

// runEvalLayer scores a layer on every gold file GOLD/<name>.tsv against the
// document DOCS/<name>.txt.
func runEvalLayer(env Env, l layerEval, args []string) int {
	fs := flag.NewFlagSet("eval "+l.name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	goldDir := fs.String("gold", filepath.Join("testdata", "eval", l.name), "folder of gold files NAME.tsv")
	docs := fs.String("docs", filepath.Join("..", "shared", "seeds"), "folder holding the documents NAME.txt")
	if _, err := parseInterleaved(fs, args); err != nil {
		return ExitUsage
	}
	files, err := filepath.Glob(filepath.Join(*goldDir, "*.tsv"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(env.Stderr, "chronicle eval %s: no gold files in %s\n", l.name, *goldDir)
		return ExitUsage
	}
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle eval %s: %v\n", l.name, err)
		return ExitUsage
	}
	var jobs []evalJob
	for _, g := range files {
		name := strings.TrimSuffix(filepath.Base(g), ".tsv")
		if slices.Contains(l.others, name) {
			continue
		}
		rec, err := annotateOne(ann, filepath.Join(*docs, name+".txt"))
		jobs = append(jobs, evalJob{heading: name, gold: g, rec: rec, err: err})
	}
	held, _ := filepath.Glob(filepath.Join(*goldDir, heldOutDir, "*.tsv"))
	for _, g := range held {
		rec, err := heldOutRecord(ann, g)
		jobs = append(jobs, evalJob{heading: "held-out: " + strings.TrimSuffix(filepath.Base(g), ".tsv"), gold: g, rec: rec, err: err})
	}
	if l.linked {
		linkAcross(jobs)
	}
	status := ExitOK
	for _, j := range jobs {
		report, err := j.score(l)
		if err != nil {
			fmt.Fprintf(env.Stderr, "chronicle eval %s: %s: %v\n", l.name, j.heading, err)
			status = ExitInputError
			continue
		}
		fmt.Fprintf(env.Stdout, "== %s ==\n%s\n", j.heading, report)
	}
	return status
}

// evalJob is one gold file and the record it scores.
type evalJob struct {
	heading, gold string
	rec           *annotate.Record
	err           error
}

func (j evalJob) score(l layerEval) (fmt.Stringer, error) {
	if j.err != nil {
		return nil, j.err
	}
	f, err := os.Open(j.gold)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	report, err := l.score(j.rec, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", j.gold, err)
	}
	return report, nil
}

// linkAcross links the Thai names no lexicon knows in every record to the
// names of the other records (annotate.LinkThaiNames).
func linkAcross(jobs []evalJob) {
	var docs []annotate.LangActors
	for _, j := range jobs {
		if j.rec != nil {
			docs = append(docs, annotate.LangActors{Lang: j.rec.Lang, Actors: j.rec.Actors})
		}
	}
	links := annotate.LinkThaiNames(docs)
	for _, j := range jobs {
		if j.rec != nil {
			j.rec.Relink(links)
		}
	}
}

// heldOutDir is the sub-folder of a layer's gold folder holding gold for the
// embedded sample documents: texts the lexicons and rules were not tuned on.
const heldOutDir = "samples"

// heldOutRecord annotates the embedded sample document that the gold
// file at goldPath names.
func heldOutRecord(ann *annotate.Annotator, goldPath string) (*annotate.Record, error) {
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	name := strings.TrimSuffix(filepath.Base(goldPath), ".tsv")
	doc, err := heldOutDocument(name, goldDocumentID(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	return ann.Annotate(doc), nil
}

// goldDocumentID returns the ID of a "# document: ID" line of a gold file,
// which picks one document of a sample file holding several; "" if none.
func goldDocumentID(gold []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gold))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), ":")
		if ok && strings.EqualFold(strings.TrimSpace(key), "document") {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

// errNoSample says no embedded sample file matches a held-out gold file.
var errNoSample = errors.New("no embedded sample file of that name")

// heldOutDocument reads the embedded sample file whose name without
// extension is name and returns its document with the given ID, or its
// only document when id is "".
func heldOutDocument(name, id string) (*document.Document, error) {
	for _, f := range samples.Files() {
		if strings.TrimSuffix(f.Name, filepath.Ext(f.Name)) != name {
			continue
		}
		var found []*document.Document
		for doc, err := range reader.Documents(bytes.NewReader(f.Data), f.Name, reader.Auto) {
			if err != nil {
				return nil, fmt.Errorf("sample %s: %w", f.Name, err)
			}
			if id == "" || doc.ID == id {
				found = append(found, doc)
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case id != "":
			return nil, fmt.Errorf("sample %s: no document %q: %w", f.Name, id, fs.ErrNotExist)
		default:
			return nil, fmt.Errorf("sample %s holds %d documents: name one with a \"# document: ID\" line", f.Name, len(found))
		}
	}
	return nil, fmt.Errorf("%s: %w", name, errNoSample)
}

// annotateOne reads the single document of path and annotates it.
func annotateOne(ann *annotate.Annotator, path string) (*annotate.Record, error) {
	var rec *annotate.Record
	for doc, err := range reader.File(path, reader.Auto) {
		if err != nil {
			return nil, err
		}
		if rec != nil {
			return nil, fmt.Errorf("%s: gold files score one document per file", path)
		}
		rec = ann.Annotate(doc)
	}
	if rec == nil {
		return nil, fmt.Errorf("%s: no document", path)
	}
	return rec, nil
}

func runEvalWordseg(env Env, args []string) int {
	fs := flag.NewFlagSet("eval wordseg", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	conllu := fs.String("conllu", "../shared/eval/thai-segmentation/th_pud-ud-test.conllu", "hand-segmented CoNLL-U file")
	words := fs.String("words", "", "file of extra words, one per line")
	if _, err := parseInterleaved(fs, args); err != nil {
		return ExitUsage
	}
	var user []string
	if *words != "" {
		var err error
		if user, err = readWordList(*words); err != nil {
			fmt.Fprintf(env.Stderr, "chronicle eval wordseg: %v\n", err)
			return ExitUsage
		}
	}
	f, err := os.Open(*conllu)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle eval wordseg: %v\n", err)
		return ExitInputError
	}
	defer f.Close()
	seg := wordseg.New(user)
	scores, err := wordseg.EvaluateCoNLLU(f, seg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle eval wordseg: %s: %v\n", *conllu, err)
		return ExitInputError
	}
	fmt.Fprintf(env.Stdout, "engine %s on %s\n%s\n", seg.Name(), *conllu, scores)
	return ExitOK
}
