/// The modes the keymap is read in: one per overlay, plus browsing the list.
public enum Mode: String, CaseIterable, Hashable, Sendable {
    case browse, editing, filter, help, trials, confirmQuit, confirmDelete, confirmWrite, chooseExport, prompt
    case diskChanged, confirmReload, recoveryOffer, changes

    /// The heading of the mode's keys in the help overlay.
    public var title: String {
        switch self {
        case .browse: return "Parameter list"
        case .editing: return "Editing a field"
        case .filter: return "Filter (/)"
        case .help: return "This help"
        case .confirmQuit: return "Quit with unsaved changes"
        case .confirmDelete: return "Delete a subspace"
        case .confirmWrite: return "Before writing a file"
        case .chooseExport: return "Export format"
        case .prompt: return "File name prompt"
        case .diskChanged: return "File changed on disk (after s)"
        case .confirmReload: return "Reload, dropping unsaved edits"
        case .recoveryOffer: return "Unsaved edits found at start"
        case .trials: return "All sampled trials (P)"
        case .changes: return "Changes since opened or saved (c)"
        }
    }

    /// Whether printable characters are typed into a text (field, filter, path).
    public var takesText: Bool { self == .editing || self == .filter || self == .prompt }
}
