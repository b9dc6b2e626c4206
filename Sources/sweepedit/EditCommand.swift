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
        // taken before reading: a change made while reading shows as a change at the next s
        let stamp = file.flatMap(FileStamp.of)
        let document = try file.map { path in try FileInput.loadOrExit(path, node: node.name, cell: selection.cell) } ?? Document.new()
        do {
            try EditorProgram.run(document, stamp: stamp, theme: theme)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }
}
