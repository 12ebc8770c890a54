package cli

import (
	"bufio"
	"flag"
	"fmt"
	"iter"
	"os"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/pipeline"
	"chronicle/internal/reader"
)

// inputFlags are the flags shared by the commands that read documents.
type inputFlags struct {
	format   string
	dct      string
	words    string
	workers  int
	lexicons []string

	parsedFormat reader.Format // set by annotator
}

// register adds the flags to fs. formatFlag names the input-format flag:
// "format" where the command has a single output form, "input-format" where
// --format chooses the output.
func (f *inputFlags) register(fs *flag.FlagSet, formatFlag string) {
	fs.StringVar(&f.format, formatFlag, "auto", "input format: auto, wikiextractor, jsonl or plain")
	fs.StringVar(&f.dct, "dct", "", "publication date YYYY-MM-DD that words like 'yesterday' resolve against")
	fs.StringVar(&f.words, "words", "", "file of extra Thai words, one per line, to refine word boundaries")
	fs.IntVar(&f.workers, "workers", 0, "documents processed in parallel (0: one per core)")
	fs.Func("lexicon", "extra actor lexicon FILE in the built-in YAML format (repeatable)", func(path string) error {
		f.lexicons = append(f.lexicons, path)
		return nil
	})
}

func (f *inputFlags) annotator(tokens bool) (*annotate.Annotator, error) {
	format, err := reader.ParseFormat(f.format)
	if err != nil {
		return nil, fmt.Errorf("--format: %w", err)
	}
	f.parsedFormat = format
	if f.dct != "" {
		if err := checkDate(f.dct); err != nil {
			return nil, fmt.Errorf("--dct: %w", err)
		}
	}
	var words []string
	if f.words != "" {
		if words, err = readWordList(f.words); err != nil {
			return nil, err
		}
	}
	return annotate.New(annotate.Options{DCT: f.dct, Tokens: tokens, UserWords: words, Lexicons: f.lexicons})
}

// annotateFiles (called after f.annotator) reads every path in order, annotates the documents on all
// cores, and hands each record to emit in input order. Bad input is reported
// on stderr and skipped; the result says whether any input failed.
func annotateFiles(env Env, paths []string, f *inputFlags, ann *annotate.Annotator, emit func(*annotate.Record) error) (failed bool, err error) {
	docs := func(yield func(*document.Document) bool) {
		for _, p := range paths {
			for doc, err := range openInput(env, p, f.parsedFormat) {
				if err != nil {
					failed = true
					fmt.Fprintf(env.Stderr, "chronicle: %v\n", err)
					continue
				}
				if !yield(doc) {
					return
				}
			}
		}
	}
	gc := relaxGC()
	defer gc.restore()
	err = pipeline.Ordered(docs, f.workers, ann.Annotate, func(r *annotate.Record) error {
		gc.adjust()
		return emit(r)
	})
	return failed, err
}

func openInput(env Env, path string, format reader.Format) iter.Seq2[*document.Document, error] {
	if path == "-" {
		return reader.Documents(env.Stdin, "-", format)
	}
	return reader.File(path, format)
}

func readWordList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read word list: %w", err)
	}
	return splitWordList(string(data)), nil
}

// writeRecords annotates paths and hands each record, in input order, to
// write with a buffered stdout; it reports errors under the command's name
// and returns the exit code.
func writeRecords(env Env, command string, paths []string, f *inputFlags, ann *annotate.Annotator, write func(out *bufio.Writer, r *annotate.Record) error) int {
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	failed, err := annotateFiles(env, paths, f, ann, func(r *annotate.Record) error { return write(out, r) })
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle %s: %v\n", command, err)
		return ExitInputError
	}
	if failed {
		return ExitInputError
	}
	return ExitOK
}
