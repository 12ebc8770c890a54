//go:build ignore

// gen_thaidict extracts the Thai word list from the ICU data library installed
// on this machine (Debian's libicu72 ships it as the exported symbol
// icudt72_dat inside libicudata.so) and writes it one word a line.
//
// It reads the ICU common-data table of contents, finds brkitr/thaidict.dict,
// and walks ICU's BytesTrie serialisation to enumerate every word. Nothing is
// downloaded. Run through `go generate ./internal/wordseg/`.
package main

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	lib := flag.String("lib", "/usr/lib/x86_64-linux-gnu/libicudata.so.72", "ICU data shared library")
	item := flag.String("item", "brkitr/thaidict.dict", "dictionary item inside the ICU data package")
	out := flag.String("out", "data/thai_words_icu.txt", "output word list")
	license := flag.String("license", "/usr/share/icu/72.1/LICENSE", "ICU licence file copied beside the word list")
	flag.Parse()
	if err := run(*lib, *item, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen_thaidict:", err)
		os.Exit(1)
	}
	if err := copyLicense(*license, filepath.Join(filepath.Dir(*out), "LICENSE-ICU.txt")); err != nil {
		fmt.Fprintln(os.Stderr, "gen_thaidict:", err)
		os.Exit(1)
	}
}

func run(lib, item, out string) error {
	pkg, symbol, err := icuCommonData(lib)
	if err != nil {
		return err
	}
	dict, fullName, err := findItem(pkg, item)
	if err != nil {
		return fmt.Errorf("%s: %w", lib, err)
	}
	words, err := dictWords(dict)
	if err != nil {
		return fmt.Errorf("%s %s: %w", lib, fullName, err)
	}
	sort.Strings(words)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Thai word list extracted from ICU data (%s, symbol %s, item %s)\n", filepath.Base(lib), symbol, fullName)
	fmt.Fprintf(&buf, "# by internal/wordseg/gen_thaidict.go. %d words.\n", len(words))
	buf.WriteString("# Copyright © 1991-2022 Unicode, Inc. Distributed under the Unicode licence (ICU); see LICENSE-ICU.txt.\n")
	for _, w := range words {
		buf.WriteString(w)
		buf.WriteByte('\n')
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// copyLicense keeps ICU's copyright and permission notice with the derived data, as the licence requires.
func copyLicense(src, dst string) error {
	text, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("licence: %w", err)
	}
	return os.WriteFile(dst, text, 0o644)
}

// icuCommonData returns the bytes of the icudtNN_dat symbol.
func icuCommonData(lib string) ([]byte, string, error) {
	f, err := elf.Open(lib)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	syms, err := f.DynamicSymbols()
	if err != nil {
		return nil, "", fmt.Errorf("%s: symbols: %w", lib, err)
	}
	for _, s := range syms {
		if !strings.HasPrefix(s.Name, "icudt") || !strings.HasSuffix(s.Name, "_dat") || int(s.Section) >= len(f.Sections) {
			continue
		}
		sec := f.Sections[s.Section]
		data, err := sec.Data()
		if err != nil {
			return nil, "", fmt.Errorf("%s: section %s: %w", lib, sec.Name, err)
		}
		lo := s.Value - sec.Addr
		if lo+s.Size > uint64(len(data)) {
			return nil, "", fmt.Errorf("%s: symbol %s outside its section", lib, s.Name)
		}
		return data[lo : lo+s.Size], s.Name, nil
	}
	return nil, "", fmt.Errorf("%s: no icudt*_dat symbol", lib)
}

// dataBody checks an ICU data header and returns what follows it.
func dataBody(b []byte, format string) ([]byte, error) {
	if len(b) < 20 || b[2] != 0xda || b[3] != 0x27 {
		return nil, errors.New("not an ICU data item")
	}
	if b[8] != 0 {
		return nil, errors.New("big-endian ICU data not supported")
	}
	if got := string(b[12:16]); got != format {
		return nil, fmt.Errorf("data format %q, want %q", got, format)
	}
	hs := int(binary.LittleEndian.Uint16(b))
	if hs > len(b) {
		return nil, errors.New("truncated header")
	}
	return b[hs:], nil
}

// findItem looks an item up in the common-data table of contents by name suffix.
func findItem(pkg []byte, item string) ([]byte, string, error) {
	toc, err := dataBody(pkg, "CmnD")
	if err != nil {
		return nil, "", err
	}
	n := int(binary.LittleEndian.Uint32(toc))
	if 4+8*n > len(toc) {
		return nil, "", errors.New("truncated table of contents")
	}
	for i := 0; i < n; i++ {
		nameOff := int(binary.LittleEndian.Uint32(toc[4+8*i:]))
		dataOff := int(binary.LittleEndian.Uint32(toc[8+8*i:]))
		end := len(toc)
		if i+1 < n {
			end = int(binary.LittleEndian.Uint32(toc[8+8*(i+1):]))
		}
		if nameOff >= len(toc) || dataOff > end || end > len(toc) {
			return nil, "", errors.New("bad table of contents entry")
		}
		name := toc[nameOff:]
		if z := bytes.IndexByte(name, 0); z >= 0 {
			name = name[:z]
		}
		if strings.HasSuffix(string(name), "/"+item) {
			return toc[dataOff:end], string(name), nil
		}
	}
	return nil, "", fmt.Errorf("item %s not found", item)
}

// Layout constants of ICU's dictionary data (dictionarydata.h).
const (
	ixStringTrieOffset = 0
	ixTrieType         = 4
	ixTransform        = 5
	ixCount            = 8
	trieTypeMask       = 7
	trieTypeBytes      = 0
	transformTypeMask  = 0x7f000000
	transformOffset    = 0x01000000
	transformDeltaMask = 0x1fffff
)

func dictWords(item []byte) ([]string, error) {
	body, err := dataBody(item, "Dict")
	if err != nil {
		return nil, err
	}
	if len(body) < 4*ixCount {
		return nil, errors.New("truncated indexes")
	}
	idx := func(i int) int { return int(int32(binary.LittleEndian.Uint32(body[4*i:]))) }
	if idx(ixTrieType)&trieTypeMask != trieTypeBytes {
		return nil, errors.New("not a BytesTrie dictionary")
	}
	if idx(ixTransform)&transformTypeMask != transformOffset {
		return nil, errors.New("unsupported transform")
	}
	offset := rune(idx(ixTransform) & transformDeltaMask)
	start := idx(ixStringTrieOffset)
	if start < 0 || start >= len(body) {
		return nil, errors.New("bad trie offset")
	}
	w := &trieWalker{data: body[start:]}
	if err := w.node(0, nil); err != nil {
		return nil, err
	}
	words := make([]string, 0, len(w.words))
	for _, raw := range w.words {
		var sb strings.Builder
		for _, b := range raw {
			switch b {
			case 0xff:
				sb.WriteRune(0x200D)
			case 0xfe:
				sb.WriteRune(0x200C)
			default:
				sb.WriteRune(offset + rune(b))
			}
		}
		words = append(words, sb.String())
	}
	return words, nil
}

// BytesTrie node encoding (bytestrie.h).
const (
	maxBranchLinear    = 5
	minLinearMatch     = 0x10
	minValueLead       = 0x20
	minTwoByteValue    = 0x51
	minThreeByteValue  = 0x6c
	fourByteValueLead  = 0x7e
	maxOneByteDelta    = 0xbf
	minThreeByteDelta  = 0xf0
	fourByteDeltaLead  = 0xfe
	minOneByteValue    = 0x10
	minTwoByteDeltaLd  = 0xc0
	maxDepthOfTheTrie  = 256
	errTruncatedSerial = "truncated trie"
)

type trieWalker struct {
	data  []byte
	words [][]byte
}

func (w *trieWalker) at(pos int) (int, error) {
	if pos < 0 || pos >= len(w.data) {
		return 0, errors.New(errTruncatedSerial)
	}
	return int(w.data[pos]), nil
}

func (w *trieWalker) emit(prefix []byte) {
	w.words = append(w.words, append([]byte(nil), prefix...))
}

// valueLen is the number of bytes after a value lead byte.
func valueLen(lead int) int {
	switch {
	case lead < minTwoByteValue<<1:
		return 0
	case lead < minThreeByteValue<<1:
		return 1
	case lead < fourByteValueLead<<1:
		return 2
	default:
		return 3 + (lead>>1)&1
	}
}

// readDelta reads a jump delta at pos and returns it with the position after it.
func (w *trieWalker) readDelta(pos int) (int, int, error) {
	lead, err := w.at(pos)
	if err != nil {
		return 0, 0, err
	}
	pos++
	n := 0
	delta := lead
	switch {
	case lead <= maxOneByteDelta:
	case lead < minThreeByteDelta:
		delta, n = lead-minTwoByteDeltaLd, 1
	case lead < fourByteDeltaLead:
		delta, n = lead-minThreeByteDelta, 2
	case lead == fourByteDeltaLead:
		delta, n = 0, 3
	default:
		delta, n = 0, 4
	}
	for i := 0; i < n; i++ {
		b, err := w.at(pos)
		if err != nil {
			return 0, 0, err
		}
		delta = delta<<8 | b
		pos++
	}
	return delta, pos, nil
}

// readValue reads a non-final value used as a jump delta (lead already shifted).
func (w *trieWalker) readValue(pos, lead int) (int, int, error) {
	n := 0
	v := 0
	switch {
	case lead < minTwoByteValue:
		v = lead - minOneByteValue
	case lead < minThreeByteValue:
		v, n = lead-minTwoByteValue, 1
	case lead < fourByteValueLead:
		v, n = lead-minThreeByteValue, 2
	case lead == fourByteValueLead:
		n = 3
	default:
		n = 4
	}
	for i := 0; i < n; i++ {
		b, err := w.at(pos)
		if err != nil {
			return 0, 0, err
		}
		v = v<<8 | b
		pos++
	}
	return v, pos, nil
}

func (w *trieWalker) node(pos int, prefix []byte) error {
	if len(prefix) > maxDepthOfTheTrie {
		return errors.New("trie too deep")
	}
	for {
		node, err := w.at(pos)
		if err != nil {
			return err
		}
		pos++
		switch {
		case node >= minValueLead:
			w.emit(prefix)
			if node&1 != 0 {
				return nil
			}
			pos += valueLen(node)
		case node >= minLinearMatch:
			n := node - minLinearMatch + 1
			if pos+n > len(w.data) {
				return errors.New(errTruncatedSerial)
			}
			prefix = append(prefix, w.data[pos:pos+n]...)
			pos += n
		default:
			length := node
			if length == 0 {
				if length, err = w.at(pos); err != nil {
					return err
				}
				pos++
			}
			return w.branch(pos, length+1, prefix)
		}
	}
}

func (w *trieWalker) branch(pos, length int, prefix []byte) error {
	for length > maxBranchLinear {
		pos++ // split byte
		delta, after, err := w.readDelta(pos)
		if err != nil {
			return err
		}
		if err := w.branch(after+delta, length>>1, prefix); err != nil {
			return err
		}
		length -= length >> 1
		pos = after
	}
	for ; length > 1; length-- {
		b, err := w.at(pos)
		if err != nil {
			return err
		}
		lead, err := w.at(pos + 1)
		if err != nil {
			return err
		}
		pos += 2
		word := append(prefix[:len(prefix):len(prefix)], byte(b))
		if lead&1 != 0 {
			w.emit(word)
		} else {
			delta, after, err := w.readValue(pos, lead>>1)
			if err != nil {
				return err
			}
			if err := w.node(after+delta, word); err != nil {
				return err
			}
		}
		pos += valueLen(lead)
	}
	b, err := w.at(pos)
	if err != nil {
		return err
	}
	return w.node(pos+1, append(prefix[:len(prefix):len(prefix)], byte(b)))
}
