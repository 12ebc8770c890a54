package wordseg

import (
	"os"
	"testing"

	"chronicle/internal/sharedfiles"
)

// pudFloors are the lowest acceptable scores per engine on UD Thai-PUD,
// slightly under what was measured (docs/eval/wordseg.txt).
var pudFloors = map[string]struct{ wordF1, boundaryF1 float64 }{
	"icu-72":       {0.79, 0.91},
	"tcc-maxmatch": {0.80, 0.915},
}

func TestThaiPUD(t *testing.T) {
	path := sharedfiles.Path(t, "eval/thai-segmentation/th_pud-ud-test.conllu")
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
		floor, ok := pudFloors[seg.Name()]
		if !ok {
			floor = pudFloors["icu-72"] // another ICU version: hold it to ICU 72's level
		}
		if scores.WordF1() < floor.wordF1 || scores.BoundaryF1() < floor.boundaryF1 {
			t.Errorf("%s: word F1 %.3f, boundary F1 %.3f; want at least %.3f, %.3f",
				seg.Name(), scores.WordF1(), scores.BoundaryF1(), floor.wordF1, floor.boundaryF1)
		}
	}
}
