import ArgumentParser
import SearchSpace

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a search space as yaml or json (dict form), rest (the SDK's strings) or job (a complete job YAML).")

    @Argument(help: "The file to read.")
    var file: String

    @Option(name: .customLong("to"), help: "yaml, json, rest or job.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write to this file (atomically; a link's target is written) instead of standard output (- is standard output too).")
    var output: String?

    @Flag(help: "Write OUT even when it is the input file, read-only, or owned by someone else.")
    var force = false

    @OptionGroup var node: NodeOption

    func run() throws {
        let doc = try FileInput.loadOrExit(file, node: node.name)
        if let output, output != "-", !force, Output.sameFile(output, file) {
            printError("\(output): error: this is the file being exported; add --force to replace it with the export")
            throw ExitCode(1)
        }
        try Output.write(DocumentWriter.export(doc, as: format), to: output, force: force)
    }
}
