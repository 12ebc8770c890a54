// Package sharedfiles finds, for tests and benchmarks, the module root and
// the files of ../shared beside it: the seed articles and the reference
// corpora. A test that needs an absent file is skipped, not failed, so the
// suite runs on a checkout without ../shared.
package sharedfiles

import (
	"os"
	"path/filepath"
	"testing"
)

// ModuleRoot walks up from the working directory (a package directory
// under go test) to the folder holding go.mod.
func ModuleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the package")
		}
		dir = parent
	}
}

// Path returns the path of rel under ../shared, skipping the test when the
// file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	path := filepath.Join(ModuleRoot(tb), "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("%s absent: %v", path, err)
	}
	return path
}

// Seed returns the path of the seed article name (a file of
// ../shared/seeds), skipping the test when it is absent.
func Seed(tb testing.TB, name string) string {
	tb.Helper()
	return Path(tb, "seeds/"+name)
}
