package reader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"chronicle/internal/document"
)

// headingProbeBytes bounds the lines kept while skipping an over-long plain
// document: only a heading line needs to be recognised there.
const headingProbeBytes = 64 << 10

func readPlain(in *input) {
	var (
		buf      []byte // the current document
		start    lineInfo
		inDoc    bool
		skipping bool
	)
	flush := func(text []byte) bool {
		if !inDoc {
			return true
		}
		inDoc = false
		return emitPlain(in, text, start)
	}
	for !in.stopped {
		lineStart := len(buf)
		limit := MaxDocumentBytes
		if skipping {
			lineStart, buf, limit = 0, buf[:0], headingProbeBytes
		}
		var info lineInfo
		var err error
		buf, info, err = in.appendLine(buf, limit)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				in.readError(err)
				return
			}
			break
		}
		line := buf[lineStart:]
		title := !info.cut && isTitleLine(line)
		switch {
		case skipping:
			if !title {
				continue
			}
			skipping = false
		case info.cut:
			// The document would pass the limit: report and skip to the next title.
			from := info.number
			if inDoc {
				from = start.number
			} else {
				in.ordinal++
			}
			inDoc, skipping, buf = false, true, nil
			if !in.inputError(info.number, fmt.Errorf("%w: document from line %d is longer than %d bytes", ErrTooLarge, from, MaxDocumentBytes)) {
				return
			}
			continue
		case title && inDoc:
			if !flush(buf[:lineStart]) {
				return
			}
		case inDoc:
			continue
		case len(bytes.TrimSpace(line)) == 0:
			buf = buf[:lineStart] // blank lines between documents
			continue
		}
		// line starts a document
		buf = buf[:copy(buf, line)]
		start = info
		inDoc = true
		in.ordinal++
	}
	flush(buf)
}

// emitPlain checks and parses one plain-text document.
func emitPlain(in *input, text []byte, start lineInfo) bool {
	if line, err := checkText(text, start.number); err != nil {
		return in.inputError(line, err)
	}
	doc := &document.Document{
		ID:     in.fallbackID(in.ordinal),
		Format: string(Plain),
		Source: document.Source{Path: in.path, ByteOffset: start.offset, Line: start.number},
		Text:   string(text),
	}
	annotatePlain(doc)
	return in.emit(doc, nil)
}

// isTitleLine reports a level-1 "= Title =" line.
func isTitleLine(line []byte) bool {
	level, _, _, ok := parseHeading(string(line))
	return ok && level == 1
}

// parseHeading parses "== Title ==" (the same number of '=' on both sides)
// and returns the level and the byte range of the trimmed title.
func parseHeading(line string) (level, start, end int, ok bool) {
	line = strings.TrimRight(line, " \t\r\n")
	for level < len(line) && line[level] == '=' {
		level++
	}
	closing := 0
	for closing < len(line)-level && line[len(line)-1-closing] == '=' {
		closing++
	}
	if level == 0 || closing != level {
		return 0, 0, 0, false
	}
	start, end = level, len(line)-closing
	for start < end && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	for end > start && (line[end-1] == ' ' || line[end-1] == '\t') {
		end--
	}
	if start == end {
		return 0, 0, 0, false
	}
	return level, start, end, true
}
