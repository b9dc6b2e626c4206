import SearchSpace

extension PreviewState {
    /// The sample for `space`: the cached one when it is current, else freshly drawn (the view
    /// never shows a stale table, even for a state `update` has not refreshed).
    func current(for space: SearchSpace) -> PreviewSample {
        let count = trialCount(for: space)
        if let sample, sample.seed == seed, sample.space == space, sample.count == count { return sample }
        return PreviewSample(space: space, seed: seed, count: count)
    }

    /// The sample for `space` with every trial's cells: the cached ones when current.
    func currentWithEveryRow(for space: SearchSpace) -> (PreviewSample, TableCells) {
        if let sample, let everyRow, sample.seed == seed, sample.space == space,
           sample.count == trialCount(for: space) { return (sample, everyRow) }
        let sample = current(for: space)
        return (sample, TableCells(sample.trials, columns: sample.columns))
    }
}

/// p and r.
func previewCommand(_ s: inout EditorState, _ command: Command) {
    switch command {
    case .togglePreview:
        s.preview.isVisible.toggle()
    case .rerollPreview:
        s.preview.seed = PreviewState.nextSeed(after: s.preview.seed)
        s.status = StatusMessage("preview seed \(s.preview.seed): sweepedit sample --seed \(s.preview.seed) draws the same trials")
    default:
        break
    }
}

/// Why p or r cannot run now (nil: they can).
func previewDisabledReason(_ command: Command, _ s: EditorState) -> String? {
    guard command == .rerollPreview else { return nil }
    if !s.preview.isVisible && s.mode != .trials { return "r re-rolls the preview's seed: p shows the preview first" }
    if let sample = s.preview.sample, !sample.usesSeed {
        return "a grid has no seed: the preview lists its points in order"
    }
    return nil
}

/// After every action: the preview follows the space as edited (drawn again only when it,
/// or the full-screen table of trials, shows and the space or the seed changed).
func refreshPreview(_ s: inout EditorState) {
    let trialsShown = s.mode == .trials
    guard s.preview.isVisible || trialsShown else { return }
    s.preview.refresh(space: s.shownSpace, everyRow: trialsShown)
}
