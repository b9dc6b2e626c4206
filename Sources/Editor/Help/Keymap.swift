/// A key binding: the keys, the command, a line for the help overlay, a short label for the
/// footer (nil: help only), and the modes it works in.
public struct Binding: Hashable, Sendable {
    public let keys: [Key]
    public let command: Command
    public let help: String
    public let footer: String?
    public let modes: Set<Mode>

    init(_ keys: [Key], _ command: Command, _ help: String, footer: String? = nil, _ modes: Set<Mode>) {
        self.keys = keys
        self.command = command
        self.help = help
        self.footer = footer
        self.modes = modes
    }

    /// "j/down", as the help overlay and the footer write the keys.
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// The one table of keys: dispatch, the help overlay and the footer all read it.
public enum Keymap {
    private static let text: Set<Mode> = [.editing, .filter, .prompt]
    /// Where Ctrl-Z suspends: every mode but the one-question boxes, whose keys are few.
    private static let suspendable: Set<Mode> = [.browse, .editing, .filter, .prompt, .help, .trials]

    public static let bindings: [Binding] = [
        // browsing the list
        Binding([.char("j"), .down], .moveDown, "next row", footer: "move", [.browse]),
        Binding([.char("k"), .up], .moveUp, "previous row", [.browse]),
        Binding([.pageDown], .pageDown, "a page down", [.browse]),
        Binding([.pageUp], .pageUp, "a page up", [.browse]),
        Binding([.char("g"), .home], .top, "first row (the sweep settings)", [.browse]),
        Binding([.char("G"), .end], .bottom, "last row", [.browse]),
        Binding([.enter], .edit, "edit the selected row (its first field)", footer: "edit", [.browse]),
        Binding([.char("f")], .makeFixed, "make it a fixed value", footer: "fixed", [.browse]),
        Binding([.char("d")], .makeDistribution, "make it a distribution (swept)", footer: "sweep", [.browse]),
        Binding([.char("x")], .unset, "unset it (Azure's default applies), or leave a limit out", footer: "unset", [.browse]),
        Binding([.char("t")], .nextKind, "next distribution kind (a sweep row: algorithm, policy)", footer: "kind", [.browse]),
        Binding([.char("T")], .previousKind, "previous distribution kind (or algorithm, policy)", [.browse]),
        Binding([.char(" ")], .flipBool, "flip a fixed true/false value", footer: "flip", [.browse]),
        Binding([.char("F")], .applyFix, "apply the fix the diagnostic offers", footer: "fix", [.browse]),
        Binding([.char("]")], .nextSubspace, "next subspace", footer: "subspace", [.browse]),
        Binding([.char("[")], .previousSubspace, "previous subspace", [.browse]),
        Binding([.char("a")], .addSubspace, "add a subspace (a copy of this one)", [.browse]),
        Binding([.char("A")], .addEmptySubspace, "add an empty subspace", [.browse]),
        Binding([.char("D")], .deleteSubspace, "delete this subspace (asks first)", [.browse]),
        Binding([.char("/")], .filter, "filter parameters by name", footer: "filter", [.browse]),
        Binding([.esc], .clearFilter, "clear the filter", [.browse]),
        Binding([.char("n")], .nextProblem, "jump to the next problem", footer: "problem", [.browse]),
        Binding([.char("p")], .togglePreview, "preview: sampled trials, histogram of the selected parameter", footer: "preview", [.browse]),
        Binding([.char("r")], .rerollPreview, "re-roll the preview's seed", footer: "re-roll", [.browse]),
        Binding([.char("P")], .showTrials, "all sampled trials, full screen (every row and column)", [.browse]),
        Binding([.char("u")], .undo, "undo", footer: "undo", [.browse]),
        Binding([.ctrl("r")], .redo, "redo", [.browse]),
        Binding([.char("s"), .ctrl("s")], .save, "save (the form the file was read in)", footer: "save", [.browse]),
        Binding([.char("S")], .saveAs, "save as another file", [.browse]),
        Binding([.char("e")], .export, "export as yaml, json, rest, job or python", [.browse]),
        Binding([.char("c")], .showChanges, "the changes since the file was opened or saved, by meaning", [.browse]),
        Binding([.char("?")], .help, "this help: every key", footer: "help", [.browse]),
        Binding([.char("q")], .quit, "quit (asks first when there are unsaved changes)", footer: "quit", [.browse]),
        Binding([.ctrl("z")], .suspend, "suspend: back to the shell, fg returns (edits kept)", suspendable),
        // typing: fields, the filter, a path
        Binding([.enter], .commit, "keep what was typed", footer: "ok", text),
        Binding([.esc], .cancel, "leave, restoring what was there", footer: "cancel", text),
        Binding([.tab], .nextField, "next field", footer: "field", [.editing]),
        Binding([.backTab], .previousField, "previous field", [.editing]),
        Binding([.left], .cursorLeft, "cursor left", text),
        Binding([.right], .cursorRight, "cursor right", text),
        Binding([.home, .ctrl("a")], .cursorHome, "cursor to the start", text),
        Binding([.end, .ctrl("e")], .cursorEnd, "cursor to the end", text),
        Binding([.backspace], .deleteBackward, "delete before the cursor", text),
        Binding([.delete], .deleteForward, "delete under the cursor", text),
        Binding([.alt("b"), .ctrlLeft], .wordLeft, "a word left", text),
        Binding([.alt("f"), .ctrlRight], .wordRight, "a word right", text),
        Binding([.ctrl("u")], .deleteToStart, "delete to the start", text),
        Binding([.ctrl("k")], .deleteToEnd, "delete to the end", text),
        Binding([.ctrl("w")], .deleteWordBackward, "delete the word before the cursor", text),
        Binding([.down], .pickNext, "next known value (enum, bool, model name)", footer: "pick", [.editing]),
        Binding([.down], .moveDown, "next match", [.filter]),
        Binding([.up], .moveUp, "previous match", [.filter]),
        Binding([.up], .pickPrevious, "previous known value", [.editing]),
        Binding([.ctrl("o")], .addChoiceValue, "choice: add a value after this one", footer: "add", [.editing]),
        Binding([.ctrl("x")], .removeChoiceValue, "choice: remove this value", footer: "remove", [.editing]),
        Binding([.ctrl("p")], .moveChoiceEarlier, "choice: move this value earlier", [.editing]),
        Binding([.ctrl("n")], .moveChoiceLater, "choice: move this value later", [.editing]),
        // overlays
        Binding([.esc, .char("?"), .char("q")], .closeOverlay, "close", footer: "close", [.help]),
        Binding([.char("j"), .down, .pageDown], .scrollDown, "scroll down", footer: "scroll", [.help]),
        Binding([.char("k"), .up, .pageUp], .scrollUp, "scroll up", [.help]),
        // the full-screen table of trials (P; Sources/Editor/Preview/TrialsView.swift)
        Binding([.esc, .char("q"), .char("P")], .closeOverlay, "close: back to the list", footer: "close", [.trials]),
        Binding([.char("j"), .down], .scrollDown, "a trial down", footer: "scroll", [.trials]),
        Binding([.char("k"), .up], .scrollUp, "a trial up", [.trials]),
        Binding([.pageDown, .char(" ")], .pageDown, "a page of trials down", footer: "page", [.trials]),
        Binding([.pageUp, .char("b")], .pageUp, "a page of trials up", [.trials]),
        Binding([.char("l"), .right], .scrollRight, "shift the columns: more on the right (# and sub stay)", footer: "columns", [.trials]),
        Binding([.char("h"), .left], .scrollLeft, "shift the columns back", [.trials]),
        Binding([.char("g"), .home], .top, "first trial", [.trials]),
        Binding([.char("G"), .end], .bottom, "last trial", footer: "last", [.trials]),
        Binding([.char("r")], .rerollPreview, "re-roll the seed (the preview's too)", footer: "re-roll", [.trials]),
        Binding([.char("?")], .help, "every key (closes to the list)", footer: "help", [.trials]),
        Binding([.char("y")], .confirm, "yes", footer: "yes", [.confirmQuit, .confirmDelete, .confirmWrite]),
        Binding([.char("s")], .saveAndQuit, "save, then quit", footer: "save & quit", [.confirmQuit]),
        Binding([.char("c")], .showChanges, "show the unsaved changes first", footer: "changes", [.confirmQuit]),
        Binding([.esc, .char("n")], .cancel, "no, go back", footer: "cancel", [.confirmQuit, .confirmDelete, .confirmWrite, .chooseExport]),
        // the changes since the file was read or saved (c; Sources/Editor/Changes)
        Binding([.char("j"), .down], .moveDown, "next change", footer: "move", [.changes]),
        Binding([.char("k"), .up], .moveUp, "previous change", [.changes]),
        Binding([.enter], .jumpToChange, "go to its parameter (and subspace)", footer: "go to", [.changes]),
        Binding([.esc, .char("q"), .char("c")], .closeOverlay, "close (back to the quit question when asked from there)", footer: "close", [.changes]),
        Binding([.char("1"), .char("y")], .exportYAML, "YAML, dict form", footer: "yaml", [.chooseExport]),
        Binding([.char("2"), .char("j")], .exportJSON, "JSON, dict form", footer: "json", [.chooseExport]),
        Binding([.char("3"), .char("r")], .exportREST, "REST strings, as the SDK sends them", footer: "rest", [.chooseExport]),
        Binding([.char("4"), .char("b")], .exportJob, "a complete job YAML", footer: "job", [.chooseExport]),
        Binding([.char("5"), .char("p")], .exportPython, "Python for azure-ai-ml 1.35.2 (a notebook's code)", footer: "python", [.chooseExport]),
        // the file changed on disk; recovered edits (Sources/Editor/Safety)
        Binding([.char("r")], .reload, "reload the file from disk (asks if you have edits)", footer: "reload", [.diskChanged]),
        Binding([.char("o")], .overwrite, "overwrite it with your version", footer: "overwrite", [.diskChanged]),
        Binding([.char("S")], .saveAs, "save your version under another name", footer: "save as", [.diskChanged]),
        Binding([.esc], .backToEditing, "go back; nothing is written", footer: "cancel", [.diskChanged]),
        Binding([.char("y")], .reload, "yes: reload, dropping your edits", footer: "reload", [.confirmReload]),
        Binding([.esc, .char("n")], .backToEditing, "no, go back", footer: "cancel", [.confirmReload]),
        Binding([.char("r")], .recover, "recover them (marked modified; s saves)", footer: "recover", [.recoveryOffer]),
        Binding([.char("d")], .discardRecovery, "discard them", footer: "discard", [.recoveryOffer]),
        Binding([.char("k")], .keepBoth, "keep both: write them to FILE.recovered", footer: "keep both", [.recoveryOffer]),
        Binding([.down], .moveDown, "choose the next recovery file (when there are several)", footer: "choose", [.recoveryOffer]),
        Binding([.up], .moveUp, "choose the previous recovery file", [.recoveryOffer]),
        Binding([.esc], .backToEditing, "decide later (the recovery files stay)", footer: "later", [.recoveryOffer]),
    ]

    private static let table: [Mode: [Key: Binding]] = {
        var table: [Mode: [Key: Binding]] = [:]
        for binding in bindings {
            for mode in binding.modes {
                for key in binding.keys where table[mode, default: [:]][key] == nil {
                    table[mode, default: [:]][key] = binding
                }
            }
        }
        return table
    }()

    /// The binding a key has in a mode.
    public static func binding(for key: Key, in mode: Mode) -> Binding? { table[mode]?[key] }

    /// The bindings of a mode, in table order.
    public static func bindings(in mode: Mode) -> [Binding] { byMode[mode] ?? [] }

    /// `bindings(in:)` for every mode, filtered once (the footer asks on every frame).
    private static let byMode: [Mode: [Binding]] = Dictionary(uniqueKeysWithValues: Mode.allCases.map { mode in
        (mode, bindings.filter { $0.modes.contains(mode) })
    })
}
