package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// backfillBatch is how many rows a migration hook reads at a time, so that
// filling a large database needs bounded memory.
const backfillBatch = 5000

// fillTimeKeys gives the time mentions stored before migration 0004 their
// day-number keys and R*Tree entries.
func fillTimeKeys(ctx context.Context, tx *sql.Tx) error {
	w := &rowWriter{ctx: ctx, tx: tx}
	defer w.close()
	type row struct {
		doc, idx    int64
		first, last sql.NullString
	}
	lastDoc, lastIdx := int64(-1), int64(-1)
	for {
		var batch []row
		rows, err := tx.QueryContext(ctx, `SELECT doc, idx, first_day, last_day FROM times
			WHERE (doc, idx) > (?, ?) ORDER BY doc, idx LIMIT ?`, lastDoc, lastIdx, backfillBatch)
		if err != nil {
			return fmt.Errorf("fill time keys: %w", err)
		}
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.doc, &r.idx, &r.first, &r.last); err != nil {
				rows.Close()
				return fmt.Errorf("fill time keys: %w", err)
			}
			batch = append(batch, r)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return fmt.Errorf("fill time keys: %w", err)
		}
		for _, r := range batch {
			first, last := intervalKeys([2]string{r.first.String, r.last.String})
			if first == nil {
				continue
			}
			w.exec(`UPDATE times SET first_key = ?, last_key = ? WHERE doc = ? AND idx = ?`, *first, *last, r.doc, r.idx)
			w.exec(`INSERT INTO times_rtree (id, first, last) VALUES (?, ?, ?)`, rtreeID(r.doc, int(r.idx)), *first, *last)
		}
		if w.err != nil {
			return fmt.Errorf("fill time keys: %w", w.err)
		}
		if len(batch) < backfillBatch {
			return nil
		}
		lastDoc, lastIdx = batch[len(batch)-1].doc, batch[len(batch)-1].idx
	}
}
