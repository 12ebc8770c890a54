package server

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"chronicle/internal/actor"
)

// Node is an actor in the network.
type Node struct {
	ID    string      `json:"id"`
	Name  string      `json:"name"`
	Names actor.Names `json:"names"`
	Kind  string      `json:"kind"`
	// Events counts the window's edge-drawing events it takes part in.
	Events int `json:"events"`
}

// Edge links two actors by the events of one family. For a directed
// family with both roles named, Source acted on Target; otherwise the two
// ids are in sorted order and Directed is false.
type Edge struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Family   string `json:"family"`
	Directed bool   `json:"directed"`
	// Count is the number of events; Evidence their ids (at most maxEvidence).
	Count    int      `json:"count"`
	Evidence []string `json:"evidence"`
}

// Network is the actor network of a time window.
type Network struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Events int    `json:"events"`
	Nodes  []Node `json:"nodes"`
	Edges  []Edge `json:"edges"`
}

// maxEvidence bounds the event ids listed on one edge.
const maxEvidence = 100

// network builds the actor network of the events f keeps: for each event
// of a type with a family, an edge from each source to each target when
// the family is directed and both roles are named, otherwise between every
// pair of participants. Places are not participants; negated events draw
// nothing.
func (sn *snapshot) network(f *eventFilter) Network {
	net := Network{From: f.window.From, To: f.window.To, Nodes: []Node{}, Edges: []Edge{}}
	edgeAt := map[string]int{}
	nodeAt := map[string]int{}
	for _, e := range sn.filterEvents(f) {
		fam, ok := sn.families[e.Type]
		if !ok || e.Negated {
			continue
		}
		pairs := eventPairs(e, fam.directed)
		if len(pairs) == 0 {
			continue
		}
		net.Events++
		seen := map[string]bool{}
		for _, p := range pairs {
			key := fam.name + "\x00" + p.a + "\x00" + p.b + "\x00" + strconv.FormatBool(p.directed)
			i, ok := edgeAt[key]
			if !ok {
				i = len(net.Edges)
				edgeAt[key] = i
				net.Edges = append(net.Edges, Edge{Source: p.a, Target: p.b, Family: fam.name, Directed: p.directed, Evidence: []string{}})
			}
			ed := &net.Edges[i]
			ed.Count++
			if len(ed.Evidence) < maxEvidence {
				ed.Evidence = append(ed.Evidence, e.ID)
			}
			for _, id := range []string{p.a, p.b} {
				if seen[id] {
					continue
				}
				seen[id] = true
				n, ok := nodeAt[id]
				if !ok {
					n = len(net.Nodes)
					nodeAt[id] = n
					net.Nodes = append(net.Nodes, sn.node(e, id))
				}
				net.Nodes[n].Events++
			}
		}
	}
	slices.SortFunc(net.Nodes, func(a, b Node) int { return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.ID, b.ID)) })
	slices.SortFunc(net.Edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Family, b.Family), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	for i := range net.Edges {
		ed := &net.Edges[i]
		ed.ID = fmt.Sprintf("e%d", i+1)
	}
	return net
}

type actorPair struct {
	a, b     string
	directed bool
}

func eventPairs(e *Event, directed bool) []actorPair {
	var sources, targets, all []string
	add := func(list []string, id string) []string {
		if slices.Contains(list, id) {
			return list
		}
		return append(list, id)
	}
	for _, a := range e.Actors {
		if a.Kind == "place" {
			continue
		}
		all = add(all, a.ID)
		switch a.Role {
		case "source":
			sources = add(sources, a.ID)
		case "target":
			targets = add(targets, a.ID)
		}
	}
	var out []actorPair
	if directed && len(sources) > 0 && len(targets) > 0 {
		for _, s := range sources {
			for _, t := range targets {
				if s != t {
					out = append(out, actorPair{s, t, true})
				}
			}
		}
		return out
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			a, b := all[i], all[j]
			if b < a {
				a, b = b, a
			}
			out = append(out, actorPair{a, b, false})
		}
	}
	return out
}

// node describes actor id, from the store-wide summary when there is one.
func (sn *snapshot) node(e *Event, id string) Node {
	if i, ok := sn.actorByID[id]; ok {
		a := sn.actors[i]
		return Node{ID: id, Name: a.Name, Names: a.Names, Kind: a.Kind}
	}
	for _, a := range e.Actors {
		if a.ID == id {
			return Node{ID: id, Name: a.Name, Names: a.Names, Kind: a.Kind}
		}
	}
	return Node{ID: id}
}

func (s *Server) handleNetwork(w http.ResponseWriter, r *http.Request) {
	f, err := parseEventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, s.snap.Load().network(&f))
}

// writeGraphML writes the network as GraphML, which Gephi, yEd, Cytoscape
// and NetworkX read: node labels and kinds, edge families, counts and the
// evidence event ids. encoding/xml escapes all text.
func writeGraphML(w io.Writer, net Network) error {
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	type key struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	type node struct {
		ID   string `xml:"id,attr"`
		Data []data `xml:"data"`
	}
	type edge struct {
		ID       string `xml:"id,attr"`
		Source   string `xml:"source,attr"`
		Target   string `xml:"target,attr"`
		Directed bool   `xml:"directed,attr"`
		Data     []data `xml:"data"`
	}
	type graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []node `xml:"node"`
		Edges       []edge `xml:"edge"`
	}
	type graphml struct {
		XMLName xml.Name `xml:"graphml"`
		XMLNS   string   `xml:"xmlns,attr"`
		Keys    []key    `xml:"key"`
		Graph   graph    `xml:"graph"`
	}
	doc := graphml{XMLNS: "http://graphml.graphdrawing.org/xmlns", Keys: []key{
		{"label", "node", "label", "string"}, {"name_th", "node", "name_th", "string"}, {"kind", "node", "kind", "string"},
		{"events", "node", "events", "int"},
		{"family", "edge", "family", "string"}, {"weight", "edge", "weight", "int"}, {"evidence", "edge", "evidence", "string"},
	}, Graph: graph{ID: "actors", EdgeDefault: "undirected"}}
	for _, n := range net.Nodes {
		label := cmp.Or(n.Name, n.Names.EN, n.Names.TH, n.ID)
		doc.Graph.Nodes = append(doc.Graph.Nodes, node{ID: n.ID, Data: []data{
			{"label", label}, {"name_th", n.Names.TH}, {"kind", n.Kind}, {"events", strconv.Itoa(n.Events)}}})
	}
	for _, e := range net.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, edge{ID: e.ID, Source: e.Source, Target: e.Target, Directed: e.Directed, Data: []data{
			{"family", e.Family}, {"weight", strconv.Itoa(e.Count)}, {"evidence", strings.Join(e.Evidence, " ")}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
