package names

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"chronicle/internal/sharedfiles"
)

// TestCasedLetterMatchesIsCasedLetter checks the table-driven test that the
// English word scan uses against isCasedLetter on every code point and on
// values out of range, so the scan reads the same words.
func TestCasedLetterMatchesIsCasedLetter(t *testing.T) {
	letters := 0
	for c := rune(-2); c <= unicode.MaxRune+2; c++ {
		got, want := casedLetter(c), isCasedLetter(c)
		if got != want {
			t.Fatalf("casedLetter(%U) = %v, isCasedLetter %v", c, got, want)
		}
		if got && c < 0x80 {
			letters++
		}
	}
	if letters != 52 {
		t.Fatalf("%d ASCII letters, want 52", letters)
	}
}

// referenceAbbreviation is rules.abbreviation as it was: every title
// tested for ending in s.
func referenceAbbreviation(r *rules, s string) bool {
	if r.calendar[s] {
		return true
	}
	for _, t := range r.titlesEN {
		if strings.HasSuffix(t.text, s) && (len(t.text) == len(s) || t.text[len(t.text)-len(s)-1] == ' ') {
			return true
		}
	}
	return false
}

func checkAbbreviation(t *testing.T, r *rules, s string) {
	t.Helper()
	if got, want := r.abbreviation(s), referenceAbbreviation(r, s); got != want {
		t.Fatalf("abbreviation(%q) = %v, reference %v", s, got, want)
	}
}

// TestAbbreviationMatchesReference asks both versions about every title,
// every part and suffix of one, and every word of the seeds and samples
// with a dot, as the sentence scan does.
func TestAbbreviationMatchesReference(t *testing.T) {
	r, err := defaultRules()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	var probes []string
	for _, ti := range r.titlesEN {
		probes = append(probes, ti.text, ti.text+".", " "+ti.text)
		for i := range ti.text {
			probes = append(probes, ti.text[i:])
		}
		probes = append(probes, strings.Fields(ti.text)...)
	}
	for s := range r.calendar {
		probes = append(probes, s, s+".")
	}
	root := sharedfiles.ModuleRoot(t)
	seeds, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "*.txt"))
	samples, _ := filepath.Glob(filepath.Join(root, "internal", "samples", "data", "*"))
	for _, p := range append(seeds, samples...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, w := range scanEnglishWords(text, r, nil, &askedWords{}) {
			probes = append(probes, w.text(text)+".")
		}
	}
	for _, s := range probes {
		checkAbbreviation(t, r, s)
		if r.abbreviation(s) {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no probe is an abbreviation")
	}
}

func FuzzAbbreviationMatchesReference(f *testing.F) {
	r, err := defaultRules()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Gen.", "Lt. Gen.", "en.", ".", "", " ", "Gen. ", "Jan.", "t. Gen."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAbbreviation(t, r, s) })
}
