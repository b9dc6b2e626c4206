/// What a file looked like on disk when it was read or saved, to notice a change made by
/// someone else before overwriting it. A value only: EditorRuntime reads it from the disk.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    public var inode: UInt64

    public init(size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }
}

/// Whether the file at a path still holds what the editor read or last saved (the check
/// itself is EditorRuntime's `DiskCheck.verdict`).
public enum DiskCheck {
    public enum Verdict: Equatable, Sendable {
        case unchanged
        /// Another program changed (or replaced) the file.
        case changed
        /// The file is gone.
        case deleted
    }
}

/// A recovery file found for a path: the unsaved edits of a session that died.
public struct RecoveryEntry: Hashable, Sendable {
    /// The recovery file itself.
    public var file: String
    /// The edited file it belongs to (absolute), or nil for a session without a file.
    public var originalPath: String?
    /// When it was written (seconds since 1970).
    public var savedAt: Double
    /// The document text to recover.
    public var text: String
    /// Fields that were being typed when the session ended and did not mean a value yet
    /// (`learning_rate, subspace 1: value "0.0.1"`): they are not in `text`, only shown.
    public var typing: [String]

    public init(file: String, originalPath: String?, savedAt: Double, text: String, typing: [String] = []) {
        self.file = file
        self.originalPath = originalPath
        self.savedAt = savedAt
        self.text = text
        self.typing = typing
    }
}

/// A file in the recovery folder that belongs to this path but cannot be read (permissions,
/// no header, not text): said once at start, never removed.
public struct UnreadableRecovery: Hashable, Sendable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
