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
		buf      chunkedBuffer // the current document
		line     []byte        // copy of the last line, when short enough to be a heading
		start    lineInfo
		inDoc    bool
		skipping bool
	)
	flush := func(end int) bool {
		if !inDoc {
			return true
		}
		inDoc = false
		return emitPlain(in, buf.String(0, end), start)
	}
	for !in.stopped {
		lineStart := buf.Len()
		limit := MaxDocumentBytes
		if skipping {
			buf.Reset()
			lineStart, limit = 0, min(headingProbeBytes, MaxDocumentBytes)
		}
		info, err := in.appendLine(&buf, limit)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				in.readError(err)
				return
			}
			break
		}
		// The line is copied only when it may be a title or lies between
		// documents; inside a document most lines are neither.
		line = line[:0]
		if n := buf.Len() - lineStart; n > 0 && n <= headingProbeBytes && (!inDoc || buf.ByteAt(lineStart) == '=') {
			line = buf.AppendRange(line, lineStart, buf.Len())
		}
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
			inDoc, skipping = false, true
			buf.Free()
			if !in.inputError(info.number, fmt.Errorf("%w: document from line %d is longer than %d bytes", ErrTooLarge, from, MaxDocumentBytes)) {
				return
			}
			continue
		case title && inDoc:
			if !flush(lineStart) {
				return
			}
		case inDoc:
			continue
		case len(line) > 0 && len(bytes.TrimSpace(line)) == 0:
			buf.Truncate(lineStart) // blank lines between documents
			continue
		}
		// The line starts a document. It is alone in buf unless it is a
		// title that ended the previous document; then it is short and copied.
		if lineStart > 0 {
			buf.Reset()
			buf.Write(line)
		}
		start = info
		inDoc = true
		in.ordinal++
	}
	flush(buf.Len())
}

// emitPlain checks and parses one plain-text document.
func emitPlain(in *input, text string, start lineInfo) bool {
	if line, err := checkText(text, start.number); err != nil {
		return in.inputError(line, err)
	}
	doc := &document.Document{
		ID:     in.fallbackID(in.ordinal),
		Format: string(Plain),
		Source: document.Source{Path: in.path, ByteOffset: start.offset, Line: start.number},
		Text:   text,
	}
	annotatePlain(doc)
	return in.emit(doc, nil)
}

// isTitleLine reports a level-1 "= Title =" line.
func isTitleLine(line []byte) bool {
	if len(line) == 0 || line[0] != '=' {
		return false // before the conversion, which copies a long line
	}
	level, _, _, ok := parseHeading(string(line))
	return ok && level == 1
}

// parseHeading parses "== Title ==" (the same number of '=' on both sides)
// and returns the level and the byte range of the trimmed title.
func parseHeading(line string) (level, start, end int, ok bool) {
	if len(line) == 0 || line[0] != '=' {
		return 0, 0, 0, false // most lines, at once
	}
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
