package cli

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"

	"chronicle/internal/annotate"
)

func runAnnotate(env Env, args []string) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var in inputFlags
	in.register(fs, "format")
	tokens := fs.Bool("tokens", false, "add the word tokens of each document")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: chronicle annotate [flags] FILE... | -\n\nWrites one JSON object per document (JSON Lines); see docs/format.md.\n\nflags:")
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
	ann, err := in.annotator(*tokens)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle annotate: %v\n", err)
		return ExitUsage
	}
	var buf []byte
	return writeRecords(env, "annotate", paths, &in, ann, func(out *bufio.Writer, r *annotate.Record) error {
		var ok bool
		if buf, ok = r.AppendJSON(buf[:0]); !ok {
			return encodeRecord(out, r) // for encoding/json's error
		}
		_, err := out.Write(buf)
		return err
	})
}

// encodeRecord writes r with encoding/json, as AppendJSON does by hand.
func encodeRecord(out *bufio.Writer, r *annotate.Record) error {
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false) // keep Thai and markup readable; JSON stays valid
	return enc.Encode(r)
}
