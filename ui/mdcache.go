package ui

import "sync"

// maxMarkdownCache bounds the rendered pane cache. A move needs the current
// claim's two panes and its neighbours' (six renderings); the rest is a
// little history for stepping back and forth. A reader who moves over the
// whole article keeps no more than this: issue 7 wants renderings kept only
// for what is shown or near it (on the 5 MB article 512 entries held about
// 1.5 MB after a long read).
const maxMarkdownCache = 16

// mdCache holds finished pane renderings, evicting the least recently used
// one when full, and the renderings on their way. Looking a rendering up
// counts as a use, so the claim on screen and the neighbours just
// prefetched are the last to go. Render commands store their results here
// themselves (renderCmd), so it is locked.
type mdCache struct {
	mu      sync.Mutex
	entries map[mdKey]*mdEntry
	pending map[mdKey]bool
	clock   uint64
}

type mdEntry struct {
	lines []string
	used  uint64
}

func newMDCache() *mdCache {
	return &mdCache{entries: map[mdKey]*mdEntry{}, pending: map[mdKey]bool{}}
}

// get returns k's rendering and marks it used.
func (c *mdCache) get(k mdKey) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[k]
	if !ok {
		return nil, false
	}
	c.clock++
	e.used = c.clock
	return e.lines, true
}

// reserve reports whether k is to be rendered: it is neither cached (which
// counts as a use) nor on its way. It is then on its way until put or
// release.
func (c *mdCache) reserve(k mdKey) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[k]; ok {
		c.clock++
		e.used = c.clock
		return false
	}
	if c.pending[k] {
		return false
	}
	c.pending[k] = true
	return true
}

// release gives up a reserved rendering that was not made.
func (c *mdCache) release(k mdKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.pending, k)
}

// put stores k's rendering, evicting the least recently used one when the
// cache is full. The scan is over at most maxMarkdownCache entries, once
// per finished rendering, off the keypress path.
func (c *mdCache) put(k mdKey, lines []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.pending, k)
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
func (c *mdCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

// isPending reports whether k is on its way.
func (c *mdCache) isPending(k mdKey) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.pending[k]
}
