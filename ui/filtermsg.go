package ui

import "marginalia/model"

// FilterChosenMsg is sent by the speaker picker and the sourcing overview
// when the user applies a filter. The component is done: the root model
// closes it and applies Filter.
type FilterChosenMsg struct{ Filter model.Filter }

// PickerClosedMsg is sent when the speaker picker closes without a change.
type PickerClosedMsg struct{}

// OverviewClosedMsg is sent when the sourcing overview closes without a
// change.
type OverviewClosedMsg struct{}
