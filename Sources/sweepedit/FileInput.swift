import ArgumentParser
import Foundation
import EditorRuntime
import SearchSpace

/// Reading files for the commands: every failure is one `file:line:column: error: message`.
enum FileInput {
    static func readText(_ path: String) throws(LoadError) -> String {
        try TextFile.read(path)
    }

    /// Loads a file for a command: an unreadable one prints its one-line message and exits 2.
    static func loadOrExit(_ path: String, node: String? = nil, cell: Int? = nil) throws -> Document {
        do {
            return try load(path, node: node, cell: cell)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    static func load(_ path: String, node: String? = nil, cell: Int? = nil) throws(LoadError) -> Document {
        let text = try readText(path)
        if let cell { return try PythonDocument.read(text, path: path, cell: cell) }
        return try DocumentReader.read(text, path: path, node: node)
    }
}

/// `--node NAME`: which AutoML step of a pipeline job the commands and the editor read.
struct NodeOption: ParsableArguments {
    @Option(name: .customLong("node"), help: ArgumentHelp(
        "In a pipeline job (type: pipeline), the AutoML image classification step under jobs: to read "
            + "(needed when there are several; the error lists them).", valueName: "NAME"))
    var name: String?
}
