import Foundation

/// Whether two settings mean the same sweep, however they were written: a legacy expression,
/// the dict form, a camelCase REST string or snake_case YAML all read to settings, and two
/// settings are the same when the SDK would send the same values for the field.
///
/// Numbers compare by value (`2` and `2.0` bound the same interval); log-scale exponents compare
/// after the rounding sweepedit writes them with (`NumberFormat.roundedLog`), so
/// `loguniform(-9.2103,...)` written by the editor equals the exact `-9.210340371976182` a user
/// typed; fixed values and choice values compare by the literal the SDK sends for the field's
/// kind (`true` and `"True"` on a bool field); a choice is a bag of values, its order does not
/// change what is drawn.
public enum SettingMeaning {
    public static func same(_ a: Setting, _ b: Setting, kind: ParameterKind) -> Bool {
        switch (a, b) {
        case (.unset, .unset): return true
        case (.fixed(let x), .fixed(let y)):
            return RestFormat.literal(x, for: kind) == RestFormat.literal(y, for: kind)
        case (.swept(let x), .swept(let y)):
            return same(x, y, kind: kind)
        default:
            return false
        }
    }

    public static func same(_ a: Distribution, _ b: Distribution, kind: ParameterKind) -> Bool {
        guard a.kind == b.kind else { return false }
        switch (a, b) {
        case (.choice(let x), .choice(let y)):
            return choiceBag(x, kind: kind) == choiceBag(y, kind: kind)
        case (.randint, .randint):
            // the SDK truncates a float upper: randint(5.5) draws what randint(5) does
            return RestFormat.string(a, for: kind) == RestFormat.string(b, for: kind)
        default:
            let logScale = a.kind.isLogScale
            return zip(a.parameters, b.parameters).enumerated().allSatisfy { i, pair in
                // q is a step in real units even for the log kinds
                let isExponent = logScale && !(a.kind.isQuantized && i == 2)
                return sameNumber(pair.0.double, pair.1.double, exponent: isExponent)
            }
        }
    }

    /// The choice's values as the SDK spells them, sorted: equal bags draw the same.
    static func choiceBag(_ values: [Value], kind: ParameterKind) -> [String] {
        RestFormat.choiceArguments(values, for: kind).sorted()
    }

    static func sameNumber(_ x: Double, _ y: Double, exponent: Bool) -> Bool {
        if x == y { return true }
        guard exponent, x.isFinite, y.isFinite else { return false }
        return NumberFormat.roundedLog(exp(x)) == NumberFormat.roundedLog(exp(y))
    }

    /// Two subspaces hold the same settings (unknown keys included, compared as strings).
    public static func same(_ a: Subspace, _ b: Subspace) -> Bool {
        for id in ParameterID.allCases where !same(a[id], b[id], kind: Catalogue.spec(id).kind) { return false }
        return sameUnknownKeys(a, b)
    }

    static func sameUnknownKeys(_ a: Subspace, _ b: Subspace) -> Bool {
        let names = Set(a.unknownKeys.map(\.name)).union(b.unknownKeys.map(\.name))
        return names.allSatisfy { same(unknownSetting($0, in: a), unknownSetting($0, in: b), kind: .string) }
    }

    static func unknownSetting(_ name: String, in sub: Subspace) -> Setting {
        sub.unknownKeys.first { $0.name == name }?.setting ?? .unset
    }
}
