import Yams

/// The tag YAML 1.1's schema gives a plain (unquoted, untagged) scalar, exactly as Yams'
/// `Resolver.default` resolves it, without its regular expressions: building those costs ICU's
/// start-up, a third of the instructions to the editor's first frame (BENCHMARKS.md). Rules in
/// Yams' order, the first that matches wins: bool, int, float, merge, null, timestamp, value;
/// else str. `YAMLCoreSchemaTests` checks every answer against Yams' own resolver.
enum YAMLCoreSchema {
    static func tag(ofPlain text: String) -> Tag.Name {
        let s = Array(text.utf8)
        if isBool(text) { return .bool }
        if isInt(s) { return .int }
        if isFloat(s) { return .float }
        if text == "<<" { return .merge }
        if isNull(text) { return .null }
        if isTimestamp(s) { return .timestamp }
        if text == "=" { return .value }
        return .str
    }

    static let boolWords: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                         "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]
    static func isBool(_ text: String) -> Bool { boolWords.contains(text) }
    static func isNull(_ text: String) -> Bool { text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" }

    // MARK: the patterns, over ASCII bytes (every pattern is ASCII: other bytes never match)

    /// A position in the bytes of a scalar, with the few moves the patterns need.
    struct Cursor {
        let s: [UInt8]
        var i = 0
        var atEnd: Bool { i == s.count }
        var next: UInt8? { i < s.count ? s[i] : nil }

        /// Takes one byte that satisfies `test`.
        mutating func take(_ test: (UInt8) -> Bool) -> Bool {
            guard let c = next, test(c) else { return false }
            i += 1
            return true
        }

        mutating func take(_ byte: Character) -> Bool { take { $0 == byte.asciiValue } }

        /// Takes as many bytes as satisfy `test`; how many.
        @discardableResult
        mutating func takeAll(_ test: (UInt8) -> Bool) -> Int {
            let start = i
            while let c = next, test(c) { i += 1 }
            return i - start
        }

        mutating func takeSign() { _ = take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") } }

        /// `(?::[0-5]?[0-9])+`: at least one group. Greedy is exact here: a group is followed
        /// by another group, a ".", or the end, none of which is a digit.
        mutating func takeSexagesimalGroups() -> Bool {
            var groups = 0
            while next == UInt8(ascii: ":") {
                let save = i
                i += 1
                if i + 1 < s.count, isDigit(s[i]), isDigit(s[i + 1]), s[i] <= UInt8(ascii: "5") {
                    i += 2
                } else if take(isDigit) {
                } else {
                    i = save
                    break
                }
                groups += 1
            }
            return groups > 0
        }
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    static func isDigitOrUnderscore(_ c: UInt8) -> Bool { isDigit(c) || c == UInt8(ascii: "_") }
    static func isHex(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
    }

    /// Whether one alternative, tried from the start, matches the whole scalar.
    static func whole(_ s: [UInt8], _ pattern: (inout Cursor) -> Bool) -> Bool {
        var cursor = Cursor(s: s)
        return pattern(&cursor) && cursor.atEnd
    }

    /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+
    /// | [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`
    static func isInt(_ s: [UInt8]) -> Bool {
        whole(s) { c in c.takeSign(); return c.take("0") && c.take("b") && c.takeAll { $0 == 48 || $0 == 49 || $0 == 95 } > 0 }
            || whole(s) { c in
                c.takeSign()
                guard c.take("0") else { return false }
                _ = c.take("o")
                return c.takeAll { ($0 >= 48 && $0 <= 55) || $0 == 95 } > 0
            }
            || whole(s) { c in
                c.takeSign()
                if c.take("0") { return true }
                return c.take { $0 >= 49 && $0 <= 57 } && c.takeAll(isDigitOrUnderscore) >= 0
            }
            || whole(s) { c in c.takeSign(); return c.take("0") && c.take("x") && c.takeAll { isHex($0) || $0 == 95 } > 0 }
            || whole(s) { c in
                c.takeSign()
                guard c.take({ $0 >= 49 && $0 <= 57 }) else { return false }
                c.takeAll(isDigitOrUnderscore)
                return c.takeSexagesimalGroups()
            }
    }

    /// `[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)? | \.[0-9_]+(?:[eE][-+][0-9]+)?
    /// | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)`
    static func isFloat(_ s: [UInt8]) -> Bool {
        whole(s) { c in
            c.takeSign()
            guard c.take(isDigit) else { return false }
            c.takeAll(isDigitOrUnderscore)
            if c.take(".") { c.takeAll(isDigitOrUnderscore) }
            return takeExponent(&c, signRequired: false)
        }
            || whole(s) { c in
                guard c.take("."), c.takeAll(isDigitOrUnderscore) > 0 else { return false }
                return takeExponent(&c, signRequired: true)
            }
            || whole(s) { c in
                c.takeSign()
                guard c.take(isDigit) else { return false }
                c.takeAll(isDigitOrUnderscore)
                guard c.takeSexagesimalGroups(), c.take(".") else { return false }
                c.takeAll(isDigitOrUnderscore)
                return true
            }
            || whole(s) { c in
                c.takeSign()
                guard c.take(".") else { return false }
                return ["inf", "Inf", "INF"].contains { word in takeWord(&c, word) }
            }
            || whole(s) { c in c.take(".") && ["nan", "NaN", "NAN"].contains { word in takeWord(&c, word) } }
    }

    /// An optional exponent; the whole scalar must end after it (an exponent started and not
    /// finished leaves bytes the caller's end check refuses).
    static func takeExponent(_ c: inout Cursor, signRequired: Bool) -> Bool {
        let save = c.i
        guard c.take({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return true }
        let signed = c.take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        if (signRequired && !signed) || c.takeAll(isDigit) == 0 {
            c.i = save  // not an exponent: the bytes stay, and the end check fails
        }
        return true
    }

    static func takeWord(_ c: inout Cursor, _ word: String) -> Bool {
        let save = c.i
        for byte in word.utf8 where !c.take({ $0 == byte }) {
            c.i = save
            return false
        }
        return true
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2} | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}
    /// (?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?`
    static func isTimestamp(_ s: [UInt8]) -> Bool {
        func digits(_ c: inout Cursor, _ n: Int) -> Bool { (0..<n).allSatisfy { _ in c.take(isDigit) } }
        func oneOrTwo(_ c: inout Cursor) -> Bool {
            guard c.take(isDigit) else { return false }
            _ = c.take(isDigit)
            return true
        }
        let blank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 }
        return whole(s) { c in digits(&c, 4) && c.take("-") && digits(&c, 2) && c.take("-") && digits(&c, 2) }
            || whole(s) { c in
                guard digits(&c, 4), c.take("-"), oneOrTwo(&c), c.take("-"), oneOrTwo(&c) else { return false }
                guard c.take({ $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }) || c.takeAll(blank) > 0 else { return false }
                guard oneOrTwo(&c), c.take(":"), digits(&c, 2), c.take(":"), digits(&c, 2) else { return false }
                if c.take(".") { c.takeAll(isDigit) }
                if c.atEnd { return true }
                c.takeAll(blank)
                if c.take("Z") { return true }
                guard c.take({ $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }), oneOrTwo(&c) else { return false }
                if c.take(":") { return digits(&c, 2) }
                return true
            }
    }
}
