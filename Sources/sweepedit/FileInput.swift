import Foundation
import SearchSpace

/// Reading files for the commands: every failure is one `file:line:column: error: message`.
enum FileInput {
    /// Files larger than this are refused before parsing (no search space is this big).
    static let maximumBytes = 64 * 1024 * 1024

    static func readText(_ path: String) throws(LoadError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(file: path, nil, "no such file")
        }
        if isDirectory.boolValue { throw LoadError(file: path, nil, "is a directory, not a search-space file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, nil, "cannot read the file (permission denied?)")
        }
        if data.count > maximumBytes {
            throw LoadError(file: path, nil, "the file is \(data.count / 1_048_576) MB; a search space is never this large")
        }
        if data.contains(0) { throw LoadError(file: path, nil, "the file holds binary data (NUL bytes), not YAML or JSON") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(file: path, nil, "the file is not UTF-8 text")
        }
        return text
    }

    static func load(_ path: String) throws(LoadError) -> Document {
        let text = try readText(path)
        return try DocumentReader.read(text, path: path)
    }
}

/// Writes text to stdout or a file (`-o`), atomically for files.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try AtomicFile.write(text, to: path)
    }
}

struct ExitWithMessage: Error, CustomStringConvertible {
    let description: String
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
