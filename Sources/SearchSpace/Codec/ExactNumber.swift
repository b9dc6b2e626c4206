/// Whether a number read from a file is kept exactly: sweepedit holds integers as Int and floats
/// as Double, and a value neither can hold would change on the next save without a word
/// (`99999999999999999999` into a string or `1e+20`, `1e400` into Infinity, `1e-400` into 0).
/// NaN and the infinities are no numbers a search space can use, and no JSON can carry them.
public enum ExactNumber {
    /// Why `text`, which a reader made into `value`, cannot be kept; nil when it can, or when
    /// the text is no number at all.
    public static func problem(_ text: String, read value: Value) -> String? {
        switch value {
        case .float(let x) where x.isNaN || x.isInfinite:
            let lower = text.lowercased()
            if lower.contains("inf") || lower.contains("nan") {
                return "\(text) is not a finite number; a search space holds finite numbers only"
            }
            return "\(text) is too large for a float (the largest is about 1.8e308); it would be saved as infinity"
        case .float(0) where mantissa(text).contains(where: { ("1"..."9").contains($0) }):
            return "\(text) is too small for a float (the smallest is about 4.9e-324); it would be saved as 0"
        case .float(let x) where NumberFormat.pythonFloatToStr(x) == text || NumberFormat.truncatedInteger(x) == text:
            return nil  // the SDK's REST spelling of a large float ("100000000000000000000"), read back as written
        case .float, .string:
            guard PlainNumber.shape(of: text) == .integer, Int(text) == nil else { return nil }
            return "the integer \(text) is too large to keep exactly (sweepedit keeps integers from \(Int.min) to \(Int.max))"
        case .int, .bool:
            return nil
        }
    }

    /// The digits before the exponent.
    static func mantissa(_ text: String) -> Substring {
        text.prefix { $0 != "e" && $0 != "E" }
    }
}
