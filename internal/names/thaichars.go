package names

// Thai code points the syllable parser needs by name.
const (
	thaiHoHip          = 'ห'
	thaiOAng           = 'อ'
	thaiWoWaen         = 'ว'
	thaiYoYak          = 'ย'
	thaiRoRuea         = 'ร'
	thaiLoLing         = 'ล'
	thaiRue            = 'ฤ'
	thaiLue            = 'ฦ'
	thaiSaraA          = 'ะ'
	thaiMaiHanAkat     = 'ั'
	thaiSaraAa         = 'า'
	thaiSaraAm         = 'ำ'
	thaiSaraI          = 'ิ'
	thaiSaraIi         = 'ี'
	thaiSaraUe         = 'ึ'
	thaiSaraUee        = 'ื'
	thaiSaraU          = 'ุ'
	thaiSaraUu         = 'ู'
	thaiSaraE          = 'เ'
	thaiSaraAe         = 'แ'
	thaiSaraO          = 'โ'
	thaiSaraAiMaimuan  = 'ใ'
	thaiSaraAiMaimalai = 'ไ'
	thaiLakkhangyao    = 'ๅ'
	thaiKaran          = '์'
)

// isThaiConsonant reports a consonant letter (ฤ and ฦ are vowels here).
func isThaiConsonant(r rune) bool {
	return r >= 'ก' && r <= 'ฮ' && r != thaiRue && r != thaiLue
}

// isLeadingVowel reports เ แ โ ใ ไ, written before the consonant they follow in speech.
func isLeadingVowel(r rune) bool { return r >= thaiSaraE && r <= thaiSaraAiMaimalai }

// isVowelSign reports a vowel written above, below or after a consonant.
func isVowelSign(r rune) bool {
	switch r {
	case thaiSaraA, thaiMaiHanAkat, thaiSaraAa, thaiSaraAm, thaiSaraI, thaiSaraIi,
		thaiSaraUe, thaiSaraUee, thaiSaraU, thaiSaraUu, thaiLakkhangyao:
		return true
	}
	return false
}

// isTransparentMark reports marks that do not change the romanisation:
// tone marks, maitaikhu, phinthu, yamakkan.
func isTransparentMark(r rune) bool {
	return (r >= '่' && r <= '๋') || r == '็' || r == 'ฺ' || r == '๎'
}

// isThaiLetterRune reports code points that belong to a Thai word.
func isThaiLetterRune(r rune) bool {
	return (r >= 'ก' && r <= 'ฺ') || (r >= 'เ' && r <= '๎')
}

// isSonorant reports the consonants that a silent ห or อ may lead.
func isSonorant(r rune) bool {
	switch r {
	case 'ง', 'ญ', 'น', 'ม', 'ย', 'ร', 'ล', 'ว':
		return true
	}
	return false
}

// clusters reports consonant pairs read as one onset (กร, พล, กว …),
// including the clusters of loanwords (บร, ดร, ฟร, ฟล, บล).
func clusters(c1, c2 rune) bool {
	switch c2 {
	case thaiRoRuea:
		switch c1 {
		case 'ก', 'ข', 'ค', 'ต', 'ป', 'พ', 'ผ', 'บ', 'ด', 'ฟ', 'ท':
			return true
		}
	case thaiLoLing:
		switch c1 {
		case 'ก', 'ข', 'ค', 'ป', 'พ', 'ผ', 'บ', 'ฟ':
			return true
		}
	case thaiWoWaen:
		switch c1 {
		case 'ก', 'ข', 'ค':
			return true
		}
	}
	return false
}
