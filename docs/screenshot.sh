#!/usr/bin/env bash
# Produces docs/screenshot.png from the reader's own output: it builds
# marginalia, runs it on the embedded article in a 120×40 tmux session,
# searches for a source, captures the screen with its colours
# (tmux capture-pane -e) and renders the capture with charmbracelet/freeze.
# Needs tmux and Go (freeze is fetched through the Go module proxy).
set -euo pipefail
cd "$(dirname "$0")/.."

FREEZE_VERSION=v0.2.2
work=$(mktemp -d)
sock="$work/tmux.sock"
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/marginalia" .
tmux -S "$sock" new-session -d -x 120 -y 40 -s shot \
  env -i TERM=xterm-256color COLORTERM=truecolor HOME="$work" XDG_DATA_HOME="$work/data" \
  LANG=C.UTF-8 PATH="$PATH" "$work/marginalia"

# wait_for TEXT: poll the screen until TEXT shows (10 s at most).
wait_for() {
  for _ in $(seq 200); do
    if tmux -S "$sock" capture-pane -p -t shot | grep -qF "$1"; then return 0; fi
    sleep 0.05
  done
  echo "screenshot: timed out waiting for '$1'" >&2
  exit 1
}

wait_for "claim 1/"
tmux -S "$sock" send-keys -t shot / e x p e r t s Enter
wait_for "/experts"
sleep 0.3 # let the pane renderings arrive
# tmux ends a background with ESC[49m ("default background"), which freeze
# v0.2.2 ignores, so a highlight would run on to the end of the line; spell
# the default background out as the window's colour instead.
tmux -S "$sock" capture-pane -e -p -t shot | sed 's/\x1b\[49m/\x1b[48;2;30;30;46m/g' > "$work/frame.ansi"
tmux -S "$sock" send-keys -t shot q

go run "github.com/charmbracelet/freeze@$FREEZE_VERSION" "$work/frame.ansi" \
  --language ansi --output "$work/frame.png" \
  --window --padding 20 --margin 0 --border.radius 8 --background "#1e1e2e" \
  --font.size 14 --line-height 1.2

# freeze draws PNGs at 4× scale; halve it (2×2 box filter, standard
# library only) so the README image stays sharp but a few hundred KB.
cat > "$work/halve.go" <<'GO'
package main

import (
	"image"
	"image/color"
	"image/png"
	"os"
)

func main() {
	in, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	src, err := png.Decode(in)
	if err != nil {
		panic(err)
	}
	b := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, b.Dx()/2, b.Dy()/2))
	for y := 0; y < b.Dy()/2; y++ {
		for x := 0; x < b.Dx()/2; x++ {
			var r, g, bl, a uint32
			for _, d := range [][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				cr, cg, cb, ca := src.At(b.Min.X+2*x+d[0], b.Min.Y+2*y+d[1]).RGBA()
				r, g, bl, a = r+cr, g+cg, bl+cb, a+ca
			}
			dst.Set(x, y, color.RGBA64{uint16(r / 4), uint16(g / 4), uint16(bl / 4), uint16(a / 4)})
		}
	}
	out, err := os.Create(os.Args[2])
	if err != nil {
		panic(err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(out, dst); err != nil {
		panic(err)
	}
	if err := out.Close(); err != nil {
		panic(err)
	}
}
GO
(cd "$work" && GO111MODULE=off go run halve.go frame.png half.png)
cp "$work/half.png" docs/screenshot.png
echo "wrote docs/screenshot.png"
