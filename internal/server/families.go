package server

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
)

// familiesTSV maps event types to network edge families (data/families.tsv).
//
//go:embed data/families.tsv
var familiesTSV []byte

// family is how events of one type link their actors in the network.
type family struct {
	name string
	// directed draws source -> target when an event names both roles.
	directed bool
}

// loadFamilies reads the embedded type -> family table.
func loadFamilies() (map[string]family, error) {
	out := map[string]family{}
	sc := bufio.NewScanner(bytes.NewReader(familiesTSV))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 3 || (f[2] != "yes" && f[2] != "no") {
			return nil, fmt.Errorf("server: data/families.tsv:%d: want type, family and yes|no separated by tabs", line)
		}
		out[f[0]] = family{name: f[1], directed: f[2] == "yes"}
	}
	return out, sc.Err()
}
