package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"chronicle/internal/document"
)

// synthEvents makes n events deterministically from seed: happenings of a
// realistic mix of types between 1950 and 2000, among a few hundred actors
// of very unequal frequency, each reported one to four times in Thai and
// English documents, sometimes less precisely, sometimes with a wrong day
// or number.
func synthEvents(n int, seed uint64) []Event {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	types := []struct {
		name   string
		weight int
	}{{"attack", 25}, {"kill", 15}, {"meet", 12}, {"agree", 10}, {"withdraw", 8}, {"declare", 6}, {"support", 6},
		{"flee", 5}, {"elect", 4}, {"found", 3}, {"recognize", 2}, {"outlaw", 2}, {"defect", 2}}
	totalWeight := 0
	for _, t := range types {
		totalWeight += t.weight
	}
	pickType := func() string {
		k := r.IntN(totalWeight)
		for _, t := range types {
			if k < t.weight {
				return t.name
			}
			k -= t.weight
		}
		return types[0].name
	}
	const nActors = 2000
	actorIDs := make([]string, nActors)
	for i := range actorIDs {
		actorIDs[i] = fmt.Sprintf("actor-%03d", i)
	}
	zipf := rand.NewZipf(r, 1.2, 5, nActors-1)
	first, last := civilToDay(1950, 1, 1), civilToDay(2000, 12, 31)
	dates := map[day]string{}
	iso := func(d day) string {
		s, ok := dates[d]
		if !ok {
			s = d.String()
			dates[d] = s
		}
		return s
	}
	units := []string{"person", "soldier", "usd"}
	texts := map[string]string{"th": "ข้อความเหตุการณ์สังเคราะห์", "en": "a synthetic event sentence"}
	const perDoc = 250
	docOf := map[string]string{}
	countIn := map[string]int{}
	docSerial := 0

	out := make([]Event, 0, n)
	for len(out) < n {
		typ := pickType()
		d := first + day(r.IntN(int(last-first)+1))
		y, m, _ := d.civil()
		prec := r.IntN(100) // <55 day, <75 month, <95 year, else undated
		nAct := []int{0, 1, 1, 1, 1, 2, 2, 2, 2, 3}[r.IntN(10)]
		var actors []Actor
		for k := range nAct {
			id := actorIDs[zipf.Uint64()]
			role := []string{RoleSource, RoleTarget, "other"}[k]
			actors = append(actors, Actor{ID: id, Name: id, Text: id, Role: role})
		}
		var qty *Quantity
		if r.IntN(4) == 0 {
			v := math.Round(math.Exp(3 + r.Float64()*15))
			qty = &Quantity{Text: strconv.FormatFloat(v, 'f', -1, 64), Value: v, Unit: units[r.IntN(len(units))]}
		}
		reports := []int{1, 1, 1, 1, 2, 2, 2, 3, 3, 4}[r.IntN(10)]
		lang := []string{"th", "en"}[r.IntN(2)]
		for range reports {
			if len(out) == n {
				break
			}
			doc, ok := docOf[lang]
			if !ok || countIn[doc] == perDoc {
				docSerial++
				doc = fmt.Sprintf("%s%05d", lang, docSerial)
				docOf[lang] = doc
			}
			countIn[doc]++
			e := Event{ID: doc + "#" + strconv.Itoa(countIn[doc]), Doc: doc, Lang: lang, Type: typ, Text: texts[lang],
				Span: document.Span{countIn[doc] * 100, countIn[doc]*100 + 80}}
			p := prec
			if p < 75 && r.IntN(5) == 0 {
				p += 20 // reported less precisely
			}
			switch {
			case p < 55:
				dd := d
				if r.IntN(50) == 0 {
					dd++ // a wrong day
				}
				e.Interval = [2]string{iso(dd), iso(dd)}
				e.TimeValue = e.Interval[0]
			case p < 75:
				e.Interval = [2]string{iso(civilToDay(y, m, 1)), iso(civilToDay(y, m, daysInMonth(y, m)))}
				e.TimeValue = e.Interval[0][:7]
			case p < 95:
				e.Interval = [2]string{iso(civilToDay(y, 1, 1)), iso(civilToDay(y, 12, 31))}
				e.TimeValue = e.Interval[0][:4]
			}
			e.TimeText = e.TimeValue
			// One report in ten is dated only by the narrative date in force.
			e.TimeInherited = e.Interval[0] != "" && countIn[doc]%10 == 0
			for _, a := range actors {
				if r.IntN(10) > 0 {
					e.Actors = append(e.Actors, a)
				}
			}
			if qty != nil && r.IntN(3) > 0 {
				q := *qty
				if r.IntN(30) == 0 {
					q.Value = math.Round(q.Value * 1.03) // a different number
				}
				e.Quantities = []Quantity{q}
			}
			out = append(out, e)
			lang = map[string]string{"th": "en", "en": "th"}[lang]
		}
	}
	return out
}
