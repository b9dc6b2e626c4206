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
    static func loadOrExit(_ path: String) throws -> Document {
        do {
            return try load(path)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    static func load(_ path: String) throws(LoadError) -> Document {
        let text = try readText(path)
        return try DocumentReader.read(text, path: path)
    }
}
