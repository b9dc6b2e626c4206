import Foundation

/// Spellings shared by the rules' messages, so every message writes numbers and distributions
/// the same way (`uniform(0.5, 1.5)`, `16%`). Called only for diagnostics that are emitted.
enum Wording {
    /// A distribution as a person writes it: `normal(0.9, 0.1)`, `choice(0, 2)`.
    static func distribution(_ d: Distribution) -> String {
        if case .choice(let values) = d {
            return "choice(" + values.map(ValueFormat.plain).joined(separator: ", ") + ")"
        }
        return d.kind.rawValue + "(" + d.parameters.map { number($0.double) }.joined(separator: ", ") + ")"
    }

    static func number(_ x: Double) -> String { NumberFormat.short(x) }

    /// Rounded to three significant digits, for derived numbers (e^0.1 = 1.11).
    static func approx(_ x: Double, significant: Int = 3) -> String {
        NumberFormat.approximate(x, significant: significant)
    }

    static func rounded(_ x: Double, significant: Int) -> Double {
        NumberFormat.rounded(x, significant: significant)
    }

    /// A probability as a percentage a person reads at a glance: `16%`, `0.27%`, `more than 99%`.
    static func percent(_ p: Double) -> String {
        let pct = p * 100
        if pct >= 99.5 && p < 1 { return "more than 99%" }
        if pct >= 10 { return NumberFormat.short(pct.rounded()) + "%" }
        return approx(pct, significant: 2) + "%"
    }

    /// "must be in [0, 1]", "must be positive": the catalogue's constraint in a sentence.
    static func requirement(_ spec: ParameterSpec) -> String {
        "\(spec.name) must be \(spec.constraint.summary)"
    }

    /// Where an effective value comes from, for messages: "" (the subspace), " (from training_parameters)".
    static func origin(_ source: ValueSource) -> String {
        switch source {
        case .swept, .fixed: return ""
        case .trainingParameters: return " (from training_parameters)"
        case .azureDefault, .none: return " (Azure's default)"
        }
    }

    /// "sgd", "adam or adamw".
    static func alternatives(_ values: [Value]) -> String {
        values.map(ValueFormat.plain).joined(separator: " or ")
    }

    /// "8", "6 and 8", "6, 7 and 8".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A computed bound tidied to 4 significant digits, for a fix the user will read and keep.
    static func tidy(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        return rounded(x, significant: 4)
    }
}
