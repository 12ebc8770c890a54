// Package align builds one timeline from the events of many documents and
// languages: it groups the reports of the same happening into clusters
// (a Thai sentence and an English one about the same battle), and flags
// where the sources disagree on its date or on a number.
//
// Alignment is a scored, blocked, greedy single-link clustering: candidate
// pairs come only from blocks of compatible type, time bucket and actor, so
// the cost grows near-linearly with the number of events; pairs are merged
// strongest first, and a merge that would join incompatible dates is
// refused. docs/timeline.md states the rules and the JSON contract.
package align

import "chronicle/internal/document"

// Event is one event as alignment sees it (the caller fills it from the
// annotate records). Its JSON form (MarshalJSON) is the public contract:
// the fields below, with TimeValue, TimeText, Calendar and TimeSpan as one
// "time" object.
type Event struct {
	// ID is unique across the input, "<doc>#<n>" for annotated events.
	ID   string `json:"id"`
	Doc  string `json:"doc"`
	Lang string `json:"lang"`
	// Text is the sentence or clause that states the event; Span its
	// extent in the document.
	Text string        `json:"text"`
	Span document.Span `json:"span"`
	Type string        `json:"type"`
	// Interval holds inclusive ISO dates ("1978-12-25"); "" when unknown.
	Interval [2]string `json:"interval"`
	// TimeValue is the TIMEX3 value of the event's time, TimeText the
	// words as written, Calendar their era (buddhist, gregorian,
	// rattanakosin) and TimeSpan their extent.
	TimeValue string        `json:"-"`
	TimeText  string        `json:"-"`
	Calendar  string        `json:"-"`
	TimeSpan  document.Span `json:"-"`
	// TimeInherited marks a time taken from outside the event's sentence
	// (the narrative date in force): it may date the event, but it is no
	// claim of the source about this event.
	TimeInherited bool `json:"-"`
	// TimeAnchored marks a time whose words take their value from an
	// absolute date of the same sentence ("in 1998 … that year"): the
	// source itself ties the two, so the date is its claim although the
	// words name no month or year.
	TimeAnchored bool `json:"-"`
	// Actors carry cross-language ids: the same id in Thai and English.
	Actors []Actor `json:"actors"`
	// Quantities are normalised: money in currency units with unit "usd",
	// "thb"…, counts with their unit.
	Quantities []Quantity `json:"quantities"`
}

// Actor is one participant of an event.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Text string `json:"text"`
	// Role is source, target or other.
	Role string `json:"role"`
}

// Actor roles that weigh in alignment; any other role counts as "other".
const (
	RoleSource = "source"
	RoleTarget = "target"
)

// Quantity is one normalised number an event states.
type Quantity struct {
	Text  string        `json:"text"`
	Span  document.Span `json:"span"`
	Value float64       `json:"value"`
	// Min and Max bound a range or a "more than"/"nearly"; nil otherwise.
	Min *float64 `json:"min"`
	Max *float64 `json:"max"`
	// Unit is person, soldier, usd…; quantities without a unit are never
	// compared.
	Unit string `json:"unit"`
	// Approx marks "about", "ราว" and the like; it widens the tolerance.
	Approx bool `json:"approx,omitempty"`
}

// Cluster is one happening: the events that report it.
type Cluster struct {
	// ID is derived from the smallest member event id, so it does not
	// depend on the input order.
	ID string `json:"id"`
	// Interval is the dates all members agree on, or, when they conflict,
	// the span of all their dates; ["", ""] when no member has a date.
	Interval [2]string `json:"interval"`
	// Type is the most frequent member type.
	Type string `json:"type"`
	// Events are the member event ids in canonical order.
	Events []string `json:"events"`
	// Langs are the members' languages, sorted.
	Langs []string `json:"langs"`
}

// Claim is what one event says about a disputed date or number.
type Claim struct {
	Event string `json:"event"`
	Doc   string `json:"doc"`
	Lang  string `json:"lang"`
	// Text is the date or quantity as written; Span its extent.
	Text string        `json:"text"`
	Span document.Span `json:"span"`
	// Value is the normalised value: a TIMEX3 value or interval for a date,
	// a number or "min/max" range for a quantity.
	Value    string `json:"value"`
	Calendar string `json:"calendar,omitempty"`
}

// Discrepancy kinds.
const (
	KindDate     = "date"
	KindQuantity = "quantity"
)

// Discrepancy is a point on which the reports of one happening disagree.
type Discrepancy struct {
	ID string `json:"id"`
	// Kind is KindDate or KindQuantity.
	Kind    string `json:"kind"`
	Cluster string `json:"cluster"`
	// Unit is the quantities' unit (quantity discrepancies only).
	Unit   string   `json:"unit,omitempty"`
	Events []string `json:"events"`
	// Claims list one side, then the other.
	Claims []Claim `json:"claims"`
	// Confidence is the cluster evidence times the clarity of the conflict,
	// in [0, 1].
	Confidence float64 `json:"confidence"`
}

// Timeline is the result of Align.
type Timeline struct {
	// Events are the input events in canonical order (document, span, id).
	Events []Event `json:"events"`
	// Clusters are ordered by interval start (undated last), then id.
	Clusters []Cluster `json:"clusters"`
	// Discrepancies are ordered by confidence, highest first, then id.
	Discrepancies []Discrepancy `json:"discrepancies"`
}
