package wordseg

// Thai Character Clusters (TCC) are the smallest units a Thai word boundary
// can fall between: a consonant with its marks and the vowels written around
// it. The rules below are deliberately conservative (clusters may be smaller
// than a syllable, never larger than a word) because the dictionary matcher
// only needs candidate boundaries.

// appendClusterEnds appends the end offset of every cluster of run.
func appendClusterEnds(dst []int32, run []rune) []int32 {
	for i := 0; i < len(run); {
		j := clusterEnd(run, i)
		// A consonant silenced by the karan (ทร์, ย์, ติ์) belongs to the
		// cluster before it.
		for j < len(run) {
			k := karanClusterEnd(run, j)
			if k == j {
				break
			}
			j = k
		}
		dst = append(dst, int32(j))
		i = j
	}
	return dst
}

// clusterEnd returns the end of the cluster starting at i.
func clusterEnd(run []rune, i int) int {
	n := len(run)
	lead := run[i]
	j := i + 1
	switch {
	case isThaiLeadingVowel(lead):
		if j >= n || !isThaiConsonant(run[j]) {
			return marksFrom(run, j)
		}
		j = marksFrom(run, j+1)
		marks := run[i+2 : j]
		if lead == thaiSaraE && j < n {
			switch {
			case run[j] == thaiYoYak && hasRune(marks, thaiSaraIi): // เ-ีย
				j++
			case run[j] == thaiOAng && hasRune(marks, thaiSaraUee): // เ-ือ
				j++
			case run[j] == thaiOAng && !hasVowelMark(marks) && (j+1 >= n || !continuesSyllable(run[j+1])): // เ-อ
				j++
			case run[j] == thaiSaraAa: // เ-า
				j++
			}
		}
		if j < n && run[j] == thaiSaraA { // เ-ะ, แ-ะ, โ-ะ, เ-าะ, เ-ียะ
			j++
		}
		return marksFrom(run, j)
	case isThaiConsonant(lead):
		j = marksFrom(run, j)
		if j < n && isThaiFollowingVowel(run[j]) {
			j++
		}
		return marksFrom(run, j)
	}
	return marksFrom(run, j)
}

// karanClusterEnd returns the end of a consonant cluster silenced by the
// karan that starts at i, or i when there is none.
func karanClusterEnd(run []rune, i int) int {
	if !isThaiConsonant(run[i]) {
		return i
	}
	j := i + 1
	if j < len(run) && (run[j] == thaiSaraI || run[j] == thaiSaraU) {
		j++
	}
	if j < len(run) && run[j] == thaiThanthakhat {
		return j + 1
	}
	return i
}

// marksFrom skips combining marks from i.
func marksFrom(run []rune, i int) int {
	for i < len(run) && isAttaching(run[i]) {
		i++
	}
	return i
}

// continuesSyllable reports whether r cannot start a new cluster.
func continuesSyllable(r rune) bool {
	return isAttaching(r) || isThaiFollowingVowel(r)
}

func hasRune(rs []rune, want rune) bool {
	for _, r := range rs {
		if r == want {
			return true
		}
	}
	return false
}

// hasVowelMark reports whether marks hold a vowel (not only tone marks).
func hasVowelMark(marks []rune) bool {
	for _, r := range marks {
		if r == 0x0E31 || (r >= 0x0E34 && r <= 0x0E3A) || r == 0x0E47 {
			return true
		}
	}
	return false
}
