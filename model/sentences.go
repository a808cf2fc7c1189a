package model


// SplitSentences returns the byte spans [start, end) of the sentences of one
// normalized paragraph, in order, trimmed of surrounding spaces.
// PLACEHOLDER: the segmentation work replaces this with the real segmenter.
func SplitSentences(p string) [][2]int {
	var spans [][2]int
	start := 0
	for i := 0; i < len(p); i++ {
		if (p[i] == '.' || p[i] == '?' || p[i] == '!') && (i+1 == len(p) || p[i+1] == ' ') {
			spans = append(spans, [2]int{start, i + 1})
			start = i + 1
			for start < len(p) && p[start] == ' ' {
				start++
			}
			i = start - 1
		}
	}
	if start < len(p) {
		spans = append(spans, [2]int{start, len(p)})
	}
	return spans
}
