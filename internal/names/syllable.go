package names

// syllable is one spoken Thai syllable as the parser reads it from the
// letters, before any romanisation.
type syllable struct {
	// silentLead is a ห or อ written before a sonorant onset and not spoken.
	silentLead rune
	// onset holds the spoken initial consonants (none for a vowel carried by
	// ฤ alone; อ is kept and romanised as nothing).
	onset []rune
	// vowel is the RTGS vowel ("a", "ia", "uea", "oe" …).
	vowel string
	// implicit marks a vowel that is not written (the o of คน, the a of สนาม).
	implicit bool
	// final is the closing consonant letter, 0 when the syllable is open.
	final rune
	// silent lists consonants silenced by ์ (karan) or left unread (the ร of
	// เพชร); they are not romanised but help to match loanwords.
	silent []rune
}

// thaiWord is the letters of one Thai word with the marks that do not
// change its reading removed.
type thaiWord []rune

func (w thaiWord) at(k int) rune {
	if k < 0 || k >= len(w) {
		return 0
	}
	return w[k]
}

// parseThaiWord splits a run of Thai letters into syllables. The rules are
// those of Thai spelling (leading vowels, implicit a and o, clusters, silent
// letters); they are heuristics and never fail.
func parseThaiWord(w thaiWord) []syllable {
	var out []syllable
	for k := 0; k < len(w); {
		r := w[k]
		switch {
		case isLeadingVowel(r):
			var s syllable
			s, k = w.leading(k)
			out = append(out, s)
		case r == thaiRue || r == thaiLue:
			var s syllable
			s, k = w.rue(k, nil)
			out = append(out, s)
		case isThaiConsonant(r):
			if n := w.silentAt(k); n > 0 {
				out = appendSilent(out, w[k:k+n])
				k += n
				continue
			}
			var s syllable
			if w.bearsVowel(k + w.leadLen(k) - 1) {
				s, k = w.written(k)
			} else {
				s, k = w.implicit(k)
			}
			out = append(out, s)
		case isVowelSign(r):
			// A vowel with no consonant (text cut mid-word): read it alone.
			s := syllable{vowel: signVowel(r)}
			k++
			out = append(out, s)
		default:
			k++
		}
	}
	return out
}

// appendSilent adds silenced letters to the last syllable, or keeps them as
// a syllable of their own at the start of a word.
func appendSilent(out []syllable, letters thaiWord) []syllable {
	var cons []rune
	for _, r := range letters {
		if isThaiConsonant(r) {
			cons = append(cons, r)
		}
	}
	if len(out) == 0 {
		return append(out, syllable{silent: cons})
	}
	last := &out[len(out)-1]
	last.silent = append(last.silent, cons...)
	return out
}

// signVowel is the RTGS value of a vowel sign read on its own.
func signVowel(r rune) string {
	switch r {
	case thaiSaraI, thaiSaraIi:
		return "i"
	case thaiSaraUe, thaiSaraUee:
		return "ue"
	case thaiSaraU, thaiSaraUu:
		return "u"
	case thaiSaraAm:
		return "am"
	}
	return "a"
}

// leadLen is 2 when the consonant at k is a silent ห (or the อ of อย)
// leading the sonorant after it, else 1.
func (w thaiWord) leadLen(k int) int {
	next := w.at(k + 1)
	if w[k] == thaiHoHip && isSonorant(next) && w.silentAt(k+1) == 0 {
		return 2
	}
	if w[k] == thaiOAng && next == thaiYoYak && w.bearsVowel(k+1) {
		return 2
	}
	return 1
}

// silentAt returns how many letters from k are silent: a consonant under
// ์, a consonant with ิ or ุ under ์ (ศักดิ์), or two consonants under ์
// after a closed syllable (จันทร์).
func (w thaiWord) silentAt(k int) int {
	if !isThaiConsonant(w.at(k)) {
		return 0
	}
	next := w.at(k + 1)
	if next == thaiKaran {
		return 2
	}
	if w.at(k+2) != thaiKaran {
		return 0
	}
	if next == thaiSaraI || next == thaiSaraU {
		return 3
	}
	// Two letters fall silent after a syllable closed under a written vowel
	// (จันทร์, จันทน์, ลักษณ์, ศาสตร์); in พนมยงค์ only ค is silent.
	prev := w.at(k - 1)
	if isThaiConsonant(next) && w[k] != thaiOAng && isThaiConsonant(prev) && prev != thaiOAng && isFollowingSign(w.at(k-2)) {
		return 3
	}
	return 0
}

// isFollowingSign reports a vowel sign written after its consonant (not a
// leading vowel).
func isFollowingSign(r rune) bool { return isVowelSign(r) }

// bearsVowel reports whether the consonant at k is followed by a vowel of
// its own (written, or อ/ว read as a vowel, or through a cluster, รร or ฤ).
func (w thaiWord) bearsVowel(k int) bool {
	if !isThaiConsonant(w.at(k)) || w.silentAt(k) > 0 {
		return false
	}
	next := w.at(k + 1)
	switch {
	case isVowelSign(next):
		return true
	case next == thaiRue || next == thaiLue:
		return clusters(w[k], thaiRoRuea) || w[k] == 'ศ' || w[k] == 'ส'
	case next == thaiOAng:
		return !isVowelSign(w.at(k + 2))
	case next == thaiWoWaen:
		if isVowelSign(w.at(k + 2)) {
			return clusters(w[k], next)
		}
		return k+2 >= len(w) || !w.bearsVowel(k+2) && !isLeadingVowel(w.at(k+2))
	case next == thaiRoRuea && w.at(k+2) == thaiRoRuea:
		return true
	case clusters(w[k], next):
		after := w.at(k + 2)
		return isVowelSign(after) || after == thaiOAng && !isVowelSign(w.at(k+3))
	}
	return false
}

// bareRun counts the consonants from k that carry no vowel of their own,
// up to a consonant that does, a leading vowel, a silent letter or the end.
// A ร ending the word after such a consonant is left out: it is silent
// (เพชร, สมุทร).
func (w thaiWord) bareRun(k int) int {
	n := 0
	for j := k; j < len(w); {
		if !isThaiConsonant(w[j]) || w.silentAt(j) > 0 {
			break
		}
		l := w.leadLen(j)
		if w.bearsVowel(j + l - 1) {
			break
		}
		if l == 1 && j == len(w)-1 && w[j] == thaiRoRuea && n > 0 {
			break
		}
		n++
		j += l
	}
	return n
}

// onset reads the initial consonants at k and returns the syllable started
// and the index after them. lead is the leading vowel before k, or 0.
func (w thaiWord) onset(k int, lead rune) (syllable, int) {
	leading := lead != 0
	var s syllable
	if w.leadLen(k) == 2 {
		s.silentLead = w[k]
		k++
	}
	c1, c2 := w.at(k), w.at(k+1)
	cluster := clusters(c1, c2) && w.silentAt(k+1) == 0 && w.at(k+2) != thaiRoRuea
	after := w.at(k + 2)
	switch {
	case !leading:
		// กรุง, ครอง: the second letter bears the vowel.
		cluster = cluster && (isVowelSign(after) || after == thaiOAng && !isVowelSign(w.at(k+3)))
	case lead == thaiSaraE:
		// เปลี่ยน, เกลา, but not เบลเยียม (ล closes) nor a sign เ never takes.
		cluster = cluster && k+2 < len(w) && !isLeadingVowel(after) && !signOutsideE(after)
	case lead == thaiSaraAiMaimalai || lead == thaiSaraAiMaimuan:
		// ไกล, ใคร: ไ and ใ take no final; in ไพลิน the ล bears its own vowel.
		cluster = cluster && !isLeadingVowel(after) && !isVowelSign(after)
	default:
		// โปรด, แปร; โคล (Kohl) ends on a final.
		cluster = cluster && k+2 < len(w) && !isLeadingVowel(after) && (!isVowelSign(after) || after == thaiSaraA)
	}
	if cluster {
		s.onset = []rune{c1, c2}
		return s, k + 2
	}
	s.onset = []rune{c1}
	return s, k + 1
}

// written reads a syllable whose consonant at k bears a written vowel.
func (w thaiWord) written(k int) (syllable, int) {
	s, m := w.onset(k, 0)
	mayClose := true
	switch r := w.at(m); {
	case r == thaiMaiHanAkat && w.at(m+1) == thaiWoWaen:
		s.vowel, m, mayClose = "ua", m+2, false
		if w.at(m) == thaiSaraA {
			m++
		}
	case r == thaiMaiHanAkat:
		s.vowel, m = "a", m+1
		return w.closeMust(s, m) // ั is always closed
	case r == thaiSaraAa || r == thaiLakkhangyao:
		s.vowel, m = "a", m+1
	case r == thaiSaraAm:
		s.vowel, m, mayClose = "am", m+1, false
	case r == thaiSaraA:
		s.vowel, m, mayClose = "a", m+1, false
	case r == thaiSaraI || r == thaiSaraIi:
		s.vowel, m = "i", m+1
	case r == thaiSaraUe:
		s.vowel, m = "ue", m+1
	case r == thaiSaraUee:
		s.vowel, m = "ue", m+1
		if w.at(m) == thaiOAng {
			m++
		}
	case r == thaiSaraU || r == thaiSaraUu:
		s.vowel, m = "u", m+1
	case r == thaiOAng:
		s.vowel, m = "o", m+1
	case r == thaiWoWaen:
		s.vowel, m = "ua", m+1
	case r == thaiRoRuea && w.at(m+1) == thaiRoRuea:
		s.vowel, m = "a", m+2
		if w.bareRun(m)%2 == 0 {
			s.final = 'น' // บรรดา: รร before a vowel reads "an"
			return w.closeSilent(s, m)
		}
	case r == thaiRue || r == thaiLue:
		return w.rue(m, s.onset)
	}
	if !mayClose {
		return w.closeSilent(s, m)
	}
	return w.close(s, m)
}

// implicit reads a syllable whose first consonant at k has no written
// vowel. Bare consonants pair up as closed syllables with an implied o
// (คน, พลพต); an odd one out is read with an implied a (สนาม, พนม).
func (w thaiWord) implicit(k int) (syllable, int) {
	run := w.bareRun(k)
	s, m := w.onset(k, 0)
	s.implicit = true
	switch {
	case run%2 == 0 && run > 0:
		s.vowel = "o"
		return w.close(s, m)
	case m >= len(w) || w.silentAt(m) > 0 || (w.at(m) == thaiRoRuea && m == len(w)-1):
		s.vowel = "o" // a lone consonant: ก็, or one before silent letters
		return w.closeSilent(s, m)
	}
	s.vowel = "a"
	return s, m
}

// leading reads a syllable that starts with เ แ โ ใ or ไ at k.
func (w thaiWord) leading(k int) (syllable, int) {
	lead := w[k]
	if !isThaiConsonant(w.at(k+1)) || w.silentAt(k+1) > 0 {
		s := syllable{vowel: leadingAlone(lead)}
		return s, k + 1
	}
	s, m := w.onset(k+1, lead)
	switch lead {
	case thaiSaraAiMaimuan:
		s.vowel = "ai"
		return w.closeSilent(s, m)
	case thaiSaraAiMaimalai:
		s.vowel = "ai"
		if w.at(m) == thaiYoYak && !w.bearsVowel(m) {
			m++ // ไทย: the ย adds nothing
		}
		return w.closeSilent(s, m)
	case thaiSaraAe:
		s.vowel = "ae"
		if w.at(m) == thaiSaraA {
			return w.closeSilent(s, m+1)
		}
		return w.close(s, m)
	case thaiSaraO:
		s.vowel = "o"
		if w.at(m) == thaiSaraA {
			return w.closeSilent(s, m+1)
		}
		return w.close(s, m)
	}
	// เ: the vowel depends on the signs after the onset.
	r1, r2 := w.at(m), w.at(m+1)
	switch {
	case r1 == thaiSaraAa:
		if r2 == thaiSaraA {
			s.vowel = "o"
			return w.closeSilent(s, m+2)
		}
		s.vowel = "ao"
		return w.closeSilent(s, m+1)
	case r1 == thaiSaraIi && r2 == thaiYoYak:
		s.vowel, m = "ia", m+2
	case r1 == thaiSaraUee && r2 == thaiOAng:
		s.vowel, m = "uea", m+2
	case r1 == thaiSaraI:
		s.vowel, m = "oe", m+1
		if w.at(m) != thaiSaraA {
			return w.closeMust(s, m) // เ-ิ is always closed: เดินขบวน
		}
	case r1 == thaiOAng && !isVowelSign(r2):
		s.vowel, m = "oe", m+1
	case r1 == thaiYoYak && !w.bearsVowel(m):
		s.vowel = "oei"
		return w.closeSilent(s, m+1)
	default:
		s.vowel = "e"
	}
	if w.at(m) == thaiSaraA {
		return w.closeSilent(s, m+1)
	}
	return w.close(s, m)
}

// signOutsideE reports vowel signs that never follow the onset of a เ
// syllable, so a letter before them starts a new syllable.
func signOutsideE(r rune) bool {
	switch r {
	case thaiMaiHanAkat, thaiSaraU, thaiSaraUu, thaiSaraUe, thaiSaraAm:
		return true
	}
	return false
}

// leadingAlone is the vowel of a leading vowel sign with no consonant.
func leadingAlone(r rune) string {
	switch r {
	case thaiSaraAe:
		return "ae"
	case thaiSaraO:
		return "o"
	case thaiSaraAiMaimuan, thaiSaraAiMaimalai:
		return "ai"
	}
	return "e"
}

// rue reads ฤ or ฦ at k, after the given onset (nil at a word start).
func (w thaiWord) rue(k int, onset []rune) (syllable, int) {
	s := syllable{onset: onset}
	if w[k] == thaiLue {
		s.onset = append(s.onset, thaiLoLing)
		s.vowel = "ue"
	} else {
		s.onset = append(s.onset, thaiRoRuea)
		s.vowel = "ue"
		if len(onset) == 1 {
			switch onset[0] {
			case 'ก', 'ต', 'ท', 'ป', 'ศ', 'ส':
				s.vowel = "i" // กฤษ krit, ทฤษฎี thrit
			}
		} else if len(onset) == 0 && w.bareRun(k+1)%2 == 1 {
			s.vowel = "i" // ฤทธิ์ rit
		}
	}
	k++
	if w.at(k) == thaiLakkhangyao {
		return w.closeSilent(s, k+1)
	}
	return w.close(s, k)
}

// close takes the final consonant at m when the letters after it allow one,
// then any silent letters.
func (w thaiWord) close(s syllable, m int) (syllable, int) {
	if c := w.at(m); isThaiConsonant(c) && c != thaiHoHip && c != thaiOAng && c != 'ฮ' && w.bareRun(m)%2 == 1 {
		s.final = c
		m++
	}
	return w.closeSilent(s, m)
}

// closeMust takes the consonant at m as the final whatever follows, for
// vowels that never end a syllable.
func (w thaiWord) closeMust(s syllable, m int) (syllable, int) {
	if c := w.at(m); isThaiConsonant(c) && c != thaiHoHip && c != thaiOAng && c != 'ฮ' && w.silentAt(m) == 0 && !w.bearsVowel(m) {
		s.final = c
		m++
	}
	return w.closeSilent(s, m)
}

// closeSilent adds the silent letters at m to the syllable.
func (w thaiWord) closeSilent(s syllable, m int) (syllable, int) {
	for {
		if n := w.silentAt(m); n > 0 {
			for _, r := range w[m : m+n] {
				if isThaiConsonant(r) {
					s.silent = append(s.silent, r)
				}
			}
			m += n
			continue
		}
		if m == len(w)-1 && w[m] == thaiRoRuea && s.final != 0 {
			s.silent = append(s.silent, thaiRoRuea) // เพชร, สมุทร
			m++
		}
		return s, m
	}
}
