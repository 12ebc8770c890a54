package quantity

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

func TestEvaluateQuantities(t *testing.T) {
	text := "About 10,000 soldiers and 5 tanks crossed; 45% voted."
	golds, err := LoadGold(strings.NewReader("About 10,000 soldiers\t1\t10000\t\t\tsoldier\ttrue\n5 tanks\t1\t5\t\t\tvehicle\tfalse\n45%\t1\t40\t\t\tpercent\tfalse\nmissing\t1\t1\t\t\t\tfalse\n"))
	if err != nil {
		t.Fatal(err)
	}
	rt := document.NewRuneText(text)
	rep := Evaluate(rt, golds, Find(text, "en", nil))
	// 10,000 soldiers right; 45% has a wrong gold value on purpose; "missing" is not in the text.
	if rep.Score.Gold != 3 || len(rep.Errors) != 1 {
		t.Fatalf("report %s", rep)
	}
	if rep.Score.Correct < 1 || rep.Score.Correct > 2 || len(rep.Misses) == 0 {
		t.Errorf("want the deliberate 45%% mismatch counted as a miss: %s", rep)
	}
	if !strings.Contains(rep.String(), "misses") {
		t.Error("report text lacks the misses section")
	}
	if _, err := LoadGold(strings.NewReader("x\t1\tnotanumber\t\t\t\tfalse\n")); err == nil {
		t.Error("a bad value must be an error")
	}
}

func TestEvaluateFoldsUnitsTheGuideDoesNotName(t *testing.T) {
	text := "The militia burned 6 villages and 3 tanks; 4 divisions moved."
	golds, err := LoadGold(strings.NewReader("6\t1\t6\t\t\t\tfalse\n3\t1\t3\t\t\t\tfalse\n4\t1\t4\t\t\t\tfalse\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep := Evaluate(document.NewRuneText(text), golds, Find(text, "en", nil))
	// villages and divisions are bare counts in the guide; tanks are vehicles,
	// a unit the guide names, so a bare gold count does not accept them.
	if rep.Score.Correct != 2 || len(rep.Misses) != 1 || !strings.Contains(rep.Misses[0], "vehicle") {
		t.Errorf("want villages and divisions accepted as bare counts and tanks refused: %s", rep)
	}
}
