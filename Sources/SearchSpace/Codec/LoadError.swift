/// Why a file could not be read as a search space: one message, with its place where there is one.
public struct LoadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String?
    public var location: SourceLocation?
    public var message: String

    public init(file: String? = nil, _ location: SourceLocation?, _ message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message` (the parts that are known), on one line: a message
    /// quoting a value that holds line breaks shows them as \n and \r.
    public var description: String {
        var prefix = file ?? "<input>"
        if let l = location { prefix += ":\(l.line):\(l.column)" }
        var oneLine = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": oneLine += "\\n"
            case "\r": oneLine += "\\r"
            default: oneLine.unicodeScalars.append(scalar)
            }
        }
        return "\(prefix): error: \(oneLine)"
    }
}

