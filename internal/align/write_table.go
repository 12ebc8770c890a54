package align

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Column widths of WriteTable, in terminal columns.
const (
	colCluster = 10
	colISO     = 21
	colWritten = 30
	colType    = 10
	colText    = 44
)

// WriteTable writes the timeline for people: per cluster, Thai and English
// reports side by side with the date in ISO form and as the documents
// wrote it, then the discrepancies with their evidence. docCalendars maps
// a document id to the calendar it uses (buddhist, gregorian,
// rattanakosin); it writes the date of an event that has no time text of
// its own. Nil is allowed: Thai documents then read as buddhist.
func WriteTable(w io.Writer, tl Timeline, docCalendars map[string]string) error {
	bw := bufio.NewWriter(w)
	ix := newEventIndex(&tl)
	row := func(cols ...string) {
		line := strings.Join(cols, " ")
		bw.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	row(cell("cluster", colCluster), cell("date (ISO)", colISO), cell("as written", colWritten), cell("type", colType),
		cell("Thai", colText), cell("English", colText))
	row(strings.Repeat("─", colCluster), strings.Repeat("─", colISO), strings.Repeat("─", colWritten),
		strings.Repeat("─", colType), strings.Repeat("─", colText), strings.Repeat("─", colText))
	for k := range tl.Clusters {
		c := &tl.Clusters[k]
		thai, others := ix.members(c)
		for r := 0; r < max(len(thai), len(others)); r++ {
			var id, iso, typ string
			if r == 0 {
				id, iso, typ = shortID(c.ID), isoInterval(c.Interval), c.Type
			}
			var written []string
			thText, otherText := "", ""
			if r < len(thai) {
				thText = thai[r].Text
				written = append(written, writtenDate(thai[r], docCalendars))
			}
			if r < len(others) {
				otherText = others[r].Text
				if others[r].Lang != "en" {
					otherText = "[" + others[r].Lang + "] " + otherText
				}
				written = append(written, writtenDate(others[r], docCalendars))
			}
			row(cell(id, colCluster), cell(iso, colISO), cell(joinNonEmpty(written, " · "), colWritten), cell(typ, colType),
				cell(thText, colText), cell(otherText, colText))
		}
	}
	writeDiscrepancies(bw, tl)
	return bw.Flush()
}

func writeDiscrepancies(bw *bufio.Writer, tl Timeline) {
	fmt.Fprintf(bw, "\nDiscrepancies: %d\n", len(tl.Discrepancies))
	for _, d := range tl.Discrepancies {
		kind := d.Kind
		if d.Unit != "" {
			kind += " (" + d.Unit + ")"
		}
		fmt.Fprintf(bw, "%s  %s in cluster %s, confidence %.2f\n", shortID(d.ID), kind, shortID(d.Cluster), d.Confidence)
		for _, c := range d.Claims {
			line := "  " + cell(c.Lang, 3) + cell(c.Event, 24) + cell(fmt.Sprintf("[%d,%d)", c.Span[0], c.Span[1]), 15) +
				cell(`"`+c.Text+`"`, colWritten) + " = " + c.Value
			bw.WriteString(line + "\n")
		}
	}
}

// writtenDate is the event's time as its document wrote it, or, without a
// time text, its interval written in the document's calendar.
func writtenDate(e *Event, docCalendars map[string]string) string {
	if e.TimeText != "" {
		return e.TimeText
	}
	cal := docCalendars[e.Doc]
	if cal == "" {
		cal = e.Calendar
	}
	return formatDate(e.Interval, e.Lang, cal)
}

// shortID keeps the first 9 characters of a generated id: enough to tell
// clusters apart by eye.
func shortID(id string) string {
	if len(id) > 9 {
		return id[:9]
	}
	return id
}

func joinNonEmpty(xs []string, sep string) string {
	var keep []string
	for _, x := range xs {
		if x != "" {
			keep = append(keep, x)
		}
	}
	return strings.Join(keep, sep)
}
