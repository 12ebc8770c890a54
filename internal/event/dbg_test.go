package event
import ("testing";"fmt")
func TestDbg(t *testing.T){
	for _, s := range []string{"In July 1988, representatives of the KPNLF, the Khmer Rouge, FUNCINPEC, and the government of the People's Republic of Kampuchea met in Bogor, Indonesia, and proposed the formation of a national reconciliation council.", "In 1992, economic sanctions against Cambodia, imposed by the United States and its allies in 1975, were lifted."} {
	a0 := annotateText(t, "t", "en", s, true)
	for _, ev := range Extract(a0.in) { fmt.Println(describe(a0, ev), "|", a0.in.Text.Slice(ev.Span)) }
	}
}
