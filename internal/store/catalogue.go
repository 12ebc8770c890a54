package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// catalogue remembers the keys of actor descriptions already stored, so
// that most documents find every actor without a query. Rows of the actors
// table are never deleted, so a remembered key stays right; keys are
// remembered only once the transaction that wrote them has committed.
type catalogue struct {
	mu   sync.Mutex
	keys map[actorVariant]int64
}

func (c *catalogue) lookup(v actorVariant) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	aid, ok := c.keys[v]
	return aid, ok
}

// remember adds keys learnt in a committed transaction.
func (c *catalogue) remember(keys map[actorVariant]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys == nil {
		c.keys = make(map[actorVariant]int64, len(keys))
	}
	for v, aid := range keys {
		c.keys[v] = aid
	}
}

// actorKeys finds or inserts the catalogue rows of actors inside tx. It
// returns the key of every variant, and those it did not know before (to
// remember after commit).
func actorKeys(ctx context.Context, tx *sql.Tx, cat *catalogue, actors []actorRow) (all, learnt map[actorVariant]int64, err error) {
	all = map[actorVariant]int64{}
	learnt = map[actorVariant]int64{}
	for _, a := range actors {
		v := a.variant
		if _, ok := all[v]; ok {
			continue
		}
		if aid, ok := cat.lookup(v); ok {
			all[v] = aid
			continue
		}
		aid, err := actorKey(ctx, tx, v)
		if err != nil {
			return nil, nil, err
		}
		all[v], learnt[v] = aid, aid
	}
	return all, learnt, nil
}

// actorKey is the key of v's catalogue row, inserted if missing.
func actorKey(ctx context.Context, tx *sql.Tx, v actorVariant) (int64, error) {
	var aid int64
	err := tx.QueryRowContext(ctx, `INSERT INTO actors (id, name, name_th, name_en, kind, wikidata, code)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING aid`,
		v.id, v.name, v.th, v.en, v.kind, v.wikidata, v.code).Scan(&aid)
	if errors.Is(err, sql.ErrNoRows) { // already there
		err = tx.QueryRowContext(ctx, `SELECT aid FROM actors WHERE id = ? AND name = ? AND name_th = ? AND name_en = ?
			AND kind = ? AND wikidata = ? AND code = ?`, v.id, v.name, v.th, v.en, v.kind, v.wikidata, v.code).Scan(&aid)
	}
	if err != nil {
		return 0, fmt.Errorf("actor catalogue %q: %w", v.id, err)
	}
	return aid, nil
}
