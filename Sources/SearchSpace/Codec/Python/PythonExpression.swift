/// A literal expression of the subset sweepedit reads: what the SDK calls take as arguments.
indirect enum PythonExpression {
    case literal(Value)
    case none
    case list([PythonExpression.Located])
    /// `Name(...)` or `module.Name(...)`: `name` is the last part.
    case call(name: String, arguments: [Argument], closeParen: Int)

    struct Located {
        var expression: PythonExpression
        var location: SourceLocation
        /// Scalar indices [start, end) of its text in the source.
        var start = 0
        var end = 0
    }

    struct Argument {
        /// nil for a positional argument.
        var keyword: String?
        var keywordLocation: SourceLocation?
        /// Scalar index of the keyword (of the value for a positional argument).
        var start = 0
        var value: Located
    }

    var shapeDescription: String {
        switch self {
        case .literal(let v): return v.kindDescription
        case .none: return "None"
        case .list: return "a list"
        case .call(let name, _, _): return "a call of \(name)"
        }
    }
}

/// One SDK call found in the source: `receiver.method(arguments)`.
struct PythonCall {
    var receiver: String
    var method: String
    var arguments: [PythonExpression.Argument]
    /// Scalar indices of the receiver's first character and of the closing parenthesis.
    var start: Int
    var openParen: Int
    var closeParen: Int
    var location: SourceLocation
}
