import Editor
import Foundation
import SearchSpace

/// What a dying session (SSH dropped, SIGTERM) writes to its recovery file: the latest
/// content (the field being typed included), kept behind a lock because the signal handler
/// may run on another thread.
final class RecoverySnapshot: @unchecked Sendable {
    private let lock = NSLock()
    private var content: RecoveryContent
    private let store: RecoveryStore

    init(_ content: RecoveryContent, store: RecoveryStore) {
        self.content = content
        self.store = store
    }

    func update(_ content: RecoveryContent) {
        lock.lock()
        defer { lock.unlock() }
        self.content = content
    }

    /// Writes the recovery file when there are unsaved edits; returns what to tell the user.
    func write() -> String? {
        lock.lock()
        let content = content
        lock.unlock()
        guard content.isWorthKeeping else { return nil }
        let doc = content.document
        do {
            let written = try store.write(text: DocumentWriter.save(doc), for: doc.path, form: doc.form,
                                          typing: content.typing)
            let reopen = doc.path.map { "sweepedit " + shellWord($0) } ?? "sweepedit"
            let refused = written.refused.map { "sweepedit: \($0)\n" } ?? ""
            return refused + "sweepedit: unsaved edits kept in \(written.file); the next `\(reopen)` offers them back"
        } catch {
            return "sweepedit: unsaved edits lost, no recovery file: \(error)"
        }
    }
}
