package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// jsonDocument is one line of WikiExtractor --json output. The id may be a
// string or a number.
type jsonDocument struct {
	ID    json.RawMessage `json:"id"`
	URL   string          `json:"url"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
}

func readJSONLines(in *input) {
	var buf chunkedBuffer
	var line []byte
	for !in.stopped {
		buf.Reset()
		info, err := in.appendLine(&buf, MaxDocumentBytes)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			in.readError(err)
			return
		}
		if info.cut {
			buf.Free()
			in.ordinal++
			in.inputError(info.number, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, MaxDocumentBytes))
			continue
		}
		if cap(line) < buf.Len() {
			line = make([]byte, 0, buf.Len()) // exact size: no garbage from growing
		}
		line = buf.AppendRange(line[:0], 0, buf.Len())
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		in.ordinal++
		doc, err := parseJSONDocument(line, in.path, info)
		if cap(line) > 1<<20 {
			line = nil // do not pin one huge line for the rest of the stream
		}
		if err != nil {
			in.inputError(info.number, err)
			continue
		}
		if doc.ID == "" {
			doc.ID = in.fallbackID(in.ordinal)
		}
		in.emit(doc, nil)
	}
}

// parseJSONDocument decodes one line. Invalid UTF-8 is rejected before
// decoding because encoding/json would silently replace it.
func parseJSONDocument(line []byte, path string, info lineInfo) (*document.Document, error) {
	if bytes.IndexByte(line, 0) >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(line) {
		return nil, ErrInvalidUTF8
	}
	var raw jsonDocument
	if err := json.Unmarshal(line, &raw); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadJSON, err)
	}
	if raw.Text == nil {
		return nil, fmt.Errorf("%w: no \"text\" field", ErrBadJSON)
	}
	if strings.IndexByte(*raw.Text, 0) >= 0 {
		return nil, ErrBinary
	}
	id, err := jsonID(raw.ID)
	if err != nil {
		return nil, err
	}
	doc := &document.Document{
		ID:     id,
		Title:  raw.Title,
		URL:    raw.URL,
		Format: string(JSONLines),
		Source: document.Source{Path: path, ByteOffset: info.offset, Line: info.number},
		Text:   *raw.Text,
	}
	annotateExtracted(doc)
	return doc, nil
}

// jsonID accepts a string or a number as the document ID.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: id: %w", ErrBadJSON, err)
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("%w: id must be a string or a number", ErrBadJSON)
	}
	return n.String(), nil
}
