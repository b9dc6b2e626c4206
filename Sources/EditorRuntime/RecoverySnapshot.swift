import Editor
import Foundation
import SearchSpace

/// What a dying session (SSH dropped, SIGTERM) writes to the recovery file: the latest
/// document, kept behind a lock because the signal handler may run on another thread.
final class RecoverySnapshot: @unchecked Sendable {
    private let lock = NSLock()
    private var document: Document
    private var dirty = false
    private let store: RecoveryStore

    init(_ document: Document, store: RecoveryStore) {
        self.document = document
        self.store = store
    }

    func update(_ document: Document, dirty: Bool) {
        lock.lock()
        defer { lock.unlock() }
        self.document = document
        self.dirty = dirty
    }

    /// Writes the recovery file when there are unsaved edits; returns what to tell the user.
    func write() -> String? {
        lock.lock()
        let doc = document, dirty = dirty
        lock.unlock()
        guard dirty else { return nil }
        do {
            try store.write(text: DocumentWriter.save(doc), for: doc.path, form: doc.form)
            let reopen = doc.path.map { "sweepedit " + shellWord($0) } ?? "sweepedit"
            return "sweepedit: unsaved edits kept in \(store.recoveryPath(for: doc.path)); "
                + "the next `\(reopen)` offers them back"
        } catch {
            return "sweepedit: unsaved edits lost, no recovery file: \(error)"
        }
    }
}

