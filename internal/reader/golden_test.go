package reader

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/document"
)

// goldenOutput is what a golden file records for one input.
type goldenOutput struct {
	Documents []*document.Document `json:"documents"`
	Errors    []string             `json:"errors"`
}

func TestGolden(t *testing.T) {
	tests := []struct {
		file   string
		format Format
		docs   int
	}{
		{"sample_wiki.txt", WikiExtractor, 2},
		{"sample.jsonl", JSONLines, 2},
		{"sample_plain_en.txt", Plain, 2},
		{"sample_plain_th.txt", Plain, 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			docs, errs := collect(File(path, Auto))
			if len(docs) != tt.docs || len(errs) != 0 {
				t.Fatalf("got %d documents and errors %v, want %d documents", len(docs), errs, tt.docs)
			}
			out := goldenOutput{Documents: docs}
			for _, doc := range docs {
				checkDocument(t, doc)
				if doc.Format != string(tt.format) {
					t.Errorf("%s: format %q, want %q", doc.ID, doc.Format, tt.format)
				}
			}
			for _, err := range errs {
				out.Errors = append(out.Errors, err.Error())
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run go test -update and review the diff", golden)
			}
		})
	}
}

// TestSampleStructure asserts what the golden files should contain, so that
// an -update cannot silently bless a regression.
func TestSampleStructure(t *testing.T) {
	docs, _ := collect(File(filepath.Join("testdata", "sample_wiki.txt"), Auto))
	if len(docs) != 2 {
		t.Fatalf("got %d documents", len(docs))
	}
	thai := docs[0]
	wantThai := []struct {
		title string
		level int
	}{
		{"วิกฤตการณ์ ร.ศ. 112", 1},
		{"ภูมิหลัง", 2},
		{"การปะทะที่ปากน้ำ", 2},
		{"ยุทธนาวีที่ปากน้ำ พ.ศ. 2436", 3},
		{"ผลที่ตามมา", 2},
	}
	if len(thai.Sections) != len(wantThai) {
		t.Fatalf("Thai sections: %+v", thai.Sections)
	}
	for i, w := range wantThai {
		s := thai.Sections[i]
		if s.Title != w.title || s.Level != w.level || sliceOf(thai, s.Heading) != w.title {
			t.Errorf("section %d = %q level %d heading %q, want %q level %d", i, s.Title, s.Level, sliceOf(thai, s.Heading), w.title, w.level)
		}
	}
	if thai.Source.Line != 1 || thai.Source.ByteOffset != 0 {
		t.Errorf("Thai source %+v", thai.Source)
	}
	english := docs[1]
	if english.Source.Line != 2 || !strings.HasPrefix(english.Text, "Great Siege of Malta\n") || strings.HasSuffix(english.Text, "\n") {
		t.Errorf("English source %+v, text %.30q…", english.Source, english.Text)
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "sample_wiki.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw[english.Source.ByteOffset:], []byte(`<doc id="1002"`)) {
		t.Errorf("byte offset %d does not point at the second <doc", english.Source.ByteOffset)
	}

	plain, _ := collect(File(filepath.Join("testdata", "sample_plain_en.txt"), Auto))
	if len(plain) != 2 || plain[0].ID != "sample_plain_en" || plain[1].ID != "sample_plain_en#2" {
		t.Fatalf("plain IDs: %v", plain)
	}
	if plain[1].Title != "Battle of Ko Chang" || !strings.HasPrefix(plain[1].Text, "= Battle of Ko Chang =") {
		t.Errorf("second plain document: %q %.30q", plain[1].Title, plain[1].Text)
	}
	keys := []string{}
	for _, f := range plain[0].Infobox {
		keys = append(keys, f.Key)
		if sliceOf(plain[0], f.ValueSpan) != f.Value || !strings.HasPrefix(sliceOf(plain[0], f.Span), "- "+f.Key+":") {
			t.Errorf("infobox %q spans do not match the text", f.Key)
		}
	}
	if got := strings.Join(keys, ","); got != "Conflict,Partof,Date,Place,Result,Combatant1,Combatant2" {
		t.Errorf("infobox keys %s", got)
	}
}
