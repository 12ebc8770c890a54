package sharedfiles

import (
	"os"
	"path/filepath"
	"testing"
)

func TestModuleRootHoldsGoMod(t *testing.T) {
	root := ModuleRoot(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod in %s: %v", root, err)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "sharedfiles")); err != nil {
		t.Errorf("%s is not this module's root: %v", root, err)
	}
}

// TestPathSkipsWhenAbsent runs Path on a file that cannot exist in a
// subtest and checks that the subtest was skipped, not failed.
func TestPathSkipsWhenAbsent(t *testing.T) {
	var reached bool
	t.Run("absent", func(t *testing.T) {
		Path(t, "no/such/file.txt")
		reached = true
	})
	if reached {
		t.Error("Path returned for an absent file")
	}
}
