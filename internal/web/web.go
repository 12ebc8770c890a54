// Package web embeds chronicle's browser UI. The sources are in web/ at the
// module root; `make web` bundles them into dist/, which go:embed picks up at
// build time. A binary built before that has no UI and says how to build it.
package web

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// Assets returns the built UI rooted at dist/, and whether it was built
// (dist/index.html exists).
func Assets() (fs.FS, bool) {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil, false
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return sub, false
	}
	return sub, true
}
