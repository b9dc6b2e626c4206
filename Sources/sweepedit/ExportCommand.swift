import ArgumentParser
import SearchSpace

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a search space as yaml or json (dict form), rest (the SDK's strings), job (a complete job YAML) or python (code for azure-ai-ml 1.35.2).")

    @Argument(help: "The file to read.")
    var file: String

    @Option(name: .customLong("to"), help: "yaml, json, rest, job or python.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write to this file (atomically; a link's target is written) instead of standard output (- is standard output too).")
    var output: String?

    @Option(name: .customLong("job-variable"), help: "The job's variable name in --to python code.")
    var jobVariable = PythonWriter.defaultJobVariable

    @OptionGroup var selection: CellSelection

    @Flag(help: "Write OUT even when it is the input file, read-only, or owned by someone else.")
    var force = false

    @OptionGroup var node: NodeOption

    func run() throws {
        guard PythonWriter.isIdentifier(jobVariable) else {
            printError("error: --job-variable '\(TerminalText.escaped(jobVariable))' is not a Python name")
            throw ExitCode(1)
        }
        let doc = try FileInput.loadOrExit(file, node: node.name, cell: selection.cell)
        if let output, output != "-", !force, Output.sameFile(output, file) {
            printError("\(output): error: this is the file being exported; add --force to replace it with the export")
            throw ExitCode(1)
        }
        let text = format == .python
            ? PythonWriter.export(doc.space, jobVariable: jobVariable, autoMode: doc.isAutoMode)
            : DocumentWriter.export(doc, as: format)
        try Output.write(text, to: output, force: force)
    }
}
