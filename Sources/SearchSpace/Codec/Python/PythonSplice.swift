import Foundation

/// Saving Python source: only the text of the calls whose facts changed is replaced (the
/// argument list of extend_search_space, a keyword's value in set_sweep, set_limits or
/// set_training_parameters), in the call the value was read from, whichever notebook cell that
/// is; every other character stays as it was. A sweep class the new text uses that no source
/// imports yet is added to that source's `from azure.ai.ml.sweep import` (or a new one).
enum PythonSplice {
    struct Edit {
        var start: Int
        var end: Int
        var text: String
    }

    /// A .py file's text with the changes of `space` against `original`; nil when the text no
    /// longer holds the calls it was read from.
    static func save(_ text: String, space: SearchSpace, original: SearchSpace) -> String? {
        save([(text, nil)], anchorPart: nil, space: space, original: original)?.first
    }

    /// Every source's text with the changes (an unchanged source as it was); `anchorPart` as
    /// PythonJob takes it. Nil when the sources no longer hold the job's extend_search_space.
    static func save(_ sources: [(text: String, cell: Int?)], anchorPart: Int?, space: SearchSpace,
                     original: SearchSpace) -> [String]? {
        guard let job = try? PythonJob.find(sources, anchorPart: anchorPart, autoMode: false),
              job.anchor.call.method == "extend_search_space" else { return nil }
        var splice = JobSplice(job: job)
        splice.subspaces(space.subspaces, original.subspaces)
        splice.trainingParameters(space.trainingParameters, original.trainingParameters)
        splice.settings(space.job, original.job)
        // the policy's class too where a bayesian sweep keeps one (the export leaves it out)
        var used = PythonWriter.imports(space)
        if let policy = space.job.earlyTermination?.policy.pythonClassName, !used.contains(policy) { used.append(policy) }
        splice.imports(used)
        return job.parts.indices.map { splice.apply(part: $0) }
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
