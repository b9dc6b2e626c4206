import Yams

/// Saves a space into a job YAML (or `{search_space: ...}` YAML), rewriting only the text of
/// what changed: the search_space block, training_parameters, the sweep settings, and legacy constructs. Every other
/// key, comment and blank line stays byte for byte.
enum JobWriter {
    static func splice(_ doc: Document) -> String {
        guard let root = try? YAMLTree.compose(doc.originalText), case .mapping = root else {
            return DictWriter.yaml(doc.space, shape: .wrapped)
        }
        // The smallest edit first; should its result read back as anything but the space being
        // saved, the whole search_space block is rewritten instead. Without scalar edits both
        // ways write the same text, so only a scalar-edited result is read back.
        let small = splice(doc, root: root, scalarEdits: true)
        guard small.scalarEdited else { return small.text }
        if let back = try? DocumentReader.read(small.text), back.space.subspaces == doc.space.subspaces,
           back.space.trainingParameters == doc.space.trainingParameters {
            return small.text
        }
        return splice(doc, root: root, scalarEdits: false).text
    }

    /// A top-level list of subspaces saved with the smallest edit (nil: rewrite it whole).
    static func spliceList(_ doc: Document) -> String? {
        spliceTopLevel(doc) { root, original, end in
            guard case .sequence(let items) = root else { return nil }
            let indent = items.first?.mark.map { max(0, $0.column - 3) } ?? 0
            return ListEdits(list: root, lines: original.lines, listEnd: end, itemIndent: indent,
                             blankLineBetween: blankLineBetweenItems(root, original))
        }
    }

    /// A file that is one subspace as a top-level mapping, saved with the smallest edit (nil:
    /// rewrite it whole).
    static func spliceSingle(_ doc: Document) -> String? {
        guard doc.originalSpace.subspaces.count == 1, doc.space.subspaces.count == 1 else { return nil }
        return spliceTopLevel(doc) { root, original, end in ListEdits(single: root, lines: original.lines, end: end) }
    }

    /// A file whose top level is the space: the edits `makeEdits` finds (given the root, the
    /// text as read and the line after its last content), applied and read back as the space.
    private static func spliceTopLevel(_ doc: Document, _ makeEdits: (Node, TextEdits, Int) -> ListEdits?) -> String? {
        guard doc.legacy.isEmpty, let root = try? YAMLTree.compose(doc.originalText) else { return nil }
        var text = TextEdits(doc.originalText)
        let original = text
        var end = original.lines.count
        while end > 0, original.isBlankOrComment(end - 1) { end -= 1 }
        guard let edits = makeEdits(root, original, end)?.edits(old: doc.originalSpace.subspaces, new: doc.space.subspaces)
        else { return nil }
        ScalarEdits.apply(edits.scalars, to: &text)
        for edit in edits.lines { text.replace(lines: edit.start, edit.end, with: edit.replacement) }
        let result = text.applied()
        guard let back = try? DocumentReader.read(result), back.space.subspaces == doc.space.subspaces else { return nil }
        return result
    }

    /// The spliced text, and whether it holds scalar edits (rather than a rewritten block).
    static func splice(_ doc: Document, root: Node, scalarEdits: Bool) -> (text: String, scalarEdited: Bool) {
        var text = TextEdits(doc.originalText)
        let topKeyLines = (root.mapping.map { $0.keys.compactMap { $0.mark?.line } } ?? []).map { $0 - 1 }.sorted()
        let original = text  // line numbers and indentation are read from the text as it was
        func blockEnd(after keyLine: Int) -> Int {
            var end = topKeyLines.first { $0 > keyLine } ?? original.lines.count
            while end > keyLine + 1, original.isBlankOrComment(end - 1) { end -= 1 }
            return end
        }

        let space = doc.space
        let originalSpace = doc.originalSpace
        var scalarEdited = false
        let expressionStrings = doc.legacy.contains { if case .subspace = $0.scope { return true } else { return false } }
        if let keyNode = root.keyNode("search_space"), let keyLine = keyNode.mark.map({ $0.line - 1 }),
           space.subspaces != originalSpace.subspaces || expressionStrings {
            let itemIndent = listIndent(root.value(forKey: "search_space"), keyColumn: keyNode.mark?.column ?? 1)
            let keyText = String(repeating: " ", count: (keyNode.mark?.column ?? 1) - 1) + "search_space:"
            let listNode = root.value(forKey: "search_space")
            let edits = scalarEdits && !expressionStrings
                ? ListEdits(list: listNode, lines: original.lines, listEnd: blockEnd(after: keyLine), itemIndent: itemIndent,
                            blankLineBetween: blankLineBetweenItems(listNode, original))?
                    .edits(old: originalSpace.subspaces, new: space.subspaces)
                : nil
            if let edits {
                ScalarEdits.apply(edits.scalars, to: &text)
                for edit in edits.lines { text.replace(lines: edit.start, edit.end, with: edit.replacement) }
                scalarEdited = true
            } else {
                let body = DictWriter.yamlSubspaces(space.subspaces, indent: itemIndent,
                                                    blankLineBetween: blankLineBetweenItems(listNode, original))
                let lines = space.subspaces.isEmpty ? [keyText + " []"] : [keyText] + body
                text.replace(lines: keyLine, blockEnd(after: keyLine), with: lines)
            }
        }

        writeSweep(doc, root: root, text: &text)
        writeLimits(doc, root: root, text: &text, blockEnd: blockEnd)
        let fixedLayerWritten = writeTrainingParameters(doc, root: root, text: &text, blockEnd: blockEnd)
        if !fixedLayerWritten { renameLegacyKeys(doc, root: root, text: &text) }
        return (text.applied(), scalarEdited)
    }

    /// Whether the file separates its subspaces by blank lines, so a rewrite keeps that layout.
    static func blankLineBetweenItems(_ list: Node?, _ text: TextEdits) -> Bool {
        guard case .sequence(let items)? = list, items.count > 1,
              let second = items[items.startIndex + 1].mark?.line, second >= 2 else { return false }
        return text.isBlankOrComment(second - 2) && text.lines[second - 2].allSatisfy { $0 == " " || $0 == "\r" }
    }

    /// The indentation of the `-` of a block list under a key (the corpus uses 2).
    static func listIndent(_ list: Node?, keyColumn: Int) -> Int {
        if case .sequence(let items)? = list, let first = items.first, let column = first.mark?.column {
            return max(column - 3, keyColumn - 1)
        }
        return keyColumn - 1 + 2
    }

    /// max_trials and max_concurrent_trials go to top-level `limits:`; an old `sweep.limits` block moves there.
    static func writeLimits(_ doc: Document, root: Node, text: inout TextEdits, blockEnd: (Int) -> Int) {
        let original = text
        let job = doc.space.job
        let oldLimitsKey = root.value(forKey: "sweep")?.keyNode("limits")
        let oldLimits = root.value(forKey: "sweep")?.value(forKey: "limits")
        let changed = job.maxTrials != doc.originalSpace.job.maxTrials
            || job.timeoutMinutes != doc.originalSpace.job.timeoutMinutes
            || job.maxConcurrentTrials != doc.originalSpace.job.maxConcurrentTrials
        guard changed || oldLimits != nil else { return }

        if let key = oldLimitsKey, let keyLine = key.mark.map({ $0.line - 1 }) {
            // Remove the old block: its key line and every deeper-indented line after it.
            let indent = text.indentation(of: keyLine)
            var end = keyLine + 1
            while end < text.lines.count, text.isBlankOrComment(end) || text.indentation(of: end) > indent { end += 1 }
            while end > keyLine + 1, text.isBlankOrComment(end - 1) { end -= 1 }
            text.replace(lines: keyLine, end, with: [])
        }
        let limits = root.value(forKey: "limits")
        var wanted: [(String, Int)] = []
        if let v = job.timeoutMinutes { wanted.append(("timeout_minutes", v)) }  // kept when sweep.limits moves
        if let v = job.maxTrials { wanted.append(("max_trials", v)) }
        if let v = job.maxConcurrentTrials { wanted.append(("max_concurrent_trials", v)) }
        if let limits, let keyLine = root.keyNode("limits")?.mark.map({ $0.line - 1 }) {
            var missing: [String] = []
            let childIndent = limits.pairs?.first?.keyNode.mark.map { $0.column - 1 } ?? 2
            for (name, value) in wanted {
                if let node = limits.value(forKey: name), let mark = node.mark {
                    // a value that did not change keeps its spelling ("90", 12.7: what the SDK reads as it)
                    let before = SweepSetting(rawValue: name).flatMap { doc.originalSpace.job.value(of: $0) } as? Int
                    if before != value || oldLimits != nil && node.int != value {
                        text.replaceToken(line: mark.line - 1, column: mark.column, with: String(value))
                    }
                } else {
                    missing.append(String(repeating: " ", count: childIndent) + "\(name): \(value)")
                }
            }
            // a limit set to nil loses its line; a block left empty loses its key too (the SDK
            // refuses `limits:` with nothing under it: "Field may not be null")
            let removed = (limits.pairs ?? []).filter { pair in
                wanted.allSatisfy { $0.0 != pair.key } && SweepSetting(rawValue: pair.key) != nil
            }
            if isFlow(limits, original) {
                // `limits: {...}`: its scalars are rewritten above; a removal leaves the line as it is
            } else if !removed.isEmpty, missing.isEmpty, removed.count == limits.pairs?.count {
                text.replace(lines: keyLine, entryLines(keyLine, original), with: [])
            } else {
                for pair in removed {
                    guard let line = pair.keyNode.mark.map({ $0.line - 1 }) else { continue }
                    text.replace(lines: line, entryLines(line, original), with: [])
                }
            }
            if !missing.isEmpty {
                let end = blockEnd(keyLine)
                text.replace(lines: end, end, with: missing)
            }
        } else if !wanted.isEmpty {
            let lines = ["limits:"] + wanted.map { "  \($0.0): \($0.1)" }
            let before = root.keyNode("sweep")?.mark.map { $0.line - 1 } ?? text.lines.count
            text.replace(lines: before, before, with: lines + (before < text.lines.count ? [""] : []))
        }
    }

    /// `grad_accumulation_step` -> `gradient_accumulation_step`, `image_model:` -> `training_parameters:`.
    static func renameLegacyKeys(_ doc: Document, root: Node, text: inout TextEdits) {
        func rename(_ keyNode: Node, _ old: String, to new: String) {
            guard let mark = keyNode.mark, mark.line - 1 < text.lines.count else { return }
            let scalars = Array(text.lines[mark.line - 1].unicodeScalars)
            let start = mark.column - 1
            guard start + old.unicodeScalars.count <= scalars.count else { return }
            var line = String.UnicodeScalarView()
            line.append(contentsOf: scalars[..<start])
            line.append(contentsOf: new.unicodeScalars)
            line.append(contentsOf: scalars[(start + old.unicodeScalars.count)...])
            text.replace(lines: mark.line - 1, mark.line, with: [String(line)])
        }
        for section in ["training_parameters", "image_model"] {
            for pair in root.value(forKey: section)?.pairs ?? [] {
                if let modern = Catalogue.legacyNames[pair.key] { rename(pair.keyNode, pair.key, to: modern.name) }
            }
        }
        if root.value(forKey: "training_parameters") == nil, let key = root.keyNode("image_model") {
            rename(key, "image_model", to: "training_parameters")
        }
    }
}
