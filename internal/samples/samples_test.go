package samples

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func fileData(t *testing.T, name string) string {
	t.Helper()
	for _, f := range Files() {
		if f.Name == name {
			return string(f.Data)
		}
	}
	t.Fatalf("no sample file %q", name)
	return ""
}

func TestFilesOrderMatchesFS(t *testing.T) {
	files := Files()
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		fromFS, err := fs.ReadFile(FS, f.Name)
		if err != nil {
			t.Fatalf("FS lacks %s: %v", f.Name, err)
		}
		if !bytes.Equal(fromFS, f.Data) {
			t.Errorf("%s: FS and Files disagree", f.Name)
		}
	}
	want := []string{"east_timor_th.xml", "east_timor_en.txt", "asean_jsonl.jsonl", "bangladesh_1971_th.xml", "bangladesh_1971_en.txt"}
	if !slices.Equal(names, want) {
		t.Errorf("Files names = %v, want %v", names, want)
	}
	entries, err := fs.ReadDir(FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(want) {
		t.Errorf("FS holds %d entries, want only the %d documents", len(entries), len(want))
	}
}

func TestFilesReturnsCopies(t *testing.T) {
	first := Files()
	first[0].Data[0] = 'X'
	if Files()[0].Data[0] == 'X' {
		t.Error("modifying a returned File changed the embedded data")
	}
}

func TestFilesAreValidUTF8(t *testing.T) {
	for _, f := range Files() {
		t.Run(f.Name, func(t *testing.T) {
			if len(f.Data) == 0 {
				t.Fatal("empty file")
			}
			if !utf8.Valid(f.Data) {
				t.Error("not valid UTF-8")
			}
			if bytes.Contains(f.Data, []byte("\r")) {
				t.Error("contains a carriage return")
			}
			if !bytes.HasSuffix(f.Data, []byte("\n")) {
				t.Error("does not end with a newline")
			}
		})
	}
}

var docTag = regexp.MustCompile(`^<doc id="(\d+)" url="https://example\.org/wiki\?curid=(\d+)" title="([^"]+)">`)

// The Thai file mimics WikiExtractor: one <doc> per line, the title repeated
// as the first words of the text.
func TestThaiXMLDocs(t *testing.T) {
	text := fileData(t, "east_timor_th.xml")
	if n := strings.Count(text, "<doc "); n != 2 {
		t.Errorf("%d <doc tags, want 2", n)
	}
	if n := strings.Count(text, "</doc>"); n != 2 {
		t.Errorf("%d </doc> tags, want 2", n)
	}
	wantTitles := []string{"วิกฤตการณ์ติมอร์ตะวันออก พ.ศ. 2542", "วิกฤตการณ์ต้มยำกุ้ง"}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) != len(wantTitles) {
		t.Fatalf("%d lines, want one per document (%d)", len(lines), len(wantTitles))
	}
	for i, line := range lines {
		m := docTag.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("line %d: no WikiExtractor doc tag at start: %.80q", i+1, line)
		}
		if m[1] != m[2] {
			t.Errorf("line %d: id %s but curid %s", i+1, m[1], m[2])
		}
		if m[3] != wantTitles[i] {
			t.Errorf("line %d: title %q, want %q", i+1, m[3], wantTitles[i])
		}
		body, ok := strings.CutSuffix(line[len(m[0]):], "</doc>")
		if !ok {
			t.Fatalf("line %d: does not end with </doc>", i+1)
		}
		if !strings.HasPrefix(body, m[3]+" ") {
			t.Errorf("line %d: body does not repeat the title first", i+1)
		}
	}
}

// Headings glued to the previous paragraph, then repeated with ". ", are the
// artefacts the reader must recognise; keep them in the sample.
func TestThaiXMLHeadingArtefacts(t *testing.T) {
	text := fileData(t, "east_timor_th.xml")
	for _, want := range []string{
		"เอกราชการลงประชามติ พ.ศ. 2542 การลงประชามติ พ.ศ. 2542. ",
		"ศตวรรษที่ 21ภูมิหลัง ภูมิหลัง. ",
		"สี่เดือนการแทรกแซงระหว่างประเทศกองกำลังอินเตอร์เฟต การแทรกแซงระหว่างประเทศ. กองกำลังอินเตอร์เฟต. ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing heading artefact %q", want)
		}
	}
}

func TestEnglishLayout(t *testing.T) {
	text := fileData(t, "east_timor_en.txt")
	lines := strings.Split(text, "\n")
	if lines[0] != "= 1999 East Timorese crisis =" || lines[1] != "" || lines[2] != "Infobox" {
		t.Fatalf("unexpected head: %q", lines[:3])
	}
	var keys []string
	for _, l := range lines[3:] {
		if l == "" {
			break
		}
		key, _, ok := strings.Cut(strings.TrimPrefix(l, "- "), ": ")
		if !strings.HasPrefix(l, "- ") || !ok {
			t.Fatalf("infobox line %q is not \"- Key: Value\"", l)
		}
		keys = append(keys, key)
	}
	for _, k := range []string{"Conflict", "Date", "Place", "Result", "Combatant1", "Combatant2", "Commander1", "Commander2", "Strength1", "Casualties3"} {
		if !slices.Contains(keys, k) {
			t.Errorf("infobox lacks key %s (have %v)", k, keys)
		}
	}
	var sections, subsections int
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "=== ") && strings.HasSuffix(l, " ==="):
			subsections++
		case strings.HasPrefix(l, "== ") && strings.HasSuffix(l, " =="):
			sections++
		}
	}
	if sections < 5 || subsections != 1 {
		t.Errorf("%d sections and %d subsections, want at least 5 and exactly 1", sections, subsections)
	}
}

func TestJSONLines(t *testing.T) {
	text := fileData(t, "asean_jsonl.jsonl")
	sc := bufio.NewScanner(strings.NewReader(text))
	var titles []string
	line := 0
	for sc.Scan() {
		line++
		var row map[string]string
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		var keys []string
		for k, v := range row {
			keys = append(keys, k)
			if v == "" {
				t.Errorf("line %d: empty %s", line, k)
			}
		}
		slices.Sort(keys)
		if !slices.Equal(keys, []string{"id", "text", "title", "url"}) {
			t.Errorf("line %d: keys %v, want id, text, title, url", line, keys)
		}
		if row["url"] != "https://example.org/wiki?curid="+row["id"] {
			t.Errorf("line %d: url %q does not match id %q", line, row["url"], row["id"])
		}
		titles = append(titles, row["title"])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{"ASEAN enlargement", "การขยายสมาชิกภาพของอาเซียน"}
	if !slices.Equal(titles, want) {
		t.Errorf("titles %v, want %v", titles, want)
	}
}

// The two planted Thai–English discrepancies (see data/README.md), and the
// absence of their counterparts, which would turn a conflict into agreement.
func TestPlantedDiscrepancies(t *testing.T) {
	tests := []struct {
		file, phrase string
		present      bool
	}{
		{"east_timor_en.txt", "INTERFET troops first landed in Dili on 20 September 1999.", true},
		{"east_timor_en.txt", "On September 20, Cosgrove arrived in Dili with the first troops.", true},
		{"east_timor_th.xml", "อินเตอร์เฟตเคลื่อนกำลังชุดแรกเข้าสู่เมืองดิลีเมื่อวันที่ 21 กันยายน พ.ศ. 2542", true},
		{"east_timor_th.xml", "วันที่ 21 กันยายน นายพลคอสโกรฟเดินทางถึงดิลีพร้อมทหารชุดแรก", true},
		{"east_timor_en.txt", "21 September", false},
		{"east_timor_en.txt", "September 21", false},
		{"east_timor_th.xml", "วันที่ 20 กันยายน", false},
		{"east_timor_en.txt", "pledged US$522 million for reconstruction", true},
		{"east_timor_th.xml", "เพื่อการฟื้นฟูบูรณะรวม 0.48 พันล้านดอลลาร์สหรัฐ", true},
		{"east_timor_en.txt", "480", false},
		{"east_timor_th.xml", "522", false},
	}
	for _, tt := range tests {
		text := fileData(t, tt.file)
		if got := strings.Contains(text, tt.phrase); got != tt.present {
			t.Errorf("%s contains %q = %v, want %v", tt.file, tt.phrase, got, tt.present)
		}
		if tt.present && strings.Count(text, tt.phrase) != 1 {
			t.Errorf("%s: %q occurs %d times, want once", tt.file, tt.phrase, strings.Count(text, tt.phrase))
		}
	}
}

// Later stages test these constructions; an edit that drops one should fail
// here first.
func TestRequiredConstructions(t *testing.T) {
	required := map[string][]string{
		"east_timor_th.xml": {
			"25 ตุลาคม พ.ศ. 2542", "วันที่ 30 สิงหาคม 2542", "ปลาย พ.ศ. 2518", "ต้นปี 2542",
			"กลางเดือนกันยายน", "ครึ่งปีหลังของ พ.ศ. 2542", "ไตรมาสที่ 3", "4–20 กันยายน พ.ศ. 2542",
			"ตั้งแต่วันที่ 28 พฤศจิกายน ถึง 7 ธันวาคม พ.ศ. 2518", "ค.ศ. 1999", "๒๐ พฤษภาคม พ.ศ. ๒๕๔๕",
			"ทศวรรษ 2520", "คริสต์ทศวรรษ 1990", "ปีถัดมา", "สามวันต่อมา", "สองวันต่อมา", "วันรุ่งขึ้น",
			"ในเดือนเดียวกันนั้น", "สองสัปดาห์", "24 ปี", "สี่เดือน",
			"ราว 1,400 คน", "ระหว่าง 1,000 ถึง 2,000 คน", "กว่า 250,000 คน", "กว่า 2.5 แสนคน",
			"1 แสนถึง 1.8 แสนคน", "ราว 8 แสนคน", "หลายหมื่นคน", "100 ล้านดอลลาร์สหรัฐ",
			"1.72 หมื่นล้านดอลลาร์สหรัฐ", "ร้อยละ 78.5", "ร้อยละ 98.6", "ราว 11,000 นาย", "ราว 1,500 นาย",
			"50 นาย", "ข้อมติที่ 1264", "สงครามโลกครั้งที่สอง",
			"อินโดนีเซีย", "ออสเตรเลีย", "โปรตุเกส", "สหประชาชาติ", "คณะมนตรีความมั่นคง", "(INTERFET)",
			"(UNTAET)", "เฟรติลิน", "ฟาลินตีล", "อาเซียน", "ซูฮาร์โต", "นายบี. เจ. ฮาบีบี",
			"นายซานานา กุสเมา", "นายโชเซ ราโมส-ออร์ตา", "นายโคฟี อันนัน", "พลตรีปีเตอร์ คอสโกรฟ",
			"นายพลคอสโกรฟ", "พล.ต. ทรงกิตติ จักกาบาตร์", "นายเซร์ฌีอู วีเอย์รา ดี เมลลู",
			"นายชวน หลีกภัย", "พล.อ. ชวลิต ยงใจยุทธ",
		},
		"east_timor_en.txt": {
			"August 30, 1999", "30 August 1999", "the 20th of May 2002", "On September 12", "On September 20",
			"late 1975", "mid-1999", "the 1990s", "the first half of 2000", "from 4 to 20 September 1999",
			"from 28 November to 7 December 1975", "1999–2002", "The following year", "Two days later",
			"Three days later", "That autumn", "24 years", "two weeks", "four-month",
			"about 1,400", "between 1,000 and 2,000", "more than 250,000", "between 100,000 and 180,000",
			"78.5%", "about 1,500 troops", "about 11,000 troops", "US$100 million", "Resolution 1264",
			"World War II", "Indonesia", "Australia", "Portugal", "Security Council", "INTERFET", "UNTAET",
			"FRETILIN", "Falintil", "ASEAN", "Thailand", "Suharto", "B. J. Habibie", "Xanana Gusmão",
			"José Ramos-Horta", "Kofi Annan", "Peter Cosgrove", "Sérgio Vieira de Mello",
		},
		"asean_jsonl.jsonl": {
			"8 August 1967", "Bangkok Declaration", "28 July 1995", "23 July 1997", "30 April 1999",
			"8 สิงหาคม พ.ศ. 2510", "ปฏิญญากรุงเทพฯ", "28 กรกฎาคม พ.ศ. 2538", "23 กรกฎาคม พ.ศ. 2540",
			"30 เมษายน พ.ศ. 2542",
		},
	}
	for name, phrases := range required {
		text := fileData(t, name)
		for _, p := range phrases {
			if !strings.Contains(text, p) {
				t.Errorf("%s lacks %q", name, p)
			}
		}
	}
}
