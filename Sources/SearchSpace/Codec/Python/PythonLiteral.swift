/// Values written as Python source literals: what `export --to python` writes and what
/// `PythonParser` reads back to the same value.
enum PythonLiteral {
    static func value(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let x): return float(x)
        case .string(let s): return string(s)
        }
    }

    static func number(_ n: Number) -> String { value(n.value) }

    /// A float that Python reads back as the same float: the SDK's fixed-point digits, with a
    /// ".0" where they would otherwise read as an int (1e16 and above).
    static func float(_ x: Double) -> String {
        let text = NumberFormat.pythonFloatToStr(x)
        return text.contains(".") ? text : text + ".0"
    }

    /// A double-quoted string literal; control characters escaped so the source stays one line
    /// per value and nothing reaches a terminal that prints the file.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else if (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
