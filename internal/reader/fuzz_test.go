package reader

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addFuzzSeeds adds the samples and a few hand-made edge cases.
func addFuzzSeeds(f *testing.F, extra ...string) {
	for _, name := range []string{"sample_wiki.txt", "sample.jsonl", "sample_plain_en.txt", "sample_plain_th.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// fuzzFormat reads data in one format, once with the default limit and once
// with a limit small enough to cut documents, and checks every document.
func fuzzFormat(t *testing.T, data []byte, format Format) {
	saved := MaxDocumentBytes
	defer func() { MaxDocumentBytes = saved }()
	for _, limit := range []int{saved, 1 + len(data)/3} {
		MaxDocumentBytes = limit
		for doc, err := range Documents(bytes.NewReader(data), "fuzz.txt", format) {
			if err != nil {
				continue
			}
			checkDocument(t, doc)
			off := doc.Source.ByteOffset
			if off < 0 || off > int64(len(data)) || doc.Source.Line < 1 {
				t.Fatalf("source %+v outside the %d-byte input", doc.Source, len(data))
			}
			if len(doc.Text) > limit {
				t.Fatalf("document of %d bytes passed the limit %d", len(doc.Text), limit)
			}
			if format == Plain && !bytes.HasPrefix(data[off:], []byte(doc.Text)) {
				t.Fatalf("plain text is not the input at offset %d", off)
			}
			if format == WikiExtractor && (!bytes.HasPrefix(data[off:], []byte(openTag)) || !bytes.Contains(data[off:], []byte(doc.Text))) {
				t.Fatalf("document at offset %d is not a <doc> of the input", off)
			}
		}
	}
}

func FuzzWikiExtractor(f *testing.F) {
	addFuzzSeeds(f,
		`<doc id="1" title="T">T x.AB A. B. y</doc>`,
		"<doc id=\"1\">\na\n<doc id=\"2\">b</doc></doc>junk<doc",
		"<doc title='&quot;'>\xff</doc>",
		strings.Repeat("<doc>", 50),
	)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, data, WikiExtractor) })
}

func FuzzJSONLines(f *testing.F) {
	addFuzzSeeds(f,
		`{"id":1,"title":"T","text":"T\n\nx.AB A. B. y"}`,
		"{\"text\":\"\\u0000\"}\n{\"text\":\"\\ud800\"}\n{",
		`{"id":{},"text":""}`,
	)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, data, JSONLines) })
}

func FuzzPlain(f *testing.F) {
	addFuzzSeeds(f,
		"= T =\nInfobox\n- a: b\n- :\n== x ==\n= U =\n",
		"\n\n=\n==\n= =\n",
		"Infobox\n- K: ()&lt;[[x]] formula_1",
	)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, data, Plain) })
}
