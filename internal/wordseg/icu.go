//go:build cgo && icu

package wordseg

/*
#cgo pkg-config: icu-uc icu-i18n
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>

// wordseg_state owns a Thai word break iterator and its UTF-16 buffers.
typedef struct {
	UBreakIterator *bi;
	UChar *text;     // UTF-16 copy of the run
	int32_t *runeAt; // code-point offset of each UTF-16 offset
	int32_t cap;     // capacity of text and runeAt, in UTF-16 units
} wordseg_state;

static wordseg_state *wordseg_open(void) {
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "th", NULL, 0, &st);
	if (U_FAILURE(st)) {
		return NULL;
	}
	wordseg_state *s = calloc(1, sizeof(wordseg_state));
	if (s == NULL) {
		ubrk_close(bi);
		return NULL;
	}
	s->bi = bi;
	return s;
}

static void wordseg_close(wordseg_state *s) {
	ubrk_close(s->bi);
	free(s->text);
	free(s->runeAt);
	free(s);
}

// wordseg_break writes to out (room for n entries) the code-point offsets
// where words of runes[0:n] end and returns how many, or -1 on error.
static int32_t wordseg_break(wordseg_state *s, const int32_t *runes, int32_t n, int32_t *out) {
	int32_t need = 2 * n + 1;
	if (need > s->cap) {
		UChar *text = realloc(s->text, need * sizeof(UChar));
		if (text == NULL) return -1;
		s->text = text;
		int32_t *runeAt = realloc(s->runeAt, need * sizeof(int32_t));
		if (runeAt == NULL) return -1;
		s->runeAt = runeAt;
		s->cap = need;
	}
	int32_t u = 0;
	for (int32_t i = 0; i < n; i++) {
		uint32_t r = (uint32_t)runes[i];
		s->runeAt[u] = i;
		if (r > 0xFFFF && r <= 0x10FFFF) {
			r -= 0x10000;
			s->text[u++] = (UChar)(0xD800 + (r >> 10));
			s->runeAt[u] = i + 1; // a break never falls between surrogates
			s->text[u++] = (UChar)(0xDC00 + (r & 0x3FF));
		} else {
			s->text[u++] = (UChar)(r > 0xFFFF ? 0xFFFD : r);
		}
	}
	s->runeAt[u] = n;
	UErrorCode st = U_ZERO_ERROR;
	ubrk_setText(s->bi, s->text, u, &st);
	if (U_FAILURE(st)) return -1;
	int32_t k = 0;
	for (int32_t p = ubrk_next(s->bi); p != UBRK_DONE && k < n; p = ubrk_next(s->bi)) {
		out[k++] = s->runeAt[p];
	}
	return k;
}

static int wordseg_icu_major(void) {
	UVersionInfo v;
	u_getVersion(v);
	return v[0];
}
*/
import "C"

import (
	"runtime"
	"slices"
	"strconv"
	"sync"
	"unsafe"
)

// icuEngine segments with ICU's dictionary-based word break iterator.
type icuEngine struct {
	label string
	pool  sync.Pool // *icuState
}

// icuState wraps one break iterator; ICU iterators are not goroutine-safe,
// so each is used by one goroutine at a time through the pool.
type icuState struct {
	c *C.wordseg_state
}

func newICUState() *icuState {
	c := C.wordseg_open()
	if c == nil {
		return nil
	}
	s := &icuState{c: c}
	runtime.AddCleanup(s, func(c *C.wordseg_state) { C.wordseg_close(c) }, c)
	return s
}

var (
	icuOnce   sync.Once
	icuShared *icuEngine
)

// newICUEngine returns the ICU engine, or nil if ICU cannot open a Thai word
// break iterator (missing data).
func newICUEngine() engine {
	icuOnce.Do(func() {
		first := newICUState()
		if first == nil {
			return
		}
		e := &icuEngine{label: "icu-" + strconv.Itoa(int(C.wordseg_icu_major()))}
		e.pool.New = func() any { return newICUState() }
		e.pool.Put(first)
		icuShared = e
	})
	if icuShared == nil {
		return nil
	}
	return icuShared
}

func (e *icuEngine) name() string { return e.label }

func (e *icuEngine) appendWordEnds(dst []int32, run []rune, _ bool) []int32 {
	n := len(run)
	if n == 0 {
		return dst
	}
	s, _ := e.pool.Get().(*icuState)
	if s == nil {
		return append(dst, int32(n))
	}
	defer e.pool.Put(s)
	start := len(dst)
	dst = slices.Grow(dst, n)[:start+n]
	k := C.wordseg_break(s.c, (*C.int32_t)(unsafe.Pointer(&run[0])), C.int32_t(n), (*C.int32_t)(unsafe.Pointer(&dst[start])))
	if k <= 0 {
		return append(dst[:start], int32(n))
	}
	return dst[:start+int(k)]
}
