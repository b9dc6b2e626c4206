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
