package reader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"

	"chronicle/internal/document"
)

// The WikiExtractor reader cuts the stream at '>' bytes: every tag ends with
// one, so each '>'-terminated piece holds at most one complete tag, at its
// end. Text inside a document is appended to one buffer; outside a document
// only a bounded tail is kept, enough to hold an opening tag.

const (
	openTag  = "<doc"
	closeTag = "</doc>"
	// tagWindow bounds what is kept of a piece outside a document.
	tagWindow = 64 << 10
)

type wikiState int

const (
	outsideDoc wikiState = iota
	insideDoc
	// skippingDoc discards an over-long document up to its </doc>.
	skippingDoc
)

// docTag is a parsed opening tag and where it stood.
type docTag struct {
	id, url, title string
	offset         int64
	line           int
	ordinal        int
}

type wikiReader struct {
	*input
	state wikiState

	tag docTag
	// text holds the document so far; textOffset and textLine locate its
	// first byte.
	text       chunkedBuffer
	textOffset int64
	textLine   int
	// pieceStart is where the current '>'-terminated piece begins in text.
	pieceStart int
	// tail is scratch space for the end of the current piece.
	tail []byte

	// pending is the tail of the current piece outside a document.
	pending       []byte
	pendingOffset int64
	pendingLine   int
	junkReported  bool
}

func readWikiExtractor(in *input) {
	w := &wikiReader{input: in}
	for !w.stopped {
		segOffset, segLine := w.offset, w.line
		seg, err := w.br.ReadSlice('>')
		w.offset += int64(len(seg))
		w.line += bytes.Count(seg, []byte{'\n'})
		complete := err == nil
		if len(seg) > 0 && !w.consume(seg, segOffset, segLine, complete) {
			return
		}
		switch {
		case err == nil, errors.Is(err, bufio.ErrBufferFull):
		case errors.Is(err, io.EOF):
			w.finish()
			return
		default:
			w.readError(err)
			return
		}
	}
}

// consume takes the next segment of the stream; complete tells that it ends
// with '>'. It returns false once the consumer has stopped.
func (w *wikiReader) consume(seg []byte, segOffset int64, segLine int, complete bool) bool {
	if w.state != insideDoc {
		return w.consumeOutside(seg, segOffset, segLine, complete)
	}
	if w.text.Len()+len(seg) > MaxDocumentBytes {
		if !w.inputError(segLine, fmt.Errorf("%w: document from line %d is longer than %d bytes", ErrTooLarge, w.tag.line, MaxDocumentBytes)) {
			return false
		}
		// Keep the tail of the current piece: a </doc> may straddle.
		tailStart := max(w.pieceStart, w.text.Len()-tagWindow)
		w.pending = w.text.AppendRange(w.pending[:0], tailStart, w.text.Len())
		w.pendingOffset = w.textOffset + int64(tailStart)
		w.pendingLine = w.textLine + w.text.CountNewlines(0, tailStart)
		w.text.Free() // release the large buffer
		w.state = skippingDoc
		return w.consumeOutside(seg, segOffset, segLine, complete)
	}
	w.text.Write(seg)
	if !complete {
		return true
	}
	// A tag is shorter than tagWindow, so the end of the piece is enough.
	tailStart := max(w.pieceStart, w.text.Len()-tagWindow)
	w.tail = w.text.AppendRange(w.tail[:0], tailStart, w.text.Len())
	if bytes.HasSuffix(w.tail, []byte(closeTag)) {
		ok := w.emitDoc(w.text.Len() - len(closeTag))
		w.text.Reset()
		w.state = outsideDoc
		w.junkReported = false
		return ok
	}
	if idx, tag, found := findOpenTag(w.tail); found {
		if !w.inputError(w.tag.line, fmt.Errorf("%w: opened on line %d and not closed before the next <doc>", ErrUnclosedDoc, w.tag.line)) {
			return false
		}
		at := tailStart + idx
		tag.offset = w.textOffset + int64(at)
		tag.line = w.textLine + w.text.CountNewlines(0, at)
		w.startDoc(tag)
		return true
	}
	w.pieceStart = w.text.Len()
	return true
}

// consumeOutside handles a segment outside a document or while skipping one.
func (w *wikiReader) consumeOutside(seg []byte, segOffset int64, segLine int, complete bool) bool {
	if len(w.pending) == 0 {
		w.pendingOffset, w.pendingLine = segOffset, segLine
	}
	w.pending = append(w.pending, seg...)
	if over := len(w.pending) - tagWindow; over > 0 {
		if !w.dropPending(over) {
			return false
		}
	}
	if !complete {
		return true
	}
	if w.state == skippingDoc && bytes.HasSuffix(w.pending, []byte(closeTag)) {
		w.pending = w.pending[:0]
		w.state = outsideDoc
		w.junkReported = false
		return true
	}
	idx, tag, found := findOpenTag(w.pending)
	if !found {
		idx = len(w.pending)
	}
	if !w.dropPending(idx) {
		return false
	}
	if found {
		tag.offset, tag.line = w.pendingOffset, w.pendingLine
		w.startDoc(tag)
	}
	w.pending = w.pending[:0]
	return true
}

// dropPending discards the first n bytes of pending, reporting text outside
// any document once per stretch.
func (w *wikiReader) dropPending(n int) bool {
	dropped := w.pending[:n]
	if w.state == outsideDoc && !w.junkReported {
		if i := bytes.IndexFunc(dropped, func(r rune) bool { return !isBlank(r) }); i >= 0 {
			w.junkReported = true
			line := w.pendingLine + bytes.Count(dropped[:i], []byte{'\n'})
			if !w.inputError(line, ErrOutsideDoc) {
				return false
			}
		}
	}
	w.pendingOffset += int64(n)
	w.pendingLine += bytes.Count(dropped, []byte{'\n'})
	w.pending = w.pending[:copy(w.pending, w.pending[n:])]
	return true
}

// startDoc begins a document whose opening tag ended at the current offset.
func (w *wikiReader) startDoc(tag docTag) {
	w.ordinal++
	tag.ordinal = w.ordinal
	w.tag = tag
	w.state = insideDoc
	w.text.Reset()
	w.textOffset, w.textLine = w.offset, w.line
	w.pieceStart = 0
	w.junkReported = false
}

// finish reports what is left open at the end of the input.
func (w *wikiReader) finish() {
	switch w.state {
	case insideDoc:
		w.inputError(w.tag.line, fmt.Errorf("%w: opened on line %d and not closed before the end of the input", ErrUnclosedDoc, w.tag.line))
	case outsideDoc:
		w.dropPending(len(w.pending))
	}
}

// emitDoc builds the document from the first end bytes of text, the raw
// text between the tags.
func (w *wikiReader) emitDoc(end int) bool {
	raw := w.text.String(0, end)
	if line, err := checkText(raw, w.textLine); err != nil {
		return w.inputError(line, err)
	}
	if line, err := checkText(w.tag.id+w.tag.url+w.tag.title, w.tag.line); err != nil {
		return w.inputError(line, fmt.Errorf("%w in <doc> attributes", err))
	}
	raw = strings.TrimPrefix(raw, "\n")
	raw = strings.TrimSuffix(raw, "\n")
	id := w.tag.id
	if id == "" {
		id = w.fallbackID(w.tag.ordinal)
	}
	doc := &document.Document{
		ID:     id,
		Title:  w.tag.title,
		URL:    w.tag.url,
		Format: string(WikiExtractor),
		Source: document.Source{Path: w.path, ByteOffset: w.tag.offset, Line: w.tag.line},
		Text:   raw,
	}
	annotateExtracted(doc)
	return w.emit(doc, nil)
}

// findOpenTag finds an opening <doc …> tag that ends piece (whose last byte
// is '>') and returns its index and attributes.
func findOpenTag(piece []byte) (int, docTag, bool) {
	idx := bytes.LastIndex(piece, []byte(openTag))
	if idx < 0 {
		return 0, docTag{}, false
	}
	tag, ok := parseOpenTag(piece[idx:])
	return idx, tag, ok
}

// parseOpenTag parses `<doc name="value" …>`; s must end with the '>'.
func parseOpenTag(s []byte) (docTag, bool) {
	var tag docTag
	rest := s[len(openTag):]
	if len(rest) == 0 || (rest[0] != '>' && !isTagSpace(rest[0])) {
		return tag, false
	}
	for {
		rest = bytes.TrimLeftFunc(rest, func(r rune) bool { return r < 0x80 && isTagSpace(byte(r)) })
		if len(rest) == 0 {
			return tag, false
		}
		if rest[0] == '>' {
			return tag, len(rest) == 1
		}
		eq := bytes.IndexByte(rest, '=')
		if eq <= 0 || !isAttrName(rest[:eq]) || eq+1 >= len(rest) {
			return tag, false
		}
		name := string(rest[:eq])
		quote := rest[eq+1]
		if quote != '"' && quote != '\'' {
			return tag, false
		}
		end := bytes.IndexByte(rest[eq+2:], quote)
		if end < 0 {
			return tag, false
		}
		value := html.UnescapeString(string(rest[eq+2 : eq+2+end]))
		switch name {
		case "id":
			tag.id = value
		case "url":
			tag.url = value
		case "title":
			tag.title = value
		}
		rest = rest[eq+2+end+1:]
	}
}

func isTagSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isAttrName(b []byte) bool {
	for _, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == ':' || c == '.') {
			return false
		}
	}
	return len(b) > 0
}

// isBlank reports whitespace that may separate documents.
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}
