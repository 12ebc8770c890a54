package sentence

import "testing"

func TestEnglishSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "full stop, question and exclamation",
			text: "The bridge fell. Who blew it up? Nobody knows!",
			want: []string{"The bridge fell.", "Who blew it up?", "Nobody knows!"},
		},
		{
			name: "no split before a lowercase word",
			text: "They met at 5 p.m. and left at dawn.",
			want: []string{"They met at 5 p.m. and left at dawn."},
		},
		{
			name: "titles and ranks",
			text: "Gen. Maung Aye met Dr. Rao and Lt. Col. Price in St. Louis. They talked.",
			want: []string{"Gen. Maung Aye met Dr. Rao and Lt. Col. Price in St. Louis.", "They talked."},
		},
		{
			name: "dotted country abbreviations mid-sentence",
			text: "The U.S. Navy and the U.K. Foreign Office disagreed.",
			want: []string{"The U.S. Navy and the U.K. Foreign Office disagreed."},
		},
		{
			name: "dotted abbreviation before a sentence starter",
			text: "Aid came from the U.S. The rest came from Japan.",
			want: []string{"Aid came from the U.S.", "The rest came from Japan."},
		},
		{
			name: "initials",
			text: "J. F. Kennedy sent advisers. They arrived in May.",
			want: []string{"J. F. Kennedy sent advisers.", "They arrived in May."},
		},
		{
			name: "initial that is a numeral at sentence end",
			text: "It was the start of World War I. The empire collapsed.",
			want: []string{"It was the start of World War I.", "The empire collapsed."},
		},
		{
			name: "decimals and numbers",
			text: "Losses reached 1.4 million. No. 3 Squadron flew 2.5 sorties a day.",
			want: []string{"Losses reached 1.4 million.", "No. 3 Squadron flew 2.5 sorties a day."},
		},
		{
			name: "month abbreviation before a day",
			text: "The truce began on Jan. 7, 1979, and failed by Feb. 20. Fighting resumed.",
			want: []string{"The truce began on Jan. 7, 1979, and failed by Feb. 20.", "Fighting resumed."},
		},
		{
			name: "e.g. and i.e. before capitals",
			text: "Several towns, e.g. Battambang and Pailin, changed hands, i.e. Khmer forces held them.",
			want: []string{"Several towns, e.g. Battambang and Pailin, changed hands, i.e. Khmer forces held them."},
		},
		{
			name: "etc. mid-sentence and at the end",
			text: "They took rice, salt, etc. from the villages. Rice, salt, etc. The list went on.",
			want: []string{"They took rice, salt, etc. from the villages.", "Rice, salt, etc.", "The list went on."},
		},
		{
			name: "closing quote after the stop",
			text: `He said, "We will return." Then he left.`,
			want: []string{`He said, "We will return."`, "Then he left."},
		},
		{
			name: "closing parenthesis after the stop",
			text: "The camp closed (it had been open since 1979.) Refugees moved on.",
			want: []string{"The camp closed (it had been open since 1979.)", "Refugees moved on."},
		},
		{
			name: "ellipsis inside a quotation",
			text: `The order read "hold the line... Wait for support" and nothing more. They held.`,
			want: []string{`The order read "hold the line... Wait for support" and nothing more.`, "They held."},
		},
		{
			name: "ellipsis outside quotations",
			text: "The radio went silent... Nobody answered.",
			want: []string{"The radio went silent...", "Nobody answered."},
		},
		{
			name: "next sentence opens with a quote",
			text: `The envoy paused. "We accept," he said.`,
			want: []string{"The envoy paused.", `"We accept," he said.`},
		},
		{
			name: "wrapped line inside a paragraph",
			text: "The offensive began in the dry season and pushed\nWestward to the border.",
			want: []string{"The offensive began in the dry season and pushed\nWestward to the border."},
		},
		{
			name: "blank line ends a paragraph",
			text: "Background\n\nThe war began in 1978.",
			want: []string{"Background", "The war began in 1978."},
		},
		{
			name: "list items on their own lines",
			text: "The parties were:\n- the royalists\n- the republicans",
			want: []string{"The parties were:", "- the royalists", "- the republicans"},
		},
		{
			name: "numbered list",
			text: "Terms:\n1. a ceasefire\n2) elections",
			want: []string{"Terms:", "1. a ceasefire", "2) elections"},
		},
		{
			name: "no-break space never breaks",
			text: "The war ended.\u00a0The troops left.",
			want: []string{"The war ended.\u00a0The troops left."},
		},
		{
			name: "acronym ending a sentence",
			text: "The talks were chaired by the UN. Elections followed.",
			want: []string{"The talks were chaired by the UN.", "Elections followed."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameSentences(t, splitText(t, "en", tt.text), tt.want)
		})
	}
}

func TestAbbreviationShapes(t *testing.T) {
	tests := []struct {
		word string
		dots bool
		init bool
	}{
		{"U.S.", true, false},
		{"a.m.", true, false},
		{"Ph.D.", true, false},
		{"U.", false, true},
		{"UN.", false, false},
		{"1.4.", false, false},
		{"Kampuchea.", false, false},
	}
	for _, tt := range tests {
		if got := isDottedAcronym(tt.word); got != tt.dots {
			t.Errorf("isDottedAcronym(%q) = %v, want %v", tt.word, got, tt.dots)
		}
		if got := isInitial(tt.word); got != tt.init {
			t.Errorf("isInitial(%q) = %v, want %v", tt.word, got, tt.init)
		}
	}
}

func TestGenericSplit(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"french", "fr", "La guerre a pris fin. Les réfugiés sont rentrés !", []string{"La guerre a pris fin.", "Les réfugiés sont rentrés !"}},
		{"newline", "de", "Der Krieg endete\nDie Truppen zogen ab", []string{"Der Krieg endete", "Die Truppen zogen ab"}},
		{"chinese full stop without space", "zh", "战争结束了。难民回家了。", []string{"战争结束了。", "难民回家了。"}},
		{"chinese stop before closing quote", "zh", "他说：“我们走。”然后离开。", []string{"他说：“我们走。”", "然后离开。"}},
		{"hindi danda", "hi", "युद्ध समाप्त हुआ। सैनिक लौट आए।", []string{"युद्ध समाप्त हुआ।", "सैनिक लौट आए।"}},
		{"decimal is no stop", "vi", "Thiệt hại 1.4 triệu đồng. Hết.", []string{"Thiệt hại 1.4 triệu đồng.", "Hết."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameSentences(t, splitText(t, tt.lang, tt.text), tt.want)
		})
	}
}
