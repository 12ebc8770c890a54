package reader

import (
	"bufio"
	"errors"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/document"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"", Auto, false},
		{"auto", Auto, false},
		{"WikiExtractor", WikiExtractor, false},
		{"jsonl", JSONLines, false},
		{" plain ", Plain, false},
		{"xml", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, in string
		want     Format
	}{
		{"doc tag", `<doc id="1">x</doc>`, WikiExtractor},
		{"doc tag after blank lines", "\n\n  \t<doc id=\"1\">", WikiExtractor},
		{"json object", `{"text":"x"}`, JSONLines},
		{"json after blanks", "\r\n {", JSONLines},
		{"title heading", "= Title =\n", Plain},
		{"prose", "Once upon a time", Plain},
		{"other tag", "<document>", Plain},
		{"short prefix of doc", "<do", Plain},
		{"thai prose", "สงครามเริ่มขึ้น", Plain},
		{"blank", "   \n", Plain},
		{"long blank prefix", strings.Repeat(" ", 3000) + "<doc>", WikiExtractor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectFormat(bufio.NewReaderSize(strings.NewReader(tt.in), readBufferSize)); got != tt.want {
				t.Errorf("detectFormat(%.20q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDetectedFormatIsRecorded(t *testing.T) {
	for in, want := range map[string]Format{
		"<doc id=\"7\" title=\"T\">\nbody\n</doc>\n":  WikiExtractor,
		`{"id":"7","title":"T","text":"body"}` + "\n": JSONLines,
		"= T =\nbody\n": Plain,
	} {
		docs, errs := collect(Documents(strings.NewReader(in), "x.txt", Auto))
		if len(docs) != 1 || len(errs) != 0 || docs[0].Format != string(want) || docs[0].Title != "T" {
			t.Errorf("%.20q: docs %+v errs %v, want one %s document titled T", in, docs, errs, want)
		}
	}
}

func TestTitleRepeat(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              string // "" when there is no repeat
	}{
		{"own line", "Siege of Rhodes", "Siege of Rhodes\n\nThe siege began…", "Siege of Rhodes"},
		{"space then lead naming the subject", "ยุทธการที่บางระจัน", "ยุทธการที่บางระจัน ยุทธการที่บางระจันเป็นการสู้รบ", "ยุทธการที่บางระจัน"},
		{"lead differs slightly", "สงครามไทย–พม่า", "สงครามไทย–พม่า สงครามไทย-พม่าเป็น", "สงครามไทย–พม่า"},
		{"English lead with article", "Battle of Lepanto", "Battle of Lepanto The Battle of Lepanto was fought in 1571.", "Battle of Lepanto"},
		{"lead sentence only", "Ayutthaya", "Ayutthaya was the capital of Siam.", ""},
		{"title glued to word", "Lepanto", "Lepantos are many", ""},
		{"not at start", "Lepanto", "In 1571, Lepanto", ""},
		{"whole text", "Lepanto", "Lepanto", "Lepanto"},
		{"empty title", "", "text", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &document.Document{Title: tt.title, Text: tt.text}
			annotateExtracted(doc)
			got := ""
			for _, a := range doc.Artifacts {
				if a.Kind == document.ArtifactTitleRepeat {
					got = sliceOf(doc, a.Span)
				}
			}
			if got != tt.want {
				t.Fatalf("title repeat %q, want %q", got, tt.want)
			}
			if got != "" && (len(doc.Sections) == 0 || doc.Sections[0].Level != 1 || doc.Sections[0].Title != tt.title) {
				t.Errorf("no level-1 section for the repeated title: %+v", doc.Sections)
			}
		})
	}
}

func TestGluedHeadings(t *testing.T) {
	type heading struct {
		title string
		level int
	}
	tests := []struct {
		name, text string
		want       []heading
	}{
		{"single Thai", "ทัพหน้าถอยกลับไปผลของสงคราม ผลของสงคราม. สยามได้ดินแดนคืน",
			[]heading{{"ผลของสงคราม", 2}}},
		{"run of two with พ.ศ. inside", "สงบลงชั่วคราวการรบครั้งที่สองยุทธการ พ.ศ. 2310 การรบครั้งที่สอง. ยุทธการ พ.ศ. 2310. กองทัพ",
			[]heading{{"การรบครั้งที่สอง", 2}, {"ยุทธการ พ.ศ. 2310", 3}}},
		{"run of three", "end of the lead.AftermathLegacyIn film Aftermath. Legacy. In film. The war",
			[]heading{{"Aftermath", 2}, {"Legacy", 3}, {"In film", 4}}},
		{"heading ends the text", "ที่สุดบทสรุป บทสรุป.", []heading{{"บทสรุป", 2}}},
		{"heading starting with a year", "was signed.1905 treaty 1905 treaty. It", []heading{{"1905 treaty", 2}}},
		{"two runs", "aaa.First First. bbb.Second Second. ccc", []heading{{"First", 2}, {"Second", 2}}},
		{"not glued (space before)", "the war ended in 1975 1975. After that", nil},
		{"lowercase word repeated", "to bathe the. Next", nil},
		{"repeat without dot", "อิทธิพลการรบ การรบ ต่อมา", nil},
		{"glued block differs", "ต่อมาการรบที่หนึ่ง การรบที่สอง. ต่อมา", nil},
		{"only prose", "The siege lasted four months. The defenders held out.", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &document.Document{Text: tt.text}
			annotateExtracted(doc)
			checkDocument(t, doc)
			var got []heading
			var glued []string
			for _, s := range doc.Sections {
				got = append(got, heading{s.Title, s.Level})
				if sliceOf(doc, s.Heading) != s.Title {
					t.Errorf("heading span %v reads %q, want %q", s.Heading, sliceOf(doc, s.Heading), s.Title)
				}
			}
			for _, a := range doc.Artifacts {
				if a.Kind == document.ArtifactGluedHeading {
					glued = append(glued, sliceOf(doc, a.Span))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("headings %v, want %v", got, tt.want)
			}
			var titles []string
			for _, h := range tt.want {
				titles = append(titles, h.title)
			}
			if !slices.Equal(glued, titles) {
				t.Errorf("glued artifacts %q, want %q", glued, titles)
			}
		})
	}
}

func TestGluedSectionSpans(t *testing.T) {
	text := "นำ.กข ก. ข. เนื้อหา.ค ค. ท้าย"
	doc := &document.Document{Text: text}
	annotateExtracted(doc)
	if len(doc.Sections) != 3 {
		t.Fatalf("sections %+v", doc.Sections)
	}
	// Run one: ก (level 2) and ข (level 3); run two: ค (level 2).
	gStart := strings.Index(text, "กข")
	secondRun := len([]rune(text[:strings.Index(text, "ค ค.")]))
	wantSpans := []document.Span{
		{len([]rune(text[:gStart])), secondRun},
		{len([]rune(text[:gStart])) + 1, secondRun},
		{secondRun, len([]rune(text))},
	}
	for i, s := range doc.Sections {
		if s.Span != wantSpans[i] {
			t.Errorf("section %d %q span %v, want %v", i, s.Title, s.Span, wantSpans[i])
		}
	}
}

func TestMarkup(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wiki links", "the [[fort]] fell", []string{"[[", "]]"}},
		{"templates", "ข้อความ {{lang}} ต่อ", []string{"{{", "}}"}},
		{"ref tags", `said<ref name="a">source</ref> and <ref/>`, []string{`<ref name="a">`, "</ref>", "<ref/>"}},
		{"entities", "a &lt;b&gt; &amp; &#160; &#x2013;", []string{"&lt;", "&gt;", "&amp;", "&#160;", "&#x2013;"}},
		{"not an entity", "AT&T and R&D; & so", nil},
		{"placeholders", "x = formula_12 and codice_3.", []string{"formula_12", "codice_3"}},
		{"placeholder inside a word", "myformula_1 formula_ formula_x", nil},
		{"empty parens", "born () in 1900 (; ) and ( , )", []string{"()", "(; )", "( , )"}},
		{"real parens", "the king (1851–1868) and (a)", nil},
		{"glued Latin token between Thai", "ของกัมพูชา0oกระทั่ง", []string{"0o"}},
		{"Thai with digits only", "ครบรอบ 2ปีที่", nil},
		{"Latin word between Thai with spaces", "ระบบ GPS ของ", nil},
		{"Latin word glued but letters only", "ระบบGPSของ", nil},
		{"other tags are prose", "a <b> c <doc>", nil},
		{"unclosed listed tag", "<ref name= and more", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, at := range defaultMarkupRules.findMarkup(tt.text) {
				got = append(got, tt.text[at[0]:at[1]])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("markup %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseMarkupRules(t *testing.T) {
	rules, err := parseMarkupRules("# comment\n\nliteral ~~\nplaceholder math\ntag abbr\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	text := "a ~~ b math_2 <abbr title=\"x\">c</abbr>"
	for _, at := range rules.findMarkup(text) {
		got = append(got, text[at[0]:at[1]])
	}
	if want := []string{"~~", "math_2", `<abbr title="x">`, "</abbr>"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, bad := range []string{"literal", "regex x"} {
		if _, err := parseMarkupRules(bad); err == nil {
			t.Errorf("parseMarkupRules(%q) accepted", bad)
		}
	}
}

func TestParseHeading(t *testing.T) {
	tests := []struct {
		line  string
		level int
		title string
	}{
		{"= Title =", 1, "Title"},
		{"== 1997 coup d'état ==\n", 2, "1997 coup d'état"},
		{"=== Naval losses ===\r\n", 3, "Naval losses"},
		{"==No spaces==", 2, "No spaces"},
		{"= a = b =", 1, "a = b"},
		{"== unbalanced =", 0, ""},
		{"====", 0, ""},
		{"=  =", 0, ""},
		{" = indented =", 0, ""},
		{"plain text", 0, ""},
	}
	for _, tt := range tests {
		level, start, end, ok := parseHeading(tt.line)
		title := ""
		if ok {
			title = tt.line[start:end]
		}
		if level != tt.level || title != tt.title {
			t.Errorf("parseHeading(%q) = %d %q, want %d %q", tt.line, level, title, tt.level, tt.title)
		}
	}
}

func TestInfobox(t *testing.T) {
	text := "= T =\n\nInfobox\n- Date: 1 May 1900: dawn\n- Empty:\nnot a field\n-NoSpace: x\n- : no key\n- Place:  Rome  \n\n- After: blank\n"
	doc := &document.Document{Text: text}
	annotatePlain(doc)
	want := []struct{ key, value string }{{"Date", "1 May 1900: dawn"}, {"Empty", ""}, {"Place", "Rome"}}
	if len(doc.Infobox) != len(want) {
		t.Fatalf("infobox %+v", doc.Infobox)
	}
	for i, w := range want {
		f := doc.Infobox[i]
		if f.Key != w.key || f.Value != w.value || sliceOf(doc, f.ValueSpan) != w.value {
			t.Errorf("field %d = %q:%q (span reads %q), want %q:%q", i, f.Key, f.Value, sliceOf(doc, f.ValueSpan), w.key, w.value)
		}
		if line := sliceOf(doc, f.Span); !strings.HasPrefix(line, "- "+w.key+":") || strings.Contains(line, "\n") {
			t.Errorf("field %d line span reads %q", i, line)
		}
	}
}

func TestWikiTagAttributes(t *testing.T) {
	in := `<doc id="5" url="https://x.org/?a=1&amp;b=2" title="&quot;Black Week&quot; &amp; after">` + "\nbody\n</doc>\n<doc>\nno attributes\n</doc>\n"
	docs, errs := collect(Documents(strings.NewReader(in), "dir/batch.txt", WikiExtractor))
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
	if docs[0].Title != `"Black Week" & after` || docs[0].URL != "https://x.org/?a=1&b=2" || docs[0].Text != "body" {
		t.Errorf("first document %+v", docs[0])
	}
	if docs[1].ID != "batch#2" || docs[1].Text != "no attributes" {
		t.Errorf("second document ID %q text %q", docs[1].ID, docs[1].Text)
	}
}

func TestWikiDocsOnOneLineAndJunk(t *testing.T) {
	in := "<doc id=\"1\" title=\"A\">one</doc><doc id=\"2\" title=\"B\">two > three</doc>\nstray text\n<doc id=\"3\" title=\"C\">x &lt;doc y</doc>"
	docs, errs := collect(Documents(strings.NewReader(in), "f", Auto))
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	if want := []string{"one", "two > three", "x &lt;doc y"}; !slices.Equal(texts, want) {
		t.Errorf("texts %q, want %q", texts, want)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrOutsideDoc) || !strings.HasPrefix(errs[0].Error(), "f:2: ") {
		t.Errorf("errors %v, want one outside-doc error on line 2", errs)
	}
}

func TestEarlyStop(t *testing.T) {
	in := strings.Repeat("<doc id=\"1\">x</doc>\n", 10)
	n := 0
	for range Documents(strings.NewReader(in), "f", Auto) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("read %d documents after break", n)
	}
}

func TestGluedHeadingsAdversarialInput(t *testing.T) {
	// Dense dots and repeats must neither be taken for headings nor slow
	// the scan down (the work per space is capped).
	for _, text := range []string{
		strings.Repeat("a. ", 20000),
		strings.Repeat("Aa Aa. ", 20000),
		strings.Repeat("กก ", 20000) + strings.Repeat("ก. ", 20000),
	} {
		doc := &document.Document{Text: text}
		annotateExtracted(doc)
		checkDocument(t, doc)
	}
}

// markupEverywhere is findMarkup without the start table: it tries every
// byte, so it shows what the table may skip.
func markupEverywhere(m *markupRules, text string) [][2]int {
	var found [][2]int
	for i := 0; i < len(text); {
		if end := m.matchAt(text, i); end > i {
			found = append(found, [2]int{i, end})
			i = end
			continue
		}
		i++
	}
	return found
}

// markupRulesForTests adds rules whose first bytes are unusual: a literal
// and a placeholder starting with letters, a placeholder starting with
// punctuation, and a literal starting with a non-ASCII letter.
var markupRulesForTests = mustParseMarkupRules(markupRulesText + "\nliteral xx!\nplaceholder q\nplaceholder -ph\nliteral ก~\n")

func TestFindMarkupSkipsOnlyWhatCannotMatch(t *testing.T) {
	texts := []string{
		"formula_1 (formula_2) xformula_3 _formula_4 ไทยformula_5 9codice_6",
		"ของกัมพูชา0oกระทั่ง ก1a ข x1y ไทยq_7ไทย ab-ph_8 -ph_9 q_1 aq_2",
		"[[a]] {{b}} &amp; <ref>x</ref> ( ) xx! axx! ก~ ไทยก~",
		"\xff0o\xe0\xb8\x811a\xe0\xb8\x81 end",
	}
	for _, rules := range []*markupRules{defaultMarkupRules, markupRulesForTests} {
		for _, text := range texts {
			if got, want := rules.findMarkup(text), markupEverywhere(rules, text); !slices.Equal(got, want) {
				t.Errorf("%q: findMarkup %v, want %v", text, got, want)
			}
		}
	}
}

func FuzzFindMarkup(f *testing.F) {
	f.Add("formula_1 (formula_2) ของกัมพูชา0oกระทั่ง -ph_9 q_1 xx! ก~ &amp; <ref/>")
	f.Fuzz(func(t *testing.T, text string) {
		for _, rules := range []*markupRules{defaultMarkupRules, markupRulesForTests} {
			if got, want := rules.findMarkup(text), markupEverywhere(rules, text); !slices.Equal(got, want) {
				t.Fatalf("%q: findMarkup %v, want %v", text, got, want)
			}
		}
	})
}
