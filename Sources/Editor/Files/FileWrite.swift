import SearchSpace

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
