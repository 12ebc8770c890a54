package sentence

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/document"
)

// sampleThai is a short article of our own on the Siamese revolution of
// 1932, laid out as a reader would return it: title repeated as the first
// words, an infobox, a heading glued into the running text, a markup
// remnant, dates, quantities, names written in parts.
func sampleThai() *document.Document {
	var b docBuilder
	b.artifact(document.ArtifactTitleRepeat, "การปฏิวัติสยาม พ.ศ. 2475")
	b.write("\n")
	b.infobox(
		[2]string{"วันที่", "24 มิถุนายน พ.ศ. 2475"},
		[2]string{"สถานที่", "พระนคร สยาม"},
		[2]string{"ผล", "เปลี่ยนการปกครองเป็นระบอบราชาธิปไตยภายใต้รัฐธรรมนูญ"},
		[2]string{"ผู้นำ", "พระยาพหลพลพยุหเสนา, ปรีดี พนมยงค์, แปลก พิบูลสงคราม"},
	)
	b.write("การปฏิวัติสยาม พ.ศ. 2475 เป็นการเปลี่ยนแปลงการปกครองจากระบอบสมบูรณาญาสิทธิราชย์เป็นระบอบราชาธิปไตยภายใต้รัฐธรรมนูญ " +
		"เหตุการณ์เกิดขึ้นในเช้าวันที่ 24 มิถุนายน พ.ศ. 2475 โดยคณะราษฎรซึ่งมีสมาชิกราว 100 คน " +
		"ขณะนั้น พระมหากษัตริย์ประทับอยู่ที่หัวหิน คณะราษฎรควบคุมตัวเจ้านายหลายพระองค์ไว้เป็นตัวประกัน " +
		"และส่งหนังสือกราบบังคมทูลเชิญให้เสด็จกลับพระนคร")
	b.artifact(document.ArtifactGluedHeading, "ภูมิหลัง")
	b.write(" ")
	h := b.write("ภูมิหลัง")
	b.doc.Sections = append(b.doc.Sections, document.Section{Title: "ภูมิหลัง", Level: 2, Heading: h})
	b.write(". ภายหลังสงครามโลกครั้งที่ 1 เศรษฐกิจของสยามตกต่ำอย่างหนัก รัฐบาลต้องปลดข้าราชการจำนวนมาก " +
		"และตัดงบประมาณของกองทัพ นักเรียนไทยในยุโรป เช่น ปรีดี พนมยงค์ และแปลก พิบูลสงคราม " +
		"ได้ประชุมกันที่กรุงปารีสเมื่อเดือนกุมภาพันธ์ พ.ศ. 2469 (ค.ศ. 1927 ตามปฏิทินสากล) เพื่อวางแผนเปลี่ยนแปลงการปกครอง " +
		"พวกเขาเรียกกลุ่มของตนว่า \"คณะราษฎร\" (People's Party) ต่อมา สมาชิกได้ชักชวนนายทหารบก ทหารเรือ และพลเรือน ฯลฯ เข้าร่วม")
	b.artifact(document.ArtifactMarkup, "[[")
	b.write("\nในช่วง พ.ศ. 2475 – 2476 เกิดความขัดแย้งระหว่างคณะราษฎรกับฝ่ายอนุรักษนิยมหลายครั้ง " +
		"ทหารราว 2,000 นาย เคลื่อนกำลังจากหัวเมืองเข้าสู่พระนครในเดือนตุลาคม พ.ศ. 2476 การสู้รบยุติลงภายในสองสัปดาห์")
	return b.build("th")
}

// sampleEnglish is a short article of our own on the same events in
// English, with abbreviations, initials, decimals and quotations.
func sampleEnglish() *document.Document {
	var b docBuilder
	b.heading(1, "=", "Siamese revolution of 1932")
	b.infobox(
		[2]string{"Date", "24 June 1932"},
		[2]string{"Place", "Bangkok, Siam"},
		[2]string{"Result", "End of absolute monarchy. Constitution adopted"},
	)
	b.write("The Siamese revolution of 1932 was a nearly bloodless transition from absolute to constitutional monarchy. " +
		"It was led by the People's Party (Khana Ratsadon), a group of about 100 civil servants and officers.\n\n")
	b.heading(2, "==", "Background")
	b.write("After World War I, Siam's finances worsened, and the government cut salaries by approx. 1.5 per cent " +
		"while dismissing many officials. Students returning from Europe, e.g. Pridi Banomyong, had met in Paris in Feb. 1927. " +
		"Their manifesto promised \"six principles... for the good of the people\" and equality before the law.\n\n")
	b.heading(2, "==", "The coup")
	b.write("On the morning of 24 June, Col. Phraya Phahon read the proclamation in front of the throne hall. " +
		"Troops held about 40 princes and officials, i.e. the core of the old government. The king, then at Hua Hin,\n" +
		"accepted a provisional constitution on 27 June. Did anyone resist? Very few did!\n\n")
	b.heading(2, "==", "Legacy")
	b.write("Historians such as B. J. Terwiel and the U.S. scholar D. K. Wyatt treat 1932 as a turning point. " +
		"The U.S. Army played no part. The anniversary was a national day until 1960.")
	return b.build("en")
}

func TestGoldenSamples(t *testing.T) {
	for name, doc := range map[string]*document.Document{"sample_th": sampleThai(), "sample_en": sampleEnglish()} {
		t.Run(name, func(t *testing.T) {
			rt := document.NewRuneText(doc.Text)
			spans := Split(doc, rt)
			if err := checkInvariants(doc, rt, spans); err != "" {
				t.Fatal(err)
			}
			var out strings.Builder
			for _, s := range spans {
				fmt.Fprintf(&out, "%d-%d\t%s\n", s[0], s[1], strings.ReplaceAll(rt.Slice(s), "\n", `\n`))
			}
			path := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run go test -update to create it): %v", err)
			}
			if out.String() != string(want) {
				t.Errorf("sentences differ from %s (run go test -update after checking):\n got:\n%s\nwant:\n%s", path, out.String(), want)
			}
		})
	}
}
