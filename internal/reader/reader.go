package reader

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"iter"
	"os"

	"chronicle/internal/document"
)

// MaxDocumentBytes is the largest document (for JSON lines, the longest
// line) a reader holds in memory. A larger one is reported as an
// InputError and skipped.
var MaxDocumentBytes = 64 << 20

// readBufferSize is the size of the buffered reader's window; lines and
// documents longer than this are assembled chunk by chunk.
const readBufferSize = 64 << 10

// utf8BOM is skipped at the start of a stream so that headings and tags on
// the first line are still recognised.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Documents streams the documents of r. A bad document is yielded as
// (nil, *InputError) and reading goes on with the next one; an
// unrecoverable read error is yielded last as (nil, err). Memory is bounded
// by the largest document (limit: MaxDocumentBytes), never by the file size.
func Documents(r io.Reader, path string, format Format) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		in := &input{br: bufio.NewReaderSize(r, readBufferSize), path: path, line: 1, yield: yield}
		if head, _ := in.br.Peek(len(utf8BOM)); bytes.Equal(head, utf8BOM) {
			n, _ := in.br.Discard(len(utf8BOM))
			in.offset += int64(n)
		}
		if format == Auto || format == "" {
			format = detectFormat(in.br)
		}
		switch format {
		case WikiExtractor:
			readWikiExtractor(in)
		case JSONLines:
			readJSONLines(in)
		case Plain:
			readPlain(in)
		default:
			in.emit(nil, fmt.Errorf("reader: %s: unknown format %q", path, format))
			return
		}
		if in.yielded == 0 {
			in.inputError(1, ErrEmptyInput)
		}
	}
}

// File opens path ("-" means standard input) and streams it like Documents.
// A file that cannot be opened yields one error.
func File(path string, format Format) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		if path == "-" {
			for doc, err := range Documents(os.Stdin, "stdin", format) {
				if !yield(doc, err) {
					return
				}
			}
			return
		}
		f, err := os.Open(path)
		if err != nil {
			yield(nil, fmt.Errorf("reader: %w", err))
			return
		}
		defer f.Close()
		for doc, err := range Documents(f, path, format) {
			if !yield(doc, err) {
				return
			}
		}
	}
}
