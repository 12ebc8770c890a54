package reader

import (
	"bytes"
	"strings"
)

// chunkSize is the size of one chunk of a document buffer.
const chunkSize = 64 << 10

// keepChunks bounds the chunks kept for reuse after a reset, so that one
// huge document does not pin its memory for the rest of the stream.
const keepChunks = 16

// chunkedBuffer collects a document in fixed-size chunks. Unlike a growing
// slice it never copies what it holds and leaves no garbage behind, so a
// document near MaxDocumentBytes costs about its own size in memory.
type chunkedBuffer struct {
	chunks [][]byte // every chunk but the last is full
	n      int
	spare  [][]byte
}

// Len is the number of bytes held.
func (b *chunkedBuffer) Len() int { return b.n }

// Write appends p.
func (b *chunkedBuffer) Write(p []byte) {
	for len(p) > 0 {
		if len(b.chunks) == 0 || len(b.chunks[len(b.chunks)-1]) == chunkSize {
			b.chunks = append(b.chunks, b.newChunk())
		}
		last := &b.chunks[len(b.chunks)-1]
		k := copy((*last)[len(*last):chunkSize], p)
		*last = (*last)[:len(*last)+k]
		p = p[k:]
		b.n += k
	}
}

func (b *chunkedBuffer) newChunk() []byte {
	if k := len(b.spare); k > 0 {
		c := b.spare[k-1]
		b.spare = b.spare[:k-1]
		return c[:0]
	}
	return make([]byte, 0, chunkSize)
}

// Truncate keeps the first n bytes.
func (b *chunkedBuffer) Truncate(n int) {
	if n >= b.n {
		return
	}
	keep := (n + chunkSize - 1) / chunkSize
	for _, c := range b.chunks[keep:] {
		b.release(c)
	}
	clear(b.chunks[keep:])
	b.chunks = b.chunks[:keep]
	if keep > 0 {
		b.chunks[keep-1] = b.chunks[keep-1][:n-(keep-1)*chunkSize]
	}
	b.n = n
}

// Reset empties the buffer, keeping a few chunks for reuse.
func (b *chunkedBuffer) Reset() { b.Truncate(0) }

// Free empties the buffer and drops every chunk.
func (b *chunkedBuffer) Free() { *b = chunkedBuffer{} }

func (b *chunkedBuffer) release(c []byte) {
	if len(b.spare) < keepChunks {
		b.spare = append(b.spare, c[:0])
	}
}

// ByteAt returns byte i.
func (b *chunkedBuffer) ByteAt(i int) byte { return b.chunks[i/chunkSize][i%chunkSize] }

// AppendRange appends bytes [from, to) to dst.
func (b *chunkedBuffer) AppendRange(dst []byte, from, to int) []byte {
	for from < to {
		c := b.chunks[from/chunkSize]
		off := from % chunkSize
		end := min(len(c), off+(to-from))
		dst = append(dst, c[off:end]...)
		from += end - off
	}
	return dst
}

// String returns bytes [from, to) as a string, allocated once.
func (b *chunkedBuffer) String(from, to int) string {
	var sb strings.Builder
	sb.Grow(to - from)
	for from < to {
		c := b.chunks[from/chunkSize]
		off := from % chunkSize
		end := min(len(c), off+(to-from))
		sb.Write(c[off:end])
		from += end - off
	}
	return sb.String()
}

// CountNewlines counts '\n' in bytes [from, to).
func (b *chunkedBuffer) CountNewlines(from, to int) int {
	n := 0
	for from < to {
		c := b.chunks[from/chunkSize]
		off := from % chunkSize
		end := min(len(c), off+(to-from))
		n += bytes.Count(c[off:end], []byte{'\n'})
		from += end - off
	}
	return n
}
