package annotate

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"testing"
	"unicode/utf8"

	"chronicle/internal/actor"
	"chronicle/internal/cputime"
	"chronicle/internal/document"
	"chronicle/internal/samples"
)

// encodingJSON is what AppendJSON must reproduce byte for byte.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// trickyStrings exercise every escape: quotes, backslashes, control
// characters, HTML characters (left alone), U+2028/U+2029, other
// three-byte sequences starting 0xE2, Thai, and invalid UTF-8.
var trickyStrings = []string{
	"",
	"plain ascii",
	"q\"uo\\te\b\f\n\r\t\x00\x01\x1f\x7f end",
	"<a href='x'>&amp;</a>",
	"line\u2028para\u2029 dash\u2014 quote\u201c\u201d euro\u20ac",
	"ไทย ๑๒๓ ฯลฯ",
	"bad \xff\xfe utf8 \xe2\x80 cut \xe2\x80\xa8 \xe0\xb8",
	"\xe2",
	"emoji 😀 and 𝄞",
	"a plain run longer than a word, then \"quoted\" text\\ and\x01control, é and ไทย at an odd offset\n",
}

// fill sets every field reachable from v to a value that is not zero,
// taking strings, numbers and lengths from seed, so that a field added to
// an output type shows up in the encoding.
func fill(v reflect.Value, seed int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(trickyStrings[seed%len(trickyStrings)] + "x")
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(seed*37 - 5))
	case reflect.Float64:
		floats := []float64{0.95, 1e-7, 1e21, 123456789, -2.5e-9, 0.1, 3, 1e20}
		v.SetFloat(floats[seed%len(floats)])
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), seed+1)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), seed+i+1)
		}
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), seed+i+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), seed+i+1)
			}
		}
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	var records []*Record
	for seed := range 2 * len(trickyStrings) {
		r := new(Record)
		fill(reflect.ValueOf(r).Elem(), seed)
		records = append(records, r)
	}
	empty := &Record{Document: &document.Document{}, Sentences: []Sentence{}, Tokens: []Token{}}
	records = append(records, &Record{}, empty)
	zeroes := new(Record)
	fill(reflect.ValueOf(zeroes).Elem(), 3)
	for i := range zeroes.Events {
		zeroes.Events[i].Actors, zeroes.Events[i].Quantities, zeroes.Events[i].Place = nil, []int{}, nil
	}
	for i := range zeroes.Actors {
		zeroes.Actors[i].Names.TH, zeroes.Actors[i].Confidence = "", 0
	}
	for i := range zeroes.Quantities {
		zeroes.Quantities[i].Noun, zeroes.Quantities[i].Min = "", nil
	}
	records = append(records, zeroes)
	for i, r := range records {
		got, ok := r.AppendJSON(nil)
		if want := encodingJSON(t, r); !ok || !bytes.Equal(got, want) {
			t.Errorf("record %d (ok %v):\n got %s\nwant %s", i, ok, got, want)
		}
	}
}

func TestAppendJSONRefusesWhatJSONCannotHold(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		r := &Record{}
		fill(reflect.ValueOf(r).Elem(), 1)
		r.Quantities[0].Value = f
		if _, ok := r.AppendJSON(nil); ok {
			t.Errorf("value %v: ok, want refusal", f)
		}
		if _, err := json.Marshal(r); err == nil {
			t.Errorf("value %v: encoding/json accepts it; AppendJSON should too", f)
		}
	}
}

func TestAppendJSONOnSamples(t *testing.T) {
	ann, err := New(Options{Tokens: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range samples.Files() {
		doc := &document.Document{ID: f.Name, Text: string(f.Data)}
		r := ann.Annotate(doc)
		got, ok := r.AppendJSON(nil)
		if want := encodingJSON(t, r); !ok || !bytes.Equal(got, want) {
			t.Errorf("%s: AppendJSON differs from encoding/json", f.Name)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := jsonWriter{ok: true}
		got := string(w.str(s).buf)
		want := bytes.TrimSuffix(encodingJSON(t, s), []byte("\n"))
		if got != string(want) {
			t.Fatalf("str(%q) = %s, want %s", s, got, want)
		}
	})
}

// TestPlainASCII8 checks the eight-byte test against the byte table with
// every byte value in every lane, amid plain letters.
func TestPlainASCII8(t *testing.T) {
	for lane := range 8 {
		for b := range 256 {
			word := []byte("abcdefgh")
			word[lane] = byte(b)
			want := true
			for _, c := range word {
				want = want && c < utf8.RuneSelf && jsonPlainASCII[c]
			}
			if got := plainASCII8(load8(string(word), 0)); got != want {
				t.Errorf("plainASCII8(%q) = %v, want %v", word, got, want)
			}
		}
	}
}

func BenchmarkAppendJSON(b *testing.B) {
	ann, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	f := samples.Files()[0]
	r := ann.Annotate(&document.Document{ID: f.Name, Text: string(f.Data)})
	var buf []byte
	b.SetBytes(int64(len(f.Data)))
	cpu0 := cputime.Process()
	for b.Loop() {
		buf, _ = r.AppendJSON(buf[:0])
	}
	// Per CPU second: other programs on a shared machine disturb it far
	// less than wall time.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(f.Data))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkAppendJSONEnglishSeed encodes the record of the English seed,
// whose hundreds of actor mentions and events dominate the output.
func BenchmarkAppendJSONEnglishSeed(b *testing.B) {
	benchmarkAppendJSONSeed(b, "002_37139f9e1a0765fa.txt")
}

// BenchmarkAppendJSONThaiSeed does the same on the Thai seed.
func BenchmarkAppendJSONThaiSeed(b *testing.B) {
	benchmarkAppendJSONSeed(b, "000_36b565043f4e1db3.txt")
}

func benchmarkAppendJSONSeed(b *testing.B, seed string) {
	ann, doc := seedDocument(b, seed)
	r := ann.Annotate(doc)
	buf, _ := r.AppendJSON(nil)
	b.SetBytes(int64(len(buf)))
	cpu0 := cputime.Process()
	for b.Loop() {
		buf, _ = r.AppendJSON(buf[:0])
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func TestAppendIntMatchesStrconv(t *testing.T) {
	for _, n := range []int64{0, 1, 9, 10, 42, 99, 100, 101, 999, 1000, 1234, 9999, 10000, 10001, 54321, 99999, 100000, 123456789, -1, -99, -100000, math.MaxInt64, math.MinInt64} {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.FormatInt(n, 10); got != want {
			t.Errorf("appendInt(%d) = %q, want %q", n, got, want)
		}
	}
	for n := range int64(200000) {
		if got, want := string(appendInt(nil, n)), strconv.FormatInt(n, 10); got != want {
			t.Fatalf("appendInt(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestAppendJSONActorTails checks the copied tails of repeated actors:
// a mention whose id repeats but whose other fields differ (0 against -0
// included) must be encoded afresh, and the later repeats of each
// variant must copy the right bytes.
func TestAppendJSONActorTails(t *testing.T) {
	base := actor.Mention{Text: "กองทัพ", ID: "army", Name: "Army", Names: actor.Names{TH: "กองทัพ", EN: "Army"},
		Kind: "military", Code: "MIL", Confidence: 0.95}
	variants := []func(m *actor.Mention){
		func(m *actor.Mention) {},
		func(m *actor.Mention) { m.Name = "Armed forces" },
		func(m *actor.Mention) { m.Names.TH = "" },
		func(m *actor.Mention) { m.Names.EN = "Troops \"x\"" },
		func(m *actor.Mention) { m.Kind = "state" },
		func(m *actor.Mention) { m.Wikidata = "Q1" },
		func(m *actor.Mention) { m.Code = "" },
		func(m *actor.Mention) { m.Confidence = 0 },
		func(m *actor.Mention) { m.Confidence = math.Copysign(0, -1) },
		func(m *actor.Mention) { m.ID = "navy" },
		func(m *actor.Mention) { m.Text = "ทหาร\u2028" },
	}
	var mentions []actor.Mention
	for round := range 3 {
		for i, change := range variants {
			m := base
			change(&m)
			m.Span = document.Span{round*100 + i, round*100 + i + 1}
			mentions = append(mentions, m, m)
		}
	}
	for _, actors := range [][]actor.Mention{nil, {}, mentions[:1], mentions} {
		r := &Record{Actors: actors}
		got, ok := r.AppendJSON([]byte("prefix "))
		if want := append([]byte("prefix "), encodingJSON(t, r)...); !ok || !bytes.Equal(got, want) {
			t.Errorf("%d actors (ok %v):\n got %s\nwant %s", len(actors), ok, got, want)
		}
	}
}
