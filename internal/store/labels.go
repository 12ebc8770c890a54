package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// Label kinds: the values the interval R*Trees hold as dimensions, coded
// as integers by the labels table (migration 0007).
const (
	labelLang      = "lang"
	labelTimeType  = "time_type"
	labelEventType = "event_type"
)

// label is a kind and a name.
type label struct{ kind, name string }

// labelCache remembers label codes; like the actor catalogue, rows are
// never deleted, and codes are remembered once their transaction commits.
type labelCache struct {
	mu    sync.Mutex
	codes map[label]int64
}

func (c *labelCache) lookup(l label) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	code, ok := c.codes[l]
	return code, ok
}

func (c *labelCache) remember(codes map[label]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.codes == nil {
		c.codes = map[label]int64{}
	}
	for l, code := range codes {
		c.codes[l] = code
	}
}

// labelCodes finds or inserts the codes of labels inside tx, returning
// every code and those learnt (to remember after commit).
func labelCodes(ctx context.Context, tx *sql.Tx, cache *labelCache, labels []label) (all, learnt map[label]int64, err error) {
	all, learnt = map[label]int64{}, map[label]int64{}
	for _, l := range labels {
		if _, ok := all[l]; ok {
			continue
		}
		if code, ok := cache.lookup(l); ok {
			all[l] = code
			continue
		}
		var code int64
		err := tx.QueryRowContext(ctx, `INSERT INTO labels (kind, name) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING label`, l.kind, l.name).Scan(&code)
		if errors.Is(err, sql.ErrNoRows) {
			err = tx.QueryRowContext(ctx, `SELECT label FROM labels WHERE kind = ? AND name = ?`, l.kind, l.name).Scan(&code)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("label %s %q: %w", l.kind, l.name, err)
		}
		all[l], learnt[l] = code, code
	}
	return all, learnt, nil
}

// queryLabel is the code of a label a query filters by: ok false when no
// stored row has it (the query then matches nothing).
func queryLabel(ctx context.Context, tx *sql.Tx, kind, name string) (code int64, ok bool, err error) {
	err = tx.QueryRowContext(ctx, `SELECT label FROM labels WHERE kind = ? AND name = ?`, kind, name).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return code, err == nil, err
}

// docLabels are the labels a document's rows need.
func docLabels(p *prepared) []label {
	out := []label{{labelLang, p.rec.Lang}}
	for _, m := range p.rec.Times {
		out = append(out, label{labelTimeType, m.Type})
	}
	for _, e := range p.events {
		out = append(out, label{labelEventType, e.ev.Type})
	}
	return out
}
