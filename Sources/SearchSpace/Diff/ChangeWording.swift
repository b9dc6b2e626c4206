/// What a setting does to the sampled values, in words, for the diff and the canonical listing.
/// Ranges come from `DistributionRange`, the one owner of a distribution's interval.
public enum ChangeWording {
    /// How a setting reads ("unset", "0.01", "uniform(0.001,0.01)").
    public static func spelling(_ setting: Setting, kind: ParameterKind) -> String {
        RestFormat.string(setting, for: kind) ?? "unset"
    }

    /// The spelling, a long choice cut after about `limit` characters with its count: a diff
    /// line names the change, the effect says which values came and went.
    public static func shortSpelling(_ setting: Setting, kind: ParameterKind, limit: Int = 120) -> String {
        guard case .swept(let d) = setting, case .choice(let values) = d else { return spelling(setting, kind: kind) }
        let text = RestFormat.string(d, for: kind, characters: limit)
        let cut = text.count > limit && !text.hasSuffix(")")
        return cut ? text + ",...) (\(values.count) values)" : text
    }

    /// What the trials get for a parameter set to `setting` in `space` ("0.0001..0.01 on a log scale").
    public static func values(_ setting: Setting, _ id: ParameterID?, in space: SearchSpace) -> String {
        let kind = id.map { Catalogue.spec($0).kind } ?? .string
        switch setting {
        case .unset:
            guard let id else { return "not set" }
            let base = space.baseValue(id)
            let value = base.value.map { RestFormat.literal($0, for: kind) } ?? ""
            switch base.source {
            case .trainingParameters: return "\(value) from training_parameters"
            case .azureDefault: return "Azure's default \(value)"
            default: return "Azure chooses"
            }
        case .fixed(let v):
            return "always \(RestFormat.literal(v, for: kind))"
        case .swept(let d):
            return values(d, kind: kind)
        }
    }

    public static func values(_ d: Distribution, kind: ParameterKind) -> String {
        let step = d.kind.isQuantized ? d.parameters.last.map { ", in steps of " + ValueFormat.plain($0) } ?? "" : ""
        switch d {
        case .choice(let values):
            // the values themselves are in the spelling beside this
            return "one of \(values.count) value\(values.count == 1 ? "" : "s")"
        case .randint(let upper):
            return "an integer 0..\(NumberFormat.short(upper.double.rounded(.towardZero) - 1))"
        case .uniform, .quniform, .loguniform, .qloguniform:
            guard let r = DistributionRange(d, sigmas: 0) else { return d.kind.rawValue }
            let scale = d.kind.isLogScale ? " on a log scale" : ", evenly"
            return number(r.lower) + ".." + number(r.upper) + scale + step
        case .normal, .qnormal, .lognormal, .qlognormal:
            // about 95% of draws fall within two sigma
            guard let centre = DistributionRange(d, sigmas: 0), let r = DistributionRange(d, sigmas: 2) else { return d.kind.rawValue }
            let scale = d.kind.isLogScale ? " on a log scale" : ""
            return "around \(number(centre.lower))\(scale), 95% within \(number(r.lower))..\(number(r.upper))" + step
        }
    }

    /// A choice that stays a choice: what it adds and drops ("adds 64; drops 8").
    public static func choiceEdit(_ before: [Value], _ after: [Value], kind: ParameterKind) -> String? {
        let old = RestFormat.choiceArguments(before, for: kind)
        let new = RestFormat.choiceArguments(after, for: kind)
        // sets: a choice may hold 100,000 values
        let (oldSet, newSet) = (Set(old), Set(new))
        let added = new.filter { !oldSet.contains($0) }
        let dropped = old.filter { !newSet.contains($0) }
        var parts: [String] = []
        if !added.isEmpty { parts.append("adds " + listed(added)) }
        if !dropped.isEmpty { parts.append("drops " + listed(dropped)) }
        if parts.isEmpty { parts.append("the same values, drawn with other weights") }  // duplicates
        return parts.joined(separator: "; ") + " (\(after.count) value\(after.count == 1 ? "" : "s"))"
    }

    /// The effect of a parameter going from `before` (in `old`) to `after` (in `new`).
    public static func effect(_ before: Setting, _ after: Setting, _ id: ParameterID?, old: SearchSpace, new: SearchSpace) -> String {
        let kind = id.map { Catalogue.spec($0).kind } ?? .string
        if case .swept(.choice(let a)) = before, case .swept(.choice(let b)) = after {
            return choiceEdit(a, b, kind: kind) ?? ""
        }
        return "now " + values(after, id, in: new) + " (was " + values(before, id, in: old) + ")"
    }

    /// Up to eight values, then how many more.
    static func listed(_ values: [String]) -> String {
        values.prefix(8).joined(separator: ", ") + (values.count > 8 ? " and \(values.count - 8) more" : "")
    }

    static func number(_ x: Double) -> String { NumberFormat.approximate(x, significant: 4) }
}
