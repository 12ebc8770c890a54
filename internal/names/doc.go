// Package names finds proper names that the actor lexicon does not know, in
// English and Thai, gives each a stable id, romanises Thai (RTGS) and links
// Thai names to English ones by sound, so that ฮุน เซน in a Thai article and
// Hun Sen in an English one can be joined without a lexicon entry.
package names
