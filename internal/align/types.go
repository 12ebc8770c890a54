package align

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

//go:embed data/compatible.tsv
var compatibleTSV string

//go:embed data/symmetric.tsv
var symmetricTSV string

// DefaultSymmetricTypes are the types of the embedded data/symmetric.tsv.
func DefaultSymmetricTypes() []string {
	var out []string
	for _, f := range dataLines(symmetricTSV) {
		if t := strings.TrimSpace(f[0]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// typeTable interns event types and knows which pairs may describe the
// same happening.
type typeTable struct {
	names []string
	ids   map[string]int32
	// partners holds the compatible pairs by name, both orders.
	partners map[string][]CompatiblePair
	// weights holds them by id once both types are interned.
	weights map[[2]int32]float64
	// dense is weights as a matrix (NaN: incompatible) once interning is
	// over and there are few types; nil otherwise.
	dense []float64
	// group is a blocking group: types linked by compatible pairs share it.
	group []int32
	// symmetricNames lists the types whose source and target are one role;
	// isSymmetric holds it by id.
	symmetricNames map[string]bool
	isSymmetric    []bool
	// onceNames maps a type to its once role (OnceRole); once holds it
	// by id (roleOther: none).
	onceNames map[string]uint8
	once      []uint8
	// onceKindNames maps a type to the actor kinds that undergo it once
	// (OnceRole.Kinds); onceKinds holds them by id.
	onceKindNames map[string]map[string]bool
	onceKinds     []map[string]bool
}

// CompatiblePair says that two event types may report one happening.
type CompatiblePair struct {
	A, B string
	// Weight in (0, 1] replaces the 1.0 of an exact type match.
	Weight float64
}

// ReadCompatiblePairs reads a file in the format of data/compatible.tsv;
// name is used in error messages.
func ReadCompatiblePairs(r io.Reader, name string) ([]CompatiblePair, error) {
	var out []CompatiblePair
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("align: %s:%d: want type_a, type_b and weight, got %d fields", name, line, len(f))
		}
		w, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil || !(w > 0 && w <= 1) {
			return nil, fmt.Errorf("align: %s:%d: weight %q is not in (0, 1]", name, line, f[2])
		}
		a, b := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if a == "" || b == "" {
			return nil, fmt.Errorf("align: %s:%d: empty type", name, line)
		}
		out = append(out, CompatiblePair{A: a, B: b, Weight: w})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("align: %s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// DefaultCompatiblePairs are the pairs of the embedded data file.
func DefaultCompatiblePairs() []CompatiblePair {
	pairs, err := ReadCompatiblePairs(strings.NewReader(compatibleTSV), "data/compatible.tsv")
	if err != nil {
		// The embedded file is checked by the tests.
		return nil
	}
	return pairs
}

func newTypeTable(pairs []CompatiblePair, symmetric []string, once []OnceRole) *typeTable {
	t := &typeTable{ids: map[string]int32{}, partners: map[string][]CompatiblePair{}, weights: map[[2]int32]float64{},
		symmetricNames: map[string]bool{}, onceNames: map[string]uint8{}, onceKindNames: map[string]map[string]bool{}}
	for _, o := range once {
		t.onceNames[o.Type] = roleOf(o.Role)
		for _, k := range o.Kinds {
			if t.onceKindNames[o.Type] == nil {
				t.onceKindNames[o.Type] = map[string]bool{}
			}
			t.onceKindNames[o.Type][k] = true
		}
	}
	for _, s := range symmetric {
		t.symmetricNames[s] = true
	}
	for _, p := range pairs {
		if p.A == p.B {
			continue
		}
		t.partners[p.A] = append(t.partners[p.A], p)
		t.partners[p.B] = append(t.partners[p.B], CompatiblePair{A: p.B, B: p.A, Weight: p.Weight})
	}
	return t
}

// intern returns the id of a type, adding it and its compatible pairs with
// types already seen.
func (t *typeTable) intern(name string) int32 {
	if id, ok := t.ids[name]; ok {
		return id
	}
	id := int32(len(t.names))
	t.names = append(t.names, name)
	t.ids[name] = id
	t.group = append(t.group, id)
	t.isSymmetric = append(t.isSymmetric, t.symmetricNames[name])
	t.once = append(t.once, t.onceNames[name])
	t.onceKinds = append(t.onceKinds, t.onceKindNames[name])
	for _, p := range t.partners[name] {
		if oid, ok := t.ids[p.B]; ok {
			t.weights[[2]int32{id, oid}] = p.Weight
			t.weights[[2]int32{oid, id}] = p.Weight
			t.join(id, oid)
		}
	}
	return id
}

// join puts two types in one blocking group (the smaller group id wins).
func (t *typeTable) join(a, b int32) {
	ga, gb := t.group[a], t.group[b]
	if ga == gb {
		return
	}
	lo, hi := min(ga, gb), max(ga, gb)
	for i, g := range t.group {
		if g == hi {
			t.group[i] = lo
		}
	}
}

// onceRole is the role in which an actor undergoes a type only once
// (roleOther: none).
func (t *typeTable) onceRole(id int32) uint8 { return t.once[id] }

// onceKind reports whether actors of kind undergo type id only once
// however often they are named.
func (t *typeTable) onceKind(id int32, kind string) bool { return kind != "" && t.onceKinds[id][kind] }

// symmetric reports whether a type's source and target are one role.
func (t *typeTable) symmetric(id int32) bool { return t.isSymmetric[id] }

// maxDenseTypes bounds the matrix of type weights (its size is the square).
const maxDenseTypes = 256

// freeze builds the dense matrix after the last intern.
func (t *typeTable) freeze() {
	n := len(t.names)
	if n > maxDenseTypes {
		return
	}
	t.dense = make([]float64, n*n)
	for i := range t.dense {
		t.dense[i] = math.NaN()
	}
	for k, w := range t.weights {
		t.dense[int(k[0])*n+int(k[1])] = w
	}
}

// weight is the type part of the score; ok is false for incompatible types.
func (t *typeTable) weight(a, b int32) (float64, bool) {
	if a == b {
		return 1, true
	}
	if t.dense != nil {
		w := t.dense[int(a)*len(t.names)+int(b)]
		return w, !math.IsNaN(w)
	}
	w, ok := t.weights[[2]int32{a, b}]
	return w, ok
}
