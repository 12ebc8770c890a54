package reader

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// input is the shared reading state of one stream: the buffered reader and
// the position of the next unread byte.
type input struct {
	br   *bufio.Reader
	path string
	// offset is the byte offset of the next unread byte in the file.
	offset int64
	// line is the 1-based line of the next unread byte.
	line int

	yield func(*document.Document, error) bool
	// yielded counts documents and errors handed to yield.
	yielded int
	stopped bool
	// ordinal counts documents started, good or bad, for fallback IDs.
	ordinal int
}

// lineInfo describes a line read by appendLine.
type lineInfo struct {
	offset int64
	number int
	// cut reports that the line did not fit the limit and was discarded.
	cut bool
}

// appendLine appends the next line, newline included, to buf. When buf
// would grow past limit, the line is discarded to its end (memory stays
// bounded), buf is left as it was and the line is reported cut. It returns
// io.EOF when no input is left.
func (in *input) appendLine(buf *chunkedBuffer, limit int) (lineInfo, error) {
	info := lineInfo{offset: in.offset, number: in.line}
	start := buf.Len()
	read := 0
	for {
		chunk, err := in.br.ReadSlice('\n')
		read += len(chunk)
		in.offset += int64(len(chunk))
		if !info.cut {
			if buf.Len()+len(chunk) > limit {
				info.cut = true
				buf.Truncate(start)
			} else {
				buf.Write(chunk)
			}
		}
		switch {
		case err == nil:
			in.line++
			return info, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && read > 0:
			return info, nil
		default:
			return info, err
		}
	}
}

// emit hands a document or an error to the consumer; it returns false once
// the consumer has stopped.
func (in *input) emit(doc *document.Document, err error) bool {
	if in.stopped {
		return false
	}
	in.yielded++
	if !in.yield(doc, err) {
		in.stopped = true
	}
	return !in.stopped
}

// inputError emits an InputError at a line.
func (in *input) inputError(line int, err error) bool {
	return in.emit(nil, &InputError{Path: in.path, Line: line, Err: err})
}

// readError emits an unrecoverable read error; reading stops after it.
func (in *input) readError(err error) {
	in.emit(nil, fmt.Errorf("reader: read %s: %w", in.path, err))
}

// baseID is the file's base name without extension, used to name documents
// that carry no ID of their own.
func (in *input) baseID() string {
	base := filepath.Base(in.path)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "." || base == string(filepath.Separator) {
		return "document"
	}
	return base
}

// fallbackID names the document with the given ordinal in this file.
func (in *input) fallbackID(ordinal int) string {
	if ordinal <= 1 {
		return in.baseID()
	}
	return in.baseID() + "#" + strconv.Itoa(ordinal)
}

// checkText finds the first byte that makes text unusable (a NUL byte or
// invalid UTF-8) and returns the error and the line it is on, counted from
// firstLine.
func checkText(text string, firstLine int) (int, error) {
	nul := strings.IndexByte(text, 0)
	bad := -1
	if !utf8.ValidString(text) {
		bad = firstInvalidUTF8(text)
	}
	switch {
	case nul >= 0 && (bad < 0 || nul <= bad):
		return firstLine + strings.Count(text[:nul], "\n"), ErrBinary
	case bad >= 0:
		return firstLine + strings.Count(text[:bad], "\n"), ErrInvalidUTF8
	}
	return 0, nil
}

// firstInvalidUTF8 returns the index of the first byte that is not part of
// a valid UTF-8 sequence, or -1.
func firstInvalidUTF8(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}
