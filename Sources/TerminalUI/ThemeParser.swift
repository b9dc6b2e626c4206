/// The theme file format, one style a line:
///
///     # a comment: a line starting with '#', or ' # ' after a style; blank lines are ignored
///     STYLE = FOREGROUND BACKGROUND [ATTRIBUTE[,ATTRIBUTE...]]
///     list.selected = black cyan bold
///     diag.error    = bright-red default bold,underline
///     header        = #1c1c1c 110
///
/// STYLE is a dotted name (letters, digits, '-', '_'); lookups fall back along the dots, then
/// to the `default` style. A colour is `default` (the terminal's own), one of black red green
/// yellow blue magenta cyan white, `bright-` before one of those, a palette number 0–255, or
/// `#rrggbb`. Attributes: bold dim underline reverse italic blink standout, or `none`.
extension Theme {
    /// Parses a theme file's text, naming the theme after the file (`light.theme` is "light").
    public static func parse(_ text: String, source: String) throws(ThemeError) -> Theme {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        let name = file.hasSuffix(ThemeLibrary.fileExtension) ? String(file.dropLast(ThemeLibrary.fileExtension.count)) : file
        return try parse(text, name: name, source: source)
    }

    /// Parses a theme file's text. `source` names the file in errors ("file:line:column: ...").
    public static func parse(_ text: String, name: String, source: String) throws(ThemeError) -> Theme {
        var styles: [String: ThemeStyle] = [:]
        var definedOn: [String: Int] = [:]
        // "\r\n" is one Character in Swift, so splitting at "\n" alone would leave a CRLF file one line
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (offset, rawLine) in lines.enumerated() {
            let lineNumber = offset + 1
            let line = Line(text: rawLine, number: lineNumber, source: source)
            guard let (key, style) = try line.parse() else { continue }
            if let first = definedOn[key.text] {
                throw line.error(at: key.column, "style '\(key.text)' is already defined on line \(first)")
            }
            definedOn[key.text] = lineNumber
            styles[key.text] = style
        }
        return Theme(name: name, styles: styles)
    }
}

/// One line of a theme file, split into column-numbered words for precise error positions.
private struct Line {
    struct Word {
        var text: String
        var column: Int
    }

    let text: Substring
    let number: Int
    let source: String

    func error(at column: Int, _ message: String) -> ThemeError {
        .invalid(source: source, line: number, column: column, message: message)
    }

    /// nil for a blank or comment line.
    func parse() throws(ThemeError) -> (Word, ThemeStyle)? {
        var content = text
        if content.last == "\r" { content.removeLast() }
        if let hash = commentStart(content) { content = content[..<hash] }
        guard content.contains(where: { !Self.isBlank($0) }) else { return nil }
        guard let equals = content.firstIndex(of: "=") else {
            let first = words(content[...], startColumn: 1).first
            throw error(at: first?.column ?? 1, "expected 'STYLE = FOREGROUND BACKGROUND [ATTRIBUTES]'")
        }
        let left = words(content[..<equals], startColumn: 1)
        let equalsColumn = content.distance(from: content.startIndex, to: equals) + 1
        guard let key = left.first else { throw error(at: equalsColumn, "missing style name before '='") }
        guard left.count == 1 else { throw error(at: left[1].column, "a style name has no spaces") }
        try checkStyleName(key)
        let right = words(content[content.index(after: equals)...], startColumn: equalsColumn + 1)
        guard right.count >= 2 else {
            let column = right.first.map { $0.column + $0.text.count } ?? equalsColumn + 1
            throw error(at: column, right.isEmpty
                ? "missing foreground and background colours (use 'default' for the terminal's own)"
                : "missing background colour (use 'default' for the terminal's own)")
        }
        let foreground = try color(right[0])
        let background = try color(right[1])
        var attributes: ThemeAttributes = []
        for word in right.dropFirst(2) { attributes.formUnion(try self.attributes(word)) }
        return (key, ThemeStyle(foreground: foreground, background: background, attributes: attributes))
    }

    /// A comment is a line whose first word starts with '#', or a '#' followed by a space (or
    /// the line's end) after a style; `#rrggbb` colours are not comments.
    private func commentStart(_ content: Substring) -> Substring.Index? {
        if let first = content.firstIndex(where: { !Self.isBlank($0) }), content[first] == "#" { return first }
        var index = content.startIndex
        while index < content.endIndex {
            if content[index] == "#" {
                let next = content.index(after: index)
                if next == content.endIndex || Self.isBlank(content[next]) { return index }
            }
            index = content.index(after: index)
        }
        return nil
    }

    private func words(_ part: Substring, startColumn: Int) -> [Word] {
        var result: [Word] = []
        var column = startColumn
        var current = ""
        var currentColumn = column
        for character in part {
            if Self.isBlank(character) {
                if !current.isEmpty { result.append(Word(text: current, column: currentColumn)) }
                current = ""
            } else {
                if current.isEmpty { currentColumn = column }
                current.append(character)
            }
            column += 1
        }
        if !current.isEmpty { result.append(Word(text: current, column: currentColumn)) }
        return result
    }

    /// Character.isWhitespace, answered from the ASCII value where there is one (tab to
    /// carriage return, space: the same answers, and "\r\n" is 10): the Unicode property
    /// lookup was a third of the time to parse a theme, which every start does.
    static func isBlank(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    /// ASCII letters, digits, '-' and '_' between single dots. Checked on UTF-8 bytes: a
    /// character passes only if it is one of those ASCII bytes, so a name passes exactly when
    /// all its bytes do, without a Unicode property lookup per character.
    private func checkStyleName(_ key: Word) throws(ThemeError) {
        var segmentLength = 0
        var valid = true
        for byte in key.text.utf8 {
            if byte == UInt8(ascii: ".") {
                valid = valid && segmentLength > 0
                segmentLength = 0
                continue
            }
            let allowed = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            valid = valid && allowed
            segmentLength += 1
        }
        guard valid, segmentLength > 0 else {
            throw error(at: key.column, "'\(key.text)' is not a style name (dotted words such as list.selected)")
        }
    }

    private func color(_ word: Word) throws(ThemeError) -> ThemeColor {
        let name = word.text.lowercased()
        if name == "default" { return .terminalDefault }
        if let index = ThemeColor.basicNames.firstIndex(of: name) { return .indexed(index) }
        if name.hasPrefix("bright-"), let index = ThemeColor.basicNames.firstIndex(of: String(name.dropFirst(7))) {
            return .indexed(index + 8)
        }
        if name.allSatisfy(\.isASCII), name.allSatisfy(\.isNumber) {
            guard let number = Int(name), number <= 255 else {
                throw error(at: word.column, "colour number \(word.text) is out of range 0-255")
            }
            return .indexed(number)
        }
        if name.hasPrefix("#") {
            let hex = name.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = Int(hex, radix: 16) else {
                throw error(at: word.column, "'\(word.text)' is not a #rrggbb colour")
            }
            return .rgb(red: value >> 16, green: (value >> 8) & 0xff, blue: value & 0xff)
        }
        let names = ["default"] + ThemeColor.basicNames + ThemeColor.basicNames.map { "bright-" + $0 }
        if let near = Self.nearest(name, in: names) {
            throw error(at: word.column, "unknown colour '\(word.text)' (did you mean '\(near)'?)")
        }
        throw error(at: word.column, "unknown colour '\(word.text)' (a name such as red or bright-red, 0-255, #rrggbb or default)")
    }

    /// The candidate within two edits of `word`, if any (for "did you mean").
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(word), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    private func attributes(_ word: Word) throws(ThemeError) -> ThemeAttributes {
        var result: ThemeAttributes = []
        var column = word.column
        for part in word.text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.lowercased()
            if name == "none" {
            } else if let known = ThemeAttributes.named.first(where: { $0.name == name }) {
                result.insert(known.attribute)
            } else {
                let names = ThemeAttributes.named.map(\.name)
                if let near = Self.nearest(name, in: names + ["none"]) {
                    throw error(at: column, "unknown attribute '\(part)' (did you mean '\(near)'?)")
                }
                throw error(at: column, "unknown attribute '\(part)' (\(names.joined(separator: ", ")) or none)")
            }
            column += part.count + 1
        }
        return result
    }
}
