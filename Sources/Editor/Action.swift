import SearchSpace

/// Everything that can happen to the editor: a key, a resize, the result of an effect.
public enum Action: Hashable, Sendable {
    case key(Key)
    case resized(Size)
    /// The runtime wrote a file for an effect; `error` says why it could not.
    case wrote(WriteOutcome)
    /// The runtime's answer to a `.safety` effect, or a recovery file found at start.
    case safety(SafetyResult)
}

/// Why a file is written, so the result can be fed back.
public enum WritePurpose: Hashable, Sendable {
    /// s or S: the document now lives at the path.
    case save
    /// e: a copy in another form; the document does not change.
    case export(ExportFormat)
}

public struct WriteOutcome: Hashable, Sendable {
    public var path: String
    public var text: String
    public var purpose: WritePurpose
    public var error: String?
    /// The written file's stamp (the baseline for the next changed-on-disk check).
    public var stamp: FileStamp?
    public init(path: String, text: String, purpose: WritePurpose, error: String? = nil, stamp: FileStamp? = nil) {
        self.path = path
        self.text = text
        self.purpose = purpose
        self.error = error
        self.stamp = stamp
    }
}

/// The only I/O the editor asks for; the runtime performs it and answers with an Action.
public enum Effect: Hashable, Sendable {
    /// Write the text atomically. `expected` is what the file held when read or last saved
    /// (nil: a new file): the runtime refuses to overwrite a file someone else changed.
    case write(path: String, text: String, purpose: WritePurpose, expected: String?)
    case quit
    /// Checking the file on disk, reloading it, recovery files (Sources/Editor/Safety).
    case safety(SafetyEffect)
}
