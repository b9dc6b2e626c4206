import Foundation

/// Writes settings as the REST strings azure-ai-ml 1.35.2 sends, character for character
/// (measured rules: azure-contract.md "REST formatting").
public enum RestFormat {
    /// The REST string of a setting of a field, nil for unset.
    public static func string(_ setting: Setting, for kind: ParameterKind) -> String? {
        switch setting {
        case .unset: return nil
        case .fixed(let v): return literal(v, for: kind)
        case .swept(let d): return string(d, for: kind)
        }
    }

    /// A fixed literal: the SDK's schema first converts it to the field's type.
    public static func literal(_ v: Value, for kind: ParameterKind) -> String {
        let held = schemaValue(v, for: kind)
        if case .string(let s) = held { return s }  // a fixed string goes out unquoted
        return pythonStr(held)
    }

    /// The value the SDK's YAML schema holds for a fixed literal of a field of `kind` (what a
    /// Python literal must be for the SDK to send the same string).
    public static func schemaValue(_ v: Value, for kind: ParameterKind) -> Value {
        switch kind {
        case .bool:
            if let b = Coercion.bool(v) { return .bool(b) }
        case .float:
            if let x = v.number ?? Coercion.pythonFloat(v) { return .float(x) }
        case .enum:
            if case .string(let s) = v { return .string(Coercion.enumSpelling(s)) }
        case .int, .string:
            break
        }
        return v
    }

    public static func string(_ d: Distribution, for kind: ParameterKind) -> String {
        let args: [String]
        switch d {
        case .choice(let values):
            args = choiceArguments(values, for: kind)
        case .randint(let upper):
            // The SDK truncates a float upper: randint(5.5) is sent as randint(5).
            args = [NumberFormat.truncatedInteger(upper.double)]
        default:
            args = d.parameters.map(number)
        }
        return d.kind.rawValue + "(" + args.joined(separator: ",") + ")"
    }

    /// The REST string, or when it is longer than `characters` a start of it that is still
    /// longer: a list row shows one line of a choice that may hold 100,000 values.
    public static func string(_ d: Distribution, for kind: ParameterKind, characters limit: Int) -> String {
        guard case .choice(let values) = d else { return string(d, for: kind) }
        let argument = choiceArgument(among: values, for: kind)
        var text = d.kind.rawValue + "("
        for (i, v) in values.enumerated() {
            if text.count > limit { return text }
            text += (i == 0 ? "" : ",") + argument(v)
        }
        return text + ")"
    }

    static func choiceArguments(_ values: [Value], for kind: ParameterKind) -> [String] {
        values.map(choiceArgument(among: values, for: kind))
    }

    /// How each of a choice's values is written (a float field's depends on all of them).
    static func choiceArgument(among values: [Value], for kind: ParameterKind) -> (Value) -> String {
        let held = choiceSchemaValue(among: values, for: kind)
        return { pythonStr(held($0)) }
    }

    /// The value the SDK's schema holds for each value of a choice of a field of `kind`.
    public static func choiceSchemaValue(among values: [Value], for kind: ParameterKind) -> (Value) -> Value {
        switch kind {
        case .bool:
            return { v in Coercion.bool(v).map(Value.bool) ?? v }
        case .enum:
            return { v in
                if case .string(let s) = v { return .string(Coercion.enumSpelling(s)) }
                return v
            }
        case .float:
            // A float field's choice keeps integers only when every value is an integer.
            let allIntegers = values.allSatisfy { if case .int = $0 { return true } else { return false } }
            return { v in
                if !allIntegers, let x = v.number { return .float(x) }
                return v
            }
        case .int, .string:
            return { $0 }
        }
    }

    static func number(_ n: Number) -> String {
        switch n {
        case .int(let i): return String(i)
        case .float(let f): return NumberFormat.pythonFloatToStr(f)
        }
    }

    /// Python's `str()` of a value inside a choice: strings single-quoted.
    static func pythonStr(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let f): return NumberFormat.pythonFloatToStr(f)
        case .string(let s): return "'" + s + "'"
        }
    }
}

/// The conversions the SDK's schema applies to literals before sending them.
public enum Coercion {
    /// marshmallow's Boolean: true/false, 1/0 and the usual words.
    public static func bool(_ v: Value) -> Bool? {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i == 1 ? true : (i == 0 ? false : nil)
        case .float(let f): return f == 1 ? true : (f == 0 ? false : nil)
        case .string(let s):
            switch s.lowercased() {
            case "true", "t", "yes", "y", "on", "1": return true
            case "false", "f", "no", "n", "off", "0": return false
            default: return nil
            }
        }
    }

    /// marshmallow's Float takes a string as Python's `float()` does (`"-.9"`, `" 0.99 "`,
    /// `"1_0e-5"`, measured with the SDK): spaces around, underscores between digits, no hex.
    public static func pythonFloat(_ v: Value) -> Double? {
        guard case .string(let raw) = v else { return nil }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = text.lowercased()
        let unsigned = lower.hasPrefix("-") || lower.hasPrefix("+") ? String(lower.dropFirst()) : lower
        if unsigned == "inf" || unsigned == "infinity" { return lower.hasPrefix("-") ? -.infinity : .infinity }
        if unsigned == "nan" { return .nan }
        let chars = Array(text)
        for (i, c) in chars.enumerated() where c == "_" {
            guard i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber,
                  chars[i + 1].isASCII, chars[i + 1].isNumber else { return nil }
        }
        let plain = text.replacingOccurrences(of: "_", with: "")
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
        return Double(plain)
    }

    /// Enum values are written in lower case; any casing of adamw reads as adamw.
    public static func enumSpelling(_ s: String) -> String { s.lowercased() }
}
