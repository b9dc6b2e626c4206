/// The safety overlays: a box with what happened, a few diff lines and the keys, all keys
/// read from the keymap (the disabled ones left out).
enum SafetyView {
    static func draw(_ s: EditorState, _ overlay: SafetyOverlay, size: Size, into screen: inout Screen) {
        var head: [Span] = []
        var diff: [String] = []
        switch overlay {
        case .diskChanged(let conflict):
            head = [Span(conflict.deleted ? "File deleted on disk" : "File changed on disk", "dialog.title")]
                + conflict.summary.map { Span($0) }
            diff = conflict.changes
        case .confirmReload(let conflict):
            head = [Span("Reload \(conflict.name) from disk?", "dialog.title"),
                    Span("Your unsaved edits are dropped"), Span("(u brings them back).")]
        case .recoveryOffer(let offer):
            let name = s.document.path.map(fileName) ?? "The new space"
            head = [Span("Recover unsaved edits?", "dialog.title")] + offer.unreadableLines.map { Span($0, "diag.error") }
                + offer.summary(documentName: name).map { Span($0) }
            diff = offer.changes
            if diff.isEmpty { diff = ["  (only line endings or spacing differ)"] }
        }
        var keys: [Span] = []
        for binding in Keymap.bindings(in: overlay.mode) where Availability.disabledReason(binding.command, s) == nil {
            keys.append(Span(binding.keyLabel.padded(to: 5) + " " + binding.help))
        }
        let width = max(20, min(size.width - 2, 76))
        // the diff gets the rows left over (the footer stays visible), with a line saying how
        // much is not shown
        let room = max(0, min(12, size.height - 4 - head.count - 1 - keys.count))
        var shown = diff.prefix(room).map { Span("  " + $0) }
        if diff.count > room, room > 0 {
            let hidden = diff.count - (room - 1)
            shown = Array(shown.prefix(room - 1)) + [Span("  … and \(hidden) more changed line\(hidden == 1 ? "" : "s")")]
        }
        var lines = head + shown
        lines += [Span("")] + keys
        screen.drawBox(lines, width: width, maxHeight: size.height)
    }
}
