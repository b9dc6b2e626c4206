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

    /// Writes a file atomically (see `AtomicFile`). In order, before anything is written: the
    /// target is found (links followed, non-regular files refused); when the request says what
    /// the file must still be, it is checked once, and a file another program changed or
    /// deleted is not overwritten (the answer carries its text); a question the user has not
    /// answered yet (replace, read-only, owner) is asked.
    static func write(_ request: FileWrite) -> WriteOutcome {
        let target: WriteTarget
        do {
            target = try WriteTarget.resolve(request.path)
        } catch {
            return WriteOutcome(request, .failed(error.description))
        }
        if let expected = request.expected {
            let verdict = DiskCheck.verdict(path: target.path, stamp: expected.stamp, text: expected.text ?? "")
            if verdict != .unchanged {
                let text = verdict == .changed ? try? TextFile.read(target.path) : nil
                return WriteOutcome(request, .conflict(DiskReport(path: request.path, verdict: verdict, text: text)))
            }
        }
        if let question = target.questions(isNew: request.isNew).first(where: { !request.confirmed.contains($0) }) {
            return WriteOutcome(request, .ask(question))
        }
        do {
            let report = try AtomicFile.write(request.text, to: target)
            let links = report.otherLinks
            let note = links == 0 ? nil : links == 1
                ? "its other hard link keeps the old text" : "its \(links) other hard links keep the old text"
            return WriteOutcome(request, .written(FileStamp.of(target.path), note: note))
        } catch {
            return WriteOutcome(request, .failed(error.description))
        }
    }
}
