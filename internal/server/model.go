package server

import (
	"chronicle/internal/actor"
	"chronicle/internal/document"
)

// Event is one event as the API returns it: the record's event with its
// indexes into the document's times, actors and quantities resolved, so it
// stands on its own. Spans are code points into the document's text.
type Event struct {
	ID    string `json:"id"`
	Doc   string `json:"doc"`
	Title string `json:"title"`
	Lang  string `json:"lang"`
	Type  string `json:"type"`
	// Family is the network edge family of the type (fights, supports,
	// negotiates, recognises), empty when the type draws no edge.
	Family string `json:"family,omitempty"`
	// Text is the clause that states the event; Span its extent.
	Text string        `json:"text"`
	Span document.Span `json:"span"`
	// Trigger is the trigger word(s) as written.
	Trigger     string        `json:"trigger"`
	TriggerSpan document.Span `json:"trigger_span"`
	// Sentence is the span of the sentence holding the trigger.
	Sentence document.Span `json:"sentence"`
	// Interval holds the inclusive ISO dates of the event's time; "" when undated.
	Interval [2]string `json:"interval"`
	// Value is the TIMEX3 value of the event's own time, which may be
	// coarser or wider than its time mention's (the year after "shortly
	// after", a period's range); "" when undated.
	Value      string       `json:"value"`
	Time       *EventTime   `json:"time"`
	Actors     []EventActor `json:"actors"`
	Place      *EventActor  `json:"place"`
	Quantities []EventQty   `json:"quantities"`
	Negated    bool         `json:"negated"`
	// Cluster is the id of the aligned cluster the event belongs to
	// (empty for negated events, which are not aligned).
	Cluster string `json:"cluster,omitempty"`

	// search is the lowercased text the q filter looks in: the clause and
	// the actors' names.
	search string
}

// EventTime is the temporal expression an event is dated by.
type EventTime struct {
	Text  string        `json:"text"`
	Span  document.Span `json:"span"`
	Type  string        `json:"type"`
	Value string        `json:"value"`
	Mod   string        `json:"mod"`
	// Calendar is the era the text used: buddhist, gregorian or rattanakosin.
	Calendar string    `json:"calendar"`
	Interval [2]string `json:"interval"`
}

// EventActor is a participant of an event, or its place.
type EventActor struct {
	ID    string        `json:"id"`
	Name  string        `json:"name"`
	Names actor.Names   `json:"names"`
	Kind  string        `json:"kind"`
	Text  string        `json:"text"`
	Span  document.Span `json:"span"`
	// Role is source, target or other (empty for a place).
	Role string `json:"role,omitempty"`
}

// EventQty is a quantity an event states.
type EventQty struct {
	Text   string        `json:"text"`
	Span   document.Span `json:"span"`
	Value  float64       `json:"value"`
	Min    *float64      `json:"min"`
	Max    *float64      `json:"max"`
	Unit   string        `json:"unit"`
	Approx bool          `json:"approx"`
}

// Actor summarises one actor across the store.
type Actor struct {
	ID    string      `json:"id"`
	Name  string      `json:"name"`
	Names actor.Names `json:"names"`
	Kind  string      `json:"kind"`
	// Mentions counts its mentions, Events the events it takes part in,
	// Docs the documents that mention it.
	Mentions int `json:"mentions"`
	Events   int `json:"events"`
	Docs     int `json:"docs"`
}

// docInfo is what the snapshot keeps of a document.
type docInfo struct {
	ID, Title, Lang, Hash string
}
