import Editor
import Foundation
import SearchSpace

/// Recovery files: the unsaved state of an editing session, written when the session dies
/// (SIGHUP when SSH drops, SIGTERM, SIGINT) and offered at the next start on the same file.
///
/// Where: `$XDG_STATE_HOME/sweepedit/recovery/` (default `~/.local/state/sweepedit/recovery/`),
/// one file per edited path, named `<basename>-<hash of the absolute path>.recovery`. The
/// edited file itself is never touched. Format: one header line
/// `#sweepedit-recovery v1 <JSON object: path, saved_at, form>` then the document's full text
/// in the form it was opened in (what `s` would have written).
public struct RecoveryStore: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The default store, from the environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> RecoveryStore {
        let base: String
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            base = state
        } else {
            base = (environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state"
        }
        return RecoveryStore(directory: base + "/sweepedit/recovery")
    }

    public typealias Entry = RecoveryEntry

    /// The recovery file's path for an edited file (absolute or relative), or an untitled session.
    public func recoveryPath(for path: String?) -> String {
        guard let path else { return directory + "/untitled.recovery" }
        let absolute = Self.absolute(path)
        let name = URL(fileURLWithPath: absolute).lastPathComponent
        return directory + "/\(name)-\(Self.hash(absolute)).recovery"
    }

    /// Writes the unsaved text of a session (atomically; the edited file is not touched).
    public func write(text: String, for path: String?, form: FileForm, now: Date = Date()) throws {
        try Self.makeFolders(directory)
        var header = "{\"path\": " + (path.map { JSONText.string(Self.absolute($0)) } ?? "null")
        header += ", \"saved_at\": \(now.timeIntervalSince1970)"
        header += ", \"form\": \(JSONText.string(form.label))}"
        try AtomicFile.write("#sweepedit-recovery v1 \(header)\n" + text, to: recoveryPath(for: path))
    }

    /// mkdir -p, with the system's reason on failure ("Not a directory"), where Foundation's
    /// error on Linux reads "The operation could not be completed".
    static func makeFolders(_ path: String) throws {
        var made = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            made += "/" + part
            if mkdir(made, 0o755) != 0 && errno != EEXIST {
                throw AtomicFile.Failure(description: "\(made): cannot create the folder: \(String(cString: strerror(errno)))")
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw AtomicFile.Failure(description: "\(path): cannot create the folder: \(String(cString: strerror(ENOTDIR)))")
        }
    }

    /// The pending recovery for a path, if any.
    public func pending(for path: String?) -> Entry? {
        let file = recoveryPath(for: path)
        guard let data = FileManager.default.contents(atPath: file),
              let content = String(data: data, encoding: .utf8),
              let newline = content.firstIndex(of: "\n") else { return nil }
        let headerLine = content[..<newline]
        let prefix = "#sweepedit-recovery v1 "
        guard headerLine.hasPrefix(prefix),
              let json = try? JSONSerialization.jsonObject(with: Data(headerLine.dropFirst(prefix.count).utf8))
                as? [String: Any] else { return nil }
        return Entry(file: file, originalPath: json["path"] as? String,
                     savedAt: json["saved_at"] as? Double ?? 0,
                     text: String(content[content.index(after: newline)...]))
    }

    /// Removes the recovery file of a path (after recovering or discarding it).
    public func discard(for path: String?) {
        unlink(recoveryPath(for: path))
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/" + path).standardizedFileURL.path
    }

    /// FNV-1a, 64 bits, hex: stable across runs and machines (Swift's Hasher is seeded per process).
    static func hash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
