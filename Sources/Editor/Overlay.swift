import SearchSpace

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
    /// Typing a sweep setting's fields (Enter on `limits.max_trials`; Sources/Editor/Sweep).
    case editingSweep(SweepEditSession)
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
    /// The changes since the file was read or saved (c; Sources/Editor/Changes).
    case changes(ChangesPosition)
}
