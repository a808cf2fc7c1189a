// Command ttff measures time to first frame of a terminal program: it starts
// the program in a detached tmux session of a fixed size and polls the pane
// until a marker string appears, timing from just before the session is
// created to the first capture that shows the marker. Polling goes through a
// tmux control-mode client, so one poll is a pipe round trip rather than a
// process start.
//
//	ttff -marker 'claim 1/' -runs 7 -- bench/out/marginalia
//	ttff -marker 'claim 1/' -keys moves.txt -quit q -- bench/out/marginalia
//
// It prints one line per run on stdout: the time in milliseconds. Progress and
// errors go to stderr. bench/run.sh uses it for the figures in bench/README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// options are the command-line settings of one ttff invocation.
type options struct {
	marker   string
	runs     int
	width    int
	height   int
	timeout  time.Duration
	interval time.Duration
	socket   string
	quitKeys string
	keys     []string // sent one by one between the marker and quitKeys (-keys)
	keyPause time.Duration
	term     string
	keepTmux bool
	command  []string
}

func main() {
	opts, err := parseOptions(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "ttff:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	err = run(ctx, opts, func(d time.Duration) {
		fmt.Printf("%.3f\n", float64(d.Microseconds())/1000)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ttff:", err)
		os.Exit(1)
	}
}

func parseOptions(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("ttff", flag.ContinueOnError)
	fs.StringVar(&o.marker, "marker", "", "text whose appearance in the pane is the first frame (required)")
	fs.IntVar(&o.runs, "runs", 1, "number of timed runs")
	fs.IntVar(&o.width, "width", 120, "pane width")
	fs.IntVar(&o.height, "height", 40, "pane height")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "give up on a run after this long")
	fs.DurationVar(&o.interval, "interval", 0, "pause between two captures (0: poll as fast as tmux answers)")
	fs.StringVar(&o.socket, "socket", "", "tmux socket name (-L) to use and leave running; default: a private server killed on exit")
	fs.StringVar(&o.quitKeys, "quit", "", "after the marker, send these space-separated keys (tmux send-keys names, e.g. 'q' or 'y Enter') and wait for the program to exit instead of killing it")
	keysFile := fs.String("keys", "", "after the marker, send the keys listed in this file one at a time, before -quit: one tmux send-keys name a line, or 'sleep DURATION' for a longer pause (e.g. after Escape, which a program waits on to tell it from the start of a sequence)")
	fs.DurationVar(&o.keyPause, "key-pause", 5*time.Millisecond, "pause after each key of -keys")
	fs.StringVar(&o.term, "term", "xterm-256color", "TERM inside the pane")
	fs.BoolVar(&o.keepTmux, "keep-tmux-env", false, "leave TMUX set in the pane, so the program knows it runs in tmux (the Charm stack then runs `tmux info` at start)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.command = fs.Args()
	if *keysFile != "" {
		keys, err := readKeys(*keysFile)
		if err != nil {
			return o, err
		}
		o.keys = keys
	}
	switch {
	case o.marker == "":
		return o, errors.New("-marker is required")
	case len(o.command) == 0:
		return o, errors.New("usage: ttff -marker TEXT [flags] -- command [args...]")
	case o.runs < 1 || o.width < 1 || o.height < 1 || o.timeout <= 0:
		return o, errors.New("-runs, -width, -height and -timeout must be positive")
	case len(o.keys) > 0 && o.quitKeys == "":
		return o, errors.New("-keys needs -quit: the keys are for a program that is then quit and awaited")
	}
	return o, nil
}

// readKeys reads a -keys file: one key a line, blank lines skipped, and
// "sleep DURATION" lines checked here so a typo fails before any run.
func readKeys(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-keys: %w", err)
	}
	var keys []string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if d, ok := strings.CutPrefix(line, "sleep "); ok {
			if _, err := time.ParseDuration(strings.TrimSpace(d)); err != nil {
				return nil, fmt.Errorf("-keys %s line %d: %w", path, i+1, err)
			}
		}
		keys = append(keys, line)
	}
	return keys, nil
}

// run measures o.runs runs, handing each time to report as soon as it is known.
func run(ctx context.Context, o options, report func(time.Duration)) error {
	socket, ownServer := o.socket, o.socket == ""
	if ownServer {
		// Unique per call: a server being killed by an earlier call on the
		// same name would drop a new client.
		socket = fmt.Sprintf("ttff-%d-%d", os.Getpid(), time.Now().UnixNano())
	}
	c, err := startControl(socket)
	if err != nil {
		return err
	}
	defer func() {
		if ownServer {
			stopServer(c)
			return
		}
		c.close()
	}()
	for i := 1; i <= o.runs; i++ {
		session := fmt.Sprintf("ttff-%d-%d-%d", os.Getpid(), time.Now().UnixNano(), i)
		d, err := measure(ctx, c, o, session)
		if err != nil {
			return fmt.Errorf("run %d of %s: %w", i, strings.Join(o.command, " "), err)
		}
		report(d)
	}
	return nil
}

// stopServer kills the private server and removes its socket file, which
// tmux leaves behind.
func stopServer(c *control) {
	path, _ := c.run("display-message -p '#{socket_path}'")
	_, _ = c.run("kill-server")
	c.close()
	if len(path) == 1 && path[0] != "" {
		_ = os.Remove(path[0])
	}
}

// measure runs the command once in a new session and returns the time until
// the marker was first seen. The session is gone when it returns.
func measure(ctx context.Context, c *control, o options, session string) (time.Duration, error) {
	target := quote("=" + session + ":")
	// Going through env always gives tmux two or more arguments, so it execs
	// the program directly instead of through a shell, and sets TERM for it.
	// tmux is only the measuring instrument: by default the program is not
	// told it runs inside tmux, so it starts as in a plain terminal (the
	// colour detection of the Charm stack would otherwise run `tmux info`).
	argv := []string{"env"}
	if !o.keepTmux {
		argv = append(argv, "-u", "TMUX", "-u", "TMUX_PANE")
	}
	argv = append(append(argv, "TERM="+o.term), o.command...)
	quoted := make([]string, len(argv))
	for i, a := range argv {
		quoted[i] = quote(a)
	}
	create := fmt.Sprintf("new-session -d -s %s -x %d -y %d %s",
		quote(session), o.width, o.height, strings.Join(quoted, " "))

	start := time.Now()
	if _, err := c.run(create); err != nil {
		return 0, err
	}
	elapsed, err := pollFor(ctx, c, o, target, start)
	if err != nil {
		_, _ = c.run("kill-session -t " + target)
		return 0, err
	}
	if o.quitKeys == "" {
		_, _ = c.run("kill-session -t " + target)
		return elapsed, nil
	}
	if err := sendKeys(ctx, c, o, target); err != nil {
		_, _ = c.run("kill-session -t " + target)
		return 0, err
	}
	return elapsed, quitAndWait(ctx, c, o, target)
}

// sendKeys sends o.keys one at a time, pausing o.keyPause after each, as a
// person holding or tapping keys would rather than in one burst: a program
// reading a burst handles many keys per frame and skips work a paced key
// gets.
func sendKeys(ctx context.Context, c *control, o options, target string) error {
	for _, k := range o.keys {
		if d, ok := strings.CutPrefix(k, "sleep "); ok {
			pause, _ := time.ParseDuration(strings.TrimSpace(d)) // checked by readKeys
			time.Sleep(pause)
			continue
		}
		if _, err := c.run("send-keys -t " + target + " " + quote(k)); err != nil {
			return fmt.Errorf("send %q: %w", k, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		time.Sleep(o.keyPause)
	}
	return nil
}

// pollFor captures the pane until it shows the marker, the program exits, the
// timeout passes or ctx is cancelled.
func pollFor(ctx context.Context, c *control, o options, target string, start time.Time) (time.Duration, error) {
	var screen []string
	for {
		lines, err := c.run("capture-pane -p -t " + target)
		if errors.Is(err, errTmux) {
			return 0, fmt.Errorf("the program exited before %q appeared; last screen:\n%s", o.marker, lastScreen(screen))
		}
		if err != nil {
			return 0, err
		}
		for _, l := range lines {
			if strings.Contains(l, o.marker) {
				return time.Since(start), nil
			}
		}
		screen = lines
		if time.Since(start) > o.timeout {
			return 0, fmt.Errorf("gave up: %q did not appear within %s; last screen:\n%s", o.marker, o.timeout, lastScreen(screen))
		}
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		time.Sleep(o.interval)
	}
}

// quitAndWait sends the quit keys and waits for the session to end, which
// happens when the program exits.
func quitAndWait(ctx context.Context, c *control, o options, target string) error {
	keys := strings.Fields(o.quitKeys)
	for i, k := range keys {
		keys[i] = quote(k)
	}
	if _, err := c.run("send-keys -t " + target + " " + strings.Join(keys, " ")); err != nil {
		return fmt.Errorf("send %q: %w", o.quitKeys, err)
	}
	deadline := time.Now().Add(o.timeout)
	for {
		if _, err := c.run("has-session -t " + target); errors.Is(err, errTmux) {
			return nil
		} else if err != nil {
			return err
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			_, _ = c.run("kill-session -t " + target)
			return fmt.Errorf("the program did not exit within %s after %q", o.timeout, o.quitKeys)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// lastScreen is the captured pane without its trailing blank lines, for error
// messages.
func lastScreen(lines []string) string {
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return "(blank)"
	}
	return strings.Join(lines, "\n")
}
