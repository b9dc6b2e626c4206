import SearchSpace

/// Why a command cannot run now (nil: it can). A disabled command leaves the footer, and
/// pressing its key shows the reason instead of doing nothing.
public enum Availability {
    /// An empty space (`search_space: []`, a new AutoMode job) lists the parameters but has no
    /// subspace to change them in; f and d make its first subspace with their setting.
    public static let noSubspace = "the search space has no subspace; f or d sets a first one, a adds one"

    /// The commands that act on the selected row.
    static let rowCommands: Set<Command> = [.edit, .makeFixed, .makeDistribution, .unset, .nextKind, .previousKind,
                                             .flipBool, .applyFix]

    public static func disabledReason(_ command: Command, _ s: EditorState) -> String? {
        // a sweep setting's row works in every space, an empty one included
        if rowCommands.contains(command), let setting = s.selectedRow?.sweepSetting {
            return sweepRowReason(command, setting, s)
        }
        let changesASubspace: Set<Command> = [.edit, .unset, .nextKind, .previousKind,
                                              .flipBool, .applyFix, .deleteSubspace, .nextSubspace, .previousSubspace]
        if s.document.space.subspaces.isEmpty, changesASubspace.contains(command) { return noSubspace }
        // lazy: the footer asks about every binding on every frame, most of which need no row
        lazy var row = s.selectedRow
        lazy var id = row?.parameter
        lazy var setting = id.map { s.currentSubspace[$0] }
        lazy var name = row?.name ?? "this row"
        switch command {
        case .edit, .makeFixed, .makeDistribution:
            if row == nil { return "no parameter matches the filter (Esc clears it)" }
            if id == nil { return "\(name) is not a parameter of image classification; F fixes it, x removes it" }
            return nil
        case .unset:
            if row == nil { return "no parameter matches the filter (Esc clears it)" }
            if setting == .unset { return "\(name) is already unset" }
            return nil
        case .nextKind, .previousKind:
            guard let id, let setting else { return "select a parameter first" }
            guard case .swept = setting else { return "t and T change a distribution's kind: press d to sweep \(name) first" }
            if Catalogue.spec(id).kind.acceptedDistributionKinds.count < 2 {
                return "\(name) takes a fixed value or a choice: choice is its only distribution"
            }
            return nil
        case .flipBool:
            guard let id, Catalogue.spec(id).kind == .bool else { return "Space flips a fixed true/false value; \(name) is not one" }
            if setting?.fixedValue == nil { return "Space flips a fixed true/false value: press f to fix \(name) first" }
            return nil
        case .applyFix:
            if let row, s.diagnostics(for: row).contains(where: { $0.fix != nil }) { return nil }
            return "no fix to apply for \(name)"
        case .deleteSubspace:
            return s.document.space.subspaces.count < 2 ? "the only subspace cannot be deleted" : nil
        case .nextSubspace, .previousSubspace:
            return s.document.space.subspaces.count < 2 ? "there is one subspace; a adds another" : nil
        case .clearFilter:
            return s.filter.isEmpty ? "nothing to close or clear (q quits)" : nil
        case .nextProblem:
            return s.diagnostics.isEmpty ? "no problems found" : nil
        case .togglePreview, .rerollPreview:
            return previewDisabledReason(command, s)
        case .scrollLeft, .scrollRight:
            return trialsDisabledReason(command, s)
        case .undo:
            return s.undoStack.isEmpty ? "nothing to undo" : nil
        case .redo:
            return s.redoStack.isEmpty ? "nothing to redo" : nil
        case .nextField, .previousField:
            return (s.editSession?.fields.count ?? s.sweepEditSession?.fields.count ?? 0) < 2 ? "this setting has a single field" : nil
        case .pickNext, .pickPrevious:
            if let session = s.sweepEditSession {
                let role = session.fields.indices.contains(session.focus) ? session.fields[session.focus].role : .value
                return SweepFieldCodec.knownValues(session.setting, role).isEmpty ? "no list of known values for this field: type it" : nil
            }
            guard let session = s.editSession else { return nil }
            return SettingDefaults.knownValues(Catalogue.spec(session.parameter)).isEmpty || isNumericParameterField(session)
                ? "no list of known values for this field: type it" : nil
        case .addChoiceValue, .removeChoiceValue, .moveChoiceEarlier, .moveChoiceLater:
            guard let session = s.editSession, case .swept(.choice(let values)) = session.candidate else {
                return "only the values of a choice can be added, removed or moved"
            }
            if command == .removeChoiceValue, values.count < 2 { return "a choice keeps at least one value" }
            if command == .moveChoiceEarlier, session.focus == 0 { return "this is the first value" }
            if command == .moveChoiceLater, session.focus == values.count - 1 { return "this is the last value" }
            return nil
        case .moveDown, .moveUp:
            return s.mode == .recoveryOffer ? safetyDisabledReason(command, s) : nil
        case .pageDown, .pageUp, .top, .bottom, .addSubspace, .addEmptySubspace, .filter,
             .save, .saveAs, .export, .help, .quit, .showTrials, .commit, .cancel, .cursorLeft, .cursorRight,
             .cursorHome, .cursorEnd, .deleteBackward, .deleteForward, .wordLeft, .wordRight, .deleteToStart,
             .deleteToEnd, .deleteWordBackward, .closeOverlay, .scrollDown,
             .scrollUp, .confirm, .saveAndQuit, .exportYAML, .exportJSON, .exportREST, .exportJob, .exportPython:
            return nil
        case .reload, .overwrite, .backToEditing, .recover, .discardRecovery, .keepBoth:
            return safetyDisabledReason(command, s)
        case .suspend, .jumpToChange:
            return nil
        case .showChanges:
            // isDirty, not the diff: the footer asks on every frame (an edit that means the
            // same, a reordered list, opens to a list that says so)
            return s.isDirty ? nil : "no changes since the file was opened or saved"
        }
    }

    /// Why a row command cannot run on a sweep setting (nil: it can).
    static func sweepRowReason(_ command: Command, _ setting: SweepSetting, _ s: EditorState) -> String? {
        let name = setting.path
        let job = s.document.space.job
        switch command {
        case .edit:
            return nil
        case .makeFixed, .makeDistribution, .flipBool:
            return "\(name) is a setting of the sweep, not a hyperparameter: Enter edits it"
                + (setting == .samplingAlgorithm || setting == .earlyTermination ? ", t picks another" : "")
        case .unset:
            if setting == .samplingAlgorithm { return "a sweep always has a sampling_algorithm: t picks another" }
            return SweepFieldCodec.valueText(setting, job) == nil ? "\(name) is already left out" : nil
        case .nextKind, .previousKind:
            if setting == .samplingAlgorithm || setting == .earlyTermination { return nil }
            return "t picks the sampling algorithm or the early termination policy; Enter edits \(name)"
        case .applyFix:
            return s.diagnostics(for: .sweep(setting)).contains { $0.fix != nil } ? nil : "no fix to apply for \(name)"
        default:
            return nil
        }
    }

    /// A distribution parameter of a numeric field (a bound), where Up/Down pick nothing.
    static func isNumericParameterField(_ session: EditSession) -> Bool {
        guard session.fields.indices.contains(session.focus) else { return true }
        if case .parameter = session.fields[session.focus].role { return true }
        return false
    }
}
