package timex

import (
	"fmt"
	"reflect"
	"testing"

	"chronicle/internal/document"
)

func TestTagWithRunesMatchesTag(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"en", "On 25 December 1978 the army crossed; by January 1979 it held the city."},
		{"th", "เมื่อวันที่ 25 ธันวาคม พ.ศ. 2521 กองทัพบุกข้ามพรมแดน"},
		{"en", "Nothing dated here."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rt := document.NewRuneText(tt.text)
			want := Tag(rt, tt.lang, nil, Options{})
			got := Tag(rt, tt.lang, nil, Options{Runes: []rune(tt.text)})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("with runes %+v, want %+v", got, want)
			}
			// Runes of another length are not this text's: ignored.
			if got := Tag(rt, tt.lang, nil, Options{Runes: []rune("x")}); !reflect.DeepEqual(got, want) {
				t.Errorf("with wrong runes %+v, want %+v", got, want)
			}
		})
	}
}

func TestCivilStringMatchesSprintf(t *testing.T) {
	for _, c := range []civil{
		{1979, 1, 7}, {2521, 12, 25}, {0, 1, 1}, {-44, 3, 15}, {12, 0, 0},
		{12345, 6, 7}, {-12345, 10, 31}, {1, -1, 5}, {7, 8, -9},
	} {
		var want string
		if c.y < 0 {
			want = fmt.Sprintf("-%04d-%02d-%02d", -c.y, c.m, c.d)
		} else {
			want = fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d)
		}
		if got := c.String(); got != want {
			t.Errorf("%+v: %q, want %q", c, got, want)
		}
	}
}
