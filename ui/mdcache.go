package ui

// maxMarkdownCache bounds the rendered pane cache. A move needs the current
// claim's two panes and its neighbours' (six renderings); the rest is a
// little history for stepping back and forth. A reader who moves over the
// whole article keeps no more than this: issue 7 wants renderings kept only
// for what is shown or near it (on the 5 MB article 512 entries held about
// 1.5 MB after a long read).
const maxMarkdownCache = 16

// mdCache holds finished pane renderings, evicting the least recently used
// one when full. Looking a rendering up counts as a use, so the claim on
// screen and the neighbours just prefetched are the last to go.
type mdCache struct {
	entries map[mdKey]*mdEntry
	clock   uint64
}

type mdEntry struct {
	lines []string
	used  uint64
}

func newMDCache() *mdCache { return &mdCache{entries: map[mdKey]*mdEntry{}} }

// get returns k's rendering and marks it used.
func (c *mdCache) get(k mdKey) ([]string, bool) {
	e, ok := c.entries[k]
	if !ok {
		return nil, false
	}
	c.clock++
	e.used = c.clock
	return e.lines, true
}

// put stores k's rendering, evicting the least recently used one when the
// cache is full. The scan is over at most maxMarkdownCache entries, once
// per finished rendering, off the keypress path.
func (c *mdCache) put(k mdKey, lines []string) {
	if _, ok := c.entries[k]; !ok && len(c.entries) >= maxMarkdownCache {
		var oldest mdKey
		first := true
		for key, e := range c.entries {
			if first || e.used < c.entries[oldest].used {
				oldest, first = key, false
			}
		}
		delete(c.entries, oldest)
	}
	c.clock++
	c.entries[k] = &mdEntry{lines: lines, used: c.clock}
}

// len is the number of renderings held.
func (c *mdCache) len() int { return len(c.entries) }
