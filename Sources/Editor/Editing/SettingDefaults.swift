import Foundation
import SearchSpace

/// Sensible settings for f / d / t, read from the catalogue: `d` on learning_rate gives a
/// uniform around its default within [0, 1]; on an enum, bool or model_name a choice.
public enum SettingDefaults {
    /// The value `f` fixes: what the distribution centres on, else the value trials get today.
    public static func fixedValue(_ id: ParameterID, current: Setting, space: SearchSpace) -> Value {
        let spec = Catalogue.spec(id)
        if case .swept(let d) = current {
            if let first = d.choiceValues?.first { return first }
            let (lo, hi, _) = range(of: d)
            let mid = d.kind.isLogScale ? sqrt(lo * hi) : (lo + hi) / 2
            return spec.kind == .int ? .int(Int(mid.rounded())) : .float(nice(mid))
        }
        if let v = space.baseValue(id).value { return v }
        switch spec.kind {
        case .bool: return .bool(true)
        case .int, .float: return number(center(spec, base: nil), spec).value
        case .enum: return .string(knownValues(spec).first ?? "")
        case .string: return .string(Models.names.first ?? "")
        }
    }

    /// The distribution `d` makes from the current setting.
    public static func distribution(_ id: ParameterID, current: Setting, space: SearchSpace) -> Distribution {
        let spec = Catalogue.spec(id)
        let start: Value? = current.fixedValue ?? space.baseValue(id).value
        switch spec.kind {
        case .bool:
            let first = start.flatMap(Coercion.bool) ?? true
            return .choice([.bool(first), .bool(!first)])
        case .enum:
            let known = Catalogue.valuesToSweep(id)
            let current = start.map(ValueFormat.plain).map { $0.lowercased() }
            // the current value first, when a generated sweep may offer it at all
            let first = current.flatMap { known.contains($0) ? $0 : nil } ?? known.first ?? ""
            return .choice(([first] + known.filter { $0 != first }).map(Value.string))
        case .string:
            let first = start.map(ValueFormat.plain) ?? "seresnext"
            let other = Models.info(first)?.isViT == true ? "seresnext" : "vitb16r224"
            return .choice([.string(first), .string(first == other ? "resnet50" : other)])
        case .int:
            if case .oneOfIntegers(let set) = spec.constraint { return .choice(set.map(Value.int)) }
            let c = Int(center(spec, base: start?.number).rounded())
            return .choice(c <= 0 ? [.int(0), .int(1)] : [.int(c), .int(c * 2)])
        case .float:
            let c = center(spec, base: start?.number)
            var lo = c == 0 ? 0 : nice(c / 2), hi = c == 0 ? 1 : nice(c * 2)
            if case .closedRange(let a, let b) = spec.constraint {
                lo = max(a, lo)
                hi = min(b, hi)
                if lo >= hi { (lo, hi) = (a, b) }
            }
            return .uniform(min: .float(lo), max: .float(hi))
        }
    }

    /// The distribution of another kind closest to `d`: the same range in real units, the
    /// same q, integers for integer fields.
    public static func convert(_ d: Distribution, to kind: DistributionKind, spec: ParameterSpec) -> Distribution {
        if d.kind == kind { return d }
        var (lo, hi, q) = range(of: d)
        if let values = d.choiceValues, !values.contains(where: { $0.number != nil }) {
            return d  // a choice of names has no numeric range to carry over
        }
        if hi < lo { (lo, hi) = (hi, lo) }
        let isInt = spec.kind == .int
        // stay inside what the field admits (randint's 0 is not a positive epoch count)
        switch spec.constraint {
        case .closedRange(let a, let b): (lo, hi) = (min(max(a, lo), b), max(min(b, hi), a))
        case .positive: lo = max(lo, isInt ? 1 : 1e-6)
        case .nonNegative: lo = max(lo, 0)
        case .none, .oneOfIntegers, .enumValues, .modelName: break
        }
        if hi < lo { hi = lo }
        if isInt {
            // an int field's bounds become Ints below: e^1000 from a log scale must not trap
            // (beyond 2^53 a Double holds only integers anyway)
            (lo, hi) = (min(max(lo, -9.0e15), 9.0e15), min(max(hi, -9.0e15), 9.0e15))
            q = q.map { min(max($0, 1), 9.0e15) }
        }
        let step = q ?? (isInt ? 1 : nice(max((hi - lo) / 10, 1e-6)))
        func n(_ x: Double) -> Number { isInt ? .int(Int(x.rounded())) : .float(nice(x)) }
        func logBounds() -> (Double, Double) {
            let a = lo > 0 ? lo : (hi > 0 ? hi / 100 : 0.001)
            let b = hi > a ? hi : a * 100
            return (NumberFormat.roundedLog(a), NumberFormat.roundedLog(b))
        }
        switch kind {
        case .choice:
            let values = lo == hi ? [n(lo)] : [n(lo), n(hi)]
            return .choice(values.map(\.value))
        case .randint:
            return .randint(upper: .int(max(1, Int(hi.rounded()) + (isInt ? 1 : 0))))
        case .uniform:
            return .uniform(min: n(lo), max: n(hi))
        case .quniform:
            return .quniform(min: n(lo), max: n(hi), q: n(step))
        case .loguniform:
            let (a, b) = logBounds()
            return .loguniform(min: .float(a), max: .float(b))
        case .qloguniform:
            let (a, b) = logBounds()
            return isInt ? .qloguniform(min: .int(Int(a.rounded(.down))), max: .int(Int(b.rounded(.up))), q: .int(max(1, Int(step))))
                         : .qloguniform(min: .float(a), max: .float(b), q: n(step))
        case .normal:
            return .normal(mu: n((lo + hi) / 2), sigma: n(max((hi - lo) / 4, isInt ? 1 : 1e-6)))
        case .qnormal:
            return .qnormal(mu: n((lo + hi) / 2), sigma: n(max((hi - lo) / 4, isInt ? 1 : 1e-6)), q: n(step))
        case .lognormal:
            let (a, b) = logBounds()
            return .lognormal(mu: .float((a + b) / 2), sigma: .float(max((b - a) / 4, 0.01)))
        case .qlognormal:
            let (a, b) = logBounds()
            if isInt {
                return .qlognormal(mu: .int(Int(((a + b) / 2).rounded())), sigma: .int(max(1, Int(((b - a) / 4).rounded()))),
                                   q: .int(max(1, Int(step))))
            }
            return .qlognormal(mu: .float((a + b) / 2), sigma: .float(max((b - a) / 4, 0.01)), q: n(step))
        }
    }

    /// The range a distribution covers in real units (normal: mu ± 2 sigma; see
    /// `DistributionRange`), and its q; log-scale ends tidied to 6 digits.
    static func range(of d: Distribution) -> (Double, Double, Double?) {
        guard let r = DistributionRange(d, sigmas: 2) else { return (0, 1, nil) }
        return d.kind.isLogScale ? (nice(r.lower), nice(r.upper), r.q) : (r.lower, r.upper, r.q)
    }

    /// The values an enum, bool or model_name field offers (Up/Down while editing picks them).
    public static func knownValues(_ spec: ParameterSpec) -> [String] {
        switch spec.constraint {
        case .enumValues(let values): return values
        case .modelName: return Models.names
        case .oneOfIntegers(let set): return set.map(String.init)
        case .none, .closedRange, .positive, .nonNegative:
            return spec.kind == .bool ? ["true", "false"] : []
        }
    }

    static func center(_ spec: ParameterSpec, base: Double?) -> Double {
        if let base { return base }
        if let d = spec.defaultValue?.number { return d }
        switch spec.constraint {
        case .closedRange(let a, let b): return (a + b) / 2
        case .positive: return 1
        case .oneOfIntegers(let set): return Double(set.first ?? 0)
        case .nonNegative, .none, .enumValues, .modelName: return 0
        }
    }

    static func number(_ x: Double, _ spec: ParameterSpec) -> Number {
        spec.kind == .int ? .int(Int(x.rounded())) : .float(x)
    }

    /// x with 6 significant digits: exp(log(0.001)) is shown as 0.001.
    static func nice(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        return Double(String(format: "%.6g", x)) ?? x
    }
}
