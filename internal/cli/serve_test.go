package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to write from the server goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeAnswersAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "chronicle.db")
	if code, _, stderr := run(t, "", "ingest", "--samples", "--db", db); code != ExitOK {
		t.Fatalf("ingest: %s", stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errOut lockedBuffer
	addrc := make(chan string, 1)
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, Env{Stderr: &errOut}, serveOptions{db: db, addr: "127.0.0.1:0", maxBodyMB: 1}, func(a string) { addrc <- a })
	}()
	var addr string
	select {
	case addr = <-addrc:
	case code := <-done:
		t.Fatalf("serve stopped with %d: %s", code, errOut.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	res, err := http.Get("http://" + addr + "/api/status")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var st struct {
		Documents int  `json:"documents"`
		Ingest    bool `json:"ingest"`
	}
	if err := json.Unmarshal(body, &st); err != nil || st.Documents == 0 || st.Ingest {
		t.Errorf("status: %v %s", err, body)
	}
	res, err = http.Post("http://"+addr+"/api/ingest", "text/plain", strings.NewReader("hello"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("POST /api/ingest on a read-only server: %d", res.StatusCode)
	}
	cancel()
	select {
	case code := <-done:
		if code != ExitOK {
			t.Errorf("exit %d after shutdown: %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(errOut.String(), "http://"+addr+"/") {
		t.Errorf("serve did not print its URL: %s", errOut.String())
	}
}

func TestServeUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "--allow-ingest", "--token", "", "--db", db}, ExitUsage, "needs --token"},
		{[]string{"serve", "--db", db}, ExitInputError, "no database"},
		{[]string{"serve", "--max-body", "0", "--db", db}, ExitUsage, "max-body"},
		{[]string{"serve", "extra.txt"}, ExitUsage, "unexpected argument"},
	}
	for _, tc := range tests {
		t.Setenv("CHRONICLE_TOKEN", "")
		code, _, stderr := run(t, "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}
