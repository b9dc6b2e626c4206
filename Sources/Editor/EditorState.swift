import SearchSpace

/// Editing the fields of one parameter's setting: Esc puts `original` back, Enter keeps the
/// typed values. Diagnostics follow the candidate on every keystroke.
public struct EditSession: Hashable, Sendable {
    public var parameter: ParameterID
    /// The setting before editing began (unset when Enter opened an unset parameter).
    public var original: Setting
    /// The setting whose fields are being typed (a fixed default for an unset parameter).
    public var base: Setting
    public var fields: [FieldSpec]
    /// One buffer per field; unchanged buffers keep their field's exact value.
    public var buffers: [TextBuffer]
    public var focus: Int
    /// What the typed text means now, and why some field cannot mean anything yet.
    public var candidate: Setting
    public var problems: [Int: String]

    public var buffer: TextBuffer {
        get { buffers[focus] }
        set { buffers[focus] = newValue }
    }
}

/// What a path prompt is for.
public enum PromptPurpose: Hashable, Sendable {
    case saveAs
    /// Save as, opened by "save, then quit" on a new space: the editor quits once written.
    case saveAsThenQuit
    case export(ExportFormat)
}

/// The one thing drawn over the main screen, if any (impossible combinations cannot exist).
public enum Overlay: Hashable, Sendable {
    case editing(EditSession)
    case filter(TextBuffer)
    case help(scroll: Int)
    case confirmQuit
    case confirmDelete
    /// The runtime asks before a write (a file that exists, is read-only, or has another owner).
    case confirmWrite(FileWrite, WriteQuestion)
    case chooseExport
    case prompt(PromptPurpose, TextBuffer)
    case message(String)
    /// The file changed on disk, or unsaved edits to recover (Sources/Editor/Safety).
    case safety(SafetyOverlay)
    /// Every sampled trial, full screen (P; Sources/Editor/Preview/TrialsView.swift).
    case trials(TrialsPosition)
}

/// A line of news for the status line (cleared by the next key).
public struct StatusMessage: Hashable, Sendable {
    public enum Tone: Hashable, Sendable { case info, error }
    public var text: String
    public var tone: Tone
    public init(_ text: String, _ tone: Tone = .info) {
        self.text = text
        self.tone = tone
    }
}

/// Everything the editor knows. `update` changes it; `view` draws it.
public struct EditorState: Equatable, Sendable {
    public var document: Document
    /// The subspace shown (0-based).
    public var subspace = 0
    /// The selected row among the visible (filtered) rows.
    public var selection = 0
    /// The first visible row of the list.
    public var scroll = 0
    /// The name filter (empty: every parameter).
    public var filter = ""
    public var overlay: Overlay?
    public var undoStack: [SearchSpace] = []
    public var redoStack: [SearchSpace] = []
    /// Findings for the space as shown (the candidate while a field is being typed).
    public var diagnostics: [Diagnostic] = [] {
        didSet { findings = Findings(diagnostics) }
    }
    /// The same findings, counted and sorted by row for drawing.
    public private(set) var findings = Findings([])
    public var status: StatusMessage?
    public var size: Size
    /// The file as last read or saved, for the changed-on-disk check before `s`.
    public var disk = DiskBaseline()
    /// The preview pane (p): shown or not, its seed, its last sample (Preview/).
    public var preview = PreviewState()
    /// The terminal draws ASCII only (TerminalUI's capabilities): pictures use ASCII forms.
    public var asciiOnly = false

    public init(document: Document, size: Size = Size(width: 80, height: 24), launch: Launch = Launch()) {
        self.document = document
        self.size = size
        disk.stamp = launch.stamp
        asciiOnly = launch.asciiOnly
        status = launch.warning.map { StatusMessage($0, .error) }
        if status == nil, document.isAutoMode {  // the note in full is a finding: n shows it
            status = StatusMessage("AutoMode: Azure picks models and hyperparameters; a setting starts a sweep (n)")
        }
        diagnostics = Validator.check(document)
        findings = Findings(diagnostics)
    }

    /// Unsaved changes: the space differs from the one last read or saved.
    public var isDirty: Bool { document.space != document.originalSpace }

    /// The space as shown: the document's, with the field being typed applied.
    public var shownSpace: SearchSpace {
        guard case .editing(let session)? = overlay else { return document.space }
        var space = document.space
        if space.subspaces.indices.contains(subspace) { space.subspaces[subspace][session.parameter] = session.candidate }
        return space
    }

    public var currentSubspace: Subspace {
        let space = shownSpace
        return space.subspaces.indices.contains(subspace) ? space.subspaces[subspace] : Subspace()
    }

    public var rows: [Row] { Row.rows(of: currentSubspace, filter: filter) }

    public var selectedRow: Row? {
        let rows = rows
        return rows.indices.contains(selection) ? rows[selection] : nil
    }

    public var selectedParameter: ParameterID? { selectedRow?.parameter }

    public var editSession: EditSession? {
        if case .editing(let s)? = overlay { return s }
        return nil
    }

    /// The findings about a row of the current subspace.
    public func diagnostics(for row: Row) -> [Diagnostic] {
        findings.row(row.name, of: subspace)
    }

    /// The mode the keymap is read in.
    public var mode: Mode {
        switch overlay {
        case nil, .message?: return .browse
        case .editing?: return .editing
        case .filter?: return .filter
        case .help?: return .help
        case .confirmQuit?: return .confirmQuit
        case .confirmDelete?: return .confirmDelete
        case .confirmWrite?: return .confirmWrite
        case .chooseExport?: return .chooseExport
        case .prompt?: return .prompt
        case .safety(let overlay)?: return overlay.mode
        case .trials?: return .trials
        }
    }
}
