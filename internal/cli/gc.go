package cli

import (
	"os"
	"runtime/debug"
)

// annotateGCPercent is the collector's target while documents are
// annotated. The live heap is then small (the lexicons and a few documents)
// while every document leaves garbage in proportion to its length, so at
// Go's default of 100 the collector ran every dozen megabytes and took a
// fifth of the CPU. A higher target keeps memory bounded, at a few times the
// live heap, and leaves that CPU to the annotators.
const annotateGCPercent = 400

// relaxGC raises the collector's target for a batch of annotation and
// returns the function that restores it. A GOGC set by the user wins.
func relaxGC() (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	old := debug.SetGCPercent(annotateGCPercent)
	return func() { debug.SetGCPercent(old) }
}
