package reader

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/document"
)

func TestThaiSeed(t *testing.T) {
	path := seedPath(t, thaiSeed)
	docs, errs := collect(File(path, Auto))
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v; want 1 document", len(docs), errs)
	}
	doc := docs[0]
	checkDocument(t, doc)
	if doc.ID != "419002" || doc.Title != "สงครามกัมพูชา–เวียดนาม" || doc.Format != string(WikiExtractor) {
		t.Errorf("id %q title %q format %q", doc.ID, doc.Title, doc.Format)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	body := raw[bytes.IndexByte(raw, '>')+1 : bytes.LastIndex(raw, []byte(closeTag))]
	if doc.Text != string(body) {
		t.Error("text differs from the bytes between the tags")
	}
	var titles []string
	for _, s := range doc.Sections {
		t.Logf("L%d %q heading %v span %v", s.Level, s.Title, s.Heading, s.Span)
		titles = append(titles, s.Title)
		if got := sliceOf(doc, s.Heading); got != s.Title {
			t.Errorf("heading span of %q reads %q", s.Title, got)
		}
	}
	for _, want := range []string{
		"สงครามกัมพูชา–เวียดนาม",
		"การขึ้นมามีอำนาจของพรรคคอมมิวนิสต์",
		"การปะทะกันทางทหาร",
		"การสู้รบและมิตรภาพ พ.ศ. 2518 – 2519",
		"พ.ศ. 2520 เริ่มต้นสงคราม",
		"การรุกรานกัมพูชา",
		"ข้อตกลงสันติภาพปารีส",
	} {
		if !slices.Contains(titles, want) {
			t.Errorf("section %q not recovered", want)
		}
	}
	levels := map[string]int{}
	for _, s := range doc.Sections {
		levels[s.Title] = s.Level
	}
	if levels["การปะทะกันทางทหาร"] != 2 || levels["การสู้รบและมิตรภาพ พ.ศ. 2518 – 2519"] != 3 {
		t.Errorf("levels of the two-heading run: %v", levels)
	}
	kinds := map[string]int{}
	for _, a := range doc.Artifacts {
		kinds[a.Kind]++
	}
	if kinds[document.ArtifactTitleRepeat] != 1 || kinds[document.ArtifactGluedHeading] < 10 || kinds[document.ArtifactMarkup] < 1 {
		t.Errorf("artifact counts %v", kinds)
	}
}

func TestEnglishSeed(t *testing.T) {
	path := seedPath(t, englishSeed)
	docs, errs := collect(File(path, Auto))
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v; want 1 document", len(docs), errs)
	}
	doc := docs[0]
	checkDocument(t, doc)
	if doc.Title != "Khmer Rouge insurgency" || doc.Format != string(Plain) || doc.ID != strings.TrimSuffix(englishSeed, ".txt") {
		t.Errorf("id %q title %q format %q", doc.ID, doc.Title, doc.Format)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != string(raw) {
		t.Error("text differs from the file")
	}
	var keys []string
	for _, f := range doc.Infobox {
		keys = append(keys, f.Key)
		if sliceOf(doc, f.ValueSpan) != f.Value {
			t.Errorf("value span of %s reads %q", f.Key, sliceOf(doc, f.ValueSpan))
		}
	}
	wantKeys := []string{"Conflict", "Place", "Partof", "Date", "Result", "Combatant1", "Combatant2", "Commander1", "Commander2", "Units1", "Units2"}
	if !slices.Equal(keys, wantKeys) {
		t.Errorf("infobox keys %v, want %v", keys, wantKeys)
	}
	var sections []string
	for _, s := range doc.Sections {
		t.Logf("L%d %q heading %v span %v", s.Level, s.Title, s.Heading, s.Span)
		if s.Level == 2 {
			sections = append(sections, s.Title)
		}
	}
	wantSections := []string{"The conflict", "Peace process", "Second conflict", "1997 coup d'état and the final offensives", "See also"}
	if !slices.Equal(sections, wantSections) {
		t.Errorf("sections %q, want %q", sections, wantSections)
	}
}
