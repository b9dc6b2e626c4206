import Foundation

/// The printed forms of sampled trials (`sweepedit sample --format`).
public enum TrialFormat: String, CaseIterable, Hashable, Sendable {
    /// Aligned columns for people: trial, subspace, then one column per written parameter.
    case table
    /// An array of `{"trial": i, "subspace": k, "config": {param: value}}` (product.md).
    case json
    /// A header line, then one line per trial; the columns of `table`.
    case csv
}

/// Number spellings used while streaming trials; each writes bytes, no String per value
/// beyond Swift's inline small strings.
enum CellText {
    /// Shortest round-trip digits, with a dot or exponent for floats (`0.5`, `1e-05`): valid
    /// JSON and CSV. Non-finite values, which JSON cannot hold, are `null` in JSON.
    static func appendFloat(_ x: Double, json: Bool, to out: inout OutputBuffer) {
        guard x.isFinite else {
            out.append(json ? "null" : x.description)
            return
        }
        out.append(x.description)
    }

    /// `appendCompact` as a String, for reports.
    static func compact(_ x: Double, significant: Int = 6) -> String {
        var bytes: [UInt8] = []
        var out = OutputBuffer { bytes += $0 }
        appendCompact(x, significant: significant, to: &out)
        out.flush()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// At most `significant` digits, for the table: `0.00123457`, `123457`, `1.23457e-07`,
    /// `2.10705e+15` (exponent form below 1e-4 and from 1e15, as %g does).
    static func appendCompact(_ x: Double, significant: Int = 6, to out: inout OutputBuffer) {
        guard x.isFinite, x != 0 else {
            out.append(x == 0 ? "0" : x.description)
            return
        }
        var e = Int(log10(abs(x)).rounded(.down))
        let p = pow(10.0, Double(significant - 1 - e))
        let r = (x * p).rounded() / p
        if abs(r) >= pow(10.0, Double(e + 1)) { e += 1 }  // 9.999999 rounded up to 10
        if e < -4 || e >= 15 {
            let mantissa = (r / pow(10.0, Double(e)) * pow(10.0, Double(significant - 1))).rounded()
                / pow(10.0, Double(significant - 1))
            appendCompact(mantissa, significant: significant, to: &out)
            out.append(e < 0 ? "e-" : "e+")
            if abs(e) < 10 { out.append("0") }
            out.append(int: abs(e))
        } else if r == r.rounded() {
            out.append(int: Int(r))
        } else {
            out.append(r.description)
        }
    }
}
