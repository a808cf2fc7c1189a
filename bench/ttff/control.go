package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// control is one tmux control-mode client (tmux -C). Commands go to its stdin
// and each one answers with exactly one %begin…%end (or %error) block, in
// order. Polling through it costs a pipe round trip instead of starting a
// tmux process per capture, which is what makes sub-millisecond timing
// possible.
type control struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// errTmux is a command that tmux answered with %error.
var errTmux = errors.New("tmux error")

// startControl starts (or joins) the tmux server on socket and attaches a
// control client to an idle driver session there. The server ignores the
// user's tmux.conf so the figures do not depend on it, and inherits this
// process's environment, which is how the programs under test get theirs.
func startControl(socket string) (*control, error) {
	cmd := exec.Command("tmux", "-L", socket, "-f", "/dev/null", "-C",
		"new-session", "-A", "-s", "ttff-driver", "sleep", "86400")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("tmux control client: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("tmux control client: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start tmux: %w", err)
	}
	c := &control{cmd: cmd, in: in, out: bufio.NewReader(out)}
	if err := c.sync(); err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

// sync skips whatever tmux printed on attach (the attach command's own block,
// notifications) by asking for a token and reading blocks until it comes back.
// From then on every command's answer is the next block.
func (c *control) sync() error {
	const token = "ttff-ready"
	if _, err := fmt.Fprintf(c.in, "display-message -p %s\n", token); err != nil {
		return fmt.Errorf("tmux control client: %w", err)
	}
	for {
		lines, err := c.readBlock()
		if err != nil && !errors.Is(err, errTmux) {
			return err
		}
		if len(lines) == 1 && lines[0] == token {
			return nil
		}
	}
}

// run sends one command line and returns its output lines. A command tmux
// rejects returns its message wrapped in errTmux.
func (c *control) run(line string) ([]string, error) {
	if _, err := io.WriteString(c.in, line+"\n"); err != nil {
		return nil, fmt.Errorf("tmux control client: %w", err)
	}
	return c.readBlock()
}

// readBlock reads up to the next %end or %error, skipping notifications
// (lines starting with % outside a block).
func (c *control) readBlock() ([]string, error) {
	var lines []string
	inBlock := false
	for {
		raw, err := c.out.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("tmux control client closed: %w", err)
		}
		line := strings.TrimSuffix(raw, "\n")
		switch {
		case !inBlock && strings.HasPrefix(line, "%begin "):
			inBlock = true
		case !inBlock:
			// A notification such as %sessions-changed: not an answer.
		case strings.HasPrefix(line, "%end "):
			return lines, nil
		case strings.HasPrefix(line, "%error "):
			return nil, fmt.Errorf("%w: %s", errTmux, strings.Join(lines, " "))
		default:
			lines = append(lines, line)
		}
	}
}

// close detaches the control client; the server and its sessions stay.
func (c *control) close() {
	_ = c.in.Close()
	_ = c.cmd.Wait()
}

// quote makes s one literal token for tmux's command parser, which follows
// the shell's rules for single quotes.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
