import Yams

/// `sweep.sampling_algorithm` and `sweep.early_termination`, written in place: a changed value
/// rewrites its scalar, a new field adds a line at the block's indentation, a field set to nil
/// loses its line, a new policy goes under `sweep:` after sampling_algorithm (where Azure's docs
/// put it), a removed one loses its lines. A change of policy type is a change of `type:` plus
/// the fields the two types do not share, so comments inside the block stay.
extension JobWriter {
    /// The entries of a policy as YAML scalars, `type` first, then its fields in Azure's order.
    static func policyEntries(_ policy: EarlyTermination) -> [(key: String, text: String)] {
        var entries = [(key: "type", text: policy.policy.rawValue)]
        for field in policy.policy.fields {
            guard let v = policy[field] else { continue }
            entries.append((field.rawValue, field.isInteger ? String(Int(v)) : DictWriter.yamlFloat(v)))
        }
        return entries
    }

    /// The lines of a whole `early_termination:` entry, its key at `indent` spaces.
    static func policyLines(_ policy: EarlyTermination, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return [pad + "early_termination:"] + policyEntries(policy).map { pad + "  \($0.key): \($0.text)" }
    }

    /// The lines `sweep:` holds for a job (a new sweep block, a job skeleton, an AutoMode job
    /// turned into a sweep).
    static func sweepLines(_ job: JobSettings) -> [String] {
        ["sweep:", "  sampling_algorithm: \(job.samplingAlgorithm.rawValue)"]
            + (job.earlyTermination.map { policyLines($0, indent: 2) } ?? [])
    }

    static func writeSweep(_ doc: Document, root: Node, text: inout TextEdits) {
        let job = doc.space.job, old = doc.originalSpace.job
        let algorithmChanged = job.samplingAlgorithm != old.samplingAlgorithm
        guard algorithmChanged || job.earlyTermination != old.earlyTermination else { return }
        let sweep = root.value(forKey: "sweep")
        guard let sweepKeyLine = root.keyNode("sweep")?.mark.map({ $0.line - 1 }), let sweep, !sweep.isNull else {
            // no sweep block: a new one where Azure's job examples have it, just before
            // search_space: (above the comment lines that introduce it), else at the end
            if let key = root.keyNode("search_space")?.mark, key.column == 1 {
                var line = key.line - 1
                while line > 0, text.isBlankOrComment(line - 1), !text.lines[line - 1].allSatisfy({ $0 == " " || $0 == "\r" }) {
                    line -= 1
                }
                text.replace(lines: line, line, with: sweepLines(job) + [""])
            } else {
                text.replace(lines: text.lines.count, text.lines.count, with: sweepLines(job))
            }
            return
        }
        let childIndent = sweep.pairs?.first?.keyNode.mark.map { $0.column - 1 } ?? text.indentation(of: sweepKeyLine) + 2
        let pad = String(repeating: " ", count: childIndent)
        var inserted: [String] = []  // new lines right after `sweep:`
        let algorithmNode = sweep.value(forKey: "sampling_algorithm")
        if algorithmChanged {
            if let mark = algorithmNode?.mark {
                text.replaceToken(line: mark.line - 1, column: mark.column, with: job.samplingAlgorithm.rawValue)
            } else {
                inserted.append(pad + "sampling_algorithm: \(job.samplingAlgorithm.rawValue)")
            }
        }
        if job.earlyTermination != old.earlyTermination {
            let keyNode = sweep.keyNode("early_termination"), node = sweep.value(forKey: "early_termination")
            switch (job.earlyTermination, keyNode?.mark) {
            case (let policy?, _?) where node.map({ $0.pairs != nil && !isFlow($0, text) }) ?? false:
                editPolicy(node!, from: old.earlyTermination, to: policy, text: &text)
            case (let policy?, let keyMark?):
                // `early_termination: {...}` (or null): rewritten on its lines, in flow style if it was
                let line = keyMark.line - 1
                let range = entryLines(line, text)
                if let node, node.pairs != nil {
                    let flow = "{" + policyEntries(policy).map { "\($0.key): \($0.text)" }.joined(separator: ", ") + "}"
                    text.replace(lines: line, range, with: [pad + "early_termination: " + flow])
                } else {
                    text.replace(lines: line, range, with: policyLines(policy, indent: keyMark.column - 1))
                }
            case (let policy?, nil):
                let lines = policyLines(policy, indent: childIndent)
                if let mark = algorithmNode?.mark {
                    text.replace(lines: mark.line, mark.line, with: lines)  // after sampling_algorithm's line
                } else {
                    inserted += lines
                }
            case (nil, let keyMark?):
                let line = keyMark.line - 1
                text.replace(lines: line, entryLines(line, text), with: [])
            case (nil, nil):
                break
            }
        }
        if !inserted.isEmpty { text.replace(lines: sweepKeyLine + 1, sweepKeyLine + 1, with: inserted) }
    }

    /// Field by field inside a block-style policy: `type:` rewritten, changed scalars rewritten,
    /// new fields added after the block's last field, fields set to nil removed.
    private static func editPolicy(_ node: Node, from old: EarlyTermination?, to new: EarlyTermination, text: inout TextEdits) {
        guard let pairs = node.pairs else { return }
        let fieldIndent = pairs.first?.keyNode.mark.map { $0.column - 1 } ?? 4
        if new.policy != old?.policy, let mark = node.value(forKey: "type")?.mark {
            text.replaceToken(line: mark.line - 1, column: mark.column, with: new.policy.rawValue)
        }
        let wanted = Dictionary(uniqueKeysWithValues: policyEntries(new).map { ($0.key, $0.text) })
        let pad = String(repeating: " ", count: fieldIndent)
        for (key, keyNode, valueNode) in pairs where key != "type" {
            guard let keyLine = keyNode.mark.map({ $0.line - 1 }), let field = EarlyTermination.Field(rawValue: key) else { continue }
            let before = old?.policy.fields.contains(field) == true ? old?[field] : nil
            if let written = wanted[key] {
                if valueNode.isNull || valueNode.mark == nil {
                    text.replace(lines: keyLine, entryLines(keyLine, text), with: [pad + "\(key): \(written)"])
                } else if before != new[field], let mark = valueNode.mark {
                    text.replaceToken(line: mark.line - 1, column: mark.column, with: written)
                }
            } else if !new.policy.fields.contains(field) || before != nil {
                // a field the new type does not take, or one set to nil (a null line stays: it says nil)
                text.replace(lines: keyLine, entryLines(keyLine, text), with: [])
            }
        }
        let present = Set(pairs.map(\.key))
        let added = policyEntries(new).filter { !present.contains($0.key) }
            .map { String(repeating: " ", count: fieldIndent) + "\($0.key): \($0.text)" }
        if !added.isEmpty {
            let lastField = pairs.compactMap { $0.keyNode.mark.map { $0.line - 1 } }.max() ?? 0
            let after = entryLines(lastField, text)
            text.replace(lines: after, after, with: added)
        }
    }

    /// The line after an entry that starts on `line`: its key line and every deeper-indented
    /// line below, without the blank and comment lines that close it.
    static func entryLines(_ line: Int, _ text: TextEdits) -> Int {
        let indent = text.indentation(of: line)
        var end = line + 1
        while end < text.lines.count, text.isBlankOrComment(end) || text.indentation(of: end) > indent { end += 1 }
        while end > line + 1, text.isBlankOrComment(end - 1) { end -= 1 }
        return end
    }

    /// Whether a mapping is written `{...}`.
    static func isFlow(_ node: Node, _ text: TextEdits) -> Bool {
        guard let mark = node.mark, mark.line - 1 < text.lines.count else { return false }
        let scalars = Array(text.lines[mark.line - 1].unicodeScalars)
        return mark.column - 1 < scalars.count && scalars[mark.column - 1] == "{"
    }
}
