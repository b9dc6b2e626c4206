import Yams

/// The direct reading of the commonest scalars: plain decimal numbers ("42", "-3", "0.001", "1e-4").
///
/// Why: Yams types an untagged plain scalar by trying its resolver's regular expressions in
/// turn, then builds the Int or Double through Foundation string replacement: about 30 µs a
/// scalar, so a choice of 100,000 integers took 0.3 s to read. For these spellings the outcome
/// is certain (no rule before Yams' int rule matches digits; the int rule takes a decimal without
/// leading zeros, the float rule one with a point or an exponent) and Yams ends in `Int(text)` or
/// `Double(text)` for them, so they are read here the same way. Anything else (octal, hex, `1_000`,
/// `.5`, a tagged or quoted scalar, a number too large for Int) is left to Yams: nil.
enum PlainNumber {
    static func literal(of scalar: Node.Scalar) -> Value? {
        guard scalar.style == .plain, scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return nil }
        switch shape(of: scalar.string) {
        case .integer: return Int(scalar.string).map(Value.int)
        case .float: return Double(scalar.string).map(Value.float)
        case nil: return nil
        }
    }

    enum Shape { case integer, float }

    /// `[-+]?(0|[1-9][0-9]*)` is an integer; `[-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?` with a
    /// point or an exponent is a float; nil for any other text.
    static func shape(of text: String) -> Shape? {
        var text = text
        return text.withUTF8(shape(of:))
    }

    static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape? {
        var i = 0
        /// Steps over the bytes `accepts`, at most `limit` of them; how many.
        func skip(_ accepts: (UInt8) -> Bool, limit: Int = .max) -> Int {
            let start = i
            while i < bytes.count, i - start < limit, accepts(bytes[i]) { i += 1 }
            return i - start
        }
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        let isSign = { (b: UInt8) in b == UInt8(ascii: "-") || b == UInt8(ascii: "+") }
        _ = skip(isSign, limit: 1)
        let leadingZero = i < bytes.count && bytes[i] == UInt8(ascii: "0")
        let wholeDigits = skip(isDigit)
        guard wholeDigits > 0 else { return nil }
        if i == bytes.count { return leadingZero && wholeDigits > 1 ? nil : .integer }
        if skip({ $0 == UInt8(ascii: ".") }, limit: 1) == 1 { _ = skip(isDigit) }
        if skip({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }, limit: 1) == 1 {
            _ = skip(isSign, limit: 1)
            guard skip(isDigit) > 0 else { return nil }
        }
        return i == bytes.count ? .float : nil
    }
}
