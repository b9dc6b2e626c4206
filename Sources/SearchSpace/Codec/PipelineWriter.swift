import Yams

/// Saves the AutoML step of a pipeline job: the step's own lines (`jobs.<name>`'s children) are
/// taken out, de-indented into a job of their own, saved by the job writer exactly as a
/// standalone job file (`DocumentWriter.body`), indented back and put in their place. No
/// line outside the step changes; inside it, lines before the first and after the last line the
/// job writer changed keep their bytes.
enum PipelineWriter {
    static func save(_ doc: Document, step name: String) -> String {
        var lines = Self.lines(doc.originalText)
        guard let root = try? YAMLTree.compose(doc.originalText),
              let step = root.value(forKey: "jobs")?.value(forKey: name),
              let firstKey = step.pairs?.first?.keyNode.mark else { return doc.originalText }
        let start = firstKey.line - 1, indent = firstKey.column - 1
        let end = stepEnd(lines, from: start, indent: indent)

        // The step as a job of its own: its lines without the step's indentation.
        let original = Array(lines[start..<end])
        let unindented = original.map { line in
            line.prefix(indent).allSatisfy { $0 == " " } ? String(line.dropFirst(indent)) : String(line.drop { $0 == " " })
        }
        var job = doc
        job.pipelineStep = nil
        job.byteOrderMark = false
        job.originalText = unindented.joined(separator: "\n") + "\n"
        var saved = Self.lines(DocumentWriter.body(job))
        if saved.last == "" { saved.removeLast() }

        // Back in place: unchanged head and tail lines as they were, the rest indented.
        var head = 0
        while head < saved.count, head < unindented.count, saved[head] == unindented[head] { head += 1 }
        var tail = 0
        while tail < saved.count - head, tail < unindented.count - head,
              saved[saved.count - 1 - tail] == unindented[unindented.count - 1 - tail] { tail += 1 }
        let pad = String(repeating: " ", count: indent)
        let middle = saved[head..<(saved.count - tail)].map { $0.isEmpty || $0 == "\r" ? $0 : pad + $0 }
        let replacement = Array(original[..<head]) + middle + Array(original[(original.count - tail)...])
        lines.replaceSubrange(start..<end, with: replacement)
        return lines.joined(separator: "\n")
    }

    /// The lines of a text split at LF, a CR before it kept in the line (by scalars: "\r\n" is
    /// one Character, which a split at "\n" would not cut).
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// The line after the step's block: the first line less indented than its keys that is not
    /// blank or a comment; trailing blank and comment lines belong to what follows.
    static func stepEnd(_ lines: [String], from start: Int, indent: Int) -> Int {
        var end = start + 1
        while end < lines.count, TextEdits.isBlankOrComment(lines[end]) || TextEdits.indentation(lines[end]) >= indent { end += 1 }
        while end > start + 1, TextEdits.isBlankOrComment(lines[end - 1]) { end -= 1 }
        return end
    }
}
