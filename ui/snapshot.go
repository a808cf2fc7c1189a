package ui

// replaceArticle takes a newer snapshot of the article. Paragraphs whose
// text is unchanged keep their wrapping and search matches.
func (m *Model) replaceArticle(msg ArticleMsg) {
	old := m.art
	art := msg.Article
	m.art = &art
	m.done, m.progress = msg.Done, msg.Progress
	changed := min(len(old.Paragraphs), len(art.Paragraphs))
	for i := 0; i < changed; i++ {
		if old.Paragraphs[i].Text != art.Paragraphs[i].Text {
			changed = i
			break
		}
	}
	m.article.forget(changed)
	m.search.forget(changed)
	m.nav = newNavigator(m.art, m.filter)
	if m.cur >= len(art.Claims) {
		m.cur = len(art.Claims) - 1
	}
	if last := len(art.Paragraphs) - 1; m.article.top.para > last {
		m.article.top = linePos{max(last, 0), 0}
	}
	if m.cur < 0 {
		m.placeStart()
	} else if m.pendingStart != "" && !m.filter.Active() {
		m.resolvePendingStart()
	}
	if m.done {
		m.pendingStart = ""
	}
}

func (m *Model) resolvePendingStart() {
	if m.pendingStart == "" || m.filter.Active() {
		return
	}
	// Every snapshot of a long article looks again until the claim is
	// read: ClaimIndex compares numbers instead of writing every ID.
	if i := m.art.ClaimIndex(m.pendingStart); i >= 0 {
		m.cur = i
		m.pendingStart = ""
		m.article.reveal(m.art, m.cur)
	}
}
