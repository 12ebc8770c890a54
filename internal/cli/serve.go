package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"chronicle/internal/annotate"
	"chronicle/internal/server"
	"chronicle/internal/store"
	"chronicle/internal/web"
)

// serveOptions are the flags of chronicle serve.
type serveOptions struct {
	db, addr, token string
	allowIngest     bool
	maxBodyMB       int
}

// runServe serves the JSON API and the web UI until interrupted.
func runServe(env Env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var o serveOptions
	fs.StringVar(&o.db, "db", "chronicle.db", "database file written by chronicle ingest")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one); keep it on 127.0.0.1 unless you mean to share the data")
	fs.BoolVar(&o.allowIngest, "allow-ingest", false, "accept documents on POST /api/ingest (needs --token)")
	fs.StringVar(&o.token, "token", os.Getenv("CHRONICLE_TOKEN"), "bearer token POST /api/ingest requires (default $CHRONICLE_TOKEN)")
	fs.IntVar(&o.maxBodyMB, "max-body", server.DefaultMaxBodyBytes>>20, "largest ingest body, in MiB")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: chronicle serve [flags]\n\nServes the JSON API (docs/api.md) and the web UI over a database that\nchronicle ingest filled. Read-only unless --allow-ingest and --token are given.\n\nflags:")
		fs.PrintDefaults()
	}
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return ExitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "chronicle serve: unexpected argument %q (ingest files with chronicle ingest)\n", rest[0])
		return ExitUsage
	}
	if o.allowIngest && o.token == "" {
		fmt.Fprintln(env.Stderr, "chronicle serve: --allow-ingest needs --token (or $CHRONICLE_TOKEN): the ingest endpoint is never open without one")
		return ExitUsage
	}
	if o.maxBodyMB < 1 {
		fmt.Fprintln(env.Stderr, "chronicle serve: --max-body must be at least 1 (MiB)")
		return ExitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, env, o, nil)
}

// serve runs the server until ctx ends; ready, when set, gets the address
// it listens on.
func serve(ctx context.Context, env Env, o serveOptions, ready func(addr string)) int {
	if _, err := os.Stat(o.db); err != nil {
		fmt.Fprintf(env.Stderr, "chronicle serve: no database at %s: create it with chronicle ingest FILE... --db %s\n", o.db, o.db)
		return ExitInputError
	}
	st, err := store.OpenSQLite(o.db)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle serve: %v\n", err)
		return ExitInputError
	}
	defer st.Close()
	cfg := server.Config{MaxBodyBytes: int64(o.maxBodyMB) << 20, Log: log.New(env.Stderr, "chronicle serve: ", log.LstdFlags)}
	if o.allowIngest {
		if cfg.Annotator, err = annotate.New(annotate.Options{}); err != nil {
			fmt.Fprintf(env.Stderr, "chronicle serve: %v\n", err)
			return ExitUsage
		}
		cfg.Token = o.token
	}
	ui, built := web.Assets()
	if built {
		cfg.UI = ui
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle serve: %v\n", err)
		return ExitUsage
	}
	host, _, _ := net.SplitHostPort(ln.Addr().String())
	ip := net.ParseIP(host)
	cfg.LoopbackHosts = ip != nil && ip.IsLoopback()
	srv, err := server.New(ctx, st, cfg)
	if err != nil {
		ln.Close()
		fmt.Fprintf(env.Stderr, "chronicle serve: %v\n", err)
		return ExitInputError
	}
	hs := server.NewHTTPServer(o.addr, srv)
	stats := srv.Stats()
	mode := "read-only"
	if srv.IngestEnabled() {
		mode = "POST /api/ingest open to the token holder"
	}
	fmt.Fprintf(env.Stderr, "chronicle serve: %d documents, %d events, %d clusters, %d discrepancies; %s\n",
		stats.Documents, stats.Events, stats.Clusters, stats.Discrepancies, mode)
	if !built {
		fmt.Fprintln(env.Stderr, "chronicle serve: the web UI is not built into this binary (make web, then make build); the API works")
	}
	if !cfg.LoopbackHosts {
		fmt.Fprintf(env.Stderr, "chronicle serve: warning: listening on %s, reachable from other machines\n", ln.Addr())
	}
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(env.Stderr, "chronicle serve: open %s (Ctrl-C stops)\n", url)
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(env.Stderr, "chronicle serve: %v\n", err)
			return ExitInputError
		}
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(shutdown); err != nil {
			fmt.Fprintf(env.Stderr, "chronicle serve: shutdown: %v\n", err)
		}
	}
	return ExitOK
}
