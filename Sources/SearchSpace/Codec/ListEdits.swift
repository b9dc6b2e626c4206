import Yams

/// The smallest textual edit of a block-YAML `search_space` list (ruamel.yaml's round trip and
/// toml_edit are the models): a changed bound rewrites that scalar only; a parameter whose kind
/// or shape changed rewrites its own entry (its key line and the lines under it); a parameter
/// set anew is added at the end of its subspace in the style of its neighbours; an unset one
/// goes with the comment lines right above it; a subspace added or deleted adds or removes its
/// own lines. Everything else keeps its bytes: comments, blank lines, block or flow style,
/// quoting, key order, indentation, number spelling.
///
/// Returns nil when only rewriting the whole list can express the change (subspaces reordered,
/// more than one added or removed at once, a subspace written as a flow mapping, unknown keys
/// changed, a multi-line scalar): the caller then rewrites the list.
struct ListEdits {
    /// The file as read (line numbers and indentation are read from it).
    let lines: [String]
    /// The list's items, in file order.
    let items: [Node]
    /// The line after the list's last line (its comments and blank lines trimmed).
    let listEnd: Int
    /// The indentation of the list's `-`.
    let itemIndent: Int
    let blankLineBetween: Bool
    /// The one subspace is the file's top-level mapping (no `- ` before its first key).
    let bare: Bool

    init?(list: Node?, lines: [String], listEnd: Int, itemIndent: Int, blankLineBetween: Bool) {
        guard case .sequence(let items)? = list else { return nil }
        self.items = Array(items)
        self.lines = lines
        self.listEnd = listEnd
        self.itemIndent = itemIndent
        self.blankLineBetween = blankLineBetween
        bare = false
    }

    /// A file whose top-level mapping is its one subspace.
    init?(single mapping: Node, lines: [String], end: Int) {
        guard case .mapping = mapping else { return nil }
        items = [mapping]
        self.lines = lines
        listEnd = end
        itemIndent = 0
        blankLineBetween = false
        bare = true
    }

    /// A whole-line edit: lines start..<end become `replacement`.
    struct LineEdit {
        var start: Int
        var end: Int
        var replacement: [String]
    }

    /// The edits that turn `old` into `new`, or nil (see the type's comment).
    func edits(old: [Subspace], new: [Subspace]) -> (lines: [LineEdit], scalars: [ScalarEdits.Span])? {
        guard items.count == old.count else { return nil }
        var lineEdits: [LineEdit] = []
        var scalars: [ScalarEdits.Span] = []
        guard let pairs = Self.align(old, new) else { return nil }
        for pair in pairs {
            switch pair {
            case .same(let i, let j):
                guard old[i] != new[j] else { continue }
                guard let edit = subspaceEdits(item: i, old: old[i], new: new[j]) else { return nil }
                lineEdits += edit.lines
                scalars += edit.scalars
            case .removed(let i):
                lineEdits.append(removal(ofItem: i))
            case .added(let j, let before):
                lineEdits.append(insertion(new[j], beforeItem: before))
            }
        }
        return (lineEdits, scalars)
    }

    // MARK: subspaces

    enum Pairing {
        case same(Int, Int)
        case removed(Int)
        /// New subspace j, inserted before old item `before` (old.count: at the end).
        case added(Int, before: Int)
    }

    /// Pairs old and new subspaces by position, allowing one subspace added or one removed at
    /// any place (the editor's `a`, `A` and `D`); the place is where the fewest pairs differ.
    static func align(_ old: [Subspace], _ new: [Subspace]) -> [Pairing]? {
        if old.count == new.count { return old.indices.map { .same($0, $0) } }
        if new.count == old.count - 1 {
            let best = old.indices.min { differences(removing: $0, old, new) < differences(removing: $1, old, new) }
            guard let gap = best else { return nil }
            return old.indices.map { i in i == gap ? .removed(i) : .same(i, i < gap ? i : i - 1) }
        }
        if new.count == old.count + 1 {
            let best = new.indices.min { differences(removing: $0, new, old) < differences(removing: $1, new, old) }
            guard let gap = best else { return nil }
            var pairs: [Pairing] = []
            for j in new.indices {
                pairs.append(j == gap ? .added(j, before: j) : .same(j < gap ? j : j - 1, j))
            }
            return pairs
        }
        return nil
    }

    /// How many pairs differ when `longer` loses its element at `gap`.
    static func differences(removing gap: Int, _ longer: [Subspace], _ shorter: [Subspace]) -> Int {
        var count = 0
        for (i, sub) in longer.enumerated() where i != gap {
            if sub != shorter[i < gap ? i : i - 1] { count += 1 }
        }
        return count
    }

    /// The first line of item i (its `- ` line) and the line after its last one, trailing
    /// comments and blank lines left to what follows.
    func range(ofItem i: Int) -> (start: Int, end: Int)? {
        guard let start = items[i].mark.map({ $0.line - 1 }) else { return nil }
        let next = i + 1 < items.count ? items[i + 1].mark.map { $0.line - 1 } ?? listEnd : listEnd
        return (start, trimmed(end: next, after: start))
    }

    /// Lines the item removal takes: its own comment lines above, and one blank line that
    /// separated it from its neighbour.
    func removal(ofItem i: Int) -> LineEdit {
        guard let (start, end) = range(ofItem: i) else { return LineEdit(start: 0, end: 0, replacement: []) }
        var from = commentsAbove(start, indent: itemIndent)
        var to = end
        if blankLineBetween {
            if to < lines.count, isBlank(to), i + 1 < items.count { to += 1 } else if from > 0, isBlank(from - 1) { from -= 1 }
        }
        return LineEdit(start: from, end: to, replacement: [])
    }

    /// A new subspace's lines, before old item `before` (or after the last item).
    func insertion(_ sub: Subspace, beforeItem before: Int) -> LineEdit {
        let body = DictWriter.yamlSubspaces([sub], indent: itemIndent)
        if before < items.count, let start = items[before].mark.map({ $0.line - 1 }) {
            let at = commentsAbove(start, indent: itemIndent)
            return LineEdit(start: at, end: at, replacement: body + (blankLineBetween ? [""] : []))
        }
        return LineEdit(start: listEnd, end: listEnd, replacement: (blankLineBetween && !items.isEmpty ? [""] : []) + body)
    }

    // MARK: parameters

    /// The edits inside one subspace, or nil when the item cannot be edited in place.
    func subspaceEdits(item i: Int, old: Subspace, new: Subspace) -> (lines: [LineEdit], scalars: [ScalarEdits.Span])? {
        let item = items[i]
        guard old.unknownKeys == new.unknownKeys, let pairs = item.pairs, !pairs.isEmpty,
              let (_, itemEnd) = range(ofItem: i), isBlockItem(item) else { return nil }
        let entries = pairs.compactMap { pair -> (id: ParameterID, key: Node, value: Node)? in
            guard let id = Catalogue.parameter(named: pair.key) ?? Catalogue.legacyNames[pair.key] else { return nil }
            return (id, pair.keyNode, pair.value)
        }
        var lineEdits: [LineEdit] = []
        var scalars: [ScalarEdits.Span] = []
        var removedFirst = false
        for (index, entry) in entries.enumerated() {
            let before = old[entry.id], after = new[entry.id]
            guard before != after else { continue }
            guard let range = entryRange(pairs: pairs, at: pairs.firstIndex { $0.keyNode == entry.key } ?? 0, itemEnd: itemEnd)
            else { return nil }
            if after.isUnset {
                let isFirst = !bare && index == 0 && pairs.first?.keyNode == entry.key
                // the comments above a bare file's first key are the file's own header, not that key's
                let from = isFirst || (bare && index == 0) ? range.start : commentsAbove(range.start, indent: range.indent)
                lineEdits.append(LineEdit(start: from, end: range.end, replacement: []))
                if isFirst { removedFirst = true }
            } else if let spans = ScalarEdits.spans(before, after, value: entry.value, lines: lines) {
                scalars += spans
            } else {
                lineEdits.append(LineEdit(start: range.start, end: range.end,
                                          replacement: entryLines(entry.id, after, range: range, first: !bare && index == 0)))
            }
        }
        if removedFirst {
            // the `- ` moves to the first entry left; none left: the subspace is `- {}`
            let left = entries.filter { !new[$0.id].isUnset }
            guard entries.count == pairs.count else { return nil }
            if let next = left.first, let line = next.key.mark.map({ $0.line - 1 }) {
                let text = Array(lines[line].unicodeScalars)
                let body = String(String.UnicodeScalarView(text.drop { $0 == " " }))
                lineEdits.append(LineEdit(start: line, end: line + 1,
                                          replacement: [String(repeating: " ", count: itemIndent) + "- " + body]))
            } else if new.entries.isEmpty, let (start, _) = range(ofItem: i) {
                lineEdits.append(LineEdit(start: start, end: start, replacement: [String(repeating: " ", count: itemIndent) + "- {}"]))
            }
        }
        let added = new.entries.filter { old[$0.id].isUnset }
        if !added.isEmpty {
            let keyIndent = entries.first?.key.mark.map { $0.column - 1 } ?? itemIndent + 2
            let flow = entries.contains { isFlowValue($0.value) }
            let neighbour = entryRange(pairs: pairs, at: pairs.count - 1, itemEnd: itemEnd)
            let childIndent = neighbour?.childIndent ?? keyIndent + 2
            var body: [String] = []
            for (id, setting) in added {
                body += render(id, setting, keyIndent: keyIndent, childIndent: childIndent, flow: flow)
            }
            lineEdits.append(LineEdit(start: itemEnd, end: itemEnd, replacement: body))
        }
        return (lineEdits, scalars)
    }

    /// The lines of one entry: where it starts, ends, its key's indentation and its children's.
    struct EntryRange {
        var start: Int
        var end: Int
        var indent: Int
        var childIndent: Int?
        /// A comment after the value on the key line (kept when the entry is rewritten).
        var trailingComment: String?
    }

    func entryRange(pairs: [(key: String, keyNode: Node, value: Node)], at index: Int, itemEnd: Int) -> EntryRange? {
        guard let mark = pairs[index].keyNode.mark else { return nil }
        let start = mark.line - 1
        let next = index + 1 < pairs.count ? pairs[index + 1].keyNode.mark.map { $0.line - 1 } ?? itemEnd : itemEnd
        // a key on the same line as the next one is a flow mapping: not edited in place
        guard next > start else { return nil }
        let end = trimmed(end: next, after: start)
        let child = (start + 1..<end).first { !isBlankOrComment($0) }.map { indentation(of: $0) }
        return EntryRange(start: start, end: end, indent: mark.column - 1, childIndent: child,
                          trailingComment: Self.trailingComment(lines[start]))
    }

    /// An entry rewritten in place: the same indentation, flow or block as it was, and the
    /// comment its key line carried.
    func entryLines(_ id: ParameterID, _ setting: Setting, range: EntryRange, first: Bool) -> [String] {
        let flow = range.end == range.start + 1 && lines[range.start].contains("{")
        var out = render(id, setting, keyIndent: range.indent, childIndent: range.childIndent ?? range.indent + 2, flow: flow)
        if first, !out.isEmpty {
            // the item's first key shares its line with the `- `
            let body = out[0].drop { $0 == " " }
            out[0] = String(repeating: " ", count: itemIndent) + "- " + body
        }
        if let comment = range.trailingComment, !out.isEmpty { out[0] += comment }
        return out
    }

    func render(_ id: ParameterID, _ setting: Setting, keyIndent: Int, childIndent: Int, flow: Bool) -> [String] {
        let pad = String(repeating: " ", count: keyIndent)
        if flow, case .swept(let d) = setting { return [pad + id.name + ": " + DictWriter.flowYAML(d)] }
        let rendered = DictWriter.yamlSetting(key: id.name, setting)
        let childPad = String(repeating: " ", count: childIndent)
        return rendered.enumerated().map { index, line in
            index == 0 ? pad + line : childPad + line.dropFirst(2)
        }
    }

    // MARK: text

    func isBlockItem(_ item: Node) -> Bool {
        guard let mark = item.mark, mark.line - 1 < lines.count else { return false }
        let line = Array(lines[mark.line - 1].unicodeScalars)
        let at = mark.column - 1
        return at < line.count && line[at] != "{"
    }

    func isFlowValue(_ node: Node) -> Bool {
        guard case .mapping = node, let mark = node.mark, mark.line - 1 < lines.count else { return false }
        let line = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column - 1 < line.count && line[mark.column - 1] == "{"
    }

    func indentation(of line: Int) -> Int { TextEdits.indentation(lines[line]) }

    func isBlank(_ line: Int) -> Bool { line < lines.count && lines[line].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }

    func isBlankOrComment(_ line: Int) -> Bool { line < lines.count ? TextEdits.isBlankOrComment(lines[line]) : true }

    /// `end` moved up past blank and comment lines (they belong to what follows), not above `start + 1`.
    func trimmed(end: Int, after start: Int) -> Int {
        var end = min(end, lines.count)
        while end > start + 1, isBlankOrComment(end - 1) { end -= 1 }
        return end
    }

    /// The first of the comment lines right above `line` at the given indentation (no blank
    /// line between): the comments that belong to what starts at `line`.
    func commentsAbove(_ line: Int, indent: Int) -> Int {
        var start = line
        while start > 0, !isBlank(start - 1), isBlankOrComment(start - 1), indentation(of: start - 1) == indent { start -= 1 }
        return start
    }

    /// The `# comment` after a value on a line with the spaces before it, if any (a `#` after
    /// a space, outside quotes).
    static func trailingComment(_ line: String) -> String? {
        var quote: Character?
        var previous: Character = " "
        for (offset, c) in line.enumerated() {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "#", previous == " " || previous == "\t" {
                var start = offset
                let characters = Array(line)
                while start > 0, characters[start - 1] == " " || characters[start - 1] == "\t" { start -= 1 }
                let comment = String(characters[start...])
                return comment.hasSuffix("\r") ? String(comment.dropLast()) : comment
            }
            previous = c
        }
        return nil
    }
}
