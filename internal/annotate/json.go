package annotate

import (
	"math"
	"strconv"
	"unicode/utf8"

	"chronicle/internal/actor"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/quantity"
	"chronicle/internal/timex"
)

// AppendJSON appends r's JSON form and a newline to dst: the very bytes an
// encoding/json Encoder with HTML escaping off writes, without its
// reflection, which cost as much as a whole annotation layer. ok is false
// when a number has no JSON form (NaN, ±Inf); the caller should then encode
// r with encoding/json to get its error. The tests compare both encoders on
// records whose every field is set, so a field added to an output type
// without a line here fails them.
func (r *Record) AppendJSON(dst []byte) (out []byte, ok bool) {
	w := jsonWriter{buf: dst, ok: true}
	w.byte('{')
	if d := r.Document; d != nil {
		w.key(`"id":`).str(d.ID)
		w.key(`,"title":`).str(d.Title)
		w.key(`,"url":`).str(d.URL)
		w.key(`,"lang":`).str(d.Lang)
		w.key(`,"format":`).str(d.Format)
		w.key(`,"source":{"path":`).str(d.Source.Path)
		w.key(`,"byte_offset":`).int(d.Source.ByteOffset)
		w.key(`,"line":`).int(int64(d.Source.Line))
		w.key(`},"text":`).str(d.Text)
		w.key(`,"sections":`)
		appendList(&w, d.Sections, (*jsonWriter).section)
		w.key(`,"infobox":`)
		appendList(&w, d.Infobox, (*jsonWriter).infoField)
		w.key(`,"artifacts":`)
		appendList(&w, d.Artifacts, (*jsonWriter).artifact)
		w.byte(',')
	}
	w.key(`"sentences":`)
	appendList(&w, r.Sentences, func(w *jsonWriter, s *Sentence) { w.key(`{"span":`).span(s.Span).byte('}') })
	if len(r.Tokens) > 0 {
		w.key(`,"tokens":`)
		appendList(&w, r.Tokens, func(w *jsonWriter, t *Token) { w.key(`{"span":`).span(t.Span).byte('}') })
	}
	w.key(`,"times":`)
	appendList(&w, r.Times, (*jsonWriter).time)
	w.key(`,"actors":`)
	if len(r.Actors) > 1 {
		w.tails = actorTailPool.Get().(*actorTails)
	}
	appendList(&w, r.Actors, (*jsonWriter).actor)
	if w.tails != nil {
		w.tails.reset()
		actorTailPool.Put(w.tails)
		w.tails = nil
	}
	w.key(`,"quantities":`)
	appendList(&w, r.Quantities, (*jsonWriter).quantity)
	w.key(`,"events":`)
	appendList(&w, r.Events, (*jsonWriter).event)
	w.key("}\n")
	return w.buf, w.ok
}

// jsonWriter appends JSON to buf; ok turns false on a number JSON cannot
// hold.
type jsonWriter struct {
	buf []byte
	ok  bool
	// tails locates in buf the encoded tail of the last mention of each
	// actor; nil when not caching.
	tails *actorTails
}

func (w *jsonWriter) byte(b byte) *jsonWriter {
	w.buf = append(w.buf, b)
	return w
}

// key appends literal JSON: punctuation and field names.
func (w *jsonWriter) key(s string) *jsonWriter {
	w.buf = append(w.buf, s...)
	return w
}

func (w *jsonWriter) int(n int64) *jsonWriter {
	w.buf = appendInt(w.buf, n)
	return w
}

// digitPairs holds "00" to "99".
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// appendInt appends n in decimal, as strconv.AppendInt does. A record
// writes thousands of spans and indexes, nearly all below 100000: their
// digits go straight into dst, two at a time, which takes half the time
// of strconv's general path.
func appendInt(dst []byte, n int64) []byte {
	if n < 0 || n >= 100000 {
		return strconv.AppendInt(dst, n, 10)
	}
	switch {
	case n < 10:
		return append(dst, byte('0'+n))
	case n < 100:
		return append(dst, digitPairs[2*n], digitPairs[2*n+1])
	case n < 1000:
		hi, lo := n/100, n%100
		return append(dst, byte('0'+hi), digitPairs[2*lo], digitPairs[2*lo+1])
	case n < 10000:
		hi, lo := n/100, n%100
		return append(dst, digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo], digitPairs[2*lo+1])
	}
	top, mid, lo := n/10000, n/100%100, n%100
	return append(dst, byte('0'+top), digitPairs[2*mid], digitPairs[2*mid+1], digitPairs[2*lo], digitPairs[2*lo+1])
}

func (w *jsonWriter) bool(b bool) *jsonWriter {
	w.buf = strconv.AppendBool(w.buf, b)
	return w
}

func (w *jsonWriter) span(s document.Span) *jsonWriter {
	w.buf = append(w.buf, '[')
	w.buf = appendInt(w.buf, int64(s[0]))
	w.buf = append(w.buf, ',')
	w.buf = appendInt(w.buf, int64(s[1]))
	w.buf = append(w.buf, ']')
	return w
}

func (w *jsonWriter) pair(p [2]string) *jsonWriter {
	return w.byte('[').str(p[0]).byte(',').str(p[1]).byte(']')
}

func (w *jsonWriter) intPtr(p *int) *jsonWriter {
	if p == nil {
		return w.key("null")
	}
	return w.int(int64(*p))
}

func (w *jsonWriter) floatPtr(p *float64) *jsonWriter {
	if p == nil {
		return w.key("null")
	}
	return w.float(*p)
}

// float writes f as encoding/json does: the shortest decimal that reads
// back as f, in exponent form only below 1e-6 or from 1e21 on, with a
// one-digit negative exponent unpadded.
func (w *jsonWriter) float(f float64) *jsonWriter {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.ok = false
		return w.key("null")
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	w.buf = strconv.AppendFloat(w.buf, f, format, -1, 64)
	if n := len(w.buf); format == 'e' && n >= 4 && w.buf[n-4] == 'e' && w.buf[n-3] == '-' && w.buf[n-2] == '0' {
		w.buf[n-2] = w.buf[n-1]
		w.buf = w.buf[:n-1]
	}
	return w
}

// jsonPlainASCII marks the ASCII bytes a JSON string holds as they are:
// all but control characters, the quote and the backslash.
var jsonPlainASCII = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string, escaping what encoding/json escapes with
// HTML escaping off: the quote, the backslash, control characters, U+2028,
// U+2029, and each byte of invalid UTF-8 (as U+FFFD).
func (w *jsonWriter) str(s string) *jsonWriter {
	buf := append(w.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonPlainASCII[b] {
				i++
				// Then eight at a time: English runs long without an
				// escape. Only after ASCII, so Thai pays nothing.
				for i+8 <= len(s) && plainASCII8(load8(s, i)) {
					i += 8
				}
				continue
			}
			buf = append(buf, s[start:i]...)
			switch b {
			case '"', '\\':
				buf = append(buf, '\\', b)
			case '\b':
				buf = append(buf, '\\', 'b')
			case '\f':
				buf = append(buf, '\\', 'f')
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		// The Thai block (E0 B8 80 to E0 B9 BF) needs no decoding; a whole
		// Thai word is passed in one loop.
		if isThaiAt(s, i) {
			i += 3
			for isThaiAt(s, i) {
				i += 3
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			buf = append(buf, s[start:i]...)
			buf = append(buf, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			buf = append(buf, s[start:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	buf = append(buf, s[start:]...)
	w.buf = append(buf, '"')
	return w
}

// isThaiAt reports whether s holds a Thai-block code point at byte i.
func isThaiAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE0 && s[i+1]&0xFE == 0xB8 && s[i+2]&0xC0 == 0x80
}

// load8 reads the eight bytes of s from i as a little-endian word; the
// compiler turns this into a single load.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Byte-wise constants for plainASCII8.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainASCII8 reports whether all eight bytes of x are ASCII that a JSON
// string holds as they are (jsonPlainASCII): none has its high bit set,
// none is below 0x20, and none is a quote or a backslash. Each test is
// the classic "some byte is zero / below n" word trick, which never
// misses such a byte.
func plainASCII8(x uint64) bool {
	hasZero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	if x&highs != 0 || (x-0x20*ones)&^x&highs != 0 {
		return false
	}
	return !hasZero(x^('"'*ones)) && !hasZero(x^('\\'*ones))
}

// appendList writes items as a JSON array, or null for a nil slice.
func appendList[T any](w *jsonWriter, items []T, item func(*jsonWriter, *T)) {
	if items == nil {
		w.key("null")
		return
	}
	w.byte('[')
	for i := range items {
		if i > 0 {
			w.byte(',')
		}
		item(w, &items[i])
	}
	w.byte(']')
}

func (w *jsonWriter) section(s *document.Section) {
	w.key(`{"title":`).str(s.Title)
	w.key(`,"level":`).int(int64(s.Level))
	w.key(`,"heading":`).span(s.Heading)
	w.key(`,"span":`).span(s.Span).byte('}')
}

func (w *jsonWriter) infoField(f *document.InfoField) {
	w.key(`{"key":`).str(f.Key)
	w.key(`,"value":`).str(f.Value)
	w.key(`,"span":`).span(f.Span)
	w.key(`,"value_span":`).span(f.ValueSpan).byte('}')
}

func (w *jsonWriter) artifact(a *document.Artifact) {
	w.key(`{"kind":`).str(a.Kind)
	w.key(`,"span":`).span(a.Span).byte('}')
}

func (w *jsonWriter) time(m *timex.Mention) {
	w.key(`{"text":`).str(m.Text)
	w.key(`,"span":`).span(m.Span)
	w.key(`,"type":`).str(m.Type)
	w.key(`,"value":`).str(m.Value)
	w.key(`,"mod":`).str(m.Mod)
	w.key(`,"interval":`).pair(m.Interval)
	w.key(`,"calendar":`).str(m.Calendar)
	w.key(`,"anchor":`).intPtr(m.Anchor).byte('}')
}

func (w *jsonWriter) actor(m *actor.Mention) {
	w.key(`{"text":`).str(m.Text)
	w.key(`,"span":`).span(m.Span)
	if start, end, ok := w.tails.find(m); ok {
		// Copies bytes written earlier; append copies them before it
		// could drop the old array.
		w.buf = append(w.buf, w.buf[start:end]...)
		return
	}
	start := len(w.buf)
	w.actorTail(m)
	w.tails.add(m, start, len(w.buf))
}

// actorTail writes the fields of m after its span.
func (w *jsonWriter) actorTail(m *actor.Mention) {
	w.key(`,"id":`).str(m.ID)
	w.key(`,"name":`).str(m.Name)
	w.key(`,"names":{`)
	if m.Names.TH != "" {
		w.key(`"th":`).str(m.Names.TH)
		if m.Names.EN != "" {
			w.byte(',')
		}
	}
	if m.Names.EN != "" {
		w.key(`"en":`).str(m.Names.EN)
	}
	w.key(`},"kind":`).str(m.Kind)
	w.key(`,"wikidata":`).str(m.Wikidata)
	w.key(`,"code":`).str(m.Code)
	w.key(`,"confidence":`).float(m.Confidence).byte('}')
}

func (w *jsonWriter) quantity(q *quantity.Quantity) {
	w.key(`{"text":`).str(q.Text)
	w.key(`,"span":`).span(q.Span)
	w.key(`,"value":`).float(q.Value)
	w.key(`,"min":`).floatPtr(q.Min)
	w.key(`,"max":`).floatPtr(q.Max)
	w.key(`,"unit":`).str(q.Unit)
	w.key(`,"approx":`).bool(q.Approx)
	w.key(`,"of":`).str(q.Of)
	if q.Noun != "" {
		w.key(`,"noun":`).str(q.Noun)
	}
	w.byte('}')
}

func (w *jsonWriter) event(e *event.Event) {
	w.key(`{"id":`).str(e.ID)
	w.key(`,"span":`).span(e.Span)
	w.key(`,"trigger":`).span(e.Trigger)
	w.key(`,"type":`).str(e.Type)
	w.key(`,"time":`).intPtr(e.Time)
	w.key(`,"value":`).str(e.Value)
	w.key(`,"interval":`).pair(e.Interval)
	w.key(`,"time_inherited":`).bool(e.TimeInherited)
	w.key(`,"actors":`)
	appendList(w, e.Actors, func(w *jsonWriter, r *event.Role) {
		w.key(`{"actor":`).int(int64(r.Actor))
		w.key(`,"role":`).str(r.Role).byte('}')
	})
	w.key(`,"place":`).intPtr(e.Place)
	w.key(`,"quantities":`)
	appendList(w, e.Quantities, func(w *jsonWriter, n *int) { w.int(int64(*n)) })
	w.key(`,"negated":`).bool(e.Negated).byte('}')
}
