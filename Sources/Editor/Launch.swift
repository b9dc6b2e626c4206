/// What the runtime knows when the editor starts and the editor shows or keeps: given once,
/// to `EditorState.init`; the runtime never writes into the state afterwards.
public struct Launch: Hashable, Sendable {
    /// The file's stamp taken before it was read (nil: a new space, or not known).
    public var stamp: FileStamp?
    /// Said in the status line at start (a theme that could not be loaded).
    public var warning: String?
    /// The terminal draws ASCII only (TerminalUI's capabilities): pictures use ASCII forms.
    public var asciiOnly: Bool
    /// The trials the preview draws (the user's config file), nil for the default.
    public var previewTrials: Int?

    public init(stamp: FileStamp? = nil, warning: String? = nil, asciiOnly: Bool = false, previewTrials: Int? = nil) {
        self.stamp = stamp
        self.warning = warning
        self.asciiOnly = asciiOnly
        self.previewTrials = previewTrials
    }
}
