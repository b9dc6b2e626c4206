@testable import SearchSpace
import TestSupport

/// Random search spaces for property tests: every parameter, every distribution kind, fixed
/// values of every kind, unknown keys, awkward strings and floats over the whole double range.
///
/// Settings are mostly of the kind the SDK accepts for the field (int distributions with integer
/// parameters on int fields, choice of strings on string fields), and sometimes of any kind: the
/// codecs must carry what a user wrote even when validation will reject it.
struct SpaceGenerator {
    var random: SeededRandom
    /// Only settings of the field's own kind, no unknown keys and no `'` in strings: what the
    /// REST form can carry (it is typed by the field and the SDK writes quotes without escapes).
    var restSafe: Bool

    init(seed: UInt64, restSafe: Bool = false) {
        random = SeededRandom(seed: seed)
        self.restSafe = restSafe
    }

    /// Characters that trouble YAML, JSON or REST quoting.
    static let awkward: [Character] = [
        "a", "b", "z", "A", "0", "7", " ", ",", "(", ")", "'", "\"", ":", "#", "-", "_", "/", ".", "[", "]",
        "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "\\", "é", "λ", "中", "😀", "\t", "\n", "\u{7F}", "\u{85}", "\u{2028}", "?",
    ]
    static let words = ["yes", "no", "true", "False", "null", "~", "1.5", "12", "0x1F", ".inf", "sgd", "resnet50",
                        "vitb16r224", "microsoft/beit-base-patch16-224-pt22k-ft22k", "a b", "a,b", "f(x)", "", "-", "Y"]

    mutating func space() -> SearchSpace {
        let count = random.chance(0.05) ? 0 : 1 + random.below(4)
        var space = SearchSpace(subspaces: (0..<count).map { _ in subspace() })
        for _ in 0..<random.below(4) {
            let id = random.pick(ParameterID.allCases)
            space.trainingParameters[id] = .fixed(fixedValue(for: Catalogue.spec(id).kind))
        }
        space.job = JobSettings(
            task: random.pick(Task.allCases), samplingAlgorithm: random.pick(SamplingAlgorithm.allCases),
            maxTrials: random.chance(0.7) ? 1 + random.below(1000) : nil,
            maxConcurrentTrials: random.chance(0.7) ? 1 + random.below(100) : nil,
            earlyTermination: random.chance(0.5) ? .starter(.bandit) : nil)
        return space
    }

    mutating func subspace() -> Subspace {
        var sub = Subspace()
        for _ in 0..<random.below(9) {
            let id = random.pick(ParameterID.allCases)
            sub[id] = setting(for: Catalogue.spec(id).kind)
        }
        if !restSafe, random.chance(0.1) {
            let name = "unknown_" + String(random.below(1000))
            if !sub.unknownKeys.contains(where: { $0.name == name }) {
                sub.unknownKeys.append(UnknownKey(name: name, setting: .fixed(anyValue())))
            }
        }
        return sub
    }

    mutating func setting(for kind: ParameterKind) -> Setting {
        let onKind = restSafe || random.chance(0.9)
        if random.chance(0.35) { return .fixed(onKind ? fixedValue(for: kind) : anyValue()) }
        return .swept(distribution(for: onKind ? kind : random.pick([.int, .float, .string])))
    }

    mutating func distribution(for kind: ParameterKind) -> Distribution {
        switch kind {
        case .bool, .string, .enum:
            return .choice((0..<(1 + random.below(4))).map { _ in fixedValue(for: kind) })
        case .int:
            let kinds: [DistributionKind] = [.choice, .randint, .quniform, .qloguniform, .qnormal, .qlognormal]
            let k = random.pick(kinds)
            if k == .choice { return .choice((0..<(1 + random.below(5))).map { _ in .int(integer()) }) }
            return Distribution(kind: k, parameters: k.parameterNames.map { _ in .int(integer()) })!
        case .float:
            let k = random.pick(DistributionKind.allCases)
            if k == .choice {
                return .choice((0..<(1 + random.below(5))).map { _ in random.chance(0.5) ? .int(integer()) : .float(float()) })
            }
            return Distribution(kind: k, parameters: k.parameterNames.map { _ in number() })!
        }
    }

    mutating func fixedValue(for kind: ParameterKind) -> Value {
        switch kind {
        case .bool: return .bool(random.chance(0.5))
        case .int: return .int(integer())
        case .float: return random.chance(0.2) ? .int(integer()) : .float(float())
        case .enum:
            let values = random.chance(0.5) ? Catalogue.optimizers : Catalogue.schedulers
            let v = random.pick(values)
            return .string(random.chance(0.2) ? v.uppercased() : v)
        case .string: return .string(string())
        }
    }

    mutating func anyValue() -> Value {
        switch random.below(4) {
        case 0: return .bool(random.chance(0.5))
        case 1: return .int(integer())
        case 2: return .float(float())
        default: return .string(string())
        }
    }

    mutating func number() -> Number { random.chance(0.3) ? .int(integer()) : .float(float()) }

    mutating func integer() -> Int {
        switch random.below(10) {
        case 0: return Int(truncatingIfNeeded: random.next())
        case 1, 2: return -1000 + random.below(2001)
        default: return random.below(400)
        }
    }

    /// Finite doubles: round decimals, every decade from 1e-30 to 1e30, and raw bit patterns.
    mutating func float() -> Double {
        switch random.below(10) {
        case 0:
            let x = Double(bitPattern: random.next())
            return x.isFinite ? x : 0.5
        case 1, 2, 3:
            let digits = 1 + random.below(6)
            let scale = (0..<digits).reduce(1.0) { r, _ in r * 10 }
            return Double(random.below(Int(scale) * 10)) / scale * (random.chance(0.2) ? -1 : 1)
        default:
            let mantissa = Double(random.next() >> 11) / Double(1 << 53) + 0.1
            var x = mantissa
            let exponent = -30 + random.below(61)
            for _ in 0..<abs(exponent) { x = exponent < 0 ? x / 10 : x * 10 }
            return random.chance(0.25) ? -x : x
        }
    }

    mutating func string() -> String {
        let text = random.chance(0.4) ? random.pick(Self.words)
            : String((0..<(1 + random.below(10))).map { _ in random.pick(Self.awkward) })
        return restSafe ? text.replacingOccurrences(of: "'", with: "`") : text
    }
}
