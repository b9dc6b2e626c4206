import Editor
import Foundation
import SearchSpace

/// Performs the editor's effects on the real file system and answers with the actions the
/// pure editor expects. Every disk effect of the editor is here (and in Files/).
struct EffectInterpreter {
    let store: RecoveryStore

    func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .quit:
            return []
        case .write(let path, let text, let purpose, let expected):
            return [.wrote(Self.write(path: path, text: text, purpose: purpose, expected: expected))]
        case .safety(let effect):
            return perform(effect)
        }
    }

    /// Writes a file atomically, refusing to overwrite one that changed on disk since it was
    /// read or last saved.
    static func write(path: String, text: String, purpose: WritePurpose, expected: String?) -> WriteOutcome {
        var outcome = WriteOutcome(path: path, text: text, purpose: purpose)
        if let expected, let data = FileManager.default.contents(atPath: path), data != Data(expected.utf8) {
            outcome.error = "\(path) changed on disk since it was opened (another program wrote it)"
            return outcome
        }
        do {
            try AtomicFile.write(text, to: path)
            outcome.stamp = FileStamp.of(path)
        } catch {
            outcome.error = "\(error)"
        }
        return outcome
    }
}
