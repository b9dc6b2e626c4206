import Foundation

/// Saving Python source: only the text of the calls whose facts changed is replaced (the
/// argument list of extend_search_space or set_training_parameters, a keyword's value in
/// set_sweep or set_limits); every other character stays as it was. A distribution class the
/// new text uses that the file does not import yet is added to its `from azure.ai.ml.sweep import`.
enum PythonSplice {
    struct Edit {
        var start: Int
        var end: Int
        var text: String
    }

    /// `text` with the changes of `space` against `original`; `importedElsewhere` are the sweep
    /// classes imported outside this text (a notebook's other cells). Nil when the text no longer
    /// holds the calls it was read from.
    static func save(_ text: String, space: SearchSpace, original: SearchSpace,
                     importedElsewhere: Set<String> = []) -> String? {
        guard var parser = try? PythonParser(text), let calls = try? parser.jobCalls(),
              let extend = calls.first(where: { $0.method == "extend_search_space" }) else { return nil }
        let scalars = parser.lexer.scalars
        func first(_ method: String) -> PythonCall? { calls.first { $0.method == method } }
        let indent = indentation(of: extend.start, in: scalars)
        let receiver = extend.receiver
        var edits: [Edit] = []

        if space.subspaces != original.subspaces {
            edits += SubspaceEdits(scalars: scalars).edits(extend, new: space.subspaces, old: original.subspaces)
        }
        if space.trainingParameters != original.trainingParameters {
            let arguments = PythonWriter.trainingParameterArguments(space.trainingParameters).arguments
            if let call = first("set_training_parameters") {
                let body = arguments.isEmpty ? "" : "\n" + arguments.map { indent + "    " + $0 + ",\n" }.joined() + indent
                edits.append(Edit(start: call.openParen + 1, end: call.closeParen, text: body))
            } else if !arguments.isEmpty {
                let call = receiver + ".set_training_parameters(\n" + arguments.map { indent + "    " + $0 + ",\n" }.joined()
                    + indent + ")\n\n" + indent
                edits.append(Edit(start: extend.start, end: extend.start, text: call))
            }
        }
        let job = space.job, was = original.job
        var sweepArguments: [(String, String?)] = []
        if job.samplingAlgorithm != was.samplingAlgorithm {
            sweepArguments.append(("sampling_algorithm", PythonLiteral.string(job.samplingAlgorithm.pythonName)))
        }
        if job.hasEarlyTermination != was.hasEarlyTermination {
            sweepArguments.append(("early_termination", job.hasEarlyTermination
                ? "BanditPolicy(evaluation_interval=2, slack_factor=0.2, delay_evaluation=6)" : "None"))
        }
        var limitArguments: [(String, String?)] = []
        if job.maxTrials != was.maxTrials { limitArguments.append(("max_trials", job.maxTrials.map(String.init))) }
        if job.maxConcurrentTrials != was.maxConcurrentTrials {
            limitArguments.append(("max_concurrent_trials", job.maxConcurrentTrials.map(String.init)))
        }
        for (method, arguments) in [("set_sweep", sweepArguments), ("set_limits", limitArguments)] where !arguments.isEmpty {
            if let call = first(method) {
                edits += keywordEdits(call, arguments)
            } else {
                let list = arguments.compactMap { pair in pair.1.map { pair.0 + "=" + $0 } }.joined(separator: ", ")
                let end = statementEnd(after: extend.closeParen, in: scalars)
                edits.append(Edit(start: end, end: end, text: "\n\n" + indent + receiver + "." + method + "(" + list + ")"))
            }
        }
        if edits.isEmpty { return text }
        let written = edits.map(\.text).joined()
        let needed = PythonWriter.imports(space).filter { written.contains($0 + "(") }
        let imports = SweepImports(parser: parser)
        let missing = needed.filter { !imports.names.contains($0) && !importedElsewhere.contains($0) && !imports.star }
        if !missing.isEmpty {
            if let last = imports.lastNameEnd {
                edits.append(Edit(start: last, end: last, text: missing.map { ", " + $0 }.joined()))
            } else {
                let lineStart = extend.start - indent.unicodeScalars.count
                edits.append(Edit(start: lineStart, end: lineStart,
                                  text: indent + "from azure.ai.ml.sweep import " + missing.joined(separator: ", ") + "\n"))
            }
        }
        // a file written with CRLF line ends gets CRLF in the new lines too
        if text.contains("\r\n") {
            edits = edits.map { Edit(start: $0.start, end: $0.end, text: $0.text.replacingOccurrences(of: "\n", with: "\r\n")) }
        }
        var out = String.UnicodeScalarView()
        var at = 0
        for edit in edits.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            out.append(contentsOf: scalars[at..<max(at, edit.start)])
            out.append(contentsOf: edit.text.unicodeScalars)
            at = max(at, edit.end)
        }
        out.append(contentsOf: scalars[at...])
        return String(out)
    }

    /// Replaces a keyword's value where the call has it, else adds `name=value` at the end.
    /// A nil value removes nothing: the keyword is set to None.
    static func keywordEdits(_ call: PythonCall, _ arguments: [(String, String?)]) -> [Edit] {
        var edits: [Edit] = []
        var added: [String] = []
        for (name, value) in arguments {
            if let existing = call.arguments.first(where: { $0.keyword == name }) {
                edits.append(Edit(start: existing.value.start, end: existing.value.end, text: value ?? "None"))
            } else if let value {
                added.append(name + "=" + value)
            }
        }
        if !added.isEmpty {
            let separator = call.arguments.isEmpty ? "" : ", "
            // after the last argument, so a trailing comma and the closing line stay as written
            let at = call.arguments.last?.value.end ?? call.closeParen
            edits.append(Edit(start: at, end: at, text: separator + added.joined(separator: ", ")))
        }
        return edits
    }

    /// The spaces and tabs that start the line holding `index`.
    static func indentation(of index: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = index
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var out = String.UnicodeScalarView()
        for s in scalars[start..<index] where s == " " || s == "\t" { out.append(s) }
        return String(out)
    }

    /// Just past the closing parenthesis at `index`.
    static func statementEnd(after index: Int, in scalars: [Unicode.Scalar]) -> Int { index + 1 }
}

/// `from azure.ai.ml.sweep import A, B` statements: the names they import, and where to add one.
struct SweepImports {
    var names: Set<String> = []
    var star = false
    /// Scalar index just past the last imported name of the first such statement.
    var lastNameEnd: Int?

    init(parser: PythonParser) {
        let t = parser.tokens
        var i = 0
        while i < t.count {
            guard t[i].kind == .name, t[i].text == "from" else { i += 1; continue }
            var j = i + 1
            var module = ""
            while j < t.count, t[j].text != "import", t[j].kind == .name || t[j].text == "." { module += t[j].text; j += 1 }
            guard module == "azure.ai.ml.sweep", j < t.count, t[j].text == "import" else { i = j; continue }
            j += 1
            let parenthesised = j < t.count && t[j].text == "("
            if parenthesised { j += 1 }
            var lastEnd: Int?
            while j < t.count {
                if t[j].text == "*" { star = true; j += 1; break }
                guard t[j].kind == .name else { break }
                names.insert(t[j].text)
                lastEnd = t[j].end
                j += 1
                if j + 1 < t.count, t[j].text == "as" { j += 2; lastEnd = t[j - 1].end }
                guard j < t.count, t[j].text == "," else { break }
                // a comma at the end of a line only continues inside parentheses
                if !parenthesised, j + 1 < t.count, t[j + 1].location.line != t[j].location.line { break }
                j += 1
            }
            if lastNameEnd == nil { lastNameEnd = lastEnd }
            i = j
        }
    }
}
