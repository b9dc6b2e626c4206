import ArgumentParser
import Editor
import EditorRuntime
import SearchSpace

/// `sweepedit [--theme NAME|PATH] [FILE]`: the editor.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open FILE in the terminal editor (a new space when FILE is omitted).",
        shouldDisplay: false)

    @Option(help: "A theme name from `sweepedit themes`, or a theme file's path.")
    var theme: String?

    @Argument(help: "A job YAML, search-space YAML/JSON, REST-form file, Python file or notebook.")
    var file: String?

    @OptionGroup var node: NodeOption
    @OptionGroup var selection: CellSelection

    func run() throws {
        try Self.open(file, theme: theme, node: node.name, cell: selection.cell)
    }

    /// What `run` does with these options (nil: not given).
    static func open(_ file: String?, theme: String?, node: String?, cell: Int?) throws {
        // taken before reading: a change made while reading shows as a change at the next s
        let stamp = file.flatMap(FileStamp.of)
        let document = try file.map { path in try FileInput.loadOrExit(path, node: node, cell: cell) } ?? Document.new()
        do {
            try EditorProgram.run(document, stamp: stamp, theme: theme)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }

    /// The file of a command line that can only mean this command with every option at its
    /// default, `sweepedit` or `sweepedit FILE` (`.some(nil)` for no FILE), else nil. FILE is
    /// then not empty, does not start with "-" (an option, `--`, `-` or a file ArgumentParser
    /// would refuse) and is no subcommand's name or alias (ArgumentParser's own `help`
    /// included). Such a start is opened without ArgumentParser, which would first build its
    /// whole command tree (each command's arguments found by reflection, the completion-script
    /// checks): a quarter of the instructions to the first frame (BENCHMARKS.md).
    static func plainStart(_ arguments: [String], root: any ParsableCommand.Type) -> String?? {
        guard arguments.count <= 1 else { return nil }
        guard let file = arguments.first else { return .some(nil) }
        guard !file.isEmpty, !file.hasPrefix("-") else { return nil }
        let commands = root.configuration.subcommands
        var names = ["help"]
        for command in commands { names += [command._commandName] + command.configuration.aliases }
        return names.contains(file) ? nil : .some(file)
    }
}
