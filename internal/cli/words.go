package cli

import (
	"fmt"
	"strings"
	"time"
)

// splitWordList reads one word per line; blank lines and lines starting with
// '#' are ignored.
func splitWordList(s string) []string {
	var words []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words = append(words, line)
	}
	return words
}

// checkDate validates a YYYY-MM-DD calendar date.
func checkDate(s string) error {
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return fmt.Errorf("want a date as YYYY-MM-DD, got %q", s)
	}
	return nil
}
