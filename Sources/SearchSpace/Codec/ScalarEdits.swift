import Yams

/// The smallest save of a changed bound: only the text span of the scalar that changed is
/// rewritten, found through Yams' node marks (ListEdits decides when that is enough). A
/// multi-line scalar, or anything else unexpected, gives nil, and the entry is rewritten.
enum ScalarEdits {
    struct Span {
        var line: Int  // 0-based
        var start: Int  // 0-based scalar offsets in the line, end exclusive
        var end: Int
        var text: String
    }

    /// The spans that turn one parameter's setting into another when only scalars changed (the
    /// same kind, a choice of the same length, a fixed value); nil otherwise.
    /// `render` writes a value as the file's syntax does (YAML by default; JSON files pass
    /// JSONText.value).
    static func spans(_ before: Setting, _ after: Setting, value: Node, lines: [String],
                      render: (Value) -> String = DictWriter.yamlValue) -> [Span]? {
        switch (before, after) {
        case (.fixed, .fixed(let v)):
            return span(value, render(v), lines: lines).map { [$0] }
        case (.swept(.choice(let old)), .swept(.choice(let new))):
            guard old.count == new.count, case .sequence(let list)? = value.value(forKey: "values"),
                  list.count == new.count else { return nil }
            var spans: [Span] = []
            for (j, v) in new.enumerated() where old[j] != v {
                guard let span = span(list[j], render(v), lines: lines) else { return nil }
                spans.append(span)
            }
            return spans
        case (.swept(let old), .swept(let new)) where old.kind == new.kind:
            guard case .mapping = value else { return nil }
            var spans: [Span] = []
            for (name, (p, q)) in zip(new.kind.parameterNames, zip(old.parameters, new.parameters)) where p != q {
                guard let field = value.value(forKey: name),
                      let span = span(field, render(q.value), lines: lines) else { return nil }
                spans.append(span)
            }
            return spans
        default:
            return nil
        }
    }

    /// The value node of a parameter in a subspace mapping, under any of its spellings.
    static func valueNode(of id: ParameterID, in subspace: Node) -> Node? {
        subspace.pairs?.first { pair in
            (Catalogue.parameter(named: pair.key) ?? Catalogue.legacyNames[pair.key]) == id
        }?.value
    }

    /// The span of a one-line scalar, checked against what Yams read there. A plain scalar ends
    /// at a flow indicator too (Yams does not keep whether a collection was flow or block); where
    /// that cuts a block scalar short, the check fails and the caller rewrites the block.
    static func span(_ node: Node, _ text: String, lines: [String]) -> Span? {
        guard case .scalar(let scalar) = node, let mark = node.mark, mark.line - 1 < lines.count else { return nil }
        let line = Array(lines[mark.line - 1].unicodeScalars)
        let start = mark.column - 1
        guard start >= 0, start < line.count else { return nil }
        var end = start
        switch scalar.style {
        case .singleQuoted:
            end = start + 1
            while end < line.count {
                if line[end] == "'" {
                    if end + 1 < line.count, line[end + 1] == "'" { end += 2; continue }
                    break
                }
                end += 1
            }
            guard end < line.count else { return nil }
            end += 1
        case .doubleQuoted:
            end = start + 1
            while end < line.count, line[end] != "\"" { end += line[end] == "\\" ? 2 : 1 }
            guard end < line.count else { return nil }
            end += 1
        case .plain:
            while end < line.count {
                let c = line[end]
                if c == "," || c == "]" || c == "}" { break }
                if c == "#", end > start, line[end - 1] == " " || line[end - 1] == "\t" { break }
                end += 1
            }
            while end > start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
            // A plain scalar continued on the next line, or anything else unexpected: no span.
            guard String(String.UnicodeScalarView(line[start..<end])) == scalar.string else { return nil }
        default:
            return nil  // literal and folded block scalars
        }
        return Span(line: mark.line - 1, start: start, end: end, text: text)
    }

    /// Applies spans, grouped per line and right to left within a line, as line replacements.
    static func apply(_ spans: [Span], to text: inout TextEdits) {
        for (lineIndex, lineSpans) in Dictionary(grouping: spans, by: \.line) {
            var line = Array(text.lines[lineIndex].unicodeScalars)
            for span in lineSpans.sorted(by: { $0.start > $1.start }) {
                line.replaceSubrange(span.start..<span.end, with: Array(span.text.unicodeScalars))
            }
            text.replace(lines: lineIndex, lineIndex + 1, with: [String(String.UnicodeScalarView(line))])
        }
    }
}
