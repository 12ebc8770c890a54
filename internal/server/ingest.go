package server

import (
	"bytes"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"chronicle/internal/reader"
)

// ingestResult is the answer of POST /api/ingest.
type ingestResult struct {
	Documents []ingestedDoc `json:"documents"`
	// Errors are the inputs that could not be read or stored.
	Errors []string `json:"errors"`
}

type ingestedDoc struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Lang   string `json:"lang"`
	Result string `json:"result"` // inserted, unchanged or replaced
}

// handleIngest reads the body as documents in any input format, annotates
// them and stores each in its own transaction. It needs ingest enabled and
// the bearer token; the body is read whole (bounded by MaxBodyBytes)
// before anything is stored, so an oversized upload stores nothing.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if !s.IngestEnabled() {
		writeError(w, http.StatusForbidden, "read-only server: start chronicle serve with --allow-ingest and --token to accept documents")
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chronicle"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	q := r.URL.Query()
	format, err := reader.ParseFormat(cmpOr(q.Get("format"), "auto"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "format: %v", err)
		return
	}
	name := cmpOr(q.Get("name"), "upload")
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "body larger than %d bytes", s.cfg.MaxBodyBytes)
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "read body: %v", err)
		return
	case len(body) == 0:
		writeError(w, http.StatusBadRequest, "empty body: send documents as plain text, WikiExtractor XML or JSON lines")
		return
	}
	out := ingestResult{Documents: []ingestedDoc{}, Errors: []string{}}
	for doc, err := range reader.Documents(bytes.NewReader(body), name, format) {
		if err != nil {
			out.Errors = append(out.Errors, err.Error())
			continue
		}
		rec := s.cfg.Annotator.Annotate(doc)
		res, err := s.store.PutDocument(r.Context(), rec)
		if err != nil {
			out.Errors = append(out.Errors, err.Error())
			continue
		}
		out.Documents = append(out.Documents, ingestedDoc{ID: rec.ID, Title: rec.Title, Lang: rec.Lang, Result: res.String()})
	}
	if len(out.Documents) > 0 {
		if err := s.reloadIfChanged(r.Context()); err != nil {
			s.internalError(w, r, fmt.Errorf("reload after ingest: %w", err))
			return
		}
	}
	status := http.StatusOK
	if len(out.Documents) == 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, out)
}

// authorized checks the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	const prefix = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) < len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(h[len(prefix):])), []byte(s.cfg.Token)) == 1
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
