// Package timex finds temporal expressions in Thai and English narrative text
// and normalises them to TIMEX3 values with calendar intervals.
//
// The tagger is a rule engine over tokens. What it recognises lives in data
// files embedded from data/: a lexicon per language (month names, era markers,
// modifiers, number words, units, relative words) and a rule file per
// language whose patterns name a construction kind. Go code gives each kind
// its meaning (how slots become a value); the data says how it is written.
// See docs/times.md for the rules and how to extend them.
package timex
