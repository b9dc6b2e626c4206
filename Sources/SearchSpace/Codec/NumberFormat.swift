import Foundation

/// Number spellings: the Azure SDK's `float_to_str` (REST), and short forms for messages.
public enum NumberFormat {
    /// The natural log to 4 decimals, as sweepedit writes an exponent the user will read and
    /// keep (a log-scale bound, a fix, a converted distribution): e^-9.2103 shows as 0.0001
    /// again, and the file stays readable (the error is below 0.005%).
    public static func roundedLog(_ x: Double) -> Double { (log(x) * 10_000).rounded() / 10_000 }

    /// Python's shortest `repr(x)` digits, then fixed-point, never exponent notation:
    /// what azure-ai-ml's `float_to_str` does. `1e-05` -> `0.00001`, `1.0` -> `1.0`,
    /// `1e16` -> `10000000000000000`, `1234567890123456.0` -> `1234567890123456.0`.
    public static func pythonFloatToStr(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Infinity" : "Infinity" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0.0" }
        let (digits, pointPosition) = shortestDigits(abs(x))
        // Python's repr switches to exponent form outside [1e-4, 1e16); Decimal's 'f' format
        // then prints exactly the digits, with no ".0" appended.
        let exponent = pointPosition - 1
        let reprIsScientific = exponent < -4 || exponent >= 16
        var text = fixedPoint(digits: digits, pointPosition: pointPosition)
        if !reprIsScientific && !text.contains(".") { text += ".0" }
        return sign + text
    }

    /// Shortest round-trip digits (no leading/trailing zeros) and the position of the decimal
    /// point relative to them: value = 0.d1d2... * 10^pointPosition.
    static func shortestDigits(_ x: Double) -> (digits: [Character], pointPosition: Int) {
        let text = x.description  // Swift prints the shortest round-trip digits, as Python does
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [Character] = []
        var integerDigits = 0
        var seenPoint = false
        for c in mantissa {
            if c == "." { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { integerDigits += 1 }
        }
        var pointPosition = integerDigits + exponent
        while let first = digits.first, first == "0", digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let last = digits.last, last == "0", digits.count > 1 { digits.removeLast() }
        return (digits, pointPosition)
    }

    static func fixedPoint(digits: [Character], pointPosition: Int) -> String {
        if pointPosition <= 0 {
            return "0." + String(repeating: "0", count: -pointPosition) + String(digits)
        }
        if pointPosition >= digits.count {
            return String(digits) + String(repeating: "0", count: pointPosition - digits.count)
        }
        return String(digits[..<pointPosition]) + "." + String(digits[pointPosition...])
    }

    /// Python's `str(int(x))`: the integer part of a double, exactly, in decimal (the SDK sends
    /// `randint(1e20)` as `randint(100000000000000000000)`). Non-finite values, which Python
    /// cannot make an integer of, keep their float spelling.
    public static func truncatedInteger(_ x: Double) -> String {
        guard x.isFinite else { return pythonFloatToStr(x) }
        let t = x.rounded(.towardZero)
        if abs(t) < 9.2e18 { return String(Int(t)) }
        // |t| >= 2^63 is significand * 2^k with k > 0: double a decimal digit array k times.
        var digits: [UInt8] = String(t.significandBitPattern | (1 << 52)).utf8.map { $0 - 48 }.reversed()
        for _ in 0..<(Int(t.exponent) - 52) {
            var carry: UInt8 = 0
            for i in digits.indices {
                let d = digits[i] * 2 + carry
                digits[i] = d % 10
                carry = d / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return (t < 0 ? "-" : "") + String(decoding: digits.reversed().map { $0 + 48 }, as: UTF8.self)
    }

    /// A compact spelling for messages and the screen: integers without ".0", others shortest.
    public static func short(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        let text = pythonFloatToStr(x)
        return text.count <= 12 ? text : x.description
    }

    /// A number rounded to `significant` digits, for readable messages (e^-9.21 = 0.0001).
    public static func approximate(_ x: Double, significant: Int = 3) -> String {
        short(rounded(x, significant: significant))
    }

    /// `x` rounded to `significant` digits by arithmetic (String(format:) is slow on Linux, and
    /// the editor's list and detail spell numbers this way on every redraw).
    public static func rounded(_ x: Double, significant: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let exponent = significant - 1 - Int(Foundation.log10(abs(x)).rounded(.down))
        // Divide or multiply by a power of ten (exact up to 10^22), so the result is the double
        // nearest the decimal (0.7, not 0.7000000000000001).
        guard abs(exponent) <= 300 else { return x }
        let power = Foundation.pow(10.0, Double(abs(exponent)))
        return exponent >= 0 ? (x * power).rounded() / power : (x / power).rounded() * power
    }
}

/// Spellings of values for people (messages, summaries): `true`, `sgd`, `0.001`.
public enum ValueFormat {
    public static func plain(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return NumberFormat.short(f)
        case .string(let s): return s
        }
    }

    public static func plain(_ n: Number) -> String { plain(n.value) }
}
