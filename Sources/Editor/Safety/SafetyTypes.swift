import SearchSpace

/// What the file looked like on disk when it was last read or saved: `s` compares the file
/// with it before writing, so another program's change is never overwritten silently.
public struct DiskBaseline: Hashable, Sendable {
    /// The file's stamp then (nil: not known; the check then compares the bytes).
    public var stamp: FileStamp?
    /// The file's text then; nil means the document's `originalText` (a recovered document
    /// has the recovery's text there, so it sets this to the file's text).
    public var text: String?
    public init(stamp: FileStamp? = nil, text: String? = nil) {
        self.stamp = stamp
        self.text = text
    }
}

/// The file I/O that the safety features ask the runtime for (see `Effect.safety`).
public enum SafetyEffect: Hashable, Sendable {
    /// Read the file again and answer `.reloaded`.
    case reload(path: String)
    /// Remove one recovery file (the user chose d, r or k for it, or saved the edits it holds).
    /// Never a whole path's: another session's recovery file of the same path stays.
    case discardRecovery(file: String)
    /// Write recovered text beside the file (`FILE.recovered`, or the first free
    /// `FILE.recovered-N`) and answer `.keptRecovered`. Nil path: `untitled.recovered` in the
    /// current folder. `recoveryFile` is the recovery it came from (removed once written).
    case keepRecovered(path: String?, text: String, recoveryFile: String)
}

/// What the runtime found when checking the file before a save (`WriteOutcome.conflict`).
public struct DiskReport: Hashable, Sendable {
    public var path: String
    public var verdict: DiskCheck.Verdict
    /// The file's text now (nil when deleted or unreadable).
    public var text: String?
    public init(path: String, verdict: DiskCheck.Verdict, text: String?) {
        self.path = path
        self.verdict = verdict
        self.text = text
    }
}

/// The runtime's answers to `SafetyEffect`s, and the recovery found at start.
public enum SafetyResult: Hashable, Sendable {
    /// The file read again: its text and stamp, or why it could not be read.
    case reloaded(path: String, text: String?, stamp: FileStamp?, error: String?)
    /// The recovery files of this session's path, found at start (oldest first), and those
    /// that exist but cannot be read; `now` (seconds since 1970) says how long ago each was
    /// written.
    case recoveryFound([RecoveryEntry], unreadable: [UnreadableRecovery], now: Double)
    /// The recovered text of `recoveryFile` was written to `path` (or could not be: `error`).
    case keptRecovered(path: String, recoveryFile: String, error: String?)
}

/// The safety overlays: each one asks a question before anything is written or lost.
public enum SafetyOverlay: Hashable, Sendable {
    /// `s` found the file changed (or deleted) by another program: nothing was written.
    case diskChanged(DiskConflict)
    /// r in that overlay with unsaved edits: reloading drops them, so it asks.
    case confirmReload(DiskConflict)
    /// At start: unsaved edits of a session that died.
    case recoveryOffer(RecoveryOffer)

    /// The keymap mode the overlay reads keys in.
    public var mode: Mode {
        switch self {
        case .diskChanged: return .diskChanged
        case .confirmReload: return .confirmReload
        case .recoveryOffer: return .recoveryOffer
        }
    }
}

/// Edits recovered with r: their recovery file is removed once a save holds them.
public struct RecoveredEdits: Hashable, Sendable {
    public var file: String
    /// The space the recovery file held.
    public var space: SearchSpace

    public init(file: String, space: SearchSpace) {
        self.file = file
        self.space = space
    }
}
