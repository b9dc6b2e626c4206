import Foundation
import Testing
@testable import Editor
import TestSupport

/// README's Keys table and the keymap say the same: every key the keymap binds (in any mode) is
/// in the table, and every key the table names is bound. A key is named in the table's first
/// column (`Up/Down, k/j`, `Ctrl-O / Ctrl-X (in a choice value)`) or in backticks in the second
/// (`h`/`l`).
struct ReadmeKeysTests {
    /// The rows of README's `## Keys` table, as (keys, action) cells.
    static func readmeRows() throws -> [(keys: String, action: String)] {
        let readme = try String(contentsOf: PackageRoot.url("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## Keys\n") else {
            Issue.record("README.md has no ## Keys section")
            return []
        }
        let section = readme[start.upperBound...].prefix { _ in true }
        let body = section.range(of: "\n## ").map { section[..<$0.lowerBound] } ?? section
        return body.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), cells.count >= 4, cells[1] != "key", !cells[1].hasPrefix("---") else { return nil }
            return (cells[1], cells[2])
        }
    }

    /// The keys a row names: its first column split at `,`, ` / ` and `/` (a lone `/` is the
    /// key), notes in parentheses dropped; and every `backticked` word of its second column.
    static func names(_ row: (keys: String, action: String)) -> [String] {
        var column = row.keys
        while let open = column.range(of: " ("), let close = column.range(of: ")", range: open.upperBound..<column.endIndex) {
            column.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var names: [String] = []
        if column == "/" {
            names.append("/")
        } else {
            for part in column.components(separatedBy: ",").flatMap({ $0.components(separatedBy: " / ") }) {
                let word = part.trimmingCharacters(in: .whitespaces)
                names += word == "/" ? ["/"] : word.split(separator: "/").map(String.init)
            }
        }
        let quoted = row.action.split(separator: "`", omittingEmptySubsequences: false)
        for word in stride(from: 1, to: quoted.count, by: 2).map({ String(quoted[$0]) }) {
            names += word == "/" ? ["/"] : word.split(separator: "/").map(String.init)
        }
        return names.filter { !$0.isEmpty }
    }

    /// A README spelling as a key: `Up`, `PgDn`, `Shift-Tab`, `Ctrl-R`, `Space`, `Del`, `G`.
    static func key(_ name: String) -> Key? {
        let named: [String: Key] = [
            "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Home": .home, "End": .end,
            "PgUp": .pageUp, "PgDn": .pageDown, "Enter": .enter, "Esc": .esc, "Tab": .tab,
            "Shift-Tab": .backTab, "Space": .char(" "), "Backspace": .backspace, "Del": .delete,
            "Ctrl-Left": .ctrlLeft, "Ctrl-Right": .ctrlRight,
        ]
        if let key = named[name] { return key }
        if name.hasPrefix("Ctrl-"), name.count == 6, let c = name.last { return .ctrl(Character(c.lowercased())) }
        if name.hasPrefix("Alt-"), name.count == 5, let c = name.last { return .alt(Character(c.lowercased())) }
        if name.count == 1, let c = name.first { return .char(c) }
        return nil
    }

    @Test func theKeysTableAndTheKeymapNameTheSameKeys() throws {
        let rows = try Self.readmeRows()
        #expect(rows.count > 10, "README's Keys table has its rows")
        var documented: Set<Key> = []
        for row in rows {
            for name in Self.names(row) {
                guard let key = Self.key(name) else {
                    Issue.record("README's Keys table names '\(name)', which is not a key spelling (row: \(row.keys))")
                    continue
                }
                documented.insert(key)
            }
        }
        let bound = Set(Keymap.bindings.flatMap(\.keys))
        let undocumented = bound.subtracting(documented).map(\.label).sorted()
        let unbound = documented.subtracting(bound).map(\.label).sorted()
        #expect(undocumented.isEmpty, "bound in the keymap, missing from README's Keys table: \(undocumented)")
        #expect(unbound.isEmpty, "in README's Keys table, bound nowhere in the keymap: \(unbound)")
    }
}
