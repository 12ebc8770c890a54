package server

import (
	"io"
	"io/fs"
	"net/http"
)

// uiBuilt tells whether the UI's index.html is there.
func (s *Server) uiBuilt() bool {
	if s.cfg.UI == nil {
		return false
	}
	_, err := fs.Stat(s.cfg.UI, "index.html")
	return err == nil
}

// notBuiltPage is served at / when the binary was built without the UI.
const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chronicle</title></head>
<body>
<h1>chronicle</h1>
<p>The web UI was not built into this binary. Build it with <code>make web</code>
(needs Node.js and npm), then rebuild with <code>make build</code>; or run
<code>make demo</code>, which does both.</p>
<p>The JSON API works without it: try <a href="/api/status">/api/status</a>,
<a href="/api/events">/api/events</a> or <a href="/api/documents">/api/documents</a>
(docs/api.md describes every endpoint).</p>
</body></html>
`

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	if !s.uiBuilt() {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, notBuiltPage)
		return
	}
	http.ServeFileFS(w, r, s.cfg.UI, "index.html")
}

// handleAsset serves the UI's files. It takes every method ("GET /"
// would conflict with the "/api/" catch-all), so it refuses all but reads.
func (s *Server) handleAsset(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if !s.uiBuilt() {
		http.NotFound(w, r)
		return
	}
	http.FileServerFS(s.cfg.UI).ServeHTTP(w, r)
}
