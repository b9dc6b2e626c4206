import Editor
import Foundation
import SearchSpace

/// The editor's safety effects (Sources/Editor/Safety): checking and reading the file again,
/// recovery files.
extension EffectInterpreter {
    func perform(_ effect: SafetyEffect) -> [Action] {
        switch effect {
        case .reload(let path):
            let stamp = FileStamp.of(path)
            do {
                let text = try TextFile.read(path)
                return [.safety(.reloaded(path: path, text: text, stamp: stamp, error: nil))]
            } catch {
                return [.safety(.reloaded(path: path, text: nil, stamp: nil, error: error.description))]
            }
        case .discardRecovery(let path):
            store.discard(for: path)
            return []
        case .keepRecovered(let path, let text):
            let target = Self.freeName((path ?? "untitled") + ".recovered")
            do {
                try AtomicFile.write(text, to: target)
                return [.safety(.keptRecovered(path: target, error: nil))]
            } catch {
                return [.safety(.keptRecovered(path: target, error: "\(error)"))]
            }
        }
    }

    /// `base`, or `base-2`, `base-3`… : an earlier kept copy is never overwritten.
    static func freeName(_ base: String) -> String {
        var candidate = base
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    /// The recovery left by a session on this path that died, as the action that offers it.
    func startupOffer(for path: String?) -> Action? {
        guard let entry = store.pending(for: path) else { return nil }
        return .safety(.recoveryFound(entry, now: Date().timeIntervalSince1970))
    }
}
