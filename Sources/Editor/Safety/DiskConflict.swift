import SearchSpace

/// What `s` found: the file changed (or vanished) since it was read or last saved. Nothing
/// was written; the overlay shows what the other program changed and asks what to do.
public struct DiskConflict: Hashable, Sendable {
    public var path: String
    /// The file is gone (deleted or moved away).
    public var deleted: Bool
    /// The other program's change: the file as last read or saved → as it is now, "- "/"+ "
    /// lines (at most `DiskConflict.diffLimit`).
    public var changes: [String]
    /// The refused write was "save, then quit": `o` overwriting finishes it.
    public var thenQuit: Bool

    static let diffLimit = 200

    public init(path: String, deleted: Bool, changes: [String], thenQuit: Bool = false) {
        self.path = path
        self.deleted = deleted
        self.changes = changes
        self.thenQuit = thenQuit
    }

    /// The conflict a disk check reported, against the text the editor last read or saved.
    public init(report: DiskReport, baselineText: String, thenQuit: Bool = false) {
        let deleted = report.verdict == .deleted || report.text == nil
        self.init(path: report.path, deleted: deleted,
                  changes: deleted ? [] : LineDiff.changes(from: baselineText, to: report.text ?? "", limit: Self.diffLimit),
                  thenQuit: thenQuit)
    }

    /// The file's name without its folder, as the header shows it.
    var name: String { fileName(path) }

    /// The overlay's text above the keys.
    var summary: [String] {
        if deleted {
            return ["\(name) was deleted or moved away since it was opened or last",
                    "saved. Nothing was written."]
        }
        var lines = ["\(name) changed on disk since it was opened or last saved (another",
                     "program wrote it). Nothing was written. Their change:"]
        if changes.isEmpty { lines.append("  (only line endings or spacing differ)") }
        return lines
    }
}
