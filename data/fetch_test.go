package data

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// serve starts a loopback server for one test.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func servePage(contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType == "" {
			w.Header()["Content-Type"] = nil // stop net/http from sniffing one
		} else {
			w.Header().Set("Content-Type", contentType)
		}
		fmt.Fprint(w, body)
	}
}

func TestFetchExtractsTheArticleFromAPage(t *testing.T) {
	var userAgent string
	page := mustRead(t, "testdata/news_page.html")
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		userAgent = r.UserAgent()
		servePage("text/html; charset=utf-8", page)(w, r)
	})
	in, err := Load(srv.URL + "/news/sea-wall")
	if err != nil {
		t.Fatal(err)
	}
	if in.Meta.Source != srv.URL+"/news/sea-wall" || in.Meta.Format != "html" ||
		in.Meta.Title != "Harbor town votes to rebuild its sea wall" || in.Meta.URL != "https://ledger.example/news/sea-wall" {
		t.Errorf("meta = %+v", in.Meta)
	}
	if !strings.HasPrefix(in.Raw, "The town council of Port Elwen voted 7 to 2") || strings.Contains(in.Raw, "newsletter") {
		t.Errorf("raw = %q", in.Raw)
	}
	if !strings.HasPrefix(userAgent, "marginalia/") {
		t.Errorf("User-Agent = %q, want one naming marginalia", userAgent)
	}
}

func TestFetchFormatsAndCharsets(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		wantFormat, wantStart   string
		wantTitle               string
	}{
		{"plain text", "text/plain; charset=utf-8", "The mayor said so.", "text", "The mayor said so.", ""},
		{"plain text in latin-1", "text/plain; charset=iso-8859-1", "Le caf\xe9 a rouvert.", "text", "Le café a rouvert.", ""},
		{"html charset from header", "text/html; charset=windows-1252",
			"<html><body><article><p>\x93Fair,\x94 the caf\xe9 owner said on Monday about the new rules for the terraces.</p></article></body></html>",
			"html", "“Fair,” the café owner said", ""},
		{"markdown with front matter", "text/markdown; charset=utf-8", "---\ntitle: Served note\n---\nBody.", "markdown", "Body.", "Served note"},
		{"markdown served as plain text", "text/plain", "---\ntitle: Served note\n---\nBody.", "markdown", "Body.", "Served note"},
		{"no content type is sniffed", "", newsPage, "html", "The island ferry resumed", "Ferry service resumes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, servePage(tt.contentType, tt.body))
			in, err := Load(srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if in.Meta.Format != tt.wantFormat || in.Meta.Title != tt.wantTitle || !strings.HasPrefix(in.Raw, tt.wantStart) {
				t.Errorf("meta %+v raw %q", in.Meta, in.Raw)
			}
		})
	}
}

func TestFetchFollowsUpToFiveRedirects(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		var left int
		if _, err := fmt.Sscanf(r.URL.Path, "/hop/%d", &left); err == nil && left > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", left-1), http.StatusFound)
			return
		}
		servePage("text/plain", "Arrived after the redirects.")(w, r)
	})
	in, err := Load(srv.URL + "/hop/5")
	if err != nil || in.Raw != "Arrived after the redirects." {
		t.Fatalf("5 redirects: %q, %v", in.Raw, err)
	}
	if in.Meta.Source != srv.URL+"/hop/5" || in.Meta.URL != srv.URL+"/hop/0" {
		t.Errorf("source %q, url %q: want the URL given and the URL arrived at", in.Meta.Source, in.Meta.URL)
	}
	_, err = Load(srv.URL + "/hop/6")
	want := fmt.Sprintf("fetch article %q: too many redirects (more than 5)", srv.URL+"/hop/6")
	if !errors.Is(err, ErrTooManyRedir) || err.Error() != want {
		t.Errorf("6 redirects: err = %v\nwant %s", err, want)
	}
}

func TestFetchRefusesRedirectFromHTTPSToHTTP(t *testing.T) {
	plain := serve(t, servePage("text/plain", "Downgraded."))
	secure := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/same-scheme" {
			http.Redirect(w, r, "/final", http.StatusFound)
			return
		}
		if r.URL.Path == "/final" {
			servePage("text/plain", "Still secure.")(w, r)
			return
		}
		http.Redirect(w, r, plain.URL+"/", http.StatusMovedPermanently)
	}))
	t.Cleanup(secure.Close)
	l := Loader{transport: secure.Client().Transport}

	in, err := l.Load(context.Background(), secure.URL+"/same-scheme")
	if err != nil || in.Raw != "Still secure." {
		t.Fatalf("https to https: %q, %v", in.Raw, err)
	}
	_, err = l.Load(context.Background(), secure.URL+"/downgrade")
	want := fmt.Sprintf("fetch article %q: redirect from https to http refused", secure.URL+"/downgrade")
	if !errors.Is(err, ErrInsecureRedir) || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

func TestFetchRefusesBadResponses(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		wantErr error
		reason  string
	}{
		{"404", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
			ErrHTTPStatus, "HTTP 404 Not Found"},
		{"500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) },
			ErrHTTPStatus, "HTTP 500 Internal Server Error"},
		{"pdf", servePage("application/pdf", "%PDF-1.7"), ErrContentType, "unsupported content type application/pdf"},
		{"image", servePage("image/png", string(pngBytes)), ErrContentType, "unsupported content type image/png"},
		{"json", servePage("application/json; charset=utf-8", `{"a":1}`), ErrContentType, "unsupported content type application/json"},
		{"binary served as text", servePage("text/plain", string(pngBytes)), ErrNotText, "not text (binary data: image/png)"},
		{"empty body", servePage("text/html", ""), ErrEmpty, "no text (empty)"},
		{"page without article", servePage("text/html", mustRead(t, "testdata/no_article.html")),
			ErrNoArticle, "no article text found in the HTML page"},
		{"unasked-for encoding", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "br")
			servePage("text/plain", "\x1b\x2c\x00\x00")(w, r)
		}, ErrContentEncode, "unsupported content encoding br"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			_, err := Load(srv.URL + "/a")
			want := fmt.Sprintf("fetch article %q: %s", srv.URL+"/a", tt.reason)
			if !errors.Is(err, tt.wantErr) || err.Error() != want {
				t.Errorf("err = %v\nwant %s", err, want)
			}
		})
	}
}

func TestFetchLimitsTheBodyAfterDecompression(t *testing.T) {
	// A gzip bomb: a few kilobytes on the wire, over the limit once inflated.
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	chunk := bytes.Repeat([]byte("The council said the wall would hold. "), 1<<10)
	for written := 0; written <= MaxFetchBytes; written += len(chunk) {
		zw.Write(chunk)
	}
	zw.Close()
	if bomb.Len() > MaxFetchBytes/100 {
		t.Fatalf("bomb is %d bytes compressed: not a bomb", bomb.Len())
	}
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}},
		{"oversized body without length", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			w.(http.Flusher).Flush() // chunked: no Content-Length to refuse early
			for sent := 0; sent <= MaxFetchBytes; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}},
		{"oversized body with length", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			w.Header().Set("Content-Length", fmt.Sprint(MaxFetchBytes+1))
			w.Write(chunk) // and then stops: the length alone is enough to refuse
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			_, err := Load(srv.URL)
			want := fmt.Sprintf("fetch article %q: too large: more than 10 MiB", srv.URL)
			if !errors.Is(err, ErrTooLarge) || err.Error() != want {
				t.Errorf("err = %v\nwant %s", err, want)
			}
		})
	}
}

func TestFetchDecompressesGzip(t *testing.T) {
	var page bytes.Buffer
	zw := gzip.NewWriter(&page)
	zw.Write([]byte(newsPage))
	zw.Close()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(page.Bytes())
	})
	in, err := Load(srv.URL)
	if err != nil || !strings.HasPrefix(in.Raw, "The island ferry resumed") {
		t.Errorf("raw %q, err %v", in.Raw, err)
	}
}

func TestFetchTimesOut(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"slow headers", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}},
		{"slow body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "The first words arrive")
			w.(http.Flusher).Flush()
			<-r.Context().Done() // the rest never does
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			l := Loader{FetchTimeout: 200 * time.Millisecond}
			_, err := l.Load(context.Background(), srv.URL)
			want := fmt.Sprintf("fetch article %q: timed out after 200ms", srv.URL)
			if !errors.Is(err, ErrTimeout) || err.Error() != want {
				t.Errorf("err = %v\nwant %s", err, want)
			}
		})
	}
}

func TestFetchReportsRefusedConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String() + "/story"
	ln.Close() // nothing listens there any more
	_, err = Load(url)
	want := fmt.Sprintf("fetch article %q: connection refused", url)
	if !errors.Is(err, ErrConnRefused) || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

func TestFetchRefusesUnusableURLs(t *testing.T) {
	for _, u := range []string{"http://", "https:///path-only", "http://[::1", "ftp://example.com/a.txt", "file:///etc/passwd"} {
		if _, err := Load(u); !errors.Is(err, ErrUnsupportedURL) {
			t.Errorf("Load(%q) = %v, want ErrUnsupportedURL", u, err)
		}
	}
}

func TestHasOtherScheme(t *testing.T) {
	for arg, want := range map[string]bool{
		"ftp://x": true, "file:///a": true, "git+ssh://h/r": true, "http://x": true,
		"notes/a.txt": false, "./odd://name": false, "1ab://x": false, "://x": false, "C:\\x": false,
	} {
		if got := hasOtherScheme(arg); got != want {
			t.Errorf("hasOtherScheme(%q) = %v, want %v", arg, got, want)
		}
	}
}

func TestFetchNeverShowsAPassword(t *testing.T) {
	srv := serve(t, servePage("text/plain", "The mayor said so."))
	withPassword := strings.Replace(srv.URL, "http://", "http://reader:s3cret@", 1)
	in, err := Load(withPassword + "/a")
	if err != nil || strings.Contains(in.Meta.Source, "s3cret") || !strings.Contains(in.Meta.Source, "reader:xxxxx@") {
		t.Errorf("source %q, err %v", in.Meta.Source, err)
	}
	_, err = Load(withPassword + "/missing\x00")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("err = %v", err)
	}
}

func TestDisplayURLMasksPasswords(t *testing.T) {
	for raw, want := range map[string]string{
		"https://example.com/a?b=c":           "https://example.com/a?b=c",
		"https://user@example.com/a":          "https://user@example.com/a",
		"https://user:pw@example.com/a":       "https://user:xxxxx@example.com/a",
		"http://u:p@ss:w@rd@example.com":      "http://u:xxxxx@example.com",
		"http://u:pw@example.com/x\x00?q=a@b": "http://u:xxxxx@example.com/x\x00?q=a@b",
		"http://example.com/@home:x":          "http://example.com/@home:x",
	} {
		if got := displayURL(raw); got != want {
			t.Errorf("displayURL(%q) = %q, want %q", raw, got, want)
		}
	}
}
