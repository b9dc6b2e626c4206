import SearchSpace

/// Replaces the document's space, keeping the old one for undo.
func commitSpace(_ s: inout EditorState, _ space: SearchSpace) {
    guard space != s.document.space else { return }
    s.undoStack.append(s.document.space)
    s.redoStack.removeAll()
    s.document.space = space
    s.subspace = max(0, min(s.subspace, space.subspaces.count - 1))
    keepSelectionVisible(&s)
    revalidate(&s)
}

/// Sets one parameter of the current subspace. A setting holding NaN or an infinity (whatever
/// computed it: a kind change, a fix) is refused with a message: no JSON can carry it and
/// sweepedit would not read the saved file back.
func setParameter(_ s: inout EditorState, _ id: ParameterID, _ setting: Setting) {
    var space = s.document.space
    // an empty space (an AutoMode job) gets its first subspace with its first setting
    if space.subspaces.isEmpty, s.subspace == 0, !setting.isUnset { space.subspaces = [Subspace()] }
    guard space.subspaces.indices.contains(s.subspace) else { return }
    if let text = nonFiniteNumber(in: setting) {
        s.status = StatusMessage("\(id.name): that would make a bound \(text), which no file can hold; not changed", .error)
        return
    }
    space.subspaces[s.subspace][id] = setting
    commitSpace(&s, space)
}

/// The first NaN or infinity a setting holds, as text.
func nonFiniteNumber(in setting: Setting) -> String? {
    let numbers: [Double]
    switch setting {
    case .unset: numbers = []
    case .fixed(let v): numbers = v.number.map { [$0] } ?? []
    case .swept(.choice(let values)): numbers = values.compactMap(\.number)
    case .swept(let d): numbers = d.parameters.map(\.double)
    }
    return numbers.first { !$0.isFinite }.map { $0.isNaN ? "NaN" : ($0 < 0 ? "-infinity" : "infinity") }
}

/// f, d, x, t, T, Space and F on the selected row.
func changeSetting(_ s: inout EditorState, _ command: Command) {
    guard let row = s.selectedRow else { return }
    // an empty space (a new AutoMode job) lists the parameters: f and d make its first subspace
    // with their setting (setParameter); nothing else has a setting to change
    let makes = command == .makeFixed || command == .makeDistribution
    guard s.document.space.subspaces.indices.contains(s.subspace) || (makes && s.document.space.subspaces.isEmpty) else {
        s.status = StatusMessage(Availability.noSubspace)
        return
    }
    guard let id = row.parameter else {
        if command == .unset {
            var space = s.document.space
            space.update(.subspace(s.subspace)) { $0.unknownKeys.removeAll { $0.name == row.name } }
            commitSpace(&s, space)
            s.status = StatusMessage("removed \(row.name)")
        } else if command == .applyFix {
            applyFix(&s, row)
        }
        return
    }
    let spec = Catalogue.spec(id)
    let current = s.document.space.subspace(.subspace(s.subspace))?[id] ?? .unset
    switch command {
    case .makeFixed:
        if current.fixedValue != nil {
            s.status = StatusMessage("\(id.name) is already fixed; Enter edits the value")
            return
        }
        setParameter(&s, id, .fixed(SettingDefaults.fixedValue(id, current: current, space: s.document.space)))
    case .makeDistribution:
        if current.distribution != nil {
            s.status = StatusMessage("\(id.name) is already swept; t changes the kind, Enter edits it")
            return
        }
        setParameter(&s, id, .swept(SettingDefaults.distribution(id, current: current, space: s.document.space)))
    case .unset:
        setParameter(&s, id, .unset)
    case .nextKind, .previousKind:
        guard let d = current.distribution else { return }
        let kinds = spec.kind.acceptedDistributionKinds
        let at = kinds.firstIndex(of: d.kind) ?? -1
        let step = command == .nextKind ? 1 : -1
        let next = kinds[((at + step) % kinds.count + kinds.count) % kinds.count]
        let before = s.document.space
        setParameter(&s, id, .swept(SettingDefaults.convert(d, to: next, spec: spec)))
        guard s.document.space != before else { return }  // refused, and said why
        s.status = StatusMessage("\(id.name): \(next.rawValue) (\(kinds.count) kinds; t next, T previous)")
    case .flipBool:
        guard let v = current.fixedValue, let b = Coercion.bool(v) else { return }
        setParameter(&s, id, .fixed(.bool(!b)))
    case .applyFix:
        applyFix(&s, row)
    default:
        return
    }
}

/// F: applies the first fix offered for the row.
func applyFix(_ s: inout EditorState, _ row: Row) {
    guard let fix = s.diagnostics(for: row).first(where: { $0.fix != nil })?.fix else { return }
    var space = s.document.space
    fix.edit.apply(to: &space)
    commitSpace(&s, space)
    if case .renameKey(_, _, let to) = fix.edit { select(&s, .parameter(to)) }
    s.status = StatusMessage("fixed: " + fix.description)
}

/// ] [ a D: moving between, adding and deleting subspaces.
func changeSubspace(_ s: inout EditorState, _ command: Command) {
    let count = s.document.space.subspaces.count
    switch command {
    case .nextSubspace where count == 0, .previousSubspace where count == 0:
        s.status = StatusMessage(Availability.noSubspace)
    case .nextSubspace:
        s.subspace = (s.subspace + 1) % count
    case .previousSubspace:
        s.subspace = (s.subspace - 1 + count) % count
    case .addSubspace, .addEmptySubspace:
        var space = s.document.space
        let copies = command == .addSubspace && space.subspaces.indices.contains(s.subspace)
        let copy = copies ? space.subspaces[s.subspace] : Subspace()
        // after the current one; in an empty space, the first
        let at = space.subspaces.isEmpty ? 0 : min(s.subspace + 1, space.subspaces.count)
        space.subspaces.insert(copy, at: at)
        commitSpace(&s, space)
        s.subspace = at
        s.status = StatusMessage(copies ? "added subspace \(at + 1): a copy of subspace \(at)"
                                        : "added subspace \(at + 1), empty: Azure's defaults apply")
    case .deleteSubspace:
        s.overlay = .confirmDelete
    default:
        break
    }
    keepSelectionVisible(&s)
}

/// y in the delete question.
func deleteCurrentSubspace(_ s: inout EditorState) {
    var space = s.document.space
    guard space.subspaces.count > 1, space.subspaces.indices.contains(s.subspace) else { return }
    let gone = s.subspace
    space.subspaces.remove(at: gone)
    commitSpace(&s, space)
    s.status = StatusMessage("deleted subspace \(gone + 1); u brings it back")
}

/// u and Ctrl-R: says what changed back or again, and shows it (its subspace, its row).
func travel(_ s: inout EditorState, _ command: Command) {
    let before = s.document.space
    if command == .undo, let previous = s.undoStack.popLast() {
        s.redoStack.append(before)
        s.document.space = previous
    } else if command == .redo, let next = s.redoStack.popLast() {
        s.undoStack.append(before)
        s.document.space = next
    }
    let verb = command == .undo ? "undo" : "redo"
    let change = SpaceChange.between(before, s.document.space)
    if let k = change?.subspace { s.subspace = k }
    s.subspace = max(0, min(s.subspace, s.document.space.subspaces.count - 1))
    if let row = change?.row {
        if !s.rows.contains(row) { s.filter = "" }
        select(&s, row)
    }
    keepSelectionVisible(&s)
    revalidate(&s)
    if let change { s.status = StatusMessage("\(verb): \(change.text)") }
}
