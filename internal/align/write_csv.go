package align

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"cluster", "event", "doc", "lang", "type", "start", "end", "time_value", "time_text", "calendar",
	"span_start", "span_end", "actors", "quantities", "text"}

// WriteCSV writes one row per event, in cluster order, with its cluster
// id. Actors are written "id:role" and quantities "value unit" (or
// "min/max unit"), each list joined by "; ".
func WriteCSV(w io.Writer, tl Timeline) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("align: write csv: %w", err)
	}
	ix := newEventIndex(&tl)
	for k := range tl.Clusters {
		c := &tl.Clusters[k]
		for _, id := range c.Events {
			i, ok := ix.byID[id]
			if !ok {
				continue
			}
			e := &tl.Events[i]
			var actors, qs []string
			for _, a := range e.Actors {
				actors = append(actors, a.ID+":"+a.Role)
			}
			for _, q := range e.Quantities {
				v := formatNumber(q.Value)
				if q.Min != nil || q.Max != nil {
					v = optionalNumber(q.Min) + "/" + optionalNumber(q.Max)
				}
				qs = append(qs, strings.TrimSpace(v+" "+q.Unit))
			}
			row := []string{c.ID, e.ID, e.Doc, e.Lang, e.Type, e.Interval[0], e.Interval[1], e.TimeValue, e.TimeText, e.Calendar,
				strconv.Itoa(e.Span[0]), strconv.Itoa(e.Span[1]), strings.Join(actors, "; "), strings.Join(qs, "; "), e.Text}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("align: write csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("align: write csv: %w", err)
	}
	return nil
}

func optionalNumber(v *float64) string {
	if v == nil {
		return ""
	}
	return formatNumber(*v)
}
