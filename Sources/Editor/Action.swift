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

/// A file the editor asks the runtime to write (atomically).
public struct FileWrite: Hashable, Sendable {
    public var path: String
    public var text: String
    public var purpose: WritePurpose
    /// What the file must still be (its stamp and text when last read or saved): the runtime
    /// checks it once, just before writing, and answers `.conflict` instead of overwriting a
    /// file another program changed. nil: a new file, or `o` (overwrite whatever is there).
    public var expected: DiskBaseline?
    /// Quit once the file is written (q, then s); a failed or refused write keeps the editor.
    public var thenQuit: Bool
    /// The file must not exist yet: replacing one is a question (save as, export).
    public var isNew: Bool
    /// Questions the user answered yes to: the runtime does not ask them again.
    public var confirmed: Set<WriteQuestion>

    public init(path: String, text: String, purpose: WritePurpose, expected: DiskBaseline? = nil, thenQuit: Bool = false,
                isNew: Bool = false, confirmed: Set<WriteQuestion> = []) {
        self.path = path
        self.text = text
        self.purpose = purpose
        self.expected = expected
        self.thenQuit = thenQuit
        self.isNew = isNew
        self.confirmed = confirmed
    }
}

/// What became of a `FileWrite`.
public struct WriteOutcome: Hashable, Sendable {
    public enum Result: Hashable, Sendable {
        /// Written; the stamp is the baseline of the next changed-on-disk check. `note` says
        /// what else happened that the user should know (hard links left with the old text).
        case written(FileStamp?, note: String? = nil)
        /// Not written yet: the user must answer a question first.
        case ask(WriteQuestion)
        /// Not written: the file is not what `expected` says (changed or deleted).
        case conflict(DiskReport)
        /// Not written, and why.
        case failed(String)
    }
    public var request: FileWrite
    public var result: Result

    public init(_ request: FileWrite, _ result: Result) {
        self.request = request
        self.result = result
    }
}

/// The only I/O the editor asks for; the runtime performs it and answers with an Action.
public enum Effect: Hashable, Sendable {
    /// Write a file (see `FileWrite`) and answer `.wrote`.
    case write(FileWrite)
    case quit
    /// Checking the file on disk, reloading it, recovery files (Sources/Editor/Safety).
    case safety(SafetyEffect)
    /// Ctrl-Z: give the terminal back to the shell until `fg`, then draw again (the runtime
    /// answers with `.resized`: the window may have changed meanwhile).
    case suspend
}
