import ArgumentParser
import Foundation
import SearchSpace

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check search-space files. Exit 0: no error; 1: errors; 2: a file cannot be read.")

    @Argument(help: "Job YAML, search-space YAML/JSON, REST-form, Python or notebook files.")
    var files: [String]

    @Flag(help: "Print a JSON array of diagnostics.")
    var json = false

    @OptionGroup var node: NodeOption
    @OptionGroup var selection: CellSelection

    func run() throws {
        var anyError = false
        var unreadable = false
        var jsonItems: [String] = []
        for path in files {
            let doc: Document
            do {
                doc = try FileInput.load(path, node: node.name, cell: selection.cell)
            } catch {
                unreadable = true
                printError(error.description)
                if json { jsonItems.append(DiagnosticText.json(error)) }
                continue
            }
            let diagnostics = Validator.check(doc)
            anyError = anyError || diagnostics.contains { $0.severity == .error }
            if json {
                jsonItems += diagnostics.map { DiagnosticText.json($0, doc: doc, path: path) }
            } else {
                // one write per 64 KB, not per line: a choice of 100,000 unknown names has as many findings
                var lines = ""
                for d in diagnostics {
                    lines += TerminalText.escaped(DiagnosticText.human(d, doc: doc, path: path)) + "\n"
                    if lines.utf8.count >= 65_536 {
                        StandardOutput.write(lines)
                        lines = ""
                    }
                }
                StandardOutput.write(lines)
            }
        }
        if json {
            StandardOutput.line(jsonItems.isEmpty ? "[]" : "[\n" + jsonItems.map { "  " + $0 }.joined(separator: ",\n") + "\n]")
        }
        if unreadable { throw ExitCode(2) }
        if anyError { throw ExitCode(1) }
    }
}

/// The two printed forms of a diagnostic.
enum DiagnosticText {
    /// `file:line:col: severity: message (fix: ...)`.
    static func human(_ d: Diagnostic, doc: Document, path: String) -> String {
        var text = path
        let place = place(d, doc: doc)
        if let place { text += ":\(place.line):\(place.column)" }
        text += ": \(d.severity.rawValue): "
        // a notebook's line and column count in a cell: which one, as a load error says it
        if let cell = place?.cell { text += "in cell \(cell): " }
        switch d.scope {
        case .subspace(let i) where doc.space.subspaces.count > 1: text += "subspace \(i + 1): "
        case .trainingParameters: text += "training_parameters: "
        case .subspace, .job: break
        }
        text += d.message
        if let fix = d.fix { text += " (fix: \(fix.description))" }
        return text
    }

    /// Where in the file a finding points: its own place, else the source map's.
    static func place(_ d: Diagnostic, doc: Document) -> SourceLocation? {
        d.location ?? doc.locations.locate(d.scope, d.subject?.name, d.field)
    }

    /// `{"severity", "subspace", "parameter", "message", "fix"}` exactly as product.md specifies
    /// (`fix` absent when there is none; `subspace` null outside the search_space list), then
    /// where it is: `"file"`, `"line"` and `"column"` (null when the finding has no place).
    static func json(_ d: Diagnostic, doc: Document, path: String) -> String {
        var members: [String] = []
        members.append("\"severity\": \(JSONText.string(d.severity.rawValue))")
        members.append("\"subspace\": " + (d.scope.subspaceIndex.map(String.init) ?? "null"))
        members.append("\"parameter\": " + (d.subject.map { JSONText.string($0.name) } ?? "null"))
        members.append("\"message\": \(JSONText.string(d.message))")
        if let fix = d.fix { members.append("\"fix\": \(JSONText.string(fix.description))") }
        members += placeMembers(file: path, place(d, doc: doc))
        return "{" + members.joined(separator: ", ") + "}"
    }

    /// A file that cannot be read, in the same shape: an error about no subspace or parameter.
    static func json(_ e: LoadError) -> String {
        let members = ["\"severity\": \"error\"", "\"subspace\": null", "\"parameter\": null",
                       "\"message\": \(JSONText.string(e.message))"]
            + placeMembers(file: e.file ?? "", e.location)
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func placeMembers(file: String, _ place: SourceLocation?) -> [String] {
        ["\"file\": \(JSONText.string(file))",
         "\"line\": " + (place.map { String($0.line) } ?? "null"),
         "\"column\": " + (place.map { String($0.column) } ?? "null")]
            // in a notebook, the cell the line and column count in (1-based over all cells)
            + (place?.cell.map { ["\"cell\": \($0)"] } ?? [])
    }
}
