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

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let doc = try FileInput.loadOrExit(file)
        do {
            try Output.write(DocumentWriter.export(doc, as: format), to: output)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }
}
