import Yams

/// `Value` means Yams' `Node.Value` inside `extension Node`; this names ours.
typealias Literal = Value

/// Small readings of Yams nodes shared by the codecs.
extension Node {
    var location: SourceLocation? { mark.map { SourceLocation(line: $0.line, column: $0.column) } }

    /// The literal a scalar holds, typed as YAML resolves it; nil for null and non-scalars.
    var literal: Literal? {
        if case .scalar(let s) = self, let number = PlainNumber.literal(of: s) { return number }
        return yamsLiteral
    }

    /// The literal as Yams' resolver and constructors read it: the slow path that PlainNumber
    /// spares the common numbers.
    var yamsLiteral: Literal? {
        guard case .scalar(let s) = self else { return nil }
        switch tag.rawValue {
        case Tag.Name.null.rawValue: return nil
        case Tag.Name.bool.rawValue: return bool.map(Literal.bool) ?? .string(s.string)
        // Yams' int constructor refuses some spellings its resolver accepts ("-0").
        case Tag.Name.int.rawValue: return (int ?? Int(s.string)).map(Literal.int) ?? .string(s.string)
        case Tag.Name.float.rawValue: return (float ?? Double(s.string)).map(Literal.float) ?? .string(s.string)
        default:
            // Python's json module writes these for non-finite floats: plain, they are numbers
            // (which NodeCheck refuses, as it does .inf and .nan); quoted, strings.
            if s.style == .plain, let special = Self.pythonNonFinite[s.string] { return .float(special) }
            return .string(s.string)
        }
    }

    static let pythonNonFinite: [String: Double] = ["NaN": .nan, "Infinity": .infinity, "-Infinity": -.infinity]

    /// A scalar tagged (explicitly, or as YAML resolves it) int, float or bool whose text is not
    /// one, as `!!int "uniform(0,1)"`: PyYAML refuses such a document, and so does sweepedit.
    var isMistypedScalar: Bool {
        guard case .scalar = self,
              [Tag.Name.int.rawValue, Tag.Name.float.rawValue, Tag.Name.bool.rawValue].contains(tag.rawValue),
              case .string? = literal else { return false }
        return true
    }

    var isNull: Bool {
        if case .scalar = self { return tag.rawValue == Tag.Name.null.rawValue }
        return false
    }

    /// Whether the scalar was written as a string (quoted or not a number/bool).
    var isStringScalar: Bool {
        guard case .scalar = self else { return false }
        return tag.rawValue == Tag.Name.str.rawValue
    }

    /// The entries of a mapping as (key text, key node, value node), in file order.
    var pairs: [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let m) = self else { return nil }
        return m.map { (k, v) in (k.string ?? "", k, v) }
    }

    func value(forKey key: String) -> Node? {
        guard case .mapping(let m) = self else { return nil }
        for (k, v) in m where k.string == key { return v }
        return nil
    }

    func keyNode(_ key: String) -> Node? {
        guard case .mapping(let m) = self else { return nil }
        for (k, _) in m where k.string == key { return k }
        return nil
    }

    /// What the node is, for messages ("a list", "a mapping").
    var shapeDescription: String {
        switch self {
        case .scalar: return literal?.kindDescription ?? "an empty value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
