package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/pipeline"
	"chronicle/internal/reader"
	"chronicle/internal/samples"
	"chronicle/internal/store"
)

// runIngest annotates documents and stores them, one transaction each.
func runIngest(env Env, args []string) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var in inputFlags
	in.register(fs, "format")
	db := fs.String("db", "chronicle.db", "database file, created when missing")
	withSamples := fs.Bool("samples", false, "also ingest the embedded sample documents (Thai and English)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: chronicle ingest [flags] FILE... | - | --samples\n\nAnnotates the documents and stores each in the database in its own transaction;\nthen browse them with chronicle serve. A document stored before with the same\ntext is left unchanged; one with another text is replaced.\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return ExitUsage
	}
	if len(paths) == 0 && !*withSamples {
		fs.Usage()
		return ExitUsage
	}
	ann, err := in.annotator(false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle ingest: %v\n", err)
		return ExitUsage
	}
	st, err := store.OpenSQLite(*db)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle ingest: %v\n", err)
		return ExitInputError
	}
	defer st.Close()

	progress := newIngestProgress(env.Stderr, *withSamples, paths)
	// Messages go through the progress bar so they do not mix with it.
	msgEnv := env
	msgEnv.Stderr = progress
	var tally ingestTally
	put := func(r *annotate.Record) error {
		res, err := st.PutDocument(context.Background(), r)
		if err != nil {
			tally.failed++
			fmt.Fprintf(progress, "chronicle ingest: %s: %v\n", r.Source.Path, err)
		} else {
			tally.add(res)
		}
		progress.done(r)
		return nil
	}
	var failed bool
	if *withSamples {
		failed, err = ingestSamples(msgEnv, in.workers, ann, put)
	}
	if err == nil && len(paths) > 0 {
		var f bool
		f, err = annotateFiles(msgEnv, paths, &in, ann, put)
		failed = failed || f
	}
	progress.finish()
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle ingest: %v\n", err)
		return ExitInputError
	}
	fmt.Fprintf(env.Stderr, "chronicle ingest: %s: %s\n", *db, tally.summary(failed))
	if failed || tally.failed > 0 {
		return ExitInputError
	}
	return ExitOK
}

// ingestSamples annotates the embedded sample documents.
func ingestSamples(env Env, workers int, ann *annotate.Annotator, emit func(*annotate.Record) error) (failed bool, err error) {
	docs := func(yield func(*document.Document) bool) {
		for _, f := range samples.Files() {
			for doc, err := range reader.Documents(bytes.NewReader(f.Data), "samples/"+f.Name, reader.Auto) {
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
	err = pipeline.Ordered(docs, workers, ann.Annotate, emit)
	return failed, err
}

// ingestTally counts what PutDocument did.
type ingestTally struct {
	inserted, unchanged, replaced, failed int
}

func (t *ingestTally) add(r store.PutResult) {
	switch r {
	case store.Inserted:
		t.inserted++
	case store.Unchanged:
		t.unchanged++
	case store.Replaced:
		t.replaced++
	}
}

// summary is the closing line: counts of each outcome, and failures.
func (t *ingestTally) summary(inputFailed bool) string {
	n := t.inserted + t.unchanged + t.replaced
	s := fmt.Sprintf("%d document%s: %d inserted, %d replaced, %d unchanged", n, plural(n), t.inserted, t.replaced, t.unchanged)
	if t.failed > 0 {
		s += fmt.Sprintf("; %d refused", t.failed)
	}
	if inputFailed {
		s += "; some input could not be read (see above)"
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ingestProgress draws a progress bar (documents, MB/s, ETA) on a terminal
// and nothing otherwise. It is also the writer for messages, which it
// prints above the bar.
type ingestProgress struct {
	out io.Writer
	bar *progressbar.ProgressBar // nil when out is not a terminal
	// sizes are the input sizes in order (samples first); position is
	// estimated from each record's file and byte offset.
	sizes   map[string]int64
	before  int64 // bytes of the files finished
	current string
	docs    int
}

func newIngestProgress(out io.Writer, withSamples bool, paths []string) *ingestProgress {
	p := &ingestProgress{out: out, sizes: map[string]int64{}}
	if !isTerminalWriter(out) {
		return p
	}
	total := int64(0)
	if withSamples {
		for _, f := range samples.Files() {
			p.sizes["samples/"+f.Name] = int64(len(f.Data))
			total += int64(len(f.Data))
		}
	}
	for _, path := range paths {
		info, err := os.Stat(path)
		if path == "-" || err != nil || !info.Mode().IsRegular() {
			total = -1 // unknown: the bar shows a spinner and the rate
			continue
		}
		if total >= 0 {
			total += info.Size()
		}
		p.sizes[path] = info.Size()
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(out),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(28),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionUseANSICodes(true),
	)
	return p
}

// isTerminalWriter tells whether w is a terminal (and not a pipe or file).
func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// done advances the bar past record r.
func (p *ingestProgress) done(r *annotate.Record) {
	p.docs++
	if p.bar == nil {
		return
	}
	if r.Source.Path != p.current {
		p.before += p.sizes[p.current]
		p.current = r.Source.Path
	}
	pos := int64(r.Source.ByteOffset) + int64(len(r.Text))
	if size, ok := p.sizes[p.current]; ok {
		pos = min(pos, size)
	}
	p.bar.Describe(fmt.Sprintf("ingest %d doc%s", p.docs, plural(p.docs)))
	_ = p.bar.Set64(p.before + pos)
}

// Write prints a message above the bar.
func (p *ingestProgress) Write(b []byte) (int, error) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	return p.out.Write(b)
}

// finish completes the bar and moves below it.
func (p *ingestProgress) finish() {
	if p.bar == nil {
		return
	}
	_ = p.bar.Finish()
	fmt.Fprintln(p.out)
}
