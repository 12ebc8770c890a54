package align

import (
	_ "embed"
	"strings"
)

//go:embed data/once.tsv
var onceTSV string

// OnceRole says that an actor in Role of an event of Type undergoes it only
// once: the founding of an organisation (found, target). Two such reports
// naming one distinctive actor in that role are one happening whatever
// their dates say within nearYrs calendar years, in one document or two,
// so a disagreement on the date is flagged, not read as two foundings.
type OnceRole struct {
	Type string
	// Role is RoleSource or RoleTarget.
	Role string
	// Kinds are the actor kinds (Options.Kinds) that undergo it once
	// however often the documents name them: an organisation is founded
	// once, a state is "established" and "restored" again and again.
	Kinds []string
}

// DefaultOnceRoles are the rules of the embedded data/once.tsv.
func DefaultOnceRoles() []OnceRole {
	var out []OnceRole
	for _, f := range dataLines(onceTSV) {
		if len(f) < 2 {
			continue
		}
		r := OnceRole{Type: strings.TrimSpace(f[0]), Role: strings.TrimSpace(f[1])}
		if len(f) > 2 {
			for _, k := range strings.Split(f[2], ",") {
				if k = strings.TrimSpace(k); k != "" {
					r.Kinds = append(r.Kinds, k)
				}
			}
		}
		if r.Type != "" && roleOf(r.Role) != roleOther {
			out = append(out, r)
		}
	}
	return out
}

// hasOnceActor: the event names a distinctive actor (see
// distinctiveShare) in its type's once role.
func (al *aligner) hasOnceActor(it *item) bool {
	role := al.types.onceRole(it.typ)
	if role == roleOther {
		return false
	}
	limit := al.distinctiveLimit()
	for _, a := range it.actors {
		if a.role == role && al.onceActor(it.typ, a.id, limit) {
			return true
		}
	}
	return false
}

// onceActor reports whether actor id tells one happening of once type typ:
// it is distinctive (named by at most limit events) or of a kind the type
// lists (OnceRole.Kinds).
func (al *aligner) onceActor(typ, id int32, limit int32) bool {
	return al.actorEvents[id] <= limit || int(id) < len(al.actorKind) && al.types.onceKind(typ, al.actorKind[id])
}

// sameOnce reports whether two events of one once type name the same
// distinctive actor in its once role, with dates at most nearYrs calendar
// years apart (or either undated): one founding, told twice.
func (al *aligner) sameOnce(a, b *item) bool {
	role := al.types.onceRole(a.typ)
	if role == roleOther || a.typ != b.typ || a.when.dated() && b.when.dated() && yearsApart(a.when, b.when) > nearYrs {
		return false
	}
	limit := al.distinctiveLimit()
	return anyShared(a.actors, b.actors, func(x, y actorRef) bool {
		return x.role == role && y.role == role && al.onceActor(a.typ, x.id, limit)
	})
}
