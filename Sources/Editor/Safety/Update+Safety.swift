import SearchSpace

// The safety features as pure functions of the state: the runtime checks the disk, reads and
// writes files, and answers with `.safety` actions.

/// The text and stamp the file had when it was last read or saved.
func diskBaseline(_ s: EditorState) -> DiskBaseline {
    DiskBaseline(stamp: s.disk.stamp, text: s.disk.text ?? s.document.fileText)
}

/// Writing the document to a file, over what was last read or saved (`expected`), or over
/// whatever is there (`expected` nil: a new file, or o in the changed-on-disk overlay).
func writeDocument(_ s: EditorState, to path: String, expected: DiskBaseline?, thenQuit: Bool) -> FileWrite {
    FileWrite(path: path, text: DocumentWriter.save(s.document), purpose: .save, expected: expected, thenQuit: thenQuit)
}

/// The runtime's answers.
func finishSafety(_ s: inout EditorState, _ result: SafetyResult) -> [Effect] {
    switch result {
    case .reloaded(let path, let text, let stamp, let error):
        guard let text else {
            s.overlay = .message(notReloaded(error ?? "\(path) cannot be read"))
            return []
        }
        do {
            let fresh = try DocumentReader.read(text, path: path, node: s.document.pipelineStep)
            let changed = replaceDocument(&s, with: fresh)
            s.disk = DiskBaseline(stamp: stamp, text: nil)
            s.status = StatusMessage("reloaded \(path) as it is on disk" + (changed ? " (u brings your version back)" : ""))
        } catch {
            s.overlay = .message(notReloaded(error.description))
        }
        return []
    case .recoveryFound(let entry, let now):
        let fileText = s.document.path == nil ? DocumentWriter.save(s.document) : diskBaseline(s).text ?? ""
        // a recovery that holds what the file holds saves nothing: remove it without asking
        guard entry.text != fileText else { return [.safety(.discardRecovery(path: s.document.path))] }
        s.overlay = .safety(.recoveryOffer(RecoveryOffer(entry: entry, fileText: fileText, now: now)))
        return []
    case .keptRecovered(let path, let error):
        if let error {
            s.overlay = .message("Could not keep the edits beside the file:\n" + wrapped(error)
                + "\n\nThe recovery file stays; the next start offers it again.\nPress any key.")
            return []
        }
        s.status = StatusMessage("your unsaved edits are in \(path); "
            + (s.document.path == nil ? "this is a new space" : "the file opened as it is"))
        return [.safety(.discardRecovery(path: s.document.path))]
    }
}

/// The keys of the safety overlays.
func safetyCommand(_ s: inout EditorState, _ command: Command) -> [Effect] {
    guard case .safety(let overlay)? = s.overlay else { return [] }
    switch (command, overlay) {
    case (.reload, .diskChanged(let conflict)):
        if s.isDirty {
            s.overlay = .safety(.confirmReload(conflict))
            return []
        }
        s.overlay = nil
        return [.safety(.reload(path: conflict.path))]
    case (.reload, .confirmReload(let conflict)):
        s.overlay = nil
        return [.safety(.reload(path: conflict.path))]
    case (.overwrite, .diskChanged(let conflict)):
        s.overlay = nil
        return [.write(writeDocument(s, to: conflict.path, expected: nil, thenQuit: conflict.thenQuit))]
    case (.backToEditing, .diskChanged(let conflict)):
        s.overlay = nil
        s.status = StatusMessage("not saved: \(conflict.name) keeps the other program's version")
    case (.backToEditing, .confirmReload(let conflict)):
        s.overlay = .safety(.diskChanged(conflict))
    case (.recover, .recoveryOffer(let offer)):
        return recover(&s, offer)
    case (.discardRecovery, .recoveryOffer(let offer)):
        s.overlay = nil
        s.status = StatusMessage("discarded the unsaved edits from \(offer.savedAt)")
        return [.safety(.discardRecovery(path: s.document.path))]
    case (.keepBoth, .recoveryOffer(let offer)):
        s.overlay = nil
        return [.safety(.keepRecovered(path: s.document.path, text: offer.entry.text))]
    case (.backToEditing, .recoveryOffer(let offer)):
        s.overlay = nil
        s.status = StatusMessage("the unsaved edits stay in \(offer.entry.file) until a save")
    default:
        break
    }
    return []
}

/// r in the recovery offer: the recovered text becomes the document, unsaved (the file is
/// not touched until s); u goes back to the file's version.
func recover(_ s: inout EditorState, _ offer: RecoveryOffer) -> [Effect] {
    let recovered: Document
    do {
        recovered = try DocumentReader.read(offer.entry.text, path: s.document.path, node: s.document.pipelineStep)
    } catch {
        s.status = StatusMessage("the recovery file cannot be read (\(error.message)): d discards it, k keeps it", .error)
        return []
    }
    let fileText = diskBaseline(s).text
    let fileSpace = s.document.originalSpace
    let path = s.document.path
    replaceDocument(&s, with: recovered)
    // the baseline stays the file's: the recovered space is an unsaved change to it
    s.document.originalSpace = fileSpace
    s.document.path = path
    if path != nil { s.disk.text = fileText }
    s.status = StatusMessage("recovered your unsaved edits: s saves them, u undoes")
    return [.safety(.discardRecovery(path: path))]
}

/// A document read again (reload, recovery): the current space stays reachable with u.
/// Returns whether the space changed (and so can be undone).
@discardableResult
func replaceDocument(_ s: inout EditorState, with doc: Document) -> Bool {
    let changed = doc.space != s.document.space
    if changed {
        s.undoStack.append(s.document.space)
        s.redoStack.removeAll()
    }
    s.document = doc
    s.overlay = nil
    s.subspace = max(0, min(s.subspace, doc.space.subspaces.count - 1))
    keepSelectionVisible(&s)
    revalidate(&s)
    return changed
}

/// Why a safety key does nothing now (nil: it works).
func safetyDisabledReason(_ command: Command, _ s: EditorState) -> String? {
    if command == .reload, case .safety(.diskChanged(let conflict))? = s.overlay, conflict.deleted {
        return "the file is gone: nothing to reload (o writes it again, S saves elsewhere)"
    }
    return nil
}

func notReloaded(_ reason: String) -> String {
    "Not reloaded:\n" + wrapped(reason) + "\n\nYour edits are kept. Press any key."
}

/// A long message (an error with a path) broken into lines that fit a dialog at 80 columns.
func wrapped(_ text: String, width: Int = 68) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        if !line.isEmpty, line.count + 1 + word.count > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
        while line.count > width {
            lines.append(String(line.prefix(width)))
            line = String(line.dropFirst(width))
        }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
}
