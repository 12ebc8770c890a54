package cli

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/pipeline"
	"chronicle/internal/reader"
	"chronicle/internal/samples"
	"chronicle/internal/timex"
)

// runDemo annotates the embedded sample documents, written by the chronicle
// team in Thai and English and in every input format, and prints a summary.
func runDemo(env Env, args []string) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	if _, err := parseInterleaved(fs, args); err != nil {
		return ExitUsage
	}
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle demo: %v\n", err)
		return ExitUsage
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "chronicle demo: embedded sample documents (Thai word segmentation: %s)\n\n", ann.Segmenter())
	status := ExitOK
	docs := func(yield func(*document.Document) bool) {
		for _, f := range samples.Files() {
			for doc, err := range reader.Documents(bytes.NewReader(f.Data), f.Name, reader.Auto) {
				if err != nil {
					fmt.Fprintf(env.Stderr, "chronicle demo: %v\n", err)
					status = ExitInputError
					continue
				}
				if !yield(doc) {
					return
				}
			}
		}
	}
	err = pipeline.Ordered(docs, 0, ann.Annotate, func(r *annotate.Record) error {
		fmt.Fprintf(out, "── %s  %q\n   file %s (%s), lang %s: %d sections, %d infobox fields, %d sentences, %d temporal expressions, %d actor mentions, %d quantities\n",
			r.ID, r.Title, r.Source.Path, r.Format, r.Lang, len(r.Sections), len(r.Infobox), len(r.Sentences), len(r.Times), len(r.Actors), len(r.Quantities))
		if err := timex.FormatTable(out, document.NewRuneText(r.Text), r.Times); err != nil {
			return err
		}
		_, err := fmt.Fprintln(out)
		return err
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle demo: %v\n", err)
		return ExitInputError
	}
	fmt.Fprintln(out, "Try it on your own files: chronicle annotate FILE... | chronicle times FILE...")
	return status
}
