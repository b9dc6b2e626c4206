import Yams

extension JobWriter {
    /// Writes `training_parameters:` anew when the fixed layer changed (a fix removed or changed
    /// one of its values); the block keeps its place and its children's indentation. An old
    /// `image_model:` block is written under the modern name.
    /// Returns whether the block was written (its legacy key renames are then already done).
    static func writeTrainingParameters(_ doc: Document, root: Node, text: inout TextEdits,
                                        blockEnd: (Int) -> Int) -> Bool {
        let fixed = doc.space.trainingParameters
        guard fixed != doc.originalSpace.trainingParameters else { return false }
        let entries = DictWriter.yamlEntries(fixed)
        let sectionName = root.keyNode("training_parameters") != nil ? "training_parameters" : "image_model"
        if let key = root.keyNode(sectionName), let mark = key.mark {
            let keyLine = mark.line - 1
            let childIndent = root.value(forKey: sectionName)?.pairs?.first?.keyNode.mark.map { $0.column - 1 }
                ?? mark.column + 1
            let lines = entries.isEmpty ? [] : [String(repeating: " ", count: mark.column - 1) + "training_parameters:"]
                + entries.map { String(repeating: " ", count: childIndent) + $0 }
            var end = blockEnd(keyLine)
            // Removing the block takes the blank line that separated it from the next key.
            if lines.isEmpty, end < text.lines.count, text.lines[end].allSatisfy({ $0 == " " || $0 == "\r" }) { end += 1 }
            text.replace(lines: keyLine, end, with: lines)
        } else if !entries.isEmpty {
            let before = (root.keyNode("sweep") ?? root.keyNode("search_space"))?.mark.map { $0.line - 1 } ?? text.lines.count
            text.replace(lines: before, before, with: ["training_parameters:"] + entries.map { "  " + $0 } + [""])
        }
        return true
    }
}
