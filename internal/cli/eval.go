package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/reader"
	"chronicle/internal/timex"
	"chronicle/internal/wordseg"
)

func runEval(env Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, "usage: chronicle eval times|wordseg [flags]")
		return ExitUsage
	}
	switch args[0] {
	case "times":
		return runEvalTimes(env, args[1:])
	case "wordseg":
		return runEvalWordseg(env, args[1:])
	}
	fmt.Fprintf(env.Stderr, "chronicle eval: unknown evaluation %q (want times or wordseg)\n", args[0])
	return ExitUsage
}

// runEvalTimes scores the time tagger on every gold file GOLD/<name>.tsv
// against the document SEEDS/<name>.txt.
func runEvalTimes(env Env, args []string) int {
	fs := flag.NewFlagSet("eval times", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	gold := fs.String("gold", "testdata/eval/times", "folder of gold files NAME.tsv")
	docs := fs.String("docs", "../shared/seeds", "folder holding the documents NAME.txt")
	if _, err := parseInterleaved(fs, args); err != nil {
		return ExitUsage
	}
	files, err := filepath.Glob(filepath.Join(*gold, "*.tsv"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(env.Stderr, "chronicle eval times: no gold files in %s\n", *gold)
		return ExitUsage
	}
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle eval times: %v\n", err)
		return ExitUsage
	}
	status := ExitOK
	for _, g := range files {
		name := strings.TrimSuffix(filepath.Base(g), ".tsv")
		report, err := evalTimesFile(ann, g, filepath.Join(*docs, name+".txt"))
		if err != nil {
			fmt.Fprintf(env.Stderr, "chronicle eval times: %v\n", err)
			status = ExitInputError
			continue
		}
		fmt.Fprintf(env.Stdout, "== %s ==\n%s\n", name, report.String())
	}
	return status
}

// evalTimesFile scores the time tagger on the one document of docPath
// against the gold file goldPath.
func evalTimesFile(ann *annotate.Annotator, goldPath, docPath string) (timex.Report, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return timex.Report{}, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	gold, err := timex.LoadGold(f)
	if err != nil {
		return timex.Report{}, fmt.Errorf("%s: %w", goldPath, err)
	}
	var report timex.Report
	n := 0
	for doc, err := range reader.File(docPath, reader.Auto) {
		if err != nil {
			return timex.Report{}, err
		}
		if n++; n > 1 {
			return timex.Report{}, fmt.Errorf("%s: gold files score one document per file", docPath)
		}
		rec := ann.Annotate(doc)
		report = timex.Evaluate(document.NewRuneText(doc.Text), gold, rec.Times)
	}
	if n == 0 {
		return timex.Report{}, fmt.Errorf("%s: no document", docPath)
	}
	return report, nil
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
