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
            let fresh = try PythonDocument.reread(text, path: path, as: s.document.form, node: s.document.pipelineStep)
            let changed = replaceDocument(&s, with: fresh)
            s.disk = DiskBaseline(stamp: stamp, text: nil)
            s.status = StatusMessage("reloaded \(path) as it is on disk" + (changed ? " (u brings your version back)" : ""))
        } catch {
            s.overlay = .message(notReloaded(error.description))
        }
        return []
    case .recoveryFound(let entries, let unreadable, let now):
        let fileText = s.document.path == nil ? DocumentWriter.save(s.document) : diskBaseline(s).text ?? ""
        // a recovery that holds what the file holds keeps no edits: removed without asking
        let alreadySaved = entries.filter { $0.text == fileText && $0.typing.isEmpty }
        let offered = entries.filter { !alreadySaved.contains($0) }
        if !offered.isEmpty {
            s.overlay = .safety(.recoveryOffer(RecoveryOffer(entries: offered, unreadable: unreadable,
                                                             fileText: fileText, now: now)))
        } else if !unreadable.isEmpty {
            s.overlay = .message(unreadableRecoveries(unreadable))
        }
        return alreadySaved.map { .safety(.discardRecovery(file: $0.file)) }
    case .keptRecovered(let path, let recoveryFile, let error):
        if let error {
            let text = "Could not keep the edits beside the file:\n" + wrapped(error)
                + "\n\nThe recovery file stays; the next start offers it again."
            // another recovery still on offer stays open; the reason goes to the status line
            if case .safety(.recoveryOffer)? = s.overlay {
                s.status = StatusMessage("could not keep the edits: \(error); the recovery file stays", .error)
            } else {
                s.overlay = .message(text + "\nPress any key.")
            }
            return []
        }
        s.status = StatusMessage("your unsaved edits are in \(path); "
            + (s.document.path == nil ? "this is a new space" : "the file opened as it is"))
        return [.safety(.discardRecovery(file: recoveryFile))]
    }
}

/// Recovery files of this path that cannot be read, said once at start: they stay on disk.
func unreadableRecoveries(_ files: [UnreadableRecovery]) -> String {
    let head = files.count == 1 ? "A recovery file of this file cannot be read:" : "\(files.count) recovery files of this file cannot be read:"
    return ([head] + files.map { wrapped($0.file + ": " + $0.reason) }
        + ["", "They are left as they are (nothing was removed).", "Press any key."]).joined(separator: "\n")
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
        s.overlay = offer.removingChosen().map { .safety(.recoveryOffer($0)) }
        s.status = StatusMessage("discarded the unsaved edits from \(offer.savedAt)")
        return [.safety(.discardRecovery(file: offer.entry.file))]
    case (.keepBoth, .recoveryOffer(let offer)):
        s.overlay = offer.removingChosen().map { .safety(.recoveryOffer($0)) }
        return [.safety(.keepRecovered(path: s.document.path, text: offer.entry.text, recoveryFile: offer.entry.file))]
    case (.backToEditing, .recoveryOffer(let offer)):
        s.overlay = nil
        s.status = StatusMessage(offer.choices.count == 1
            ? "decided later: the recovery file stays; the next start offers it again"
            : "decided later: the \(offer.choices.count) recovery files stay; the next start offers them again")
    case (.moveDown, .recoveryOffer(var offer)), (.moveUp, .recoveryOffer(var offer)):
        offer.chosen = max(0, min(offer.choices.count - 1, offer.chosen + (command == .moveDown ? 1 : -1)))
        s.overlay = .safety(.recoveryOffer(offer))
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
        recovered = try PythonDocument.reread(offer.entry.text, path: s.document.path, as: s.document.form, node: s.document.pipelineStep)
    } catch {
        s.status = StatusMessage("the recovery file cannot be read (\(error.message)): d discards it, k keeps it", .error)
        return []
    }
    // Only the space is taken: the document stays the file's (its text, form and baseline), so
    // the recovered space is an unsaved change to the file, and a save (even after u) is
    // spliced into the file's own text, not into the recovery's.
    var edited = s.document
    edited.space = recovered.space
    replaceDocument(&s, with: edited)
    // the recovery file stays until a save holds its edits (a session dying now keeps them too)
    s.recovered.append(RecoveredEdits(file: offer.entry.file, space: recovered.space))
    let others = offer.choices.count - 1
    s.status = StatusMessage(others == 0 ? "recovered your unsaved edits: s saves them, u undoes"
        : "recovered your edits (s saves, u undoes); \(others) other recovery file\(others == 1 ? " stays" : "s stay")")
    return []
}

/// The recovery files whose edits a save just wrote: the recovered space was saved, or the
/// user built on it (it is in the undo history). Undone recoveries keep their file.
func recoveriesSaved(_ s: inout EditorState) -> [Effect] {
    let saved = s.recovered.filter { $0.space == s.document.space || s.undoStack.contains($0.space) }
    s.recovered.removeAll { saved.contains($0) }
    return saved.map { .safety(.discardRecovery(file: $0.file)) }
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
    if command == .moveDown || command == .moveUp, case .safety(.recoveryOffer(let offer))? = s.overlay, offer.choices.count < 2 {
        return "there is one recovery file to choose"
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
