import Foundation
import SearchSpace

/// One editable field of a setting: a fixed value, a distribution parameter, or a choice value.
public struct FieldSpec: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case fixedValue
        case parameter(String)
        case choiceValue(Int)
    }
    public var role: Role
    /// What the detail pane calls it: "value", "min_value", "value 2".
    public var label: String
    /// Shown and typed in real units while the file holds the natural log (loguniform bounds,
    /// lognormal mu): the exponent trap cannot happen in the editor.
    public var logScale: Bool
    /// The text the field starts with.
    public var text: String

    /// The diagnostic field this one answers to.
    public var diagnosticField: Field {
        switch role {
        case .fixedValue: return .value
        case .parameter(let name): return .parameter(name)
        case .choiceValue(let i): return .choiceValue(i)
        }
    }
}

/// Between settings and the texts of their fields: what the detail pane shows, and the
/// setting a half-typed field means (validated on every keystroke).
public enum FieldCodec {
    /// The fields of a setting; of a choice, the first `limit` values' fields only.
    public static func fields(of setting: Setting, spec: ParameterSpec, limit: Int = .max) -> [FieldSpec] {
        switch setting {
        case .unset:
            return []
        case .fixed(let v):
            return [FieldSpec(role: .fixedValue, label: "value", logScale: false, text: text(of: v))]
        case .swept(.choice(let values)):
            return values.prefix(limit).enumerated().map { i, v in
                FieldSpec(role: .choiceValue(i), label: "value \(i + 1)", logScale: false, text: text(of: v))
            }
        case .swept(let d):
            return zip(d.kind.parameterNames, d.parameters).map { name, n in
                let log = isRealUnits(name, d.kind)
                return FieldSpec(role: .parameter(name), label: log ? realLabel(name) : name, logScale: log,
                                 text: log ? NumberFormat.approximate(exp(n.double), significant: 4) : ValueFormat.plain(n))
            }
        }
    }

    /// Whether a distribution parameter is shown in real units (its ln is what the file holds).
    static func isRealUnits(_ name: String, _ kind: DistributionKind) -> Bool {
        guard kind.isLogScale else { return false }
        return name == "min_value" || name == "max_value" || name == "mu"
    }

    static func realLabel(_ name: String) -> String { name == "mu" ? "median e^mu" : name }

    /// The exponent the file holds beside a real-unit field: "ln = -9.21".
    public static func lnNote(_ text: String) -> String? {
        guard let x = Double(text.trimmingCharacters(in: .whitespaces)), x > 0, x.isFinite else { return nil }
        return "ln = " + NumberFormat.approximate(log(x), significant: 3)
    }

    /// The text a value is edited as.
    public static func text(of v: Value) -> String { ValueFormat.plain(v) }

    /// The value a typed text means for a field of this kind. Text that is not of the kind stays
    /// a string, so that validation says what is wrong with it; nil only for empty text.
    public static func value(_ raw: String, kind: ParameterKind) -> Value? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        switch kind {
        case .bool:
            if let b = Coercion.bool(.string(text)) { return .bool(b) }
            return .string(text)
        case .int, .float:
            return number(text)?.value ?? .string(text)
        case .string, .enum:
            var s = Substring(text)
            if s.count >= 2, let f = s.first, f == s.last, f == "'" || f == "\"" { s = s.dropFirst().dropLast() }
            return .string(String(s))
        }
    }

    /// A number as typed: integers stay integers (`uniform(0,1)` differs from `uniform(0.0,1.0)`).
    public static func number(_ raw: String) -> Number? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let i = Int(text) { return .int(i) }
        // a number a Double cannot keep (1e400, 1e-400, an integer past Int) is not taken as typed
        if let x = Double(text), x.isFinite, text.lowercased() != "nan",
           ExactNumber.problem(text, read: .float(x)) == nil { return .float(x) }
        return nil
    }

    /// The setting the field texts mean. A field whose text is unchanged keeps its exact value
    /// (an exponent read from the file is not rounded by showing it); a text that cannot mean
    /// a value keeps the old one and gets a problem, by field index.
    public static func setting(_ texts: [String], fields: [FieldSpec], base: Setting,
                               spec: ParameterSpec) -> (setting: Setting, problems: [Int: String]) {
        var problems: [Int: String] = [:]
        switch base {
        case .unset:
            return (.unset, [:])
        case .fixed(let old):
            guard let text = texts.first, text != fields.first?.text else { return (base, [:]) }
            guard let v = value(text, kind: spec.kind) else { return (.fixed(old), [0: "type a value"]) }
            return (.fixed(v), [:])
        case .swept(.choice(var values)):
            for (i, text) in texts.enumerated() where i < values.count && text != fields[i].text {
                if let v = value(text, kind: spec.kind) { values[i] = v } else { problems[i] = "type a value" }
            }
            return (.swept(.choice(values)), problems)
        case .swept(let d):
            var numbers = d.parameters
            for (i, text) in texts.enumerated() where i < numbers.count && text != fields[i].text {
                guard let n = number(text) else {
                    problems[i] = text.trimmingCharacters(in: .whitespaces).isEmpty
                        ? "type a number" : "'\(text)' is not a number"
                    continue
                }
                if fields[i].logScale {
                    guard n.double > 0 else {
                        problems[i] = "\(fields[i].label) is typed as a value above 0; the file holds its ln"
                        continue
                    }
                    numbers[i] = .float(LogExponent.shortest(typed: text) ?? NumberFormat.roundedLog(n.double))
                } else {
                    numbers[i] = n
                }
            }
            return (Distribution(kind: d.kind, parameters: numbers).map(Setting.swept) ?? base, problems)
        }
    }
}
