import SearchSpace

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
        didSet { findings = Findings(diagnostics, space: document.space) }
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
    /// Recovery files whose edits r brought in: a save that holds them removes them.
    public var recovered: [RecoveredEdits] = []

    public init(document: Document, size: Size = Size(width: 80, height: 24), launch: Launch = Launch()) {
        self.document = document
        self.size = size
        disk.stamp = launch.stamp
        asciiOnly = launch.asciiOnly
        if let trials = launch.previewTrials { preview.trialCount = trials }
        preview.fileHasJob = document.form.shape == .job
        status = launch.warning.map { StatusMessage($0, .error) }
        if status == nil, document.isAutoMode {  // the note in full is a finding: n shows it
            status = StatusMessage("AutoMode: Azure picks models and hyperparameters; a setting starts a sweep (n)")
        }
        diagnostics = Validator.check(document)
        findings = Findings(diagnostics, space: document.space)
        // the list opens on the first hyperparameter, the sweep settings in view above it
        selection = Row.firstParameterIndex
        keepSelectionVisible(&self)
    }

    /// Unsaved changes: the space differs from the one last read or saved, in what a save
    /// writes (a file with no job keeps its sweep settings for the preview only).
    public var isDirty: Bool { document.spaceAsSaved != document.originalSpace }

    /// The space as shown: the document's, with the field being typed applied.
    public var shownSpace: SearchSpace {
        switch overlay {
        case .editing(let session)?:
            var space = document.space
            if space.subspaces.indices.contains(subspace) { space.subspaces[subspace][session.parameter] = session.candidate }
            return space
        case .editingSweep(let session)?:
            var space = document.space
            space.job = session.candidate
            return space
        default:
            return document.space
        }
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

    public var sweepEditSession: SweepEditSession? {
        if case .editingSweep(let s)? = overlay { return s }
        return nil
    }

    /// The findings about a row of the current subspace.
    public func diagnostics(for row: Row) -> [Diagnostic] {
        findings.row(row, of: subspace)
    }

    /// The mode the keymap is read in.
    public var mode: Mode {
        switch overlay {
        case nil, .message?: return .browse
        case .editing?, .editingSweep?: return .editing
        case .filter?: return .filter
        case .help?: return .help
        case .confirmQuit?: return .confirmQuit
        case .confirmDelete?: return .confirmDelete
        case .confirmWrite?: return .confirmWrite
        case .chooseExport?: return .chooseExport
        case .prompt?: return .prompt
        case .safety(let overlay)?: return overlay.mode
        case .trials?: return .trials
        case .changes?: return .changes
        }
    }
}
