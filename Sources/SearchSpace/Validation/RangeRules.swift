import Foundation

/// Range rules: every value a setting can produce must meet the field's constraint. Bounded
/// supports (fixed, choice, randint, uniform, loguniform and their q-forms, after q-rounding)
/// break it for sure: an error naming the offending value or bound. Unbounded ones (normal,
/// lognormal and q-forms) break it with a probability: a warning stating it.
enum RangeRules {
    /// Below this chance of leaving the range, a note rather than a warning.
    static let warningProbability = 0.001
    /// Below this, the chance is too small to mention.
    static let noteProbability = 1e-6

    static func checkFixed(_ v: Value, _ spec: ParameterSpec, _ scope: Scope, into found: inout [Diagnostic]) {
        guard let x = v.number, !spec.constraint.admits(x) else { return }
        let hint = spec.defaultValue.map { " (Azure's default is \(ValueFormat.plain($0)))" } ?? ""
        // No value can be guessed from a wrong one; Azure's default is a valid place to restart.
        let fix = spec.defaultValue.map {
            Fix("use Azure's default \(ValueFormat.plain($0))", .set(scope, spec.id, .fixed($0)))
        }
        found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .value,
            "\(Wording.requirement(spec)), and \(ValueFormat.plain(v)) is not\(hint)", fix: fix))
    }

    static func checkChoice(_ values: [Value], _ spec: ParameterSpec, _ scope: Scope, into found: inout [Diagnostic]) {
        for (i, v) in values.enumerated() {
            guard let x = v.number, !spec.constraint.admits(x) else { continue }
            // By index, not a copy of the shorter list per finding: 8,000 bad values took 1.5 GB.
            // The only value is not removed: an empty choice is an error of its own.
            let fix = values.count == 1 ? nil
                : Fix("remove \(ValueFormat.plain(v)) from the choice", .removeChoiceValue(scope, spec.id, at: i))
            found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .choiceValue(i),
                "\(Wording.requirement(spec)), but the choice includes \(ValueFormat.plain(v))", fix: fix))
        }
    }

    static func check(_ d: Distribution, _ spec: ParameterSpec, _ scope: Scope, into found: inout [Diagnostic]) {
        if case .choice(let values) = d { return checkChoice(values, spec, scope, into: &found) }
        guard let allowed = Allowed(spec.constraint) else { return }
        if let edges = Support.edges(d) {
            checkEdges(edges, allowed, d, spec, scope, &found)
        } else if let p = Support.probabilityOutside(d, allowed), p >= noteProbability {
            let severity: Severity = p >= warningProbability ? .warning : .note
            let how = p >= warningProbability ? "\(Wording.percent(p)) of the time" : "in about 1 trial in \(Wording.approx(1 / p))"
            found.append(Diagnostic(severity, scope, .parameter(spec.id), field: .value,
                "\(spec.name): \(Wording.distribution(d)) \(allowed.leaving) \(how); \(Wording.requirement(spec)). Narrow sigma or use a bounded distribution",
                fix: bandFix(d, allowed, spec, scope)))
        }
    }

    private static func checkEdges(_ edges: Support.Edges, _ allowed: Allowed, _ d: Distribution,
                                   _ spec: ParameterSpec, _ scope: Scope, _ found: inout [Diagnostic]) {
        if case .randint(let upper) = d {
            guard !allowed.admitsLow(0) || !allowed.admitsHigh(edges.hi) else { return }
            let draws = "randint(\(Wording.number(upper.double))) draws 0 to \(Wording.number(edges.hi))"
            let offending = !allowed.admitsLow(0) ? "0" : Wording.number(edges.hi)
            found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter("upper"),
                "\(Wording.requirement(spec)), but \(draws), including \(offending)",
                fix: randintFix(edges.hi, allowed, spec, scope)))
            return
        }
        if !allowed.admitsLow(edges.lo) { report(edges.lo, edges.loField, isLow: true) }
        if !allowed.admitsHigh(edges.hi) { report(edges.hi, edges.hiField, isLow: false) }

        func report(_ value: Double, _ field: String, isLow: Bool) {
            found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter(field),
                "\(Wording.requirement(spec)), but \(Wording.distribution(d)) \(reach(d, value, field))",
                fix: boundFix(d, field: field, isLow: isLow, allowed, spec, scope)))
        }
    }

    /// "reaches 1.5 (max_value)", "can draw 0 (min_value rounded to a multiple of q)".
    private static func reach(_ d: Distribution, _ value: Double, _ field: String) -> String {
        switch d.kind {
        case .loguniform: return "reaches e^\(field == "min_value" ? "min" : "max") = \(Wording.approx(value)) (\(field))"
        case .quniform, .qloguniform: return "can draw \(Wording.approx(value)) (\(field), rounded to a multiple of q)"
        case .choice, .randint, .uniform, .normal, .lognormal, .qnormal, .qlognormal:
            return "reaches \(Wording.approx(value)) (\(field))"
        }
    }

    /// Moves the offending bound to the nearest one the range allows (as an exponent for log kinds,
    /// as a multiple of q for q-forms).
    private static func boundFix(_ d: Distribution, field: String, isLow: Bool, _ allowed: Allowed,
                                 _ spec: ParameterSpec, _ scope: Scope) -> Fix? {
        var target: Double
        switch d {
        case .quniform(_, _, let q), .qloguniform(_, _, let q):
            let k = allowed.multiples(of: q.double)
            target = (isLow ? k.lo : k.hi) * q.double
        default:
            target = isLow ? allowed.lo : allowed.hi
            if allowed.loOpen && isLow { return nil }
        }
        if d.kind.isLogScale {
            guard target > 0 else { return nil }
            target = NumberFormat.roundedLog(target)
        }
        guard target.isFinite, abs(target) < 1e15 else { return nil }
        let n: Number = spec.kind == .int || (target == target.rounded() && d.parameters.allSatisfy(\.isIntegerLiteral))
            ? .int(Int(target)) : .float(target)
        if spec.kind == .int, target != target.rounded() { return nil }
        return KindRules.replacing(field, with: n, in: d, spec, scope)
    }

    /// randint(N) on a positive field: draw 1..N-1 instead, as a choice when it is short.
    private static func randintFix(_ top: Double, _ allowed: Allowed, _ spec: ParameterSpec, _ scope: Scope) -> Fix? {
        if allowed.admitsLow(0) {
            let upper = allowed.hi.rounded(.down) + 1
            guard upper >= 1, upper < 1e15 else { return nil }
            return Fix("use randint(\(Int(upper)))", .set(scope, spec.id, .swept(.randint(upper: .int(Int(upper))))))
        }
        let hi = min(top, allowed.hi)
        guard hi >= 1, hi < 1e15 else { return nil }
        let replacement: Distribution = hi <= 32
            ? .choice((1...Int(hi)).map(Value.int))
            : .quniform(min: .int(1), max: .int(Int(hi)), q: .int(1))
        return Fix("draw 1 to \(Int(hi)) with \(Wording.distribution(replacement))", .set(scope, spec.id, .swept(replacement)))
    }

    /// Replaces an unbounded distribution by a bounded one over its central band (mu +- 2 sigma),
    /// clipped to the allowed range, so every trial is valid.
    private static func bandFix(_ d: Distribution, _ allowed: Allowed, _ spec: ParameterSpec, _ scope: Scope) -> Fix? {
        let replacement: Distribution
        switch d {
        case .normal(let mu, let sigma):
            let lo = max(mu.double - 2 * sigma.double, allowed.lo), hi = min(mu.double + 2 * sigma.double, allowed.hi)
            guard lo < hi, spec.kind == .float else { return nil }
            replacement = .uniform(min: .float(Wording.tidy(lo)), max: .float(Wording.tidy(hi)))
        case .qnormal(let mu, let sigma, let q):
            let k = allowed.multiples(of: q.double)
            let lo = max(Support.roundTo(mu.double - 2 * sigma.double, q.double), k.lo * q.double)
            let hi = min(Support.roundTo(mu.double + 2 * sigma.double, q.double), k.hi * q.double)
            guard lo < hi, lo.isFinite, hi.isFinite else { return nil }
            let whole = spec.kind == .int || [lo, hi, q.double].allSatisfy { $0 == $0.rounded() }
            guard !whole || (abs(lo) < 1e15 && abs(hi) < 1e15) else { return nil }
            replacement = whole
                ? .quniform(min: .int(Int(lo)), max: .int(Int(hi)), q: q)
                : .quniform(min: .float(lo), max: .float(hi), q: q)
        case .lognormal(let mu, let sigma):
            let top = allowed.hi.isFinite ? Foundation.log(allowed.hi) : .infinity
            let lo = mu.double - 2 * sigma.double, hi = min(mu.double + 2 * sigma.double, top)
            guard lo < hi, spec.kind == .float else { return nil }
            replacement = .loguniform(min: .float(Wording.tidy(lo)), max: .float(Wording.tidy(hi)))
        case .choice, .randint, .uniform, .loguniform, .quniform, .qloguniform, .qlognormal:
            return nil
        }
        return Fix("use \(Wording.distribution(replacement)), the central 95% clipped to \(allowed.wording)",
                   .set(scope, spec.id, .swept(replacement)))
    }
}
