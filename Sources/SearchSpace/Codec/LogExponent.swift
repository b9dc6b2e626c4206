import Foundation

/// The exponent a log-scale bound typed in real units is stored as (loguniform and
/// qloguniform bounds, lognormal mu hold ln of the value).
///
/// The shortest exponent, in decimals, whose exp() shows the typed value again at the
/// precision it was typed, and at least at the 6 significant digits `%g` and the SDK's
/// printouts use: 1e-4 is stored as -9.21034 (exp: 1.0000004e-4), not ln to 4 decimals
/// (-9.2103, which came back as 1.00003e-4).
public enum LogExponent {
    /// Digits every stored exponent reproduces at least, whatever the typing.
    public static let minimumSignificantDigits = 6

    /// The exponent for `text` (a positive number as typed); nil when it is not one.
    public static func shortest(typed text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let x = Double(trimmed), x > 0, x.isFinite else { return nil }
        let digits = max(significantDigits(trimmed), minimumSignificantDigits)
        let wanted = NumberFormat.rounded(x, significant: digits)
        let ln = Foundation.log(x)
        for decimals in 0...15 {
            let scale = Foundation.pow(10.0, Double(decimals))
            let candidate = (ln * scale).rounded() / scale
            if NumberFormat.rounded(Foundation.exp(candidate), significant: digits) == wanted { return candidate }
        }
        return ln
    }

    /// The significant digits of a typed number: "1e-4" 1, "0.00015" 2, "2.50" 3.
    static func significantDigits(_ text: String) -> Int {
        let mantissa = text.lowercased().split(separator: "e", maxSplits: 1).first.map(String.init) ?? text
        let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
        return max(1, digits.count)
    }
}
