import SearchSpace

/// Enter on a parameter: edit its first field. An unset parameter becomes fixed at the value
/// trials get today (Esc puts it back to unset).
func beginEditing(_ s: inout EditorState) {
    guard let id = s.selectedParameter else { return }
    guard s.document.space.subspaces.indices.contains(s.subspace) else {
        s.status = StatusMessage(Availability.noSubspace)
        return
    }
    let original = s.document.space.subspaces[s.subspace][id]
    let base = original.isUnset ? .fixed(SettingDefaults.fixedValue(id, current: original, space: s.document.space)) : original
    var opened = session(id, original: original, base: base, focus: 0)
    // Entering a field selects its text, as the save-as prompt does: typing replaces it (typing
    // after it turned 0.001 into 0.0011e-4), an arrow or Home/End keeps it to change a part.
    opened.buffer.selectAll()
    s.overlay = .editing(opened)
    revalidate(&s)
}

func session(_ id: ParameterID, original: Setting, base: Setting, focus: Int) -> EditSession {
    let fields = FieldCodec.fields(of: base, spec: Catalogue.spec(id))
    return EditSession(parameter: id, original: original, base: base, fields: fields,
                       buffers: fields.map { TextBuffer($0.text) }, focus: max(0, min(focus, fields.count - 1)),
                       candidate: base, problems: [:])
}

/// A printable key in a text mode.
func typeCharacter(_ s: inout EditorState, _ c: Character) {
    editText(&s) { $0.insert(c) }
}

/// Changes the text being typed (field, filter or path) and what depends on it.
func editText(_ s: inout EditorState, _ change: (inout TextBuffer) -> Void) {
    switch s.overlay {
    case .editing(var session)?:
        guard session.buffers.indices.contains(session.focus) else { return }
        change(&session.buffer)
        reinterpret(&session)
        s.overlay = .editing(session)
        revalidate(&s)
    case .editingSweep(var session)?:
        guard session.buffers.indices.contains(session.focus) else { return }
        change(&session.buffer)
        session.reinterpret()
        s.overlay = .editingSweep(session)
        revalidate(&s)
    case .filter(var buffer)?:
        let before = buffer.text
        change(&buffer)
        s.overlay = .filter(buffer)
        if buffer.text != before {
            s.filter = buffer.text
            moveSelection(&s, to: FilterMatch.best(buffer.text, in: s.rows) ?? 0)  // until arrows pick another
        }
    case .prompt(let purpose, var buffer)?:
        change(&buffer)
        s.overlay = .prompt(purpose, buffer)
    default:
        break
    }
}

/// Recomputes the candidate setting from the buffers.
func reinterpret(_ session: inout EditSession) {
    let result = FieldCodec.setting(session.buffers.map(\.text), fields: session.fields, base: session.base,
                                    spec: Catalogue.spec(session.parameter))
    session.candidate = result.setting
    session.problems = result.problems
}

/// Commands of the text modes.
func textCommand(_ s: inout EditorState, _ command: Command) -> [Effect] {
    switch command {
    case .cursorLeft: editText(&s) { $0.moveLeft() }
    case .cursorRight: editText(&s) { $0.moveRight() }
    case .cursorHome: editText(&s) { $0.moveHome() }
    case .cursorEnd: editText(&s) { $0.moveEnd() }
    case .deleteBackward: editText(&s) { $0.deleteBackward() }
    case .deleteForward: editText(&s) { $0.deleteForward() }
    case .wordLeft: editText(&s) { $0.moveWordLeft() }
    case .wordRight: editText(&s) { $0.moveWordRight() }
    case .deleteToStart: editText(&s) { $0.deleteToStart() }
    case .deleteToEnd: editText(&s) { $0.deleteToEnd() }
    case .deleteWordBackward: editText(&s) { $0.deleteWordBackward() }
    case .commit: return commitText(&s)
    case .cancel: cancelText(&s)
    case .nextField, .previousField:
        let step = command == .nextField ? 1 : -1
        if var session = s.editSession {
            session.focus = cycled(Array(session.fields.indices), from: session.focus, step: step)
            session.buffer.selectAll()
            s.overlay = .editing(session)
        } else if var session = s.sweepEditSession {
            session.focus = cycled(Array(session.fields.indices), from: session.focus, step: step)
            session.buffer.selectAll()
            s.overlay = .editingSweep(session)
        }
    case .pickNext, .pickPrevious: pickKnownValue(&s, step: command == .pickNext ? 1 : -1)
    case .addChoiceValue, .removeChoiceValue, .moveChoiceEarlier, .moveChoiceLater: editChoice(&s, command)
    default: break
    }
    return []
}

/// Up/Down in an enum, bool or model_name field: the next known value.
func pickKnownValue(_ s: inout EditorState, step: Int) {
    let known: [String]
    let text: String
    if let session = s.editSession {
        known = SettingDefaults.knownValues(Catalogue.spec(session.parameter))
        text = session.buffer.text
    } else if let session = s.sweepEditSession, session.fields.indices.contains(session.focus) {
        known = SweepFieldCodec.knownValues(session.setting, session.fields[session.focus].role)
        text = session.buffer.text
    } else {
        return
    }
    guard !known.isEmpty else { return }
    let at = known.firstIndex(of: text.lowercased()) ?? (step > 0 ? -1 : known.count)
    let next = known[((at + step) % known.count + known.count) % known.count]
    editText(&s) { $0.replace(with: next) }
}

/// Ctrl-O, Ctrl-X, Ctrl-P, Ctrl-N on a choice value.
func editChoice(_ s: inout EditorState, _ command: Command) {
    guard let old = s.editSession, case .swept(.choice(var values)) = old.candidate, !old.problems.keys.contains(old.focus) else {
        s.status = StatusMessage("fix this value first (it does not read as a value yet)")
        return
    }
    var focus = old.focus
    switch command {
    case .addChoiceValue:
        let copy = values[focus]
        values.insert(copy, at: focus + 1)
        focus += 1
    case .removeChoiceValue:
        values.remove(at: focus)
        focus = min(focus, values.count - 1)
    case .moveChoiceEarlier:
        values.swapAt(focus, focus - 1)
        focus -= 1
    case .moveChoiceLater:
        values.swapAt(focus, focus + 1)
        focus += 1
    default:
        return
    }
    var next = session(old.parameter, original: old.original, base: .swept(.choice(values)), focus: focus)
    for (i, problem) in old.problems where i != old.focus { next.problems[i] = problem }
    // The added value is a copy of its neighbour, selected: typing replaces it (typing after it
    // turned 0 into 020), arrows keep it, to change it a little.
    if command == .addChoiceValue { next.buffers[focus].selectAll() }
    s.overlay = .editing(next)
    revalidate(&s)
}

/// Enter in a text mode.
func commitText(_ s: inout EditorState) -> [Effect] {
    switch s.overlay {
    case .editing(let session)?:
        if let (i, problem) = session.problems.min(by: { $0.key < $1.key }) {
            var moved = session
            moved.focus = i
            s.overlay = .editing(moved)
            s.status = StatusMessage("\(session.fields[i].label): \(problem) (Esc restores)", .error)
            return []
        }
        s.overlay = nil
        let before = s.document.space
        setParameter(&s, session.parameter, session.candidate)
        // a change was validated as it was committed; else the findings go back to the space
        if s.document.space == before { revalidate(&s) }
    case .editingSweep(let session)?:
        commitSweepEditing(&s, session)
    case .filter?:
        s.overlay = nil
        if s.rows.isEmpty { s.status = StatusMessage("no parameter matches '\(s.filter)' (Esc clears the filter)") }
    case .prompt(let purpose, let buffer)?:
        return submitPath(&s, purpose, buffer.text)
    default:
        break
    }
    return []
}

/// Esc in a text mode: nothing typed is kept.
func cancelText(_ s: inout EditorState) {
    switch s.overlay {
    case .editing?, .editingSweep?:
        s.overlay = nil
        revalidate(&s)
    case .filter?:
        s.overlay = nil
        setFilter(&s, "")
    case .prompt?:
        // a save-as prompt opened by "save, then quit" is abandoned with it
        s.overlay = nil
    case .confirmWrite(let request, _)?:
        s.overlay = nil
        s.status = StatusMessage("not written: \(request.path) is as it was")
    default:
        s.overlay = nil
    }
}
