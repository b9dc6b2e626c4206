import Foundation

/// Shape rules: the parameters of a distribution must describe one. min below max, sigma and q
/// above 0, randint's upper at least 1, a choice with values and no repeats, and a q that leaves
/// more than one value. The SDK checks none of these (it even accepts `q: 0` and `choice()`).
enum ShapeRules {
    /// Returns false when the distribution draws nothing sensible, so the range rules skip it.
    static func check(_ d: Distribution, _ spec: ParameterSpec, _ scope: Scope, into found: inout [Diagnostic]) -> Bool {
        let name = spec.name
        for (field, n) in zip(d.kind.parameterNames, d.parameters) where !n.double.isFinite {
            found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter(field),
                "\(name): \(field) of \(d.kind.rawValue) is \(Wording.number(n.double)); it must be a finite number"))
            return false
        }
        switch d {
        case .choice(let values):
            if values.isEmpty {
                found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .value,
                    "\(name): choice has no values (the SDK accepts it, the sweep cannot draw from it); add values or unset \(name)",
                    fix: Fix("unset \(name)", .set(scope, spec.id, .unset))))
                return false
            }
            checkDuplicates(values, spec, scope, &found)
            return true
        case .randint(let upper):
            let top = upper.double.rounded(.towardZero)
            if top < 1 {
                found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter("upper"),
                    "\(name): randint(\(Wording.number(upper.double))) has nothing to draw; upper must be at least 1 (it draws 0 to upper - 1)"))
                return false
            }
            if !upper.isIntegerLiteral, top != upper.double, top < 1e15 {
                found.append(Diagnostic(.warning, scope, .parameter(spec.id), field: .parameter("upper"),
                    "\(name): the SDK truncates randint(\(Wording.number(upper.double))) to randint(\(Wording.number(top))), which draws 0 to \(Wording.number(top - 1))",
                    fix: KindRules.replacing("upper", with: .int(Int(top)), in: d, spec, scope)))
            }
            return true
        case .uniform(let a, let b), .loguniform(let a, let b):
            return checkBounds(a, b, d, spec, scope, &found)
        case .quniform(let a, let b, let q), .qloguniform(let a, let b, let q):
            guard checkQ(q, d, spec, scope, &found) else { return false }
            guard checkBounds(a, b, d, spec, scope, &found) else { return true }
            checkSingleValue(q, d, spec, scope, &found)
            return true
        case .normal(_, let sigma), .lognormal(_, let sigma):
            return checkSigma(sigma, d, spec, scope, &found)
        case .qnormal(_, let sigma, let q), .qlognormal(_, let sigma, let q):
            let sigmaFits = checkSigma(sigma, d, spec, scope, &found)
            return checkQ(q, d, spec, scope, &found) && sigmaFits
        }
    }

    /// min above max (error, fix: swap) or equal (warning: a sweep of one value). Returns false
    /// when min equals max: the one-value finding covers it.
    private static func checkBounds(_ a: Number, _ b: Number, _ d: Distribution, _ spec: ParameterSpec,
                                    _ scope: Scope, _ found: inout [Diagnostic]) -> Bool {
        let name = spec.name
        if a.double > b.double {
            var p = d.parameters
            p.swapAt(0, 1)
            let fix = Distribution(kind: d.kind, parameters: p).map {
                Fix("swap them: \(Wording.distribution($0))", .set(scope, spec.id, .swept($0)))
            }
            found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter("min_value"),
                "\(name): min_value \(ValueFormat.plain(a)) is above max_value \(ValueFormat.plain(b)) in \(Wording.distribution(d)); the SDK accepts it, but the bounds are swapped",
                fix: fix))
            return true
        }
        if a.double == b.double {
            let value = Support.edges(d)?.lo
            found.append(Diagnostic(.warning, scope, .parameter(spec.id), field: .parameter("max_value"),
                "\(name): \(Wording.distribution(d)) has min_value equal to max_value, so it always draws \(value.map { Wording.approx($0) } ?? "one value"); fix the value or widen the range",
                fix: value.flatMap { fixedFix($0, spec, scope) }))
            return false
        }
        return true
    }

    private static func checkQ(_ q: Number, _ d: Distribution, _ spec: ParameterSpec,
                               _ scope: Scope, _ found: inout [Diagnostic]) -> Bool {
        guard q.double <= 0 || !q.double.isFinite else { return true }
        let name = spec.name
        let fix: Fix?
        if q.double < 0 {
            let positive: Number = q.isIntegerLiteral && q.double > -1e15 ? .int(-Int(q.double)) : .float(-q.double)
            fix = KindRules.replacing("q", with: positive, in: d, spec, scope)
        } else if spec.kind == .int {
            fix = KindRules.replacing("q", with: .int(1), in: d, spec, scope)
        } else {
            fix = unquantised(d).map { Fix("use \(Wording.distribution($0))", .set(scope, spec.id, .swept($0))) }
        }
        let why = q.double == 0
            ? "q is 0, which the SDK accepts, but values are rounded to multiples of q: nothing is a multiple of 0"
            : "q is \(ValueFormat.plain(q)); q must be above 0"
        found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter("q"), "\(name): \(why)", fix: fix))
        return false
    }

    private static func checkSigma(_ sigma: Number, _ d: Distribution, _ spec: ParameterSpec,
                                   _ scope: Scope, _ found: inout [Diagnostic]) -> Bool {
        guard sigma.double <= 0 else { return true }
        let positive: Number = sigma.isIntegerLiteral && sigma.double > -1e15 ? .int(-Int(sigma.double)) : .float(-sigma.double)
        found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter("sigma"),
            "\(spec.name): sigma of \(Wording.distribution(d)) is \(ValueFormat.plain(sigma)); sigma must be above 0",
            fix: sigma.double < 0 ? KindRules.replacing("sigma", with: positive, in: d, spec, scope) : nil))
        return false
    }

    /// q so wide that both bounds round to the same multiple: `quniform(0.0001, 0.01, 1)` is always 0.
    private static func checkSingleValue(_ q: Number, _ d: Distribution, _ spec: ParameterSpec,
                                         _ scope: Scope, _ found: inout [Diagnostic]) {
        guard let edges = Support.edges(d), edges.lo == edges.hi else { return }
        let name = spec.name
        let bounds = d.parameters
        let low = Wording.number(bounds[0].double), high = Wording.number(bounds[1].double)
        let written = d.kind == .qloguniform
            ? "e^\(low)..e^\(high) = \(Wording.approx(exp(bounds[0].double)))..\(Wording.approx(exp(bounds[1].double)))"
            : "\(low)..\(high)"
        var fix = fixedFix(edges.lo, spec, scope)
        if spec.kind == .float, let plain = unquantised(d) {
            fix = Fix("use \(Wording.distribution(plain))", .set(scope, spec.id, .swept(plain)))
        }
        found.append(Diagnostic(.warning, scope, .parameter(spec.id), field: .parameter("q"),
            "\(name): \(Wording.distribution(d)) always yields \(Wording.approx(edges.lo)): q \(ValueFormat.plain(q)) is wider than the range \(written)",
            fix: fix))
    }

    /// The same distribution without rounding: quniform -> uniform.
    static func unquantised(_ d: Distribution) -> Distribution? {
        switch d {
        case .quniform(let a, let b, _): return .uniform(min: a, max: b)
        case .qloguniform(let a, let b, _): return .loguniform(min: a, max: b)
        case .qnormal(let m, let s, _): return .normal(mu: m, sigma: s)
        case .qlognormal(let m, let s, _): return .lognormal(mu: m, sigma: s)
        case .choice, .randint, .uniform, .loguniform, .normal, .lognormal: return nil
        }
    }

    /// A fix making the parameter the one value it always draws.
    private static func fixedFix(_ x: Double, _ spec: ParameterSpec, _ scope: Scope) -> Fix? {
        let value: Value
        if spec.kind == .int {
            guard x == x.rounded(), abs(x) < 1e15 else { return nil }
            value = .int(Int(x))
        } else {
            value = .float(x)
        }
        return Fix("fix \(spec.name) at \(ValueFormat.plain(value))", .set(scope, spec.id, .fixed(value)))
    }

    /// Repeated values make one value more likely and repeat grid points.
    private static func checkDuplicates(_ values: [Value], _ spec: ParameterSpec, _ scope: Scope, _ found: inout [Diagnostic]) {
        guard values.count > 1 else { return }
        for i in repeatedIndices(values, caseInsensitive: spec.kind == .enum) {
            let v = values[i]
            found.append(Diagnostic(.warning, scope, .parameter(spec.id), field: .choiceValue(i),
                "\(spec.name): choice value \(i + 1) (\(ValueFormat.plain(v))) repeats an earlier value; it makes that value more likely and repeats grid points",
                fix: Fix("remove the repeated \(ValueFormat.plain(v))", .removeChoiceValue(scope, spec.id, at: i))))
        }
    }

    /// The indices of the values that repeat an earlier one, in order.
    static func repeatedIndices(_ values: [Value], caseInsensitive: Bool) -> [Int] {
        let key = { (v: Value) in ChoiceKey(v, caseInsensitive: caseInsensitive) }
        // Short lists (nearly all) compare pairwise without allocating.
        if values.count <= 16 {
            return values.indices.filter { i in values[..<i].contains { key($0) == key(values[i]) } }
        }
        if let repeats = repeatedNumbers(values) { return repeats }
        var seen: Set<ChoiceKey> = []
        seen.reserveCapacity(values.count)
        var repeats: [Int] = []
        for (i, v) in values.enumerated() where !seen.insert(key(v)).inserted { repeats.append(i) }
        return repeats
    }

    /// A long list of numbers (a range of seeds) is sorted instead of hashed: hashing 100,000
    /// values took 10 ms on every keystroke (a table that size does not stay in the cache), and
    /// sorting a list that is nearly in order already is one pass. nil when a value is not a
    /// number, or is NaN (which has no place in an order).
    private static func repeatedNumbers(_ values: [Value]) -> [Int]? {
        var keyed: [(number: Double, index: Int)] = []
        keyed.reserveCapacity(values.count)
        for (i, v) in values.enumerated() {
            guard case .number(let x) = ChoiceKey(v, caseInsensitive: false), !x.isNaN else { return nil }
            keyed.append((x, i))
        }
        keyed.sort { $0.number < $1.number || ($0.number == $1.number && $0.index < $1.index) }
        var repeats: [Int] = []
        for k in keyed.indices.dropFirst() where keyed[k].number == keyed[k - 1].number {
            repeats.append(keyed[k].index)
        }
        return repeats.sorted()
    }

    /// Values that are the same to the sampler: 1 and 1.0, `SGD` and `sgd` on an enum.
    private enum ChoiceKey: Hashable {
        case number(Double), text(String), flag(Bool)
        init(_ v: Value, caseInsensitive: Bool) {
            switch v {
            case .bool(let b): self = .flag(b)
            case .int(let i): self = .number(Double(i))
            case .float(let f): self = .number(f)
            case .string(let s): self = .text(caseInsensitive ? s.lowercased() : s)
            }
        }
    }
}
