/// The backslash escapes of Python string literals (not raw, not bytes).
enum PythonEscapes {
    static func decode(_ raw: [Unicode.Scalar], at location: SourceLocation) -> Result<String, PythonSyntaxError> {
        var out = String.UnicodeScalarView()
        var i = 0
        func hex(_ count: Int) -> Unicode.Scalar? {
            guard i + count < raw.count + 1, i + 1 + count <= raw.count else { return nil }
            let digits = String(String.UnicodeScalarView(raw[(i + 1)..<(i + 1 + count)]))
            guard let value = UInt32(digits, radix: 16), digits.allSatisfy(\.isHexDigit) else { return nil }
            return Unicode.Scalar(value)
        }
        while i < raw.count {
            let c = raw[i]
            guard c == "\\", i + 1 < raw.count else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            let e = raw[i]
            switch e {
            case "\n": break  // a line continuation inside the string
            case "\\", "'", "\"": out.append(e)
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var digits = String(e)
                while digits.count < 3, i + 1 < raw.count, ("0"..."7").contains(raw[i + 1]) {
                    i += 1
                    digits.unicodeScalars.append(raw[i])
                }
                out.append(Unicode.Scalar(UInt32(digits, radix: 8)!)!)
            case "x", "u", "U":
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                guard let scalar = hex(count) else {
                    return .failure(PythonSyntaxError(location, "a \\\(e) escape needs \(count) hex digits"))
                }
                out.append(scalar)
                i += count
            case "N":
                return .failure(PythonSyntaxError(location, "\\N{...} escapes are not read; write the character itself"))
            default:
                out.append("\\")  // Python keeps an unknown escape as written
                out.append(e)
            }
            i += 1
        }
        return .success(String(out))
    }
}
