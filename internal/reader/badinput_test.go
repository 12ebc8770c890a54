package reader

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"chronicle/internal/document"
)

// wantBadInput checks a stream that holds good documents around one bad
// spot: the good ones come through and the error names the file and line.
func wantBadInput(t *testing.T, docs []*document.Document, errs []error, wantIDs []string, wantErr error, path string, line int) {
	t.Helper()
	var ids []string
	for _, d := range docs {
		checkDocument(t, d)
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, ",") != strings.Join(wantIDs, ",") {
		t.Errorf("documents %v, want %v", ids, wantIDs)
	}
	if len(errs) != 1 {
		t.Fatalf("errors %v, want exactly one", errs)
	}
	var ie *InputError
	if !errors.As(errs[0], &ie) || !errors.Is(errs[0], wantErr) {
		t.Fatalf("error %v (%T), want an InputError wrapping %v", errs[0], errs[0], wantErr)
	}
	if ie.Path != path || ie.Line != line {
		t.Errorf("error at %s:%d, want %s:%d (%v)", ie.Path, ie.Line, path, line, errs[0])
	}
	if prefix := filepath.ToSlash(path) + ":"; !strings.HasPrefix(errs[0].Error(), prefix) {
		t.Errorf("message %q does not start with %q", errs[0].Error(), prefix)
	}
}

func TestUnclosedDoc(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		line     int
	}{
		{"closed by end of input", "<doc id=\"1\">\na\n</doc>\n<doc id=\"2\">\nnever closed\n", []string{"1"}, 4},
		{"new doc before close", "<doc id=\"1\">\na\n</doc>\n\n<doc id=\"2\">\nopen\n<doc id=\"3\">\nc\n</doc>\n", []string{"1", "3"}, 5},
		{"same line", "<doc id=\"1\">a<doc id=\"2\">b</doc>", []string{"2"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(Documents(strings.NewReader(tt.in), "u.txt", Auto))
			wantBadInput(t, docs, errs, tt.ids, ErrUnclosedDoc, "u.txt", tt.line)
			if tt.name == "new doc before close" && docs[1].Source.Line != 7 {
				t.Errorf("document after the unclosed one starts on line %d, want 7", docs[1].Source.Line)
			}
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		line     int
	}{
		{"wikiextractor", "<doc id=\"1\">\nก\n</doc>\n<doc id=\"2\">\nok\nbad \xff byte\n</doc>\n<doc id=\"3\">\nข\n</doc>\n", []string{"1", "3"}, 6},
		{"jsonl", "{\"id\":\"1\",\"text\":\"ก\"}\n{\"id\":\"2\",\"text\":\"\xe0\xb8\"}\n{\"id\":\"3\",\"text\":\"ข\"}\n", []string{"1", "3"}, 2},
		{"plain", "= A =\nก\n= B =\nok\n\xc3(\n= C =\nข\n", []string{"bad", "bad#3"}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(Documents(strings.NewReader(tt.in), "dir/bad.txt", Auto))
			wantBadInput(t, docs, errs, tt.ids, ErrInvalidUTF8, "dir/bad.txt", tt.line)
		})
	}
}

func TestBinaryInput(t *testing.T) {
	t.Run("binary file", func(t *testing.T) {
		in := "\x7fELF\x02\x01\x01\x00\x00\x00\n\x00\x01\xfe\xff"
		docs, errs := collect(Documents(strings.NewReader(in), "a.out", Auto))
		wantBadInput(t, docs, errs, nil, ErrBinary, "a.out", 1)
	})
	t.Run("NUL inside one document", func(t *testing.T) {
		in := "<doc id=\"1\">a</doc>\n<doc id=\"2\">\nb\x00c\n</doc>\n<doc id=\"3\">c</doc>\n"
		docs, errs := collect(Documents(strings.NewReader(in), "n.txt", Auto))
		wantBadInput(t, docs, errs, []string{"1", "3"}, ErrBinary, "n.txt", 3)
	})
	t.Run("escaped NUL in JSON", func(t *testing.T) {
		in := `{"id":"1","text":"a"}` + "\n" + `{"id":"2","text":"a\u0000b"}` + "\n" + `{"id":"3","text":"c"}` + "\n"
		docs, errs := collect(Documents(strings.NewReader(in), "n.jsonl", Auto))
		wantBadInput(t, docs, errs, []string{"1", "3"}, ErrBinary, "n.jsonl", 2)
	})
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", " \n\n\t\n", "\xef\xbb\xbf"} {
		for _, format := range []Format{Auto, WikiExtractor, JSONLines, Plain} {
			docs, errs := collect(Documents(strings.NewReader(in), "empty.txt", format))
			wantBadInput(t, docs, errs, nil, ErrEmptyInput, "empty.txt", 1)
			if t.Failed() {
				t.Fatalf("input %q, format %s", in, format)
			}
		}
	}
}

func TestMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "absent.txt")
	docs, errs := collect(File(path, Auto))
	if len(docs) != 0 || len(errs) != 1 {
		t.Fatalf("docs %v errors %v, want one error", docs, errs)
	}
	if !errors.Is(errs[0], fs.ErrNotExist) || !strings.Contains(errs[0].Error(), path) {
		t.Errorf("error %q should name %s and wrap fs.ErrNotExist", errs[0], path)
	}
}

func TestBadJSONLine(t *testing.T) {
	in := `{"id":"1","title":"A","text":"a"}` + "\n\n" + `{"id":"2","text":"unterminated}` + "\n" + `{"id":"3","text":"c"}` + "\n"
	docs, errs := collect(Documents(strings.NewReader(in), "d.jsonl", Auto))
	wantBadInput(t, docs, errs, []string{"1", "3"}, ErrBadJSON, "d.jsonl", 3)
	if docs[1].Source.Line != 4 {
		t.Errorf("third document on line %d, want 4", docs[1].Source.Line)
	}
	for _, bad := range []string{`["text"]`, `{"id":"1"}`, `{"id":true,"text":"x"}`} {
		_, errs := collect(Documents(strings.NewReader(bad), "e.jsonl", JSONLines))
		if len(errs) != 1 || !errors.Is(errs[0], ErrBadJSON) {
			t.Errorf("%s: errors %v, want one bad JSON error", bad, errs)
		}
	}
}

func TestReadErrorComesLast(t *testing.T) {
	diskErr := errors.New("disk failure")
	r := io.MultiReader(strings.NewReader("<doc id=\"1\">a</doc>\n<doc id=\"2\">b"), iotest.ErrReader(diskErr))
	docs, errs := collect(Documents(r, "r.txt", Auto))
	if len(docs) != 1 || len(errs) != 1 || !errors.Is(errs[0], diskErr) {
		t.Fatalf("docs %d errors %v, want 1 document then the read error", len(docs), errs)
	}
	var ie *InputError
	if errors.As(errs[0], &ie) {
		t.Errorf("read error reported as input error: %v", errs[0])
	}
}

// repeatReader yields n copies of one byte.
type repeatReader struct {
	b byte
	n int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), r.n)]
	for i := range p {
		p[i] = r.b
	}
	r.n -= int64(len(p))
	return len(p), nil
}

// heapSampler passes reads through and records the largest HeapInuse seen
// every sampleEvery bytes, so a test sees the peak while the reader works.
type heapSampler struct {
	r           io.Reader
	sampleEvery int64
	sinceSample int64
	peak        uint64
}

func (h *heapSampler) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.sinceSample += int64(n)
	if h.sinceSample >= h.sampleEvery {
		h.sinceSample = 0
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		h.peak = max(h.peak, ms.HeapInuse)
	}
	return n, err
}

func TestHundredMegabyteLine(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 300 MB")
	}
	const lineBytes = 100 << 20
	tests := []struct {
		name, before, after string
		ids                 []string
		line                int
	}{
		{"wikiextractor", "<doc id=\"1\" title=\"A\">\ngood\n</doc>\n<doc id=\"2\" title=\"B\">\n", "\n</doc>\n<doc id=\"3\" title=\"C\">\ngood\n</doc>\n", []string{"1", "3"}, 5},
		{"jsonl", `{"id":"1","text":"good"}` + "\n" + `{"id":"2","text":"`, `"}` + "\n" + `{"id":"3","text":"good"}` + "\n", []string{"1", "3"}, 2},
		{"plain", "= A =\ngood\n= B =\n", "\n= C =\ngood\n", []string{"long", "long#3"}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runtime.GC()
			sampler := &heapSampler{r: io.MultiReader(strings.NewReader(tt.before), &repeatReader{b: 'x', n: lineBytes}, strings.NewReader(tt.after)), sampleEvery: 4 << 20}
			docs, errs := collect(Documents(sampler, "long.txt", Auto))
			wantBadInput(t, docs, errs, tt.ids, ErrTooLarge, "long.txt", tt.line)
			t.Logf("peak HeapInuse %d MiB for a %d MiB line (limit %d MiB)", sampler.peak>>20, lineBytes>>20, MaxDocumentBytes>>20)
			if limit := uint64(MaxDocumentBytes + 16<<20); sampler.peak > limit {
				t.Errorf("peak HeapInuse %d MiB, want below %d MiB", sampler.peak>>20, limit>>20)
			}
		})
	}
}

func TestStandardInput(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("= First =\ntext\n= Second =\n\xff\n= Third =\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	docs, errs := collect(File("-", Auto))
	wantBadInput(t, docs, errs, []string{"stdin", "stdin#3"}, ErrInvalidUTF8, "stdin", 4)
}
