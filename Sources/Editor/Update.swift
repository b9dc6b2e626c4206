import SearchSpace

/// The editor's one entry point: changes the state for an action and returns the I/O to do.
/// Pure: no files, no terminal, no clock.
public func update(_ s: inout EditorState, _ action: Action) -> [Effect] {
    defer { refreshPreview(&s) }
    switch action {
    case .resized(let size):
        s.size = size
        keepSelectionVisible(&s)
        clampTrials(&s)
        return []
    case .wrote(let outcome):
        return finishWrite(&s, outcome)
    case .safety(let result):
        return finishSafety(&s, result)
    case .key(.resize):
        return []
    case .key(let key):
        s.status = nil
        if case .message? = s.overlay {
            s.overlay = nil
            return []
        }
        let mode = s.mode
        if case .alt(let c) = key, Keymap.binding(for: key, in: mode) == nil {
            // Esc then a key typed quickly arrives as Alt-key: read it as the two keys
            return update(&s, .key(.esc)) + update(&s, .key(.char(c)))
        }
        guard let binding = Keymap.binding(for: key, in: mode) else {
            if Layout(size: s.size).tooSmall {
                s.status = StatusMessage(tooSmallReason)  // nothing is typed into what cannot be seen
            } else if mode.takesText, case .char(let c) = key {
                typeCharacter(&s, c)
            } else {
                s.status = StatusMessage("\(key.label) does nothing here; ? lists every key")
            }
            return []
        }
        if let reason = Availability.disabledReason(binding.command, s) {
            s.status = StatusMessage(reason)
            return []
        }
        if Layout(size: s.size).tooSmall, !worksWhileTooSmall(binding.command, mode: mode) {
            s.status = StatusMessage(tooSmallReason)
            return []
        }
        return perform(&s, binding.command)
    }
}

/// Runs a command the keymap chose (after checking it is enabled).
func perform(_ s: inout EditorState, _ command: Command) -> [Effect] {
    // the full-screen table of trials scrolls with the keys that move in the list
    if s.mode == .trials, trialsScrollCommands.contains(command) {
        scrollTrials(&s, command)
        return []
    }
    if s.mode == .changes, [.moveDown, .moveUp, .jumpToChange, .closeOverlay].contains(command) {
        changesCommand(&s, command)
        return []
    }
    // Up/Down choose among the recovery files on offer
    if s.mode == .recoveryOffer, command == .moveDown || command == .moveUp {
        return safetyCommand(&s, command)
    }
    switch command {
    case .moveDown: moveSelection(&s, by: 1)
    case .moveUp: moveSelection(&s, by: -1)
    case .pageDown: moveSelection(&s, by: max(1, listHeight(s) - 1))
    case .pageUp: moveSelection(&s, by: -max(1, listHeight(s) - 1))
    case .top: moveSelection(&s, to: 0)
    case .bottom: moveSelection(&s, to: s.rows.count - 1)
    case .edit:
        if let setting = s.selectedRow?.sweepSetting { beginSweepEditing(&s, setting) } else { beginEditing(&s) }
    case .makeFixed, .makeDistribution, .unset, .nextKind, .previousKind, .flipBool, .applyFix:
        if let setting = s.selectedRow?.sweepSetting { changeSweepSetting(&s, setting, command) } else { changeSetting(&s, command) }
    case .nextSubspace, .previousSubspace, .addSubspace, .addEmptySubspace, .deleteSubspace:
        changeSubspace(&s, command)
    case .filter: s.overlay = .filter(suggested(s.filter))  // selected: typing starts a new filter
    case .clearFilter: setFilter(&s, "")
    case .nextProblem: jumpToNextProblem(&s)
    case .togglePreview, .rerollPreview: previewCommand(&s, command)
    case .showTrials: openTrials(&s)
    case .scrollLeft, .scrollRight: break  // the table of trials only, above
    case .undo, .redo: travel(&s, command)
    case .save, .saveAs, .export, .quit, .confirm, .saveAndQuit,
         .exportYAML, .exportJSON, .exportREST, .exportJob, .exportPython:
        return fileCommand(&s, command)
    case .help: s.overlay = .help(scroll: 0)
    case .closeOverlay: s.overlay = nil
    case .scrollDown, .scrollUp:
        if case .help(let scroll)? = s.overlay {
            let step = command == .scrollDown ? max(1, s.size.height / 2) : -max(1, s.size.height / 2)
            s.overlay = .help(scroll: max(0, min(scroll + step, HelpView.lineCount(width: s.size.width, training: s.document.space.trainingParameters) - 1)))
        }
    case .reload, .overwrite, .backToEditing, .recover, .discardRecovery, .keepBoth:
        return safetyCommand(&s, command)
    case .suspend:
        return [.suspend]
    case .showChanges: openChanges(&s)
    case .jumpToChange: break  // the changes overlay only, above
    case .commit, .cancel, .nextField, .previousField, .cursorLeft, .cursorRight, .cursorHome,
         .cursorEnd, .deleteBackward, .deleteForward, .wordLeft, .wordRight, .deleteToStart, .deleteToEnd,
         .deleteWordBackward, .pickNext, .pickPrevious, .addChoiceValue,
         .removeChoiceValue, .moveChoiceEarlier, .moveChoiceLater:
        return textCommand(&s, command)
    }
    return []
}

/// Re-runs validation on the space as shown.
func revalidate(_ s: inout EditorState) {
    var doc = s.document
    doc.space = s.shownSpace
    s.diagnostics = Validator.check(doc)
}
