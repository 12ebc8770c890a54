package timex

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"chronicle/internal/document"
)

// FormatTable writes mentions as an aligned table: text, then type, value,
// mod, interval, calendar and anchor.
func FormatTable(w io.Writer, rt *document.RuneText, ms []Mention) error {
	rows := [][]string{{"#", "TEXT", "TYPE", "VALUE", "MOD", "INTERVAL", "CALENDAR", "ANCHOR"}}
	for i, m := range ms {
		text := m.Text
		if rt != nil && m.Span.Valid(rt.Len()) {
			text = rt.Slice(m.Span)
		}
		interval := ""
		if m.Interval[0] != "" {
			interval = m.Interval[0] + " … " + m.Interval[1]
		}
		anchor := ""
		if m.Anchor != nil {
			anchor = strconv.Itoa(*m.Anchor)
		}
		rows = append(rows, []string{strconv.Itoa(i), oneLine(text), m.Type, m.Value, m.Mod, interval, m.Calendar, anchor})
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for j, c := range r {
			widths[j] = max(widths[j], displayWidth(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for j, c := range r {
			b.WriteString(c)
			if j < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[j]-displayWidth(c)+2))
			}
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return fmt.Errorf("timex: write table: %w", err)
		}
	}
	return nil
}

func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// displayWidth counts the columns a string takes in a terminal: Thai vowel
// signs and tone marks written above or below take none.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r == 0x0E31 || (r >= 0x0E34 && r <= 0x0E3A) || (r >= 0x0E47 && r <= 0x0E4E) || r == '\u200b' {
			continue
		}
		n++
	}
	return n
}
