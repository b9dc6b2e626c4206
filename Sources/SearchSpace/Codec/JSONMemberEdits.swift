import Yams

/// Member-level edits of a dict-form JSON subspace (an object in the search_space list): a
/// parameter whose kind changed gets its value rewritten where it stands, an unset one goes
/// with its comma, a new one is added after the last member on a line of its own with the
/// members' indentation. Works on the text as scalars: JSON's commas belong to the members
/// around them, so line edits alone cannot express a removal.
struct JSONMemberEdits {
    let scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar.
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (i, u) in scalars.enumerated() where u == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// An edit of the text: scalars start..<end become `text`.
    struct Edit {
        var start: Int
        var end: Int
        var text: String
    }

    func offset(_ node: Node) -> Int? {
        guard let mark = node.mark, mark.line - 1 < lineStarts.count else { return nil }
        return lineStarts[mark.line - 1] + mark.column - 1
    }

    /// The offset just past the JSON value starting at `start` (strings, numbers, objects,
    /// arrays, literals), or nil when the text is not what Yams read.
    func valueEnd(from start: Int) -> Int? {
        var i = start
        guard i < scalars.count else { return nil }
        if scalars[i] == "{" || scalars[i] == "[" {
            var depth = 0
            var inString = false
            while i < scalars.count {
                let u = scalars[i]
                if inString {
                    if u == "\\" { i += 1 } else if u == "\"" { inString = false }
                } else if u == "\"" {
                    inString = true
                } else if u == "{" || u == "[" {
                    depth += 1
                } else if u == "}" || u == "]" {
                    depth -= 1
                    if depth == 0 { return i + 1 }
                }
                i += 1
            }
            return nil
        }
        if scalars[i] == "\"" {
            i += 1
            while i < scalars.count, scalars[i] != "\"" { i += scalars[i] == "\\" ? 2 : 1 }
            return i < scalars.count ? i + 1 : nil
        }
        while i < scalars.count, !",}] \t\r\n".unicodeScalars.contains(scalars[i]) { i += 1 }
        return i
    }

    func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\r" || u == "\n" }

    /// The edits that turn `old` into `new` in one subspace object, or nil.
    func edits(item: Node, old: Subspace, new: Subspace) -> [Edit]? {
        guard old.unknownKeys == new.unknownKeys, let pairs = item.pairs, let open = offset(item),
              open < scalars.count, scalars[open] == "{" else { return nil }
        var edits: [Edit] = []
        var members: [(id: ParameterID?, keyStart: Int, valueStart: Int, valueEnd: Int)] = []
        for pair in pairs {
            guard let keyStart = offset(pair.keyNode), let valueStart = offset(pair.value),
                  let end = valueEnd(from: valueStart) else { return nil }
            members.append((Catalogue.parameter(named: pair.key) ?? Catalogue.legacyNames[pair.key], keyStart, valueStart, end))
        }
        for (index, member) in members.enumerated() {
            guard let id = member.id, old[id] != new[id] else { continue }
            if new[id].isUnset {
                // the member and the comma after it (or, for the last one, the comma before it)
                var start = member.keyStart, end = member.valueEnd
                var after = end
                while after < scalars.count, isSpace(scalars[after]) { after += 1 }
                if after < scalars.count, scalars[after] == "," {
                    end = after + 1
                    // the rest of its line goes too when the member had a line of its own
                    var next = end
                    while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                    var before = start
                    while before > 0, scalars[before - 1] == " " || scalars[before - 1] == "\t" { before -= 1 }
                    if next < scalars.count, scalars[next] == "\n" || scalars[next] == "\r",
                       before == 0 || scalars[before - 1] == "\n" {
                        start = before
                        end = next + (scalars[next] == "\r" ? 2 : 1)
                    }
                } else if index > 0 {
                    start = members[index - 1].valueEnd
                } else {
                    return nil  // the only member: an empty object is written anew
                }
                edits.append(Edit(start: start, end: end, text: ""))
            } else {
                edits.append(Edit(start: member.valueStart, end: member.valueEnd, text: DictWriter.jsonSetting(new[id])))
            }
        }
        let added = new.entries.filter { old[$0.id].isUnset }
        if !added.isEmpty {
            guard let last = members.last else { return nil }
            // the indentation of the last member's line, or one line for a one-line object
            var lineStart = last.keyStart
            while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
            let lead = String(String.UnicodeScalarView(scalars[lineStart..<last.keyStart]))
            let ownLine = lead.allSatisfy { $0 == " " || $0 == "\t" }
            let separator = ownLine ? ",\n" + lead : ", "
            let text = added.map { separator + JSONText.string($0.id.name) + ": " + DictWriter.jsonSetting($0.setting) }.joined()
            edits.append(Edit(start: last.valueEnd, end: last.valueEnd, text: text))
        }
        return edits
    }

    /// Removing one element of a list (a subspace object) with its comma, and its line when it
    /// has lines of its own.
    func removal(ofElement element: Node, in list: [Node]) -> Edit? {
        guard let start = offset(element), let end = valueEnd(from: start),
              let index = list.firstIndex(where: { $0 == element && offset($0) == start }) else { return nil }
        if index + 1 < list.count, let next = offset(list[index + 1]) {
            // up to the next element's start: the comma and the line break go too
            var from = start
            while from > 0, scalars[from - 1] == " " || scalars[from - 1] == "\t" { from -= 1 }
            var to = next
            while to > end, scalars[to - 1] == " " || scalars[to - 1] == "\t" { to -= 1 }
            return Edit(start: from, end: to, text: "")
        }
        guard index > 0, let previous = offset(list[index - 1]), let previousEnd = valueEnd(from: previous) else { return nil }
        return Edit(start: previousEnd, end: end, text: "")
    }

    /// A new element written before `before` (nil: after the last), with the elements' indentation.
    func insertion(_ sub: Subspace, before: Node?, in list: [Node]) -> Edit? {
        guard let last = list.last, let lastStart = offset(last), let lastEnd = valueEnd(from: lastStart) else { return nil }
        let lead = indentation(before: lastStart)
        guard lead.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        // the members as the other subspaces indent theirs
        let memberLead = last.pairs?.first.flatMap { offset($0.keyNode) }.map(indentation(before:))
            .flatMap { $0.allSatisfy { $0 == " " || $0 == "\t" } ? $0 : nil } ?? lead + "    "
        var members: [String] = sub.entries.map { JSONText.string($0.id.name) + ": " + DictWriter.jsonSetting($0.setting) }
        members += sub.unknownKeys.map { JSONText.string($0.name) + ": " + DictWriter.jsonSetting($0.setting) }
        let text = members.isEmpty ? "{}" : "{\n" + members.map { memberLead + $0 }.joined(separator: ",\n") + "\n" + lead + "}"
        if let before, let at = offset(before) {
            return Edit(start: at, end: at, text: text + ",\n" + lead)
        }
        return Edit(start: lastEnd, end: lastEnd, text: ",\n" + lead + text)
    }

    /// What stands before `offset` on its line.
    func indentation(before offset: Int) -> String {
        var lineStart = offset
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        return String(String.UnicodeScalarView(scalars[lineStart..<offset]))
    }

    /// The text with the edits applied (they do not overlap; applied from the end).
    func applied(_ edits: [Edit]) -> String {
        var out = scalars
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            out.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.unicodeScalars))
        }
        return String(String.UnicodeScalarView(out))
    }
}
