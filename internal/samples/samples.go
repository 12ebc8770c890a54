// Package samples embeds chronicle's demo documents: original Thai and
// English texts on the 1999 East Timor crisis, on ASEAN and on the 1971
// Bangladesh Liberation War, written by the chronicle team. `chronicle demo` runs on them, and the tests of every
// stage use them as small, known inputs. data/README.md lists the planted
// Thai–English discrepancies that the timeline stage should find.
package samples

import (
	"embed"
	"io/fs"
)

// The README stays out of the embed so that FS holds only documents and a
// demo can feed every file it finds to a reader.
//
//go:embed data/east_timor_th.xml data/east_timor_en.txt data/asean_jsonl.jsonl
//go:embed data/bangladesh_1971_th.xml data/bangladesh_1971_en.txt
var embedded embed.FS

// dataDir is the folder inside embedded that FS is rooted at.
const dataDir = "data"

// fileNames fixes the order of Files: Thai WikiExtractor XML, English plain
// text, the mixed-language JSON lines, then the Bangladesh pair, added last
// so that the earlier files keep their places.
var fileNames = []string{
	"east_timor_th.xml",
	"east_timor_en.txt",
	"asean_jsonl.jsonl",
	"bangladesh_1971_th.xml",
	"bangladesh_1971_en.txt",
}

// File is one embedded sample document file.
type File struct {
	// Name is the file's base name, also its path in FS.
	Name string
	Data []byte
}

// FS exposes the sample files as an fs.FS rooted at data/, so paths are bare
// file names such as "east_timor_en.txt".
var FS fs.FS = rootedFS()

func rootedFS() fs.FS {
	sub, err := fs.Sub(embedded, dataDir)
	if err != nil {
		// dataDir is a constant naming an embedded folder; this cannot
		// happen unless the embed directive above is broken.
		panic("samples: " + err.Error())
	}
	return sub
}

// Files returns the embedded sample files in a fixed order. Each call
// returns fresh copies of the data, so callers may modify them.
func Files() []File {
	files := make([]File, 0, len(fileNames))
	for _, name := range fileNames {
		data, err := fs.ReadFile(FS, name)
		if err != nil {
			// Every name is embedded at build time; a miss is a build bug.
			panic("samples: " + err.Error())
		}
		files = append(files, File{Name: name, Data: data})
	}
	return files
}
