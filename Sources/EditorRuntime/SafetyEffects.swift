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
        case .discardRecovery(let file):
            store.discard(file: file)
            return []
        case .keepRecovered(let path, let text, let recoveryFile):
            let target = Self.freeName((path ?? "untitled") + ".recovered")
            do {
                // a copy of a private file is as private as the file (never wider)
                try AtomicFile.write(text, to: target, mode: path.flatMap(Self.permissions))
                return [.safety(.keptRecovered(path: target, recoveryFile: recoveryFile, error: nil))]
            } catch {
                return [.safety(.keptRecovered(path: target, recoveryFile: recoveryFile, error: "\(error)"))]
            }
        }
    }

    /// A file's read/write permission bits (no execute, no set-id), nil when it is not there.
    static func permissions(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o666 : nil
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

    /// The recoveries left by sessions on this path that died, as the action that offers
    /// them (and names the ones that cannot be read).
    func startupOffer(for path: String?) -> Action? {
        let found = store.pending(for: path)
        guard !found.entries.isEmpty || !found.unreadable.isEmpty else { return nil }
        return .safety(.recoveryFound(found.entries, unreadable: found.unreadable, now: Date().timeIntervalSince1970))
    }
}
