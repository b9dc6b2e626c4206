/// Everything a key can do. Each has at least one key in `Keymap.bindings`.
public enum Command: String, CaseIterable, Hashable, Sendable {
    // moving
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    // the selected parameter
    case edit, makeFixed, makeDistribution, unset, nextKind, previousKind, flipBool, applyFix
    // subspaces
    case nextSubspace, previousSubspace, addSubspace, addEmptySubspace, deleteSubspace
    // finding things
    case filter, clearFilter, nextProblem
    // the preview pane
    case togglePreview, rerollPreview
    // the full-screen table of trials
    case showTrials, scrollLeft, scrollRight
    // history and files
    case undo, redo, save, saveAs, export, help, quit
    // typing a text (fields, filter, path)
    case commit, cancel, nextField, previousField
    case cursorLeft, cursorRight, cursorHome, cursorEnd, deleteBackward, deleteForward
    case wordLeft, wordRight, deleteToStart, deleteToEnd, deleteWordBackward
    case pickNext, pickPrevious, addChoiceValue, removeChoiceValue, moveChoiceEarlier, moveChoiceLater
    // overlays
    case closeOverlay, scrollDown, scrollUp
    case confirm, saveAndQuit
    case exportYAML, exportJSON, exportREST, exportJob, exportPython
    // the file changed on disk; recovered edits
    case reload, overwrite, backToEditing, recover, discardRecovery, keepBoth
    // the changes since the file was read or saved (Sources/Editor/Changes)
    case showChanges, jumpToChange
    // the process
    case suspend
}
