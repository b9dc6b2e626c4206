/// Reads REST strings (`uniform(0.1,0.2)`, `choice('a,b', 'c')`, `True`, `sgd`, `15`).
///
/// Unlike the SDK's own reader, quotes are honoured: a quoted value may hold spaces, commas
/// and parentheses.
public enum RestParser {
    public struct Failure: Error, Hashable {
        /// 0-based offset in the string where the problem is.
        public let offset: Int
        public let message: String
    }

    /// Whether a string looks like a distribution expression `name(...)`.
    public static func looksLikeExpression(_ text: String) -> Bool {
        let t = text.trimmingSpaces
        guard let open = t.firstIndex(of: "("), t.hasSuffix(")") else { return false }
        return DistributionKind(rawValue: String(t[..<open]).trimmingSpaces.lowercased()) != nil
    }

    /// Parses a REST string into a setting: a distribution expression or a literal.
    public static func parse(_ text: String) throws(Failure) -> Setting {
        if looksLikeExpression(text) { return .swept(try parseExpression(text)) }
        return .fixed(literal(text.trimmingSpaces))
    }

    /// Parses a REST string of a field: as `parse(_:)`, with a fixed value read as the field's
    /// kind takes it (a string or enum field keeps "true" or "12" as text), as a REST file is read.
    public static func parse(_ text: String, for kind: ParameterKind) throws(Failure) -> Setting {
        if looksLikeExpression(text) { return .swept(try parseExpression(text)) }
        return .fixed(literal(text, for: kind))
    }

    /// Parses `kind(arg, ...)`.
    public static func parseExpression(_ text: String) throws(Failure) -> Distribution {
        let chars = Array(text)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        let nameStart = i
        while i < chars.count, chars[i] != "(" { i += 1 }
        let name = String(chars[nameStart..<i]).trimmingSpaces.lowercased()
        guard let kind = DistributionKind(rawValue: name) else {
            throw Failure(offset: nameStart, message: "unknown distribution '\(name)'; expected one of "
                + DistributionKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        i += 1  // past "("
        var args: [(text: String, quoted: Bool, offset: Int)] = []
        var current = ""
        var quoted = false
        var argOffset = i
        var sawAny = false
        while i < chars.count {
            let c = chars[i]
            if c == "'" || c == "\"" {
                if quoted { throw Failure(offset: i, message: "expected ',' or ')' after a quoted value") }
                if !current.trimmingSpaces.isEmpty {
                    throw Failure(offset: i, message: "unexpected quote inside a value; quote the whole value")
                }
                let quote = c
                // The SDK writes "'" + value + "'" without escapes: a quote closes the value only
                // where a ',' or ')' follows it, so `choice('it's')` reads as it's.
                var j = i + 1
                var body = ""
                while j < chars.count {
                    if chars[j] == quote {
                        var k = j + 1
                        while k < chars.count, chars[k] == " " { k += 1 }
                        if k == chars.count || chars[k] == "," || chars[k] == ")" { break }
                    }
                    body.append(chars[j])
                    j += 1
                }
                guard j < chars.count else { throw Failure(offset: i, message: "unterminated quote") }
                current = body
                quoted = true
                sawAny = true
                i = j + 1
                continue
            }
            if c == "," || c == ")" {
                let trimmed = quoted ? current : current.trimmingSpaces
                if !trimmed.isEmpty || quoted {
                    args.append((trimmed, quoted, argOffset))
                } else if c == "," || sawAny {
                    throw Failure(offset: i, message: "empty argument")
                }
                current = ""
                quoted = false
                argOffset = i + 1
                if c == ")" {
                    let rest = String(chars[(i + 1)...]).trimmingSpaces
                    guard rest.isEmpty else { throw Failure(offset: i + 1, message: "unexpected text after ')'") }
                    return try build(kind, args, at: nameStart)
                }
                sawAny = true
                i += 1
                continue
            }
            if quoted, c == " " { i += 1; continue }
            if quoted { throw Failure(offset: i, message: "expected ',' or ')' after a quoted value") }
            current.append(c)
            i += 1
        }
        throw Failure(offset: chars.count, message: "missing ')'")
    }

    private static func build(
        _ kind: DistributionKind, _ args: [(text: String, quoted: Bool, offset: Int)], at offset: Int
    ) throws(Failure) -> Distribution {
        if kind == .choice {
            var values: [Value] = []
            values.reserveCapacity(args.count)
            for arg in args {
                values.append(arg.quoted ? .string(arg.text) : try exactLiteral(arg.text, at: arg.offset))
            }
            return .choice(values)
        }
        let expected = kind.parameterNames.count
        guard args.count == expected else {
            throw Failure(offset: offset, message: "\(kind.rawValue) takes \(expected) argument\(expected == 1 ? "" : "s") ("
                + kind.parameterNames.joined(separator: ", ") + "), found \(args.count)")
        }
        var numbers: [Number] = []
        for arg in args {
            guard !arg.quoted, let n = Number(try exactLiteral(arg.text, at: arg.offset)) else {
                throw Failure(offset: arg.offset, message: "'\(arg.text)' is not a number")
            }
            numbers.append(n)
        }
        return Distribution(kind: kind, parameters: numbers)!
    }

    /// A bare literal of an expression, refused when it is a number sweepedit cannot keep exactly.
    static func exactLiteral(_ text: String, at offset: Int) throws(Failure) -> Value {
        let value = literal(text)
        if let problem = ExactNumber.problem(text, read: value) { throw Failure(offset: offset, message: problem) }
        return value
    }

    /// A fixed REST value of a field: a string or enum field keeps the text as it is; a bool
    /// field reads True/False; numbers read as numbers.
    public static func literal(_ text: String, for kind: ParameterKind) -> Value {
        switch kind {
        case .string, .enum: return .string(text)
        case .bool, .int, .float: return literal(text)
        }
    }

    /// A bare literal: integer, float, True/False, else a string (quotes removed).
    public static func literal(_ text: String) -> Value {
        if let i = Int(text) { return .int(i) }
        if let f = Double(text), text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) || f.isFinite {
            return .float(f)
        }
        switch text {
        case "Infinity": return .float(.infinity)  // what the SDK's float_to_str writes for them
        case "-Infinity": return .float(-.infinity)
        case "NaN": return .float(.nan)
        case "True", "true": return .bool(true)
        case "False", "false": return .bool(false)
        default: break
        }
        if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
            return .string(String(text.dropFirst().dropLast()))
        }
        return .string(text)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
