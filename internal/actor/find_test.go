package actor

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"chronicle/internal/document"
)

// segmented turns "เขมรแดง|ยึด|พนมเปญ" into the text without the bars and
// its word tokens: bars and spaces separate tokens; spaces stay in the text.
func segmented(s string) (string, []document.Span) {
	var b strings.Builder
	var toks []document.Span
	pos, start := 0, 0
	flush := func() {
		if pos > start {
			toks = append(toks, document.Span{start, pos})
		}
		start = pos
	}
	for _, r := range s {
		switch {
		case r == '|':
			flush()
		case unicode.IsSpace(r):
			flush()
			b.WriteRune(r)
			pos++
			start = pos
		default:
			b.WriteRune(r)
			pos++
		}
	}
	flush()
	return b.String(), toks
}

// found renders matches as "text=id" for comparison.
func found(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text + "=" + m.ID
	}
	return out
}

func TestFindEnglish(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		text string
		want []string
	}{
		{"The Khmer Rouge seized Phnom Penh in 1975.", []string{"Khmer Rouge=khmer-rouge", "Phnom Penh=phnom-penh"}},
		{"Vietnam's army crossed the border.", []string{"Vietnam=country-vn"}},
		{"Vietnam’s leaders met in Hanoi.", []string{"Vietnam=country-vn", "Hanoi=hanoi"}},
		{"By 1989 the Vietnamese had withdrawn.", []string{"Vietnamese=country-vn"}},
		{"Many Cambodians fled to Thailand; Thais helped them.", []string{"Cambodians=country-kh", "Thailand=country-th", "Thais=country-th"}},
		{"US aid reached the camps. Let us wait.", []string{"US=country-us"}},
		{"U.S.-backed forces and the U.N. mission.", []string{"U.S.=country-us", "U.N.=united-nations"}},
		{"Who knew? The WHO did.", []string{"WHO=world-health-organization"}},
		{"They ate turkey in Turkey.", []string{"Turkey=country-tr"}},
		{"KHMER ROUGE HEADQUARTERS", []string{"KHMER ROUGE=khmer-rouge"}},
		{"a khmer rouge lookalike in lower case", nil},
		{"the Khmer Rouge-ruled state", []string{"Khmer Rouge=khmer-rouge"}},
		{"Vietnamization and Cambodianness are not names.", nil},
		{"Pol Pot's deputy Nuon Chea", []string{"Pol Pot=pol-pot", "Nuon Chea=nuon-chea"}},
		{"The People’s Republic of Kampuchea (PRK) replaced Democratic Kampuchea.", []string{"People’s Republic of Kampuchea=peoples-republic-of-kampuchea", "PRK=peoples-republic-of-kampuchea", "Democratic Kampuchea=democratic-kampuchea"}},
		{"the Coalition Government of Democratic Kampuchea", []string{"Coalition Government of Democratic Kampuchea=cgdk"}},
		{"FUNCINPEC, later written Funcinpec, and the CPP", []string{"FUNCINPEC=funcinpec", "Funcinpec=funcinpec", "CPP=cambodian-peoples-party"}},
		{"Sihanouk visited Sihanoukville.", []string{"Sihanouk=norodom-sihanouk", "Sihanoukville=sihanoukville"}},
		{"Ho Chi Minh never saw Ho Chi Minh City.", []string{"Ho Chi Minh=ho-chi-minh", "Ho Chi Minh City=saigon"}},
		{"ships in the Indian Ocean and Indian troops", []string{"Indian=country-in"}},
		{"Sihanoukists and the Sihanoukist army", []string{"Sihanoukists=sihanoukist-national-army", "Sihanoukist=sihanoukist-national-army"}},
		{"the Soviet Union, the Soviets and the USSR", []string{"Soviet Union=soviet-union", "Soviets=soviet-union", "USSR=soviet-union"}},
		{"Myanmar, formerly Burma", []string{"Myanmar=country-mm", "Burma=country-mm"}},
		{"Bosnia and Herzegovina", []string{"Bosnia and Herzegovina=country-ba"}},
		{"South America is not America.", []string{"South America=south-america", "America=country-us"}},
		{"NATO, Nato and ASEAN", []string{"NATO=nato", "Nato=nato", "ASEAN=asean"}},
		{"Hun Sen\u00a0met Son Sann and Son Sen.", []string{"Hun Sen=hun-sen", "Son Sann=son-sann", "Son Sen=son-sen"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := found(l.Find(tt.text, "en", nil))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindEnglishSpans(t *testing.T) {
	l := mustDefault(t)
	text := "ลาว: the Lao and Cambodians"
	ms := l.Find(text, "en", nil)
	want := []Match{
		{Span: document.Span{9, 12}, ID: "country-la", Text: "Lao"},
		{Span: document.Span{17, 27}, ID: "country-kh", Text: "Cambodians"},
	}
	if !slices.Equal(ms, want) {
		t.Errorf("got %+v, want %+v", ms, want)
	}
}

func TestFindThaiWithTokens(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		segmented string
		want      []string
	}{
		{"เขมรแดง|ยึด|กรุงพนมเปญ", []string{"เขมรแดง=khmer-rouge", "กรุงพนมเปญ=phnom-penh"}},
		{"หนังสือพิมพ์|ไทยรัฐ|ลง|ข่าว|เรื่อง|กัมพูชา", []string{"กัมพูชา=country-kh"}},
		{"พล พต|และ|พลพต|เป็น|คน|เดียวกัน", []string{"พล พต=pol-pot", "พลพต=pol-pot"}},
		{"พล|พต|หนี|ไป|ไทย", []string{"พลพต=pol-pot", "ไทย=country-th"}},
		{"ชาว|เขมร|หนี|เขมร|แดง", []string{"ชาวเขมร=country-kh", "เขมรแดง=khmer-rouge"}},
		{"ชาวเวียดนาม|ใน|ประเทศไทย", []string{"ชาวเวียดนาม=country-vn", "ประเทศไทย=country-th"}},
		{"สหรัฐ|ฯ|และ|สหรัฐ|อเมริกา|กับ|สหรัฐ", []string{"สหรัฐฯ=country-us", "สหรัฐอเมริกา=country-us", "สหรัฐ=country-us"}},
		{"ฮุน เซน|พบ|ฮุน|เซน", []string{"ฮุน เซน=hun-sen", "ฮุนเซน=hun-sen"}},
		{"UNTAC|(|อันแทค|)|เข้า|กัมพูชา", []string{"UNTAC=untac", "อันแทค=untac", "กัมพูชา=country-kh"}},
		{"สาธารณรัฐประชาชนกัมพูชา|ต่อต้าน|กัมพูชาประชาธิปไตย", []string{"สาธารณรัฐประชาชนกัมพูชา=peoples-republic-of-kampuchea", "กัมพูชาประชาธิปไตย=democratic-kampuchea"}},
		{"นครโฮจิมินห์|ตั้ง|ชื่อ|ตาม|โฮจิมินห์", []string{"นครโฮจิมินห์=saigon", "โฮจิมินห์=ho-chi-minh"}},
		// A token that spans past a name hides it: ลาวา is lava, not Laos.
		{"ลาวา|ไหล|ลง|สู่|ลาว", []string{"ลาว=country-la"}},
		{"สหภาพโซเวียต|สนับสนุน|เวียดนาม", []string{"สหภาพโซเวียต=soviet-union", "เวียดนาม=country-vn"}},
	}
	for _, tt := range tests {
		text, toks := segmented(tt.segmented)
		got := found(l.Find(text, "th", toks))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q)\n got  %q\n want %q", tt.segmented, got, tt.want)
		}
	}
}

func TestFindThaiWithoutTokens(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		text string
		want []string
	}{
		{"หนังสือพิมพ์ไทยรัฐลงข่าวเรื่องกัมพูชา", []string{"กัมพูชา=country-kh"}},
		{"เขมรแดงยึดกรุงพนมเปญ", []string{"เขมรแดง=khmer-rouge", "กรุงพนมเปญ=phnom-penh"}},
		{"พล พตและพลพตเป็นคนเดียวกัน", []string{"พล พต=pol-pot", "พลพต=pol-pot"}},
		// The syllable rule: า and ั cannot start a syllable, so no Laos here.
		{"ลาวาไหลลงสู่ลาว", []string{"ลาว=country-la"}},
		{"มาลีไปเที่ยวประเทศมาลี", []string{"ประเทศมาลี=country-ml"}},
		{"ทหารจีนและทหารอเมริกัน", []string{"จีน=country-cn", "อเมริกัน=country-us"}},
		{"ภาษาไทยเป็นภาษาราชการของไทย", []string{"ไทย=country-th"}},
		{"เวียดนามบุกกัมพูชาเมื่อ พ.ศ. 2521", []string{"เวียดนาม=country-vn", "กัมพูชา=country-kh"}},
	}
	for _, tt := range tests {
		got := found(l.Find(tt.text, "th", nil))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindOtherLanguages(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"Le Cambodge et le Viêt Nam signent avec l'ONU et UNTAC.", "fr", []string{"Cambodge=country-kh", "UNTAC=untac"}},
		{"Kambodscha grenzt an Thailand.", "de", []string{"Kambodscha=country-kh", "Thailand=country-th"}},
		{"柬埔寨和泰国", "zh", []string{"柬埔寨=country-kh", "泰国=country-th"}},
		{"no language given: Laos", "", []string{"Laos=country-la"}},
	}
	for _, tt := range tests {
		got := found(l.Find(tt.text, tt.lang, nil))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q, %q)\n got  %q\n want %q", tt.text, tt.lang, got, tt.want)
		}
	}
}

func TestFindIgnoresBadTokens(t *testing.T) {
	l := mustDefault(t)
	text := "กัมพูชา"
	toks := []document.Span{{-3, 2}, {5, 99}, {4, 1}, {0, 7}}
	if got := found(l.Find(text, "th", toks)); !slices.Equal(got, []string{"กัมพูชา=country-kh"}) {
		t.Errorf("got %q", got)
	}
}

func TestNamesForSegmenter(t *testing.T) {
	l := mustDefault(t)
	th := l.Names("th")
	for _, want := range []string{"เขมรแดง", "พล พต", "พลพต", "ชาวกัมพูชา", "ประเทศไทย", "สหรัฐ"} {
		if _, ok := slices.BinarySearch(th, want); !ok {
			t.Errorf("Names(th) lacks %q", want)
		}
	}
	if _, ok := slices.BinarySearch(th, "ไทยรัฐ"); ok {
		t.Error("Names(th) holds the non-actor ไทยรัฐ")
	}
}

func TestNamesAreOwnLanguage(t *testing.T) {
	l := mustDefault(t)
	th := l.Names("th")
	if _, ok := slices.BinarySearch(th, "Khmer Rouge"); ok {
		t.Error("Names(th) holds the English Khmer Rouge")
	}
	en := l.Names("en")
	if _, ok := slices.BinarySearch(en, "Cambodians"); ok {
		t.Error("Names(en) holds a plural that only the matcher derives")
	}
	for _, want := range []string{"Khmer Rouge", "Cambodian", "Vietnam"} {
		if _, ok := slices.BinarySearch(en, want); !ok {
			t.Errorf("Names(en) lacks %q", want)
		}
	}
}

func TestCurrencySignIsNotAState(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := lex.Find("Donors pledged US$522 million and A$40 million to the US.", "en", nil)
	if len(ms) != 1 || ms[0].ID != "country-us" || ms[0].Span[0] < 40 {
		t.Errorf("want only the final US as an actor, got %+v", ms)
	}
}
