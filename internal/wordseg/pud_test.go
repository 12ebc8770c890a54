package wordseg

import (
	"os"
	"path/filepath"
	"testing"
)

// moduleRoot walks up from the package directory to the directory holding go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the package")
		}
		dir = parent
	}
}

// sharedFile opens a file under ../shared relative to the module root, or skips if it is absent.
func sharedFile(t testing.TB, rel string) string {
	t.Helper()
	path := filepath.Join(moduleRoot(t), "..", "shared", rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s absent: %v", path, err)
	}
	return path
}

func TestThaiPUD(t *testing.T) {
	path := sharedFile(t, "eval/thai-segmentation/th_pud-ud-test.conllu")
	for _, seg := range []Segmenter{New(nil), NewPureGo(nil)} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		scores, err := EvaluateCoNLLU(f, seg)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s\n%s", path, scores)
	}
}
