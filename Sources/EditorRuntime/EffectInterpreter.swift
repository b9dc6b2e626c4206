import Editor
import Foundation
import SearchSpace

/// Performs the editor's effects on the real file system and answers with the actions the
/// pure editor expects. Every disk effect of the editor is here (and in Files/).
struct EffectInterpreter {
    let store: RecoveryStore

    func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .quit, .suspend:
            return []  // the run loop's own (it owns the terminal)
        case .write(let request):
            return [.wrote(Self.write(request))]
        case .safety(let effect):
            return perform(effect)
        }
    }

    /// Writes a file atomically. When the request says what the file must still be, it is
    /// checked once, just before writing: a file another program changed or deleted is not
    /// overwritten, and the answer carries its text for the editor to show.
    static func write(_ request: FileWrite) -> WriteOutcome {
        if let expected = request.expected {
            let verdict = DiskCheck.verdict(path: request.path, stamp: expected.stamp, text: expected.text ?? "")
            if verdict != .unchanged {
                let text = verdict == .changed ? try? TextFile.read(request.path) : nil
                return WriteOutcome(request, .conflict(DiskReport(path: request.path, verdict: verdict, text: text)))
            }
        }
        do {
            try AtomicFile.write(request.text, to: request.path)
            return WriteOutcome(request, .written(FileStamp.of(request.path)))
        } catch {
            return WriteOutcome(request, .failed("\(error)"))
        }
    }
}
