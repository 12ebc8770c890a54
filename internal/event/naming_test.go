package event

import "testing"

// Our own sentences on the founding of ASEAN and of other bodies.
var namingCases = []extractCase{
	{name: "a naming relative clause gives what was proposed", lang: "en",
		text: "In 1966, Indonesia suggested that a new regional grouping, which would be called the Association of Southeast Asian Nations, should replace the older one.",
		want: []wantEvent{{trigger: "suggested", typ: "declare", time: "1966", sources: []string{"country-id"}, targets: []string{"asean"}}}},
	{name: "a state adjective before the name modifies it", lang: "en",
		text: "In 1960, the party proposed a southern front, which would be known as the Vietnamese National Liberation Front.",
		want: []wantEvent{{trigger: "proposed", typ: "declare", time: "1960", targets: []string{"viet-cong"}}}},
	{name: "a relative clause with its own subject names nothing", lang: "en",
		text: "In 1966, Indonesia suggested a plan, which Malaysia called a trap.",
		want: []wantEvent{{trigger: "suggested", typ: "declare", time: "1966", sources: []string{"country-id"}, targets: []string{}}}},
	{name: "Thai naming relative clause", lang: "th",
		text: "ใน พ.ศ. 2509 อินโดนีเซียเสนอกลุ่มภูมิภาคใหม่ ซึ่งจะเรียกว่าสมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้",
		want: []wantEvent{{trigger: "เสนอ", typ: "declare", time: "1966", sources: []string{"country-id"}, targets: []string{"asean"}}}},
}

func TestNamingRelativeClause(t *testing.T) { runExtractCases(t, namingCases) }
