/// The edits one save makes to the sources of a job (PythonJob), source by source: each
/// changed value is written where it was read from (the last call that gave it a value, as
/// the SDK merges them), a new keyword goes into the job's last call of its method, and a call
/// the job does not make yet is added next to its extend_search_space.
struct JobSplice {
    typealias Edit = PythonSplice.Edit
    let job: PythonJob
    /// Each source's text as scalars (edits index into them).
    let scalars: [[Unicode.Scalar]]
    var edits: [Int: [Edit]] = [:]
    /// Per source, where the first call it edits starts (a new import goes above it).
    var firstEdited: [Int: Int] = [:]

    init(job: PythonJob) {
        self.job = job
        scalars = job.parts.map { Array($0.text.unicodeScalars) }
    }

    var anchor: PythonJob.Found { job.anchor }
    var indent: String { PythonSplice.indentation(of: anchor.call.start, in: scalars[anchor.part]) }

    mutating func add(_ new: [Edit], in found: PythonJob.Found) {
        guard !new.isEmpty else { return }
        edits[found.part, default: []] += new
        firstEdited[found.part] = min(firstEdited[found.part] ?? Int.max, found.call.start)
    }

    mutating func subspaces(_ new: [Subspace], _ old: [Subspace]) {
        guard new != old else { return }
        add(SubspaceEdits(scalars: scalars[anchor.part]).edits(anchor.call, new: new, old: old), in: anchor)
    }

    /// Keyword by keyword: a changed value where it was set, a new one in the last
    /// set_training_parameters (or a new call before extend_search_space), a removed one taken
    /// out of every call that set it (a None would keep an earlier call's value in the SDK).
    mutating func trainingParameters(_ new: Subspace, _ old: Subspace) {
        guard new != old else { return }
        let newArguments = Self.pairs(PythonWriter.trainingParameterArguments(new).arguments)
        let oldValues = Dictionary(Self.pairs(PythonWriter.trainingParameterArguments(old).arguments), uniquingKeysWith: { $1 })
        let newValues = Dictionary(newArguments, uniquingKeysWith: { $1 })
        var added: [String] = []
        for (name, value) in newArguments where oldValues[name] != value {
            if let last = job.setters("set_training_parameters", name).last {
                add([Edit(start: last.argument.value.start, end: last.argument.value.end, text: value)], in: last.found)
            } else {
                added.append(name + "=" + value)
            }
        }
        for name in oldValues.keys.sorted() where newValues[name] == nil {
            for setter in job.setters("set_training_parameters", name) {
                let arguments = setter.found.call.arguments
                guard let i = arguments.firstIndex(where: { $0.keyword == name }) else { continue }
                let edit = SubspaceEdits(scalars: scalars[setter.found.part]).removal(arguments, i, closeParen: setter.found.call.closeParen)
                add([edit], in: setter.found)
            }
        }
        guard !added.isEmpty else { return }
        if let last = job.calls("set_training_parameters").last {
            let edit = SubspaceEdits(scalars: scalars[last.part]).addition(added, to: last.call.arguments, closeParen: last.call.closeParen)
            add([edit], in: last)
        } else {
            let call = job.receiver + ".set_training_parameters(\n" + added.map { indent + "    " + $0 + ",\n" }.joined()
                + indent + ")\n\n" + indent
            add([Edit(start: anchor.call.start, end: anchor.call.start, text: call)], in: anchor)
        }
    }

    /// `name=value` texts split at the first `=`.
    static func pairs(_ arguments: [String]) -> [(String, String)] {
        arguments.compactMap { argument in
            argument.firstIndex(of: "=").map { (String(argument[..<$0]), String(argument[argument.index(after: $0)...])) }
        }
    }

    /// set_sweep's and set_limits' keywords whose value changed.
    mutating func settings(_ job: JobSettings, _ was: JobSettings) {
        var sweep: [(String, String?)] = []
        if job.samplingAlgorithm != was.samplingAlgorithm {
            sweep.append(("sampling_algorithm", PythonLiteral.string(job.samplingAlgorithm.pythonName)))
        }
        if job.earlyTermination != was.earlyTermination {
            if !policyFieldEdits(job.earlyTermination, was.earlyTermination) {
                sweep.append(("early_termination", job.earlyTermination.map(PythonWriter.policyExpression) ?? "None"))
            }
        }
        var limits: [(String, String?)] = []
        for (name, new, old) in [("max_trials", job.maxTrials, was.maxTrials),
                                 ("max_concurrent_trials", job.maxConcurrentTrials, was.maxConcurrentTrials),
                                 ("timeout_minutes", job.timeoutMinutes, was.timeoutMinutes)] where new != old {
            limits.append((name, new.map(String.init)))
        }
        keywords("set_sweep", sweep, whenNew: ("sampling_algorithm", PythonLiteral.string(job.samplingAlgorithm.pythonName)))
        keywords("set_limits", limits, whenNew: nil)
    }

    /// A policy whose class stays: only its changed fields are written, inside the call it was
    /// read from. False when the whole expression must be written instead.
    mutating func policyFieldEdits(_ new: EarlyTermination?, _ old: EarlyTermination?) -> Bool {
        guard let new, let old, new.policy == old.policy,
              let setter = job.setters("set_sweep", "early_termination").last,
              case .call(let name, let arguments, let closeParen) = setter.argument.value.expression,
              name == new.policy.pythonClassName else { return false }
        var changed: [(String, String?)] = []
        var removed: [Int] = []
        for field in new.policy.fields where new[field] != old[field] {
            if let value = PythonWriter.policyValue(new, field) {
                changed.append((field.rawValue, value))
            } else if let i = arguments.firstIndex(where: { $0.keyword == field.rawValue }) {
                removed.append(i)
            }
        }
        let call = PythonCall(receiver: "", method: name, arguments: arguments, start: setter.argument.value.start,
                              openParen: setter.argument.value.start, closeParen: closeParen, location: setter.argument.value.location)
        var found = setter.found
        found.call = call
        let existing = changed.filter { pair in arguments.contains { $0.keyword == pair.0 } }
        let added = changed.filter { pair in !arguments.contains { $0.keyword == pair.0 } }.map { $0.0 + "=" + $0.1! }
        var fieldEdits = PythonSplice.keywordEdits(call, existing)
        let layout = SubspaceEdits(scalars: scalars[found.part])
        fieldEdits += removed.map { layout.removal(arguments, $0, closeParen: closeParen) }
        if !added.isEmpty { fieldEdits.append(layout.addition(added, to: arguments, closeParen: closeParen)) }
        add(fieldEdits, in: setter.found)
        return true
    }

    /// Each changed keyword of `method`: its new value where the job's value was read from, None
    /// in every call that set it when it is removed, else added to the job's last call of the
    /// method, else a new call after extend_search_space (with `whenNew`, which a new call needs).
    mutating func keywords(_ method: String, _ changed: [(String, String?)], whenNew: (String, String)?) {
        var added: [(String, String)] = []
        for (name, value) in changed {
            let setters = job.setters(method, name)
            if let value {
                if let last = setters.last {
                    add([Edit(start: last.argument.value.start, end: last.argument.value.end, text: value)], in: last.found)
                } else {
                    added.append((name, value))
                }
            } else {
                for setter in setters {
                    add([Edit(start: setter.argument.value.start, end: setter.argument.value.end, text: "None")], in: setter.found)
                }
            }
        }
        guard !added.isEmpty else { return }
        if let last = job.calls(method).last {
            let layout = SubspaceEdits(scalars: scalars[last.part])
            add([layout.addition(added.map { $0.0 + "=" + $0.1 }, to: last.call.arguments, closeParen: last.call.closeParen)], in: last)
        } else {
            if let whenNew, !added.contains(where: { $0.0 == whenNew.0 }) { added.insert(whenNew, at: 0) }
            let list = added.map { $0.0 + "=" + $0.1 }.joined(separator: ", ")
            let end = PythonSplice.statementEnd(after: anchor.call.closeParen, in: scalars[anchor.part])
            add([Edit(start: end, end: end, text: "\n\n" + indent + job.receiver + "." + method + "(" + list + ")")], in: anchor)
        }
    }

    /// The sweep classes the new text uses that no source imports: added to the edited source's
    /// own `from azure.ai.ml.sweep import`, else on a line of their own above its first edited call.
    mutating func imports(_ used: [String]) {
        var imported: Set<String> = []
        var star = false
        for part in job.parts {
            guard let parser = part.parser else { continue }
            let found = SweepImports(parser: parser)
            imported.formUnion(found.names)
            star = star || found.star
        }
        guard !star else { return }
        for (part, list) in edits.sorted(by: { $0.key < $1.key }) {
            let written = list.map(\.text).joined()
            let missing = used.filter { written.contains($0 + "(") && !imported.contains($0) }
            guard !missing.isEmpty else { continue }
            if let parser = job.parts[part].parser, let last = SweepImports(parser: parser).lastNameEnd {
                edits[part, default: []].append(Edit(start: last, end: last, text: missing.map { ", " + $0 }.joined()))
            } else {
                let above = part == anchor.part ? anchor.call.start : firstEdited[part] ?? 0
                let lineIndent = PythonSplice.indentation(of: above, in: scalars[part])
                let lineStart = above - lineIndent.unicodeScalars.count
                edits[part, default: []].append(Edit(start: lineStart, end: lineStart,
                    text: lineIndent + "from azure.ai.ml.sweep import " + missing.joined(separator: ", ") + "\n"))
            }
            imported.formUnion(missing)
        }
    }

    /// The source's text with its edits.
    func apply(part: Int) -> String {
        guard var list = edits[part], !list.isEmpty else { return job.parts[part].text }
        // a source written with CRLF line ends gets CRLF in the new lines too
        if job.parts[part].text.contains("\r\n") {
            list = list.map { Edit(start: $0.start, end: $0.end, text: $0.text.replacingOccurrences(of: "\n", with: "\r\n")) }
        }
        let scalars = scalars[part]
        var out = String.UnicodeScalarView()
        var at = 0
        for edit in list.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            out.append(contentsOf: scalars[at..<max(at, edit.start)])
            out.append(contentsOf: edit.text.unicodeScalars)
            at = max(at, edit.end)
        }
        out.append(contentsOf: scalars[at...])
        return String(out)
    }
}
