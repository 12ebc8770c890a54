package web

import (
	"io/fs"
	"testing"
)

func TestAssetsAlwaysHoldTheREADME(t *testing.T) {
	ui, built := Assets()
	if ui == nil {
		t.Fatal("no dist folder embedded")
	}
	if _, err := fs.Stat(ui, "README.md"); err != nil {
		t.Errorf("dist/README.md: %v", err)
	}
	_, err := fs.Stat(ui, "index.html")
	if built != (err == nil) {
		t.Errorf("built = %v but index.html: %v", built, err)
	}
}
