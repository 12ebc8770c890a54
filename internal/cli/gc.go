package cli

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// gcHeadroom is how much garbage the collector lets pile up, at least,
// while documents are annotated. The live heap is then small (the lexicons
// and a few documents) while every document leaves garbage in proportion to
// its length, so at Go's default target (garbage up to the live heap) the
// collector ran every dozen megabytes and took a fifth of the CPU. With a
// large live heap the default target already gives more room than this.
const gcHeadroom = 64 << 20

// gcPacer raises the collector's target for a batch of annotation so that
// the heap may grow by gcHeadroom over the live heap: memory stays bounded,
// at the live heap plus a constant.
type gcPacer struct {
	live     []metrics.Sample
	original int // the target before the batch, restored after it
	percent  int // the target set last
}

// relaxGC starts pacing the collector for a batch; nil (which does
// nothing) when the user set GOGC, whose choice wins.
func relaxGC() *gcPacer {
	if _, set := os.LookupEnv("GOGC"); set {
		return nil
	}
	p := &gcPacer{live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}, original: debug.SetGCPercent(100)}
	p.percent = 100
	p.adjust()
	return p
}

// adjust sets the target from the live heap the last collection found; it
// is cheap enough to call once per document.
func (p *gcPacer) adjust() {
	if p == nil {
		return
	}
	metrics.Read(p.live)
	percent := 100
	if p.live[0].Value.Kind() == metrics.KindUint64 {
		if live := p.live[0].Value.Uint64(); live > 0 && live < gcHeadroom {
			percent = int(gcHeadroom * 100 / live)
		} else if live == 0 {
			percent = 1000 // nothing collected yet: the lexicons alone
		}
	}
	// Small changes are not worth a call into the runtime.
	if percent < p.percent*9/10 || percent > p.percent*11/10 {
		debug.SetGCPercent(percent)
		p.percent = percent
	}
}

// restore gives the collector back the target it had before the batch.
func (p *gcPacer) restore() {
	if p != nil {
		debug.SetGCPercent(p.original)
	}
}
