# English lexicon of the temporal tagger.
#
# @class starts a class; each line is "value: form, form" (or just forms).
# A form in lower case matches any case; a Capitalised form needs a capital
# first letter (so "may" the verb is not May the month); a form in CAPITALS
# must match exactly (AD). Rules in en.rules refer to classes as @class.

@month
1: January
2: February
3: March
4: April
5: May
6: June
7: July
8: August
9: September
10: October
11: November
12: December

# Abbreviations, optionally followed by a full stop in the rules.
@month_abbr
1: Jan
2: Feb
3: Mar
4: Apr
6: Jun
7: Jul
8: Aug
9: Sep, Sept
10: Oct
11: Nov
12: Dec

@weekday
1: Monday
2: Tuesday
3: Wednesday
4: Thursday
5: Friday
6: Saturday
7: Sunday

# Era markers before the year (AD 802) and after it (802 AD, 2521 BE).
@era_pre
CE: AD
@era_post
CE: AD, CE
BC: BC, BCE
BE: BE

# Words that say "year", "month", "day" in a date-like frame.
@yearword
Y: year
@monthword
M: month
@dayword
D: day

# Single units for relative expressions (the following year, that day).
@unit1
Y: year
M: month
W: week
D: day

# Units of durations, offsets and relative expressions.
@unit
Y: year, years
M: month, months
W: week, weeks
D: day, days
H: hour, hours
MIN: minute, minutes
DE: decade, decades
CE: century, centuries

# Number words for counts (#count). "*10" multiplies what came before.
@numword
1: one
2: two
3: three
4: four
5: five
6: six
7: seven
8: eight
9: nine
10: ten
11: eleven
12: twelve
13: thirteen
14: fourteen
15: fifteen
16: sixteen
17: seventeen
18: eighteen
19: nineteen
20: twenty
30: thirty
40: forty
50: fifty
60: sixty
70: seventy
80: eighty
90: ninety
*100: hundred

# "A year later": one, said with the article.
@one
1: a, an

# Vague counts: "several years" is a duration of unknown length.
@few
X: several, many, few

# Ordinal words for centuries, quarters and halves.
@ordword
1: first
2: second
3: third
4: fourth
5: fifth
6: sixth
7: seventh
8: eighth
9: ninth
10: tenth
11: eleventh
12: twelfth
13: thirteenth
14: fourteenth
15: fifteenth
16: sixteenth
17: seventeenth
18: eighteenth
19: nineteenth
20: twentieth

# Which half: the first half, the second half, the latter half.
@halfpos
1: first, former
2: second, latter, last

@halfword
half

@quarterword
quarter

@centuryword
century

@decadeword
decade

# Seasons (northern-hemisphere meteorological seasons).
@season
SP: spring
SU: summer
FA: autumn, fall
WI: winter

# Modifiers written before the expression (early 1979, the late 1970s, mid-1980s).
@mod_pre
START: early
MID: mid, middle
END: late

# Modifiers written as a noun with "of" (the end of April, the beginning of 1980).
@mod_noun
START: beginning, start
MID: middle
END: end, close

# A word before an expression that makes it approximate; it joins the mention.
@approx
APPROX: about, around, approximately, circa, roughly, nearly, almost

# Abbreviations of circa, written with a full stop (c. 1900).
@approx_abbr
APPROX: c, ca

@fullstop
.

# A word right before a date that bounds it; it stays outside the mention.
@mod_before
BEFORE: before, until, till
AFTER: after, since, from

# A word two tokens before a date, with a lead_prep between, that bounds it
# (starting in 1983, beginning from May).
@mod_lead
AFTER: starting, beginning
@lead_prep
in, from, on, with

# A word right after a date that bounds it (from 1981 onwards).
@mod_after
AFTER: onward, onwards

# Step of a relative expression written before its unit (the following year).
@rel_pre
1: following, next, subsequent, succeeding
-1: previous, preceding, prior

# Step written after the unit (the year after, the day before).
@rel_post
1: after
-1: before

# "the same" / "that" year: the reference itself.
@same
0: same
@that
0: that

# Earlier that year, later that month: still the reference period.
@within
0: earlier, later

# Direction of an offset: two days later, three years earlier.
@dir
+: later, afterwards, afterward, thereafter
-: earlier

# Offset from the publication date: two years ago.
@ago
-: ago

# Steps from the publication date (last year, this month, next week).
@deictic
-1: last
0: this
1: next

@deictic_day
-1: yesterday
0: today
1: tomorrow

# Recurrence: every year, each month.
@every
every, each

@ampm
AM: am
PM: pm

# Prepositions after which a bare month or season is a date (in July).
@prep
in, on, during, since, until, till, by, from, before, after, throughout, of, through, to

# Prepositions before "the 24th".
@dayprep
on, by, until, till, from, since, before, after

# Words before a four-digit number that make it a date.
@yearctx
in, since, by, until, till, of, between, from, during, after, before, to, circa

# A word or sign before a number that makes it no year (a currency).
@numblock
$, US, €, £, ¥, section, resolution, article, chapter, page, pp, no, number, route, highway,
flight, room, platform, code, model, type, class, paragraph, clause, item, exit, bus, line, track

# A word before a count that makes it an age, not a duration.
@agemark
aged, age

# Words after a number that count things: "1500 soldiers" is no year.
@quantity
soldiers, troops, men, women, people, persons, civilians, refugees, fighters, guerrillas, police,
casualties, deaths, dead, killed, wounded, prisoners, households, families, villages, units,
km, kilometres, kilometers, miles, metres, meters, m, ft, feet, kg, tons, tonnes,
dollars, euros, baht, riels, %, percent, per, million, billion, thousand, hundred,
votes, seats, members, delegates, vehicles, tanks, aircraft, weapons, rifles, rounds, acres, hectares,
points, pages, words, copies, items, cases, times, years, months, weeks, days, hours, minutes, seconds

# Nouns that follow an ordinal that is no day (the 17th parallel, the 5th division).
@ord_block
parallel, division, regiment, brigade, battalion, army, corps, congress, anniversary, amendment,
floor, place, round, time, street, avenue, district, century, birthday, session, infantry, fleet

@apostrophe
', ’

@dash
-, –, —, ‑

# Separators of a range.
@rangesep
-, –, —, to, through, until, till

@and
and
