import Editor
import Foundation
import SearchSpace

/// Recovery files: the unsaved state of an editing session, written when the session dies
/// (SIGHUP when SSH drops, SIGTERM, SIGINT) and offered at the next start on the same file.
///
/// Where: `$XDG_STATE_HOME/sweepedit/recovery/` (default `~/.local/state/sweepedit/recovery/`;
/// a relative XDG_STATE_HOME is ignored, as the XDG spec says). One file per session and
/// edited path, so two sessions never overwrite each other's:
/// `<basename>-<hash of the absolute path>.<pid>-<start time>.recovery`. Folders are made
/// 0700 and files written 0600, whatever the edited file's mode. A state folder owned by
/// another user or writable by others is refused; the recovery then goes to a private folder
/// `$TMPDIR/sweepedit-<uid>/recovery` (checked the same way), and the message says why. The
/// edited file itself is never touched. Format: one header line
/// `#sweepedit-recovery v1 <JSON object: path, saved_at, form, session, typing>` then the
/// document's full text in the form it was opened in (what `s` would have written).
public struct RecoveryStore: Sendable {
    public let directory: String
    /// Where recoveries go when `directory` is refused or cannot be made (nil: nowhere else).
    public let fallback: String?
    /// This session's part of its recovery files' names: pid and start time.
    public let session: String

    public init(directory: String, fallback: String? = nil, session: String = RecoveryStore.thisSession()) {
        self.directory = directory
        self.fallback = fallback
        self.session = session
    }

    /// "<pid>-<seconds since 1970>": a pid is reused, a pid and a start second are not.
    public static func thisSession(now: Date = Date()) -> String {
        "\(getpid())-\(Int(now.timeIntervalSince1970))"
    }

    /// The default store, from the environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> RecoveryStore {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSTemporaryDirectory()) + "/.local/state"
        }
        let temporary = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        return RecoveryStore(directory: base + "/sweepedit/recovery",
                             fallback: temporary + "/sweepedit-\(geteuid())/recovery")
    }

    public typealias Entry = RecoveryEntry

    /// What `pending` found: the recoveries of a path (oldest first), and its files that cannot
    /// be read.
    public struct Found: Sendable {
        public var entries: [Entry] = []
        public var unreadable: [UnreadableRecovery] = []
    }

    /// Where a recovery was written; `refused` says why the state folder was not used.
    public struct Written: Sendable {
        public var file: String
        public var refused: String?
    }

    /// This session's recovery file for an edited file (absolute or relative), or an untitled
    /// session, in `folder` (default: the state folder).
    public func recoveryPath(for path: String?, in folder: String? = nil) -> String {
        (folder ?? directory) + "/" + Self.stem(for: path) + "." + session + ".recovery"
    }

    /// The part of a recovery file's name every session on this path shares.
    static func stem(for path: String?) -> String {
        guard let path else { return "untitled" }
        let absolute = absolute(path)
        return URL(fileURLWithPath: absolute).lastPathComponent + "-" + hash(absolute)
    }

    /// Writes the unsaved text of this session (atomically, 0600; the edited file is not
    /// touched): in the state folder, or, when that is refused or cannot be made, in the
    /// fallback folder. Throws when neither can hold it, with both reasons.
    @discardableResult
    public func write(text: String, for path: String?, form: FileForm, typing: [String] = [],
                      now: Date = Date()) throws -> Written {
        var header = "{\"path\": " + (path.map { JSONText.string(Self.absolute($0)) } ?? "null")
        header += ", \"saved_at\": \(now.timeIntervalSince1970)"
        header += ", \"form\": \(JSONText.string(form.label))"
        header += ", \"session\": \(JSONText.string(session))"
        header += ", \"typing\": [" + typing.map(JSONText.string).joined(separator: ", ") + "]}"
        let content = "#sweepedit-recovery v1 \(header)\n" + text
        do {
            try PrivateFolder.prepare(directory)
            let file = recoveryPath(for: path)
            try AtomicFile.write(content, to: file, mode: 0o600)
            return Written(file: file, refused: nil)
        } catch let first {
            guard let fallback else { throw first }
            do {
                try PrivateFolder.prepare(fallback)
                let file = recoveryPath(for: path, in: fallback)
                try AtomicFile.write(content, to: file, mode: 0o600)
                return Written(file: file, refused: "\(first)")
            } catch {
                throw AtomicFile.Failure(description: "\(first); and \(error)")
            }
        }
    }

    /// Every recovery of a path, from every session, in the state folder and the fallback.
    /// A refused folder is not read (its files may not be someone else's): its recovery
    /// files of this path are named as unreadable, with the folder's problem.
    public func pending(for path: String?) -> Found {
        var found = Found()
        let stem = Self.stem(for: path)
        for folder in [directory] + (fallback.map { [$0] } ?? []) {
            let refused = PrivateFolder.problem(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where Self.isRecovery(name, of: stem) {
                let file = folder + "/" + name
                if let refused {
                    found.unreadable.append(UnreadableRecovery(file: file, reason: "not read: " + refused))
                    continue
                }
                switch Self.read(file) {
                case .success(let entry):
                    // a hash shared by another path (never seen, but possible): not ours
                    if entry.originalPath == path.map(Self.absolute) { found.entries.append(entry) }
                case .failure(let problem):
                    found.unreadable.append(UnreadableRecovery(file: file, reason: problem.description))
                }
            }
        }
        found.entries.sort { $0.savedAt < $1.savedAt }
        return found
    }

    /// `<stem>.recovery` (before recovery files had sessions) or `<stem>.<session>.recovery`.
    static func isRecovery(_ name: String, of stem: String) -> Bool {
        guard name.hasPrefix(stem), name.hasSuffix(".recovery") else { return false }
        let rest = name.dropFirst(stem.count)
        return rest == ".recovery" || (rest.hasPrefix(".") && !rest.dropFirst().dropLast(".recovery".count).contains("."))
    }

    /// Why a recovery file cannot be read.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// One recovery file, or why it cannot be read.
    static func read(_ file: String) -> Result<Entry, Unreadable> {
        let content: String
        do {
            content = try TextFile.read(file)
        } catch {
            return .failure(Unreadable(description: error.message))
        }
        let prefix = "#sweepedit-recovery v1 "
        guard let newline = content.firstIndex(of: "\n"), content.hasPrefix(prefix),
              let json = try? JSONSerialization.jsonObject(with: Data(content[..<newline].dropFirst(prefix.count).utf8))
                as? [String: Any] else {
            return .failure(Unreadable(description: "its first line is not a sweepedit recovery header"))
        }
        return .success(Entry(file: file, originalPath: json["path"] as? String,
                              savedAt: json["saved_at"] as? Double ?? 0,
                              text: String(content[content.index(after: newline)...]),
                              typing: json["typing"] as? [String] ?? []))
    }

    /// Removes one recovery file (the user chose d, r or k for it, or a save holds its edits).
    public func discard(file: String) {
        unlink(file)
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
