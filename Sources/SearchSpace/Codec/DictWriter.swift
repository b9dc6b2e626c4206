/// Writes the dict form (`{type: uniform, min_value: ..., max_value: ...}`) as YAML or JSON.
/// Always the modern form: expression strings, old names and old placements are rewritten.
public enum DictWriter {
    // MARK: YAML

    /// The block-YAML lines of a list of subspaces, each line prefixed by `indent` spaces.
    /// With `blankLineBetween`, subspaces are separated by an empty line (as many job files write them).
    public static func yamlSubspaces(_ subspaces: [Subspace], indent: Int, blankLineBetween: Bool = false) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, sub) in subspaces.enumerated() {
            if blankLineBetween, index > 0 { lines.append("") }
            let entries = yamlEntries(sub)
            if entries.isEmpty {
                lines.append(pad + "- {}")
                continue
            }
            for (i, line) in entries.enumerated() {
                lines.append(pad + (i == 0 ? "- " : "  ") + line)
            }
        }
        return lines
    }

    /// `key: value` lines of one subspace (distributions as nested blocks), unindented.
    public static func yamlEntries(_ sub: Subspace) -> [String] {
        var lines: [String] = []
        for (id, setting) in sub.entries {
            lines += yamlSetting(key: id.name, setting)
        }
        for unknown in sub.unknownKeys {
            // An unknown key written with no value is kept (validation names it), as `key: null`.
            lines += unknown.setting.isUnset ? ["\(yamlString(unknown.name)): null"]
                : yamlSetting(key: yamlString(unknown.name), unknown.setting)
        }
        return lines
    }

    static func yamlSetting(key: String, _ setting: Setting) -> [String] {
        switch setting {
        case .unset: return []
        case .fixed(let v): return ["\(key): \(yamlValue(v))"]
        case .swept(let d):
            var lines = ["\(key):", "  type: \(d.kind.rawValue)"]
            if case .choice(let values) = d {
                lines.append("  values: [" + values.map(yamlValue).joined(separator: ", ") + "]")
            } else {
                for (name, n) in zip(d.kind.parameterNames, d.parameters) {
                    lines.append("  \(name): \(yamlValue(n.value))")
                }
            }
            return lines
        }
    }

    /// A distribution in YAML flow style, for messages: `{type: uniform, min_value: 0.1, max_value: 0.2}`.
    public static func flowYAML(_ d: Distribution) -> String {
        var parts = ["type: \(d.kind.rawValue)"]
        if case .choice(let values) = d {
            parts.append("values: [" + values.map(yamlValue).joined(separator: ", ") + "]")
        } else {
            for (name, n) in zip(d.kind.parameterNames, d.parameters) { parts.append("\(name): \(yamlValue(n.value))") }
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A value as a YAML scalar that reads back as the same kind, in Yams and in PyYAML.
    public static func yamlValue(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return yamlFloat(f)
        case .string(let s): return yamlString(s)
        }
    }

    static func yamlFloat(_ f: Double) -> String {
        if f.isNaN { return ".nan" }
        if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
        // Fixed point with a dot: PyYAML reads `1e-05` as a string, `0.00001` as a float.
        let text = NumberFormat.pythonFloatToStr(f)
        return text.contains(".") ? text : text + ".0"
    }

    private static let yamlKeywords: Set<String> = [
        "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "",
    ]

    /// Plain when that is unambiguous, else single-quoted.
    public static func yamlString(_ s: String) -> String {
        let safeFirst: (Character) -> Bool = { $0.isLetter || $0 == "_" || $0 == "/" }
        let safeRest: (Character) -> Bool = { $0.isLetter || $0.isNumber || "_-./".contains($0) }
        if let first = s.first, safeFirst(first), s.dropFirst().allSatisfy(safeRest), !yamlKeywords.contains(s),
           s.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return s
        }
        // Single quotes cannot carry control characters, and fold line breaks (also NEL, LS, PS)
        // into spaces: such strings go double-quoted with escapes.
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            || $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0xFEFF }) {
            return JSONText.string(s)
        }
        return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A whole dict-form YAML document: a list, one mapping, or `{search_space: [...]}`.
    public static func yaml(_ space: SearchSpace, shape: FileForm.Shape = .wrapped) -> String {
        switch shape {
        case .list:
            return (space.subspaces.isEmpty ? ["[]"] : yamlSubspaces(space.subspaces, indent: 0))
                .joined(separator: "\n") + "\n"
        case .single where space.subspaces.count == 1:
            let lines = yamlEntries(space.subspaces[0])
            return lines.isEmpty ? "{}\n" : lines.joined(separator: "\n") + "\n"
        default:
            var lines = ["task: \(space.job.task.rawValue)"]
            lines.append(space.subspaces.isEmpty ? "search_space: []" : "search_space:")
            lines += yamlSubspaces(space.subspaces, indent: 2)
            return lines.joined(separator: "\n") + "\n"
        }
    }

    // MARK: JSON

    /// A whole dict-form JSON document.
    public static func json(_ space: SearchSpace, shape: FileForm.Shape = .wrapped) -> String {
        switch shape {
        case .list:
            return jsonList(space.subspaces, indent: 0) + "\n"
        case .single where space.subspaces.count == 1:
            return jsonSubspace(space.subspaces[0], indent: 0) + "\n"
        default:
            return "{\n  \"task\": \(JSONText.string(space.job.task.rawValue)),\n  \"search_space\": "
                + jsonList(space.subspaces, indent: 2) + "\n}\n"
        }
    }

    static func jsonList(_ subspaces: [Subspace], indent: Int) -> String {
        if subspaces.isEmpty { return "[]" }
        let pad = String(repeating: " ", count: indent)
        let items = subspaces.map { pad + "  " + jsonSubspace($0, indent: indent + 2) }
        return "[\n" + items.joined(separator: ",\n") + "\n" + pad + "]"
    }

    static func jsonSubspace(_ sub: Subspace, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var members: [String] = []
        for (id, setting) in sub.entries { members.append(jsonMember(id.name, setting)) }
        for unknown in sub.unknownKeys { members.append(jsonMember(unknown.name, unknown.setting)) }
        if members.isEmpty { return "{}" }
        return "{\n" + members.map { pad + "  " + $0 }.joined(separator: ",\n") + "\n" + pad + "}"
    }

    static func jsonMember(_ key: String, _ setting: Setting) -> String {
        JSONText.string(key) + ": " + jsonSetting(setting)
    }

    static func jsonSetting(_ setting: Setting) -> String {
        switch setting {
        case .unset: return "null"
        case .fixed(let v): return JSONText.value(v)
        case .swept(let d):
            var parts = ["\"type\": \(JSONText.string(d.kind.rawValue))"]
            if case .choice(let values) = d {
                parts.append("\"values\": [" + values.map(JSONText.value).joined(separator: ", ") + "]")
            } else {
                for (name, n) in zip(d.kind.parameterNames, d.parameters) {
                    parts.append("\(JSONText.string(name)): \(JSONText.value(n.value))")
                }
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }
}

/// JSON spellings (Python's json.dumps conventions: `\uXXXX` escapes for control and non-ASCII
/// characters of the BMP; characters beyond it as UTF-8).
public enum JSONText {
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || (u.value > 0x7e && u.value <= 0xFFFF) {
                    out += "\\u" + hex4(UInt16(u.value))
                } else {
                    // Beyond the BMP Python writes a surrogate pair, which libyaml (our JSON
                    // reader) refuses: such characters go out as UTF-8, which every reader takes.
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    static func hex4(_ v: UInt16) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12) & 15], digits[Int(v >> 8) & 15], digits[Int(v >> 4) & 15], digits[Int(v) & 15]])
    }

    public static func value(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return number(f)
        case .string(let s): return string(s)
        }
    }

    /// A float that reads back as a float (always a dot or exponent). NaN and the infinities,
    /// which no JSON holds, never reach here from a file or the editor (NodeCheck, RestParser
    /// and the editor refuse them); Python's spelling is the last resort.
    public static func number(_ f: Double) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Infinity" : "Infinity" }
        let text = NumberFormat.pythonFloatToStr(f)
        return text.contains(".") ? text : text + ".0"
    }
}
