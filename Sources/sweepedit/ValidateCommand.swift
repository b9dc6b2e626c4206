import ArgumentParser
import Foundation
import SearchSpace

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check search-space files. Exit 0: no error; 1: errors; 2: a file cannot be read.")

    @Argument(help: "Job YAML, search-space YAML/JSON or REST-form files.")
    var files: [String]

    @Flag(help: "Print a JSON array of diagnostics.")
    var json = false

    @OptionGroup var node: NodeOption

    func run() throws {
        var anyError = false
        var unreadable = false
        var jsonItems: [String] = []
        for path in files {
            let doc: Document
            do {
                doc = try FileInput.load(path, node: node.name)
            } catch {
                unreadable = true
                printError(error.description)
                continue
            }
            let diagnostics = Validator.check(doc)
            anyError = anyError || diagnostics.contains { $0.severity == .error }
            if json {
                jsonItems += diagnostics.map(DiagnosticText.json)
            } else {
                for d in diagnostics { print(DiagnosticText.human(d, doc: doc, path: path)) }
            }
        }
        if json { print(jsonItems.isEmpty ? "[]" : "[\n" + jsonItems.map { "  " + $0 }.joined(separator: ",\n") + "\n]") }
        if unreadable { throw ExitCode(2) }
        if anyError { throw ExitCode(1) }
    }
}

/// The two printed forms of a diagnostic.
enum DiagnosticText {
    /// `file:line:col: severity: message (fix: ...)`.
    static func human(_ d: Diagnostic, doc: Document, path: String) -> String {
        let place = d.location ?? doc.locations.locate(d.scope, d.parameter, d.field)
        var text = path
        if let place { text += ":\(place.line):\(place.column)" }
        text += ": \(d.severity.rawValue): "
        switch d.scope {
        case .subspace(let i) where doc.space.subspaces.count > 1: text += "subspace \(i + 1): "
        case .trainingParameters: text += "training_parameters: "
        case .subspace, .job: break
        }
        text += d.message
        if let fix = d.fix { text += " (fix: \(fix.description))" }
        return text
    }

    /// `{"severity", "subspace", "parameter", "message", "fix"}` exactly as product.md specifies
    /// (`fix` absent when there is none; `subspace` null outside the search_space list).
    static func json(_ d: Diagnostic) -> String {
        var members: [String] = []
        members.append("\"severity\": \(JSONText.string(d.severity.rawValue))")
        members.append("\"subspace\": " + (d.scope.subspaceIndex.map(String.init) ?? "null"))
        members.append("\"parameter\": " + (d.parameter.map(JSONText.string) ?? "null"))
        members.append("\"message\": \(JSONText.string(d.message))")
        if let fix = d.fix { members.append("\"fix\": \(JSONText.string(fix.description))") }
        return "{" + members.joined(separator: ", ") + "}"
    }
}
