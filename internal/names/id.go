package names

import (
	"hash/fnv"
	"strconv"
	"strings"
	"unicode"
)

// ID returns a stable id for an unknown name, the same in every run and
// document: "name-<lang>-<slug>", where the slug is the name's words in
// lower case without diacritics joined by "-" ("name-en-b-j-habibie"); a
// Thai name is romanised by RTGS first ("name-th-hun-sen" for ฮุน เซน).
// A Latin name found in a Thai text gets its English id. Spacing and
// punctuation do not change the id. A name with no letters or
// digits gets a hash of its text.
func ID(lang, text string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if lang == "" {
		lang = "und"
	}
	folded := text
	if hasThai(text) {
		folded = Romanize(text)
	} else if lang == "th" {
		lang = "en" // a Latin name quoted in Thai: the id it has in English text
	}
	if s := slug(Fold(folded)); s != "" {
		return "name-" + lang + "-" + s
	}
	h := fnv.New64a()
	h.Write([]byte(text))
	return "name-" + lang + "-x" + strconv.FormatUint(h.Sum64(), 36)
}

// slug joins the runs of ASCII letters and digits of s with "-"; other
// letters are kept as they are.
func slug(s string) string {
	var b strings.Builder
	pendingDash := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if pendingDash && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteRune(r)
		default:
			pendingDash = true
		}
	}
	return b.String()
}
