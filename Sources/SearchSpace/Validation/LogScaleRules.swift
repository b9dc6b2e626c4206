import Foundation

/// The log-scale trap: loguniform and qloguniform bounds are natural-log EXPONENTS, so
/// `loguniform(0.001, 0.1)` on learning_rate draws e^0.001..e^0.1 = 1.001..1.105. When the bounds
/// look like values of the field (they fit its range, the draws do not), say so and rewrite them
/// as ln(a), ln(b). The SDK accepts the trap without a word.
enum LogScaleRules {
    /// The exponent above which a bound on an unbounded int field is surely a value:
    /// e^10 = 22026 epochs, pixels or batch items.
    static let implausibleExponent = 10.0

    /// Returns true when it reported the trap (the range rules then stay quiet about it).
    static func check(_ d: Distribution, _ spec: ParameterSpec, _ scope: Scope, into found: inout [Diagnostic]) -> Bool {
        let a: Double, b: Double
        switch d {
        case .loguniform(let lo, let hi), .qloguniform(let lo, let hi, _): (a, b) = (lo.double, hi.double)
        case .choice, .randint, .uniform, .quniform, .normal, .lognormal, .qnormal, .qlognormal: return false
        }
        guard let allowed = Allowed(spec.constraint), a > 0, b > a else { return false }
        let looksLikeValues: Bool
        if allowed.hi.isFinite {
            looksLikeValues = allowed.admits(a) && allowed.admits(b) && !allowed.admitsHigh(exp(b))
        } else {
            looksLikeValues = a >= 1 && b >= implausibleExponent
        }
        guard looksLikeValues else { return false }
        let name = spec.name
        let written = "e^\(Wording.number(a))..e^\(Wording.number(b)) = \(drawn(exp(a)))..\(drawn(exp(b)))"
        let meant = "\(Wording.number(a))..\(Wording.number(b))"
        let fix: Fix?
        let advice: String
        if let rewritten = rewrite(d, spec) {
            fix = Fix("rewrite as \(Wording.distribution(rewritten)), i.e. ln(\(Wording.number(a))), ln(\(Wording.number(b)))",
                      .set(scope, spec.id, .swept(rewritten)))
            advice = "for \(meant) write \(Wording.distribution(rewritten))"
        } else if case .qloguniform(let lo, let hi, let q) = d {
            // Int fields need integer exponents: ln(a) is not one. Keep the range, drawn evenly.
            let even = Distribution.quniform(min: lo, max: hi, q: q)
            fix = Fix("use \(Wording.distribution(even)) (the same range, drawn evenly)", .set(scope, spec.id, .swept(even)))
            advice = "\(name) takes integer exponents only, so for \(meant) use \(Wording.distribution(even))"
        } else {
            fix = nil
            advice = "write the bounds as ln(\(Wording.number(a))), ln(\(Wording.number(b)))"
        }
        found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .value,
            "\(name): \(d.kind.rawValue) bounds are exponents of e, so \(Wording.distribution(d)) draws \(written), not \(meant); \(advice)",
            fix: fix))
        return true
    }

    /// The bounds rewritten as ln(a), ln(b), for fields that take fractional exponents.
    static func rewrite(_ d: Distribution, _ spec: ParameterSpec) -> Distribution? {
        guard spec.kind == .float else { return nil }
        switch d {
        case .loguniform(let a, let b):
            return .loguniform(min: .float(NumberFormat.roundedLog(a.double)), max: .float(NumberFormat.roundedLog(b.double)))
        case .qloguniform(let a, let b, let q):
            return .qloguniform(min: .float(NumberFormat.roundedLog(a.double)), max: .float(NumberFormat.roundedLog(b.double)), q: q)
        case .choice, .randint, .uniform, .quniform, .normal, .lognormal, .qnormal, .qlognormal:
            return nil
        }
    }

    /// A drawn value with enough digits to see it is not the bound (1.001, not 1).
    private static func drawn(_ x: Double) -> String { Wording.approx(x, significant: 4) }
}
