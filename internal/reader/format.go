package reader

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Format names an input format.
type Format string

// Input formats.
const (
	// Auto picks one of the others from the first non-blank bytes.
	Auto Format = "auto"
	// WikiExtractor is <doc id url title> … </doc> elements.
	WikiExtractor Format = "wikiextractor"
	// JSONLines is one {"id","url","title","text"} object per line.
	JSONLines Format = "jsonl"
	// Plain is text with "= Title =" headings and an optional Infobox block.
	Plain Format = "plain"
)

// ParseFormat parses a format name, case-insensitively; "" means Auto.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case "":
		return Auto, nil
	case Auto, WikiExtractor, JSONLines, Plain:
		return f, nil
	}
	return "", fmt.Errorf("reader: unknown format %q (want auto, wikiextractor, jsonl or plain)", s)
}

// detectFormat peeks at the first non-blank bytes of br without consuming
// them. Input that is blank as far as the buffer reaches counts as plain
// text; the plain reader then finds no document.
func detectFormat(br *bufio.Reader) Format {
	const docTag = "<doc"
	for n := 512; ; n *= 2 {
		n = min(n, br.Size())
		peeked, err := br.Peek(n)
		rest := bytes.TrimLeft(peeked, " \t\r\n\f\v")
		switch {
		case len(rest) == 0:
			// all blank so far
		case rest[0] == '{':
			return JSONLines
		case len(rest) > len(docTag) && bytes.HasPrefix(rest, []byte(docTag)):
			if c := rest[len(docTag)]; c == '>' || isTagSpace(c) {
				return WikiExtractor
			}
			return Plain
		case len(rest) > len(docTag) || !bytes.HasPrefix([]byte(docTag), rest) || err != nil:
			return Plain
		}
		if err != nil || n == br.Size() {
			return Plain
		}
	}
}
