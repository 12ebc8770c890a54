package align

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// maxSlideReports bounds the reports quoted on one TimelineJS slide.
const maxSlideReports = 6

// TimelineJS3 JSON shapes (https://timeline.knightlab.com/docs/json-format.html).
type tjsDoc struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
}

type tjsSlide struct {
	StartDate *tjsDate `json:"start_date,omitempty"`
	EndDate   *tjsDate `json:"end_date,omitempty"`
	Text      tjsText  `json:"text"`
	Group     string   `json:"group,omitempty"`
	UniqueID  string   `json:"unique_id,omitempty"`
}

type tjsDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// WriteTimelineJS writes a TimelineJS3 timeline: one slide per dated
// cluster (TimelineJS needs a start date, so undated clusters are left
// out), headed by its type and principal actors, quoting the Thai and
// English reports and any discrepancy. All document text is HTML-escaped.
func WriteTimelineJS(w io.Writer, tl Timeline, title string) error {
	ix := newEventIndex(&tl)
	byCluster := map[string][]*Discrepancy{}
	for k := range tl.Discrepancies {
		d := &tl.Discrepancies[k]
		byCluster[d.Cluster] = append(byCluster[d.Cluster], d)
	}
	doc := tjsDoc{Events: []tjsSlide{}}
	if title != "" {
		doc.Title = &tjsSlide{Text: tjsText{Headline: html.EscapeString(title),
			Text: html.EscapeString(fmt.Sprintf("%d reports of %d happenings, %d discrepancies", len(tl.Events), len(tl.Clusters), len(tl.Discrepancies)))}}
	}
	for k := range tl.Clusters {
		c := &tl.Clusters[k]
		start, end, ok := tjsDates(c.Interval)
		if !ok {
			continue
		}
		thai, others := ix.members(c)
		src, tgt := principals(thai, others)
		headline := c.Type
		switch {
		case src.ID != "" && tgt.ID != "":
			headline += ": " + actorName(src) + " → " + actorName(tgt)
		case src.ID != "":
			headline += ": " + actorName(src)
		case tgt.ID != "":
			headline += ": → " + actorName(tgt)
		}
		var b strings.Builder
		n := 0
		for _, e := range append(append([]*Event{}, thai...), others...) {
			if n == maxSlideReports {
				fmt.Fprintf(&b, "<p>… and %d more reports</p>", len(c.Events)-n)
				break
			}
			fmt.Fprintf(&b, `<p lang="%s"><b>%s</b> <i>%s</i>: %s`, html.EscapeString(e.Lang), html.EscapeString(e.Lang),
				html.EscapeString(e.Doc), html.EscapeString(e.Text))
			if e.TimeText != "" {
				fmt.Fprintf(&b, " <small>(%s)</small>", html.EscapeString(e.TimeText))
			}
			b.WriteString("</p>")
			n++
		}
		for _, d := range byCluster[c.ID] {
			var claims []string
			for _, cl := range d.Claims {
				claims = append(claims, fmt.Sprintf("%s “%s” = %s", html.EscapeString(cl.Lang), html.EscapeString(cl.Text), html.EscapeString(cl.Value)))
			}
			fmt.Fprintf(&b, "<p><b>Sources disagree on the %s</b> (confidence %.2f): %s</p>", html.EscapeString(d.Kind), d.Confidence, strings.Join(claims, "; "))
		}
		doc.Events = append(doc.Events, tjsSlide{StartDate: start, EndDate: end, Group: html.EscapeString(c.Type), UniqueID: c.ID,
			Text: tjsText{Headline: html.EscapeString(headline), Text: b.String()}})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("align: write timelinejs: %w", err)
	}
	return nil
}

// tjsDates gives the slide dates at the interval's precision: a whole year
// is a year, a whole month a month, anything else days; end is nil for a
// single day, month or year. TimelineJS counts 1 BC as year -1, so
// astronomical years at or below zero move down by one.
func tjsDates(iv [2]string) (start, end *tjsDate, ok bool) {
	s := parseInterval(iv)
	if !s.dated() {
		return nil, nil, false
	}
	y, m, d := s.lo.civil()
	y2, m2, d2 := s.hi.civil()
	year := func(y int) string {
		if y <= 0 {
			y--
		}
		return strconv.Itoa(y)
	}
	switch {
	case m == 1 && d == 1 && m2 == 12 && d2 == 31:
		start = &tjsDate{Year: year(y)}
		if y2 != y {
			end = &tjsDate{Year: year(y2)}
		}
	case d == 1 && d2 == daysInMonth(y2, m2):
		start = &tjsDate{Year: year(y), Month: strconv.Itoa(m)}
		if y2 != y || m2 != m {
			end = &tjsDate{Year: year(y2), Month: strconv.Itoa(m2)}
		}
	default:
		start = &tjsDate{Year: year(y), Month: strconv.Itoa(m), Day: strconv.Itoa(d)}
		if s.hi != s.lo {
			end = &tjsDate{Year: year(y2), Month: strconv.Itoa(m2), Day: strconv.Itoa(d2)}
		}
	}
	return start, end, true
}
