package align

import (
	_ "embed"
	"strings"
)

//go:embed data/proposed.tsv
var proposedTSV string

// Proposal says that an event of Type whose text holds one of Phrases
// (compared in lower case) proposes its target as a body still to come,
// and that an event of Founding founds such a body (data/proposed.tsv).
// Proposed after another report founded it, the body is in dispute: the
// two are linked and their dates flagged.
type Proposal struct {
	Type, Founding string
	Phrases        []string
}

// DefaultProposals are the rules of the embedded data/proposed.tsv.
func DefaultProposals() []Proposal {
	var out []Proposal
	for _, f := range dataLines(proposedTSV) {
		if len(f) < 3 {
			continue
		}
		r := Proposal{Type: strings.TrimSpace(f[0]), Founding: strings.TrimSpace(f[1]), Phrases: phraseList(f[2])}
		if r.Type != "" && r.Founding != "" && len(r.Phrases) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// proposalRule returns the index of the first rule by which an event of
// type typ with text proposes a body, or -1.
func proposalRule(rules []Proposal, typ, text string) int32 {
	var lower string
	for i, r := range rules {
		if r.Type == typ && holdsPhrase(text, &lower, r.Phrases) {
			return int32(i)
		}
	}
	return -1
}

// foundingOf returns the interned type that founds what item it proposes,
// and false when it proposes nothing or no event has that type.
func (al *aligner) foundingOf(it *item) (int32, bool) {
	if it.proposes < 0 {
		return 0, false
	}
	id, ok := al.types.ids[al.proposals[it.proposes].Founding]
	return id, ok
}

// proposedAfter reports whether p proposes as still to come a body that f
// founded earlier, at most nearYrs calendar years before: p's target is
// what f founds, in f's once role, and distinctive or of a kind founded
// once (OnceRole).
func (al *aligner) proposedAfter(p, f *item) bool {
	founding, ok := al.foundingOf(p)
	if !ok || f.typ != founding || !p.when.dated() || !f.when.dated() || p.when.lo <= f.when.hi || yearsApart(p.when, f.when) > nearYrs {
		return false
	}
	role, limit := al.types.onceRole(founding), al.distinctiveLimit()
	return role != roleOther && anyShared(p.actors, f.actors, func(x, y actorRef) bool {
		return x.role == roleTarget && y.role == role && al.onceActor(founding, y.id, limit)
	})
}

// proposalLink reports whether either event proposes what the other
// founded before (proposedAfter).
func (al *aligner) proposalLink(a, b *item) bool {
	return al.proposedAfter(a, b) || al.proposedAfter(b, a)
}
