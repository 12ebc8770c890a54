package sentence

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

func TestLexiconLoads(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if l.enAbbrev["Dr."] != abbrevNever || l.enAbbrev["No."] != abbrevNumber || l.enAbbrev["etc."] != abbrevFinal {
		t.Errorf("en_abbrev kinds not parsed: %v", l.enAbbrev)
	}
	if !l.thEra.has("พ.ศ.") || !l.thMonths.has("ธันวาคม") || !l.thCont.has("และ") {
		t.Error("Thai lists miss basic entries")
	}
}

func TestWordListLongestMatchAndMarkers(t *testing.T) {
	l, err := parseWordList("test.txt", "# comment\nที่\n!ที่ประชุม\n=การ\nของ\n\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"prefix", l.prefixOf("ที่ซึ่ง"), true},
		{"exception wins as longest", l.prefixOf("ที่ประชุมใหญ่"), false},
		{"no match", l.prefixOf("ทหาร"), false},
		{"suffix", l.suffixOf("สิ่งของ"), true},
		{"whole-only entry inside a chunk", l.suffixOf("ต้องการ"), false},
		{"whole-only entry as the chunk", l.suffixOf("การ"), true},
		{"exact", l.has("ของ"), true},
		{"exception is not a word", l.has("ที่ประชุม"), false},
		{"empty", l.prefixOf(""), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestListParseErrorsNameFileAndLine(t *testing.T) {
	if _, err := parseWordList("th_x.txt", "ก\nสอง คำ\n"); err == nil || !strings.Contains(err.Error(), "th_x.txt:2") {
		t.Errorf("word list error = %v, want th_x.txt:2", err)
	}
	if _, err := parseAbbrevs("en_x.txt", "Dr.\nNo. sometimes\n"); err == nil || !strings.Contains(err.Error(), "en_x.txt:2") {
		t.Errorf("abbreviation error = %v, want en_x.txt:2", err)
	}
}

func TestSplitNilAndEmpty(t *testing.T) {
	if got := Split(nil, nil); got != nil {
		t.Errorf("Split(nil) = %v", got)
	}
	for _, text := range []string{"", "   ", "\n\n\t"} {
		if got := Split(&document.Document{Lang: "th", Text: text}, document.NewRuneText(text)); len(got) != 0 {
			t.Errorf("Split(%q) = %v, want none", text, got)
		}
	}
}

// A RuneText of another text must not put spans on the wrong text.
func TestSplitRebuildsMismatchedIndex(t *testing.T) {
	doc := &document.Document{Lang: "en", Text: "One sentence here. Another one there."}
	got := Split(doc, document.NewRuneText("short"))
	want := []document.Span{{0, 18}, {19, 37}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Split with mismatched index = %v, want %v", got, want)
	}
	if Split(doc, nil) == nil {
		t.Error("Split with nil index returned nothing")
	}
}

func TestSpansAreCodePoints(t *testing.T) {
	doc := &document.Document{Lang: "th", Text: "สงครามยุติลง\nทหารกลับบ้าน"}
	got := Split(doc, document.NewRuneText(doc.Text))
	want := []document.Span{{0, 12}, {13, 25}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("spans = %v, want %v (code points, not bytes)", got, want)
	}
}

func TestLanguageRouting(t *testing.T) {
	text := "Dr. Lee arrived. He spoke."
	tests := []struct {
		lang string
		want int
	}{
		{"en", 2},    // Dr. is an abbreviation
		{"en-GB", 2}, // region subtags are ignored
		{"EN", 2},
		{"fr", 3}, // the generic rule knows no abbreviations
		{"", 3},
		{"und", 3},
	}
	for _, tt := range tests {
		if got := splitText(t, tt.lang, text); len(got) != tt.want {
			t.Errorf("lang %q: %d sentences %q, want %d", tt.lang, len(got), got, tt.want)
		}
	}
}

func TestHeadingsAreSentences(t *testing.T) {
	var b docBuilder
	b.heading(1, "=", "The Long March")
	b.write("It began in October. It ended a year later.\n\n")
	b.heading(2, "==", "Aftermath")
	b.write("The survivors rested")
	got := sentenceTexts(t, b.build("en"))
	sameSentences(t, got, []string{
		"= The Long March =",
		"It began in October.",
		"It ended a year later.",
		"== Aftermath ==",
		"The survivors rested",
	})
}

// A heading glued into running text (as extractors flatten them) is cut
// out of the text around it, and a dot glued to it belongs to it.
func TestGluedHeadingInRunningText(t *testing.T) {
	var b docBuilder
	b.write("กองทัพถอยกลับในปีนั้น")
	b.artifact(document.ArtifactGluedHeading, "ผลของสงคราม")
	b.write(" ")
	h := b.write("ผลของสงคราม")
	b.doc.Sections = append(b.doc.Sections, document.Section{Title: "ผลของสงคราม", Level: 2, Heading: h})
	b.write(". หมู่บ้านหลายแห่งถูกทิ้งร้าง")
	got := sentenceTexts(t, b.build("th"))
	sameSentences(t, got, []string{"กองทัพถอยกลับในปีนั้น", "ผลของสงคราม", "ผลของสงคราม.", "หมู่บ้านหลายแห่งถูกทิ้งร้าง"})
}

func TestInfoboxLinesAreSentences(t *testing.T) {
	var b docBuilder
	b.write("= Siege =\n\n")
	b.infobox([2]string{"Date", "3 May 1954. 7 May 1954"}, [2]string{"Result", "Ceasefire"})
	b.write("The siege lasted two months.")
	got := sentenceTexts(t, b.build("en"))
	sameSentences(t, got, []string{
		"= Siege =",
		"Infobox",
		"- Date: 3 May 1954. 7 May 1954", // one line, one sentence, even with a full stop inside
		"- Result: Ceasefire",
		"The siege lasted two months.",
	})
}

func TestArtifactEndsSentence(t *testing.T) {
	var b docBuilder
	b.write("The treaty was signed")
	b.artifact(document.ArtifactMarkup, "]]")
	b.write(" in the capital and the troops left.")
	got := sentenceTexts(t, b.build("en"))
	sameSentences(t, got, []string{"The treaty was signed]]", "in the capital and the troops left."})
}

func TestTitleRepeatIsOwnSentence(t *testing.T) {
	var b docBuilder
	b.artifact(document.ArtifactTitleRepeat, "ยุทธการที่เขาพระ")
	b.write(" ยุทธการที่เขาพระเป็นการรบครั้งสำคัญ")
	got := sentenceTexts(t, b.build("th"))
	sameSentences(t, got, []string{"ยุทธการที่เขาพระ", "ยุทธการที่เขาพระเป็นการรบครั้งสำคัญ"})
}

// Out-of-range, reversed and overlapping structure spans are ignored or
// resolved, never a panic.
func TestBadStructureSpans(t *testing.T) {
	text := "First part here. Second part there."
	doc := &document.Document{
		Lang: "en",
		Text: text,
		Sections: []document.Section{
			{Heading: document.Span{5, 2}},
			{Heading: document.Span{-3, 4}},
			{Heading: document.Span{0, 500}},
			{Heading: document.Span{6, 10}},
			{Heading: document.Span{8, 20}}, // overlaps the one before: dropped
		},
		Infobox:   []document.InfoField{{Span: document.Span{30, 99}}},
		Artifacts: []document.Artifact{{Kind: "markup", Span: document.Span{7, 9}}, {Span: document.Span{40, 41}}},
	}
	got := sentenceTexts(t, doc)
	sameSentences(t, got, []string{"First", "part", "here.", "Second part there."})
}
