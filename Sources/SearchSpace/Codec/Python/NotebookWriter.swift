import Foundation

/// Saves a notebook by replacing the text of the `"source"` values of the cells whose calls
/// changed (the chosen cell, and the cells its job's settings were read from) in the notebook's
/// own JSON text: key order, indentation, outputs and every other cell stay byte for byte (the
/// notebook is never re-serialised). Lines whose text did not change keep their JSON spelling.
enum NotebookWriter {
    static func save(_ doc: Document, cell: Int) -> String? {
        let text = doc.originalText
        let bytes = Array(text.utf8)
        guard let cells = try? NotebookReader.cells(text, path: nil), cell < cells.count else { return nil }
        let sources = NotebookReader.codeSources(cells)
        guard let anchor = sources.firstIndex(where: { $0.cell == cell + 1 }),
              let saved = PythonSplice.save(sources, anchorPart: anchor, space: doc.space, original: doc.originalSpace)
        else { return nil }
        // each changed cell's source value, from the last in the file to the first, so the byte
        // ranges found in the original text stay valid
        var out = bytes
        for (source, newSource) in zip(sources, saved).reversed() where newSource != source.text {
            let index = source.cell! - 1
            guard let range = JSONLocator(bytes).range(of: ["cells", index, "source"]) else { return nil }
            let oldValue = String(decoding: bytes[range], as: UTF8.self)
            let value = sourceJSON(newSource, replacing: oldValue, oldLines: cells[index]["source"] as? [String])
            out.replaceSubrange(range, with: Array(value.utf8))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The new `source` value, laid out as the old one was: a list of lines, one element a line
    /// at the old indentation (or a single string if it was one).
    static func sourceJSON(_ source: String, replacing old: String, oldLines: [String]?) -> String {
        guard let oldLines else { return JSONText.string(source) }
        var lines: [String] = []
        var current = ""
        for scalar in source.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" { lines.append(current); current = "" }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.isEmpty { return "[]" }
        // the old elements' own spelling, so an unchanged line is written as it was
        var spelled: [String: String] = [:]
        let elementTexts = JSONLocator(Array(old.utf8)).elementTexts()
        if elementTexts.count == oldLines.count {
            for (line, raw) in zip(oldLines, elementTexts) { spelled[line] = raw }
        }
        let items = lines.map { spelled[$0] ?? JSONText.string($0) }
        // indentation of the first element and of the closing bracket, as written
        guard old.contains("\n"), let firstBreak = old.firstIndex(of: "\n") else {
            return "[" + items.joined(separator: ", ") + "]"
        }
        let afterBreak = old[old.index(after: firstBreak)...]
        let elementIndent = String(afterBreak.prefix { $0 == " " || $0 == "\t" })
        let closing = old.split(separator: "\n", omittingEmptySubsequences: false).last
            .map { String($0.prefix { $0 == " " || $0 == "\t" }) } ?? ""
        return "[\n" + items.map { elementIndent + $0 }.joined(separator: ",\n") + "\n" + closing + "]"
    }
}

/// Finds where a value sits in JSON text, by a path of keys and indices, without building the
/// document: the byte range a splice replaces.
struct JSONLocator {
    let bytes: [UInt8]
    var i = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    enum Step { case key(String), index(Int) }

    func range(of path: [Any]) -> Range<Int>? {
        var copy = self
        copy.skipSpace()
        return copy.find(path[...])
    }

    /// The raw text of each element of the array this text is.
    func elementTexts() -> [String] {
        var copy = self
        copy.skipSpace()
        guard copy.peek == UInt8(ascii: "[") else { return [] }
        copy.i += 1
        var result: [String] = []
        while true {
            copy.skipSpace()
            if copy.peek == UInt8(ascii: "]") || copy.peek == nil { return result }
            let start = copy.i
            guard copy.skipValue() else { return [] }
            result.append(String(decoding: bytes[start..<copy.i], as: UTF8.self))
            copy.skipSpace()
            if copy.peek == UInt8(ascii: ",") { copy.i += 1 }
        }
    }

    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 }
    }

    mutating func find(_ path: ArraySlice<Any>) -> Range<Int>? {
        guard let step = path.first else {
            let start = i
            return skipValue() ? start..<i : nil
        }
        if let key = step as? String, peek == UInt8(ascii: "{") {
            i += 1
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { return nil }
                let keyStart = i
                guard skipValue(),
                      let name = try? JSONSerialization.jsonObject(with: Data(bytes[keyStart..<i]), options: .fragmentsAllowed) as? String
                else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                if name == key { return find(path.dropFirst()) }
                guard skipValue() else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        }
        if let index = step as? Int, peek == UInt8(ascii: "[") {
            i += 1
            var n = 0
            while true {
                skipSpace()
                if n == index { return find(path.dropFirst()) }
                guard skipValue() else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ",") else { return nil }
                i += 1
                n += 1
            }
        }
        return nil
    }

    /// Moves past one value; false on text that is not JSON.
    mutating func skipValue() -> Bool {
        guard let b = peek else { return false }
        switch b {
        case UInt8(ascii: "\""):
            i += 1
            while let c = peek {
                i += 1
                if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { return true }
            }
            return false
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            i += 1
            while true {
                skipSpace()
                if peek == close { i += 1; return true }
                guard skipValue() else { return false }
                skipSpace()
                if peek == UInt8(ascii: ":") || peek == UInt8(ascii: ",") { i += 1 }
            }
        default:
            let start = i
            while let c = peek, !(c == UInt8(ascii: ",") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]")
                || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09) { i += 1 }
            return i > start
        }
    }
}
