// Package cli implements the chronicle command line: one file per command,
// each parsing its flags and wiring readers, stages and writers together.
package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// Env is what a command may touch outside its arguments, so tests can run
// commands in-process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Exit codes.
const (
	ExitOK         = 0
	ExitInputError = 1 // some input could not be processed; the rest was
	ExitUsage      = 2
)

type command struct {
	name    string
	summary string
	run     func(env Env, args []string) int
}

func commands() []command {
	return []command{
		{"annotate", "write one JSON object per document with all annotation layers", runAnnotate},
		{"times", "print a table of the temporal expressions found", runTimes},
		{"events", "write event data: CSV, JSON lines or PLOVER", runEvents},
		{"timeline", "align events across documents and languages and list where sources disagree", runTimeline},
		{"eval", "score annotators against gold: eval times|actors|quantities|events|timeline|wordseg", runEval},
		{"demo", "annotate the embedded sample documents and summarise them", runDemo},
		{"ingest", "annotate documents and store them in a database (--db)", runIngest},
		{"serve", "serve the JSON API and web UI over a database (--db, --addr)", runServe},
	}
}

// Main runs chronicle with args (without the program name) and returns the
// process exit code.
func Main(env Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "chronicle: unknown command %q\n", args[0])
	usage(env.Stderr)
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: chronicle <command> [flags] [FILE... | -]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'chronicle <command> -h' for a command's flags.")
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, as users type them ("annotate a.txt --tokens").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		// "-" is standard input, not a flag.
		i := 0
		for i < len(rest) && (rest[i] == "-" || !strings.HasPrefix(rest[i], "-")) {
			positional = append(positional, rest[i])
			i++
		}
		if i < len(rest) && rest[i] == "--" {
			return append(positional, rest[i+1:]...), nil
		}
		args = rest[i:]
		if len(args) == 0 {
			return positional, nil
		}
	}
}
