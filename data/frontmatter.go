package data

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"marginalia/model"
)

// frontMatterKeys maps the front-matter keys marginalia understands to the
// metadata field each fills. Several spellings are in common use; the first
// one present wins.
var frontMatterKeys = map[string][]string{
	"title":  {"title"},
	"byline": {"author", "authors", "byline"},
	"date":   {"date", "published", "pubdate"},
	"url":    {"source", "url", "link", "canonical_url"},
}

// applyFrontMatter strips YAML front matter (between a first line "---" and
// the next "---" or "..." line) from a markdown text and copies its title,
// author, date and source into meta. Text without front matter, or with front
// matter that is not a YAML mapping, is returned unchanged: a stray "---"
// must never eat the start of an article.
func applyFrontMatter(text string, meta *model.Meta) string {
	block, body, ok := cutFrontMatter(text)
	if !ok {
		return text
	}
	var fields map[string]any
	if err := yaml.Unmarshal([]byte(block), &fields); err != nil || fields == nil {
		return text
	}
	pick := func(field string, valid func(string) bool) string {
		for _, key := range frontMatterKeys[field] {
			if v := oneLine(yamlText(fields[key])); v != "" && valid(v) {
				return v
			}
		}
		return ""
	}
	anyText := func(string) bool { return true }
	meta.Title = pick("title", anyText)
	meta.Byline = pick("byline", anyText)
	meta.Date = pick("date", anyText)
	meta.URL = pick("url", isWebURLText)
	return body
}

// isWebURLText reports whether s is an absolute http(s) URL: Meta.URL may be
// shown as a link, and a javascript: or file: link must never be one.
func isWebURLText(s string) bool {
	u, err := url.Parse(s)
	return err == nil && isWebURL(u)
}

// cutFrontMatter splits text into the YAML block and the body after it.
func cutFrontMatter(text string) (block, body string, ok bool) {
	text = strings.TrimPrefix(text, "\uFEFF")
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, "\r") != "---" {
		return "", "", false
	}
	offset := 0
	for offset < len(rest) {
		line, _, _ := strings.Cut(rest[offset:], "\n")
		end := offset + len(line) + 1
		if trimmed := strings.TrimRight(line, "\r \t"); trimmed == "---" || trimmed == "..." {
			return rest[:offset], rest[min(end, len(rest)):], true
		}
		offset = end
	}
	return "", "", false
}

// yamlText renders a front-matter value as text: lists of authors are
// joined with commas, dates without a time of day print as 2006-01-02, and
// nested mappings (which have no one-line form) are ignored.
func yamlText(v any) string {
	switch v := v.(type) {
	case nil, map[string]any:
		return ""
	case string:
		return v
	case time.Time:
		return formatDate(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, item := range v {
			if s := yamlText(item); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprint(v)
}
