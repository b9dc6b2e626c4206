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

/// Sets one parameter of the current subspace.
func setParameter(_ s: inout EditorState, _ id: ParameterID, _ setting: Setting) {
    var space = s.document.space
    // an empty space (an AutoMode job) gets its first subspace with its first setting
    if space.subspaces.isEmpty, s.subspace == 0, !setting.isUnset { space.subspaces = [Subspace()] }
    guard space.subspaces.indices.contains(s.subspace) else { return }
    space.subspaces[s.subspace][id] = setting
    commitSpace(&s, space)
}

/// f, d, x, t, T, Space and F on the selected row.
func changeSetting(_ s: inout EditorState, _ command: Command) {
    guard let row = s.selectedRow else { return }
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
        let kinds = SettingDefaults.allowedKinds(spec)
        let at = kinds.firstIndex(of: d.kind) ?? -1
        let step = command == .nextKind ? 1 : -1
        let next = kinds[((at + step) % kinds.count + kinds.count) % kinds.count]
        setParameter(&s, id, .swept(SettingDefaults.convert(d, to: next, spec: spec)))
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
    case .nextSubspace:
        s.subspace = (s.subspace + 1) % count
    case .previousSubspace:
        s.subspace = (s.subspace - 1 + count) % count
    case .addSubspace, .addEmptySubspace:
        var space = s.document.space
        let copy = command == .addSubspace && space.subspaces.indices.contains(s.subspace) ? space.subspaces[s.subspace] : Subspace()
        space.subspaces.insert(copy, at: min(s.subspace + 1, space.subspaces.count))
        commitSpace(&s, space)
        s.subspace += 1
        s.status = StatusMessage(command == .addSubspace ? "added subspace \(s.subspace + 1): a copy of subspace \(s.subspace)"
                                                         : "added subspace \(s.subspace + 1), empty: Azure's defaults apply")
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

/// u and Ctrl-R.
func travel(_ s: inout EditorState, _ command: Command) {
    if command == .undo, let previous = s.undoStack.popLast() {
        s.redoStack.append(s.document.space)
        s.document.space = previous
        s.status = StatusMessage("undone (C-r redoes)")
    } else if command == .redo, let next = s.redoStack.popLast() {
        s.undoStack.append(s.document.space)
        s.document.space = next
        s.status = StatusMessage("redone")
    }
    s.subspace = max(0, min(s.subspace, s.document.space.subspaces.count - 1))
    keepSelectionVisible(&s)
    revalidate(&s)
}
