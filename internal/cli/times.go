package cli

import (
	"bufio"
	"flag"
	"fmt"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/timex"
)

func runTimes(env Env, args []string) int {
	fs := flag.NewFlagSet("times", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var in inputFlags
	in.register(fs, "format")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: chronicle times [flags] FILE... | -\n\nPrints each document's temporal expressions: text, type, value, interval, calendar.\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return ExitUsage
	}
	if len(paths) == 0 {
		fs.Usage()
		return ExitUsage
	}
	ann, err := in.annotator(false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle times: %v\n", err)
		return ExitUsage
	}
	return writeRecords(env, "times", paths, &in, ann, func(out *bufio.Writer, r *annotate.Record) error {
		fmt.Fprintf(out, "# %s  %s  [%s]  %d expressions\n", r.ID, r.Title, r.Lang, len(r.Times))
		if err := timex.FormatTable(out, document.NewRuneText(r.Text), r.Times); err != nil {
			return err
		}
		_, err := fmt.Fprintln(out)
		return err
	})
}
