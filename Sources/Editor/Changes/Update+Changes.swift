import SearchSpace

extension EditorState {
    /// What changed since the file was read or last saved, by meaning (the same list
    /// `sweepedit diff` prints): the document's space as read against the space now.
    public var changesSinceSaved: [SweepChange] {
        SweepDiff(document.originalSpace, document.space).changes
    }
}

/// c: opens the list of changes (from the list or the quit question).
func openChanges(_ s: inout EditorState) {
    s.overlay = .changes(ChangesPosition(fromQuit: s.mode == .confirmQuit))
}

/// The keys of the changes overlay: move, jump to the change (Enter), close.
func changesCommand(_ s: inout EditorState, _ command: Command) {
    guard case .changes(var position)? = s.overlay else { return }
    let changes = s.changesSinceSaved
    switch command {
    case .moveDown, .moveUp:
        position.selection = max(0, min(position.selection + (command == .moveDown ? 1 : -1), changes.count - 1))
        s.overlay = .changes(position)
    case .jumpToChange:
        s.overlay = nil
        if changes.indices.contains(position.selection) { jump(&s, to: changes[position.selection]) }
    case .closeOverlay:
        s.overlay = position.fromQuit ? .confirmQuit : nil
    default:
        break
    }
}

/// Shows the change's subspace and selects its parameter; says where a change without a row is.
func jump(_ s: inout EditorState, to change: SweepChange) {
    let row: Row?
    switch change.place {
    // training_parameters has no list of its own: its row in the subspace shown says the value
    case .parameter(let id, _, _), .trainingParameter(let id): row = .parameter(id)
    case .unknownKey(let name, _, _): row = .unknownKey(name)
    // a sweep setting by its name in the job (`max_trials`, `early_termination`)
    case .job(let name): row = SweepSetting(rawValue: name).map(Row.sweep)
    default: row = nil
    }
    if let n = change.subspaceAfter, s.document.space.subspaces.indices.contains(n) {
        s.subspace = n
        s.selection = Row.firstParameterIndex
        s.scroll = 0
    }
    if let row {
        if !s.rows.contains(row) { s.filter = "" }
        select(&s, row)
    }
    keepSelectionVisible(&s)
    s.status = StatusMessage(change.scope + ": " + change.line)
}
