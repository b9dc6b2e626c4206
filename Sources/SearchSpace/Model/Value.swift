/// A literal as written in a file: the four scalar kinds YAML, JSON and REST strings share.
///
/// The model keeps what the user wrote (an `int` on a float field stays an `int`) so that
/// nothing is lost on a round trip and validation can say exactly what is wrong.
public enum Value: Hashable, Sendable {
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    /// The numeric reading of the value, if it is a number.
    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let f): return f
        case .bool, .string: return nil
        }
    }

    public var isNumber: Bool { number != nil }

    /// A short name of the value's kind, for messages ("a string", "a float").
    public var kindDescription: String {
        switch self {
        case .bool: return "a true/false value"
        case .int: return "an integer"
        case .float: return "a float"
        case .string: return "a string"
        }
    }
}

/// A numeric parameter of a distribution (a bound, mu, sigma, q, upper).
/// Integer and float spellings are kept apart: the SDK writes `uniform(0,1)` and `uniform(0.0,1.0)` differently.
public enum Number: Hashable, Sendable {
    case int(Int)
    case float(Double)

    public var double: Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let f): return f
        }
    }

    /// True when the number is written as an integer (not `2.0`).
    public var isIntegerLiteral: Bool {
        if case .int = self { return true }
        return false
    }

    public var value: Value {
        switch self {
        case .int(let i): return .int(i)
        case .float(let f): return .float(f)
        }
    }

    public init?(_ value: Value) {
        switch value {
        case .int(let i): self = .int(i)
        case .float(let f): self = .float(f)
        case .bool, .string: return nil
        }
    }
}
