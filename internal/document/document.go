// Package document defines a source document as read from its file, and the
// code-point spans that every later stage uses to point back into its text.
package document

// Document is one article read from an input file. Text holds the whole
// content of the source, headings and infobox lines included; readers never
// rewrite it, so every span stays traceable to the file.
type Document struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Lang   string `json:"lang"`
	Format string `json:"format"`
	Source Source `json:"source"`
	Text   string `json:"text"`

	Sections  []Section   `json:"sections"`
	Infobox   []InfoField `json:"infobox"`
	Artifacts []Artifact  `json:"artifacts"`

	// runeText caches the index of Text that RuneText builds.
	runeText *RuneText
}

// RuneText returns the code-point index of d.Text. It is built on first
// use and kept while Text stays the same, so that the reader and the
// annotators index a document once. Not safe for concurrent first use.
func (d *Document) RuneText() *RuneText {
	if d.runeText == nil || d.runeText.Text != d.Text {
		d.runeText = NewRuneText(d.Text)
	}
	return d.runeText
}

// Source records where a document came from.
type Source struct {
	Path string `json:"path"`
	// ByteOffset is the offset of the document's first byte in the file.
	ByteOffset int64 `json:"byte_offset"`
	// Line is the 1-based line of the file on which the document starts.
	Line int `json:"line"`
}

// Section is a titled part of a document. Span covers the heading and the
// body up to the next section of the same or a higher level.
type Section struct {
	Title string `json:"title"`
	// Level is 1 for the document title, 2 for "== x ==", and so on.
	Level int `json:"level"`
	// Heading is the span of the heading text itself.
	Heading Span `json:"heading"`
	Span    Span `json:"span"`
}

// InfoField is one "Key: Value" line of an infobox.
type InfoField struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	// Span covers the whole line; ValueSpan only the value.
	Span      Span `json:"span"`
	ValueSpan Span `json:"value_span"`
}

// Artifact marks text left by an extraction tool rather than by the author,
// such as a title repeated as the first words or a heading glued to the
// previous paragraph. Annotators skip artifacts; the text keeps them.
type Artifact struct {
	Kind string `json:"kind"`
	Span Span   `json:"span"`
}

// Artifact kinds.
const (
	ArtifactTitleRepeat  = "title-repeat"
	ArtifactGluedHeading = "glued-heading"
	ArtifactMarkup       = "markup"
)
