// Package server is chronicle's HTTP interface: a read-only JSON API over a
// store (documents, events, times, actors, the actor network, search, the
// aligned timeline and its exports), an optional token-protected ingest
// endpoint, and the embedded web UI. docs/api.md and docs/openapi.yaml
// describe the API.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"chronicle/internal/actor"
	"chronicle/internal/align"
	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/store"
)

// Store is what the server reads and, with ingest enabled, writes.
type Store interface {
	store.Store
	// Sentences returns a document's sentence spans in order.
	Sentences(ctx context.Context, id string) ([]document.Span, error)
	// Layers returns a document's generic layers (events, actors…) as JSON items.
	Layers(ctx context.Context, id string, names ...string) (map[string][]json.RawMessage, error)
}

// DefaultMaxBodyBytes bounds the body of POST /api/ingest.
const DefaultMaxBodyBytes = 8 << 20

// DefaultReloadInterval is how often the server looks for documents that
// another process stored since the last look.
const DefaultReloadInterval = 2 * time.Second

// Config configures a Server. The zero value serves read-only.
type Config struct {
	// Annotator and Token together enable POST /api/ingest: the body is
	// read as documents (any input format), annotated and stored; the
	// request must carry "Authorization: Bearer <Token>". Without both the
	// server is read-only.
	Annotator *annotate.Annotator
	Token     string
	// MaxBodyBytes bounds an ingest body (default DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// UI holds the built web UI (index.html at its root). Nil, or an FS
	// without index.html, serves a page that says how to build it.
	UI fs.FS
	// LoopbackHosts refuses requests whose Host header is not a loopback
	// name or address, so a web page on another origin cannot reach a
	// server on 127.0.0.1 through DNS rebinding.
	LoopbackHosts bool
	// ReloadInterval bounds how often the store is checked for changes
	// (default DefaultReloadInterval; negative: never).
	ReloadInterval time.Duration
	// Log receives server-side errors; nil discards them.
	Log *log.Logger
}

// Server answers the API and serves the UI. It is an http.Handler.
type Server struct {
	store Store
	cfg   Config
	mux   *http.ServeMux

	// alignOpts carry the lexicon's part-of relations and actor kinds.
	alignOpts align.Options
	snap      atomic.Pointer[snapshot]
	reloadMu  sync.Mutex // one rebuild at a time
	lastCheck atomic.Int64
	reloading atomic.Bool
}

// alignOptions are the part-of relations and actor kinds of the
// annotator's lexicon, or of the embedded one for a read-only server.
func alignOptions(ann *annotate.Annotator) (align.Options, error) {
	if ann != nil {
		return align.Options{PartOf: ann.Lexicon().PartOf(), Kinds: ann.Lexicon().Kinds()}, nil
	}
	lex, err := actor.Default()
	if err != nil {
		return align.Options{}, fmt.Errorf("server: actor lexicon: %w", err)
	}
	return align.Options{PartOf: lex.PartOf(), Kinds: lex.Kinds()}, nil
}

// New loads the events of st, aligns them, and returns a server over it.
func New(ctx context.Context, st Store, cfg Config) (*Server, error) {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.ReloadInterval == 0 {
		cfg.ReloadInterval = DefaultReloadInterval
	}
	if cfg.Log == nil {
		cfg.Log = log.New(io.Discard, "", 0)
	}
	s := &Server{store: st, cfg: cfg, mux: http.NewServeMux()}
	alignOpts, err := alignOptions(cfg.Annotator)
	if err != nil {
		return nil, err
	}
	s.alignOpts = alignOpts
	snap, err := loadSnapshot(ctx, st, s.alignOpts)
	if err != nil {
		return nil, err
	}
	s.snap.Store(snap)
	s.lastCheck.Store(time.Now().UnixNano())
	s.routes()
	return s, nil
}

// IngestEnabled tells whether POST /api/ingest accepts documents.
func (s *Server) IngestEnabled() bool { return s.cfg.Annotator != nil && s.cfg.Token != "" }

// Stats are the numbers the serve command prints at start.
type Stats struct {
	Documents     int `json:"documents"`
	Events        int `json:"events"`
	Clusters      int `json:"clusters"`
	Discrepancies int `json:"discrepancies"`
}

// Stats counts what the server currently holds.
func (s *Server) Stats() Stats {
	sn := s.snap.Load()
	return Stats{Documents: len(sn.docs), Events: len(sn.events), Clusters: len(sn.timeline.Clusters), Discrepancies: len(sn.timeline.Discrepancies)}
}

// apiPatterns lists the route patterns (docs/openapi.yaml describes the /api/ ones).
func apiPatterns() []string {
	var out []string
	for p := range (&Server{}).handlers() {
		out = append(out, p)
	}
	return out
}

func (s *Server) routes() {
	for pattern, h := range s.handlers() {
		s.mux.Handle(pattern, h)
	}
}

func (s *Server) handlers() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"GET /api/documents":       s.handleDocuments,
		"GET /api/documents/{id}":  s.handleDocument,
		"GET /api/events":          s.handleEvents,
		"GET /api/events/{id}":     s.handleEvent,
		"GET /api/times":           s.handleTimes,
		"GET /api/actors":          s.handleActors,
		"GET /api/network":         s.handleNetwork,
		"GET /api/search":          s.handleSearch,
		"GET /api/clusters":        s.handleClusters,
		"GET /api/discrepancies":   s.handleDiscrepancies,
		"GET /api/export/{format}": s.handleExport,
		"GET /api/status":          s.handleStatus,
		"POST /api/ingest":         s.handleIngest,
		"/api/":                    s.handleUnknown,
		"GET /{$}":                 s.handleIndex,
		"/":                        s.handleAsset,
	}
}

// ServeHTTP adds the security headers, checks the Host, and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if s.cfg.LoopbackHosts && !loopbackHost(r.Host) {
		writeError(w, http.StatusMisdirectedRequest, "host %q is not a loopback address; open the server as http://127.0.0.1 or http://localhost", r.Host)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		h.Set("Cache-Control", "no-store")
		s.maybeReload(r.Context())
	}
	s.mux.ServeHTTP(w, r)
}

// contentSecurityPolicy allows only this origin's scripts, styles and
// connections: no inline script, no eval, no plugins, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// loopbackHost tells whether a Host header names this machine.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// handleUnknown answers /api/ paths no route took: a known path asked with
// another method is 405, anything else 404, both as JSON.
func (s *Server) handleUnknown(w http.ResponseWriter, r *http.Request) {
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" && pattern != "" {
			allow := m
			if m == http.MethodGet {
				allow = "GET, HEAD"
			}
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "%s %s: method not allowed (allowed: %s)", r.Method, r.URL.Path, allow)
			return
		}
	}
	writeError(w, http.StatusNotFound, "no such endpoint: %s (docs/api.md lists them)", r.URL.Path)
}

// writeJSON writes v as JSON. encoding/json escapes <, > and & inside
// strings, so document text can never close a script or style element of
// a page that embeds the response.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v) // the client may have gone; nothing useful to do
}

// apiError is the body of every error response.
type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, apiError{Error: fmt.Sprintf(format, args...)})
}

// internalError logs err and answers 500 without its details.
func (s *Server) internalError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.cfg.Log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	writeError(w, http.StatusInternalServerError, "internal error; see the server log")
}

// NewHTTPServer wraps h in an http.Server with timeouts that bound slow
// clients: headers in 5 s, a whole request in 30 s (ingest bodies are
// small), a response in 60 s (exports of a large store), idle keep-alive
// connections for 2 minutes.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
