// Package reader turns input files into documents, streaming: memory is
// bounded by the largest document, never by the size of the file.
//
// Three formats are read, and Auto picks one from the first non-blank bytes
// ("<doc" for WikiExtractor, "{" for JSON lines, anything else plain text):
//
//   - WikiExtractor: <doc id="…" url="…" title="…"> … </doc>, any number per
//     file. The text is what lies between the tags, less one newline after
//     the opening tag and one before </doc>.
//   - JSON lines (WikiExtractor --json): {"id","url","title","text"}.
//   - Plain text: "= Title =" starts a document, "== Section ==" and deeper
//     headings mark sections, and an "Infobox" line followed by "- Key: Value"
//     lines up to a blank line fills Document.Infobox. Documents without an
//     ID of their own are named after the file ("name", "name#2", …).
//
// Text is never changed. What the extractor left behind is recorded as
// artifacts with code-point spans: the title repeated as the first words
// ("title-repeat"), markup remnants listed in rules/markup.txt ("markup"),
// and glued headings.
//
// Glued headings are an assumption about how the extractor flattens section
// headings, drawn from real output:
//
//	…previous textH1H2…Hn H1. H2. … Hn. body
//
// A run of n ≥ 1 headings is glued without a separator to the previous
// text, then comes a space and each heading again followed by ". ". A run
// is accepted only when the glued block equals the concatenation of the
// repeated headings; a heading may itself contain ". " (as "พ.ศ. 2518").
// The repeated block must end within gluedWindowBytes of the space, so the
// search is linear. Each heading becomes a Section: Level 2 for the first
// of a run and 3, 4, … for the following ones, Heading the repeated copy,
// Span from the glued copy to the next section of the same or a higher
// level. The glued copy is the artifact. A heading that was not repeated
// (a section with no text of its own) stays part of the previous text.
//
// Bad input (invalid UTF-8, NUL bytes, an unclosed <doc>, a bad JSON line,
// a document over MaxDocumentBytes) is yielded as an *InputError naming the
// file and line, and reading goes on with the next document.
package reader
