/// Splits Python source into the tokens the literal parser needs: names, numbers, strings and
/// single punctuation characters, each with its place. Comments and line breaks are skipped;
/// nothing is evaluated. Positions are indices into the source's Unicode scalars, so a save can
/// splice the original text back byte for byte around what it replaces.
struct PythonLexer {
    enum Kind: Equatable { case name, number, string, punctuation }

    struct Token {
        var kind: Kind
        var text: String
        /// Scalar indices [start, end) in the source.
        var start: Int
        var end: Int
        var location: SourceLocation
        /// For strings: the decoded text, or why it is not a plain string (an f-string, bytes).
        var decoded: Result<String, PythonSyntaxError>?
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    let scalars: [Unicode.Scalar]
    /// The notebook cell the source is (1-based), carried by every place so messages name it.
    let cell: Int?
    /// Where each line starts (scalar index), for columns.
    private var lineStarts: [Int] = [0]
    private var index = 0

    init(_ text: String, cell: Int? = nil) {
        scalars = Array(text.unicodeScalars)
        self.cell = cell
    }

    func location(_ at: Int) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= at { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: at - lineStarts[low] + 1, cell: cell)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" { lineStarts.append(index + 1) }
        index += 1
    }

    /// Every token of the source. An unterminated string is an error at its start.
    static func tokens(_ text: String, cell: Int? = nil) throws(PythonSyntaxError) -> (tokens: [Token], lexer: PythonLexer) {
        var lexer = PythonLexer(text, cell: cell)
        var tokens: [Token] = []
        while let token = try lexer.next() { tokens.append(token) }
        return (tokens, lexer)
    }

    mutating func next() throws(PythonSyntaxError) -> Token? {
        while let c = peek() {
            if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else if c.properties.isWhitespace || c == "\\" || c == "\u{FEFF}" {
                advance()
            } else {
                break
            }
        }
        guard let c = peek() else { return nil }
        let start = index
        if c == "_" || c.properties.isXIDStart {
            while let d = peek(), d == "_" || d.properties.isXIDContinue { advance() }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            if let quote = peek(), quote == "\"" || quote == "'", word.count <= 2,
               word.lowercased().allSatisfy({ "rbuf".contains($0) }) {
                return try string(from: start, prefix: word.lowercased())
            }
            return token(.name, from: start)
        }
        if c == "\"" || c == "'" { return try string(from: start, prefix: "") }
        if c.properties.numericType == .decimal && c.isASCII || (c == "." && (peek(1).map { ("0"..."9").contains($0) } ?? false)) {
            while let d = peek(), d == "_" || d == "." || d.properties.isXIDContinue
                || ((d == "+" || d == "-") && "eE".unicodeScalars.contains(scalars[index - 1]) && !isHex(start)) { advance() }
            return token(.number, from: start)
        }
        advance()
        return token(.punctuation, from: start)
    }

    private func isHex(_ start: Int) -> Bool {
        index - start >= 2 && scalars[start] == "0" && (scalars[start + 1] == "x" || scalars[start + 1] == "X")
    }

    private func token(_ kind: Kind, from start: Int) -> Token {
        Token(kind: kind, text: String(String.UnicodeScalarView(scalars[start..<index])), start: start, end: index,
              location: location(start))
    }

    /// A string literal: quotes single, double or triple, escapes decoded (raw strings kept).
    private mutating func string(from start: Int, prefix: String) throws(PythonSyntaxError) -> Token {
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        for _ in 0..<(triple ? 3 : 1) { advance() }
        var raw: [Unicode.Scalar] = []
        while true {
            guard let c = peek() else {
                throw PythonSyntaxError(location(start), "a string that is never closed")
            }
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                for _ in 0..<(triple ? 3 : 1) { advance() }
                break
            }
            if c == "\n" && !triple { throw PythonSyntaxError(location(start), "a string that is never closed on its line") }
            if c == "\\", let d = peek(1) {
                raw.append(c)
                advance()
                raw.append(d)
                advance()
                continue
            }
            raw.append(c)
            advance()
        }
        var result = token(.string, from: start)
        if prefix.contains("f") {
            result.decoded = .failure(PythonSyntaxError(result.location, "an f-string is computed, not a literal"))
        } else if prefix.contains("b") {
            result.decoded = .failure(PythonSyntaxError(result.location, "a bytes literal is not a string"))
        } else if prefix.contains("r") {
            result.decoded = .success(String(String.UnicodeScalarView(raw)))
        } else {
            result.decoded = PythonEscapes.decode(raw, at: result.location)
        }
        return result
    }
}

/// A place in Python source that sweepedit cannot read, and why.
struct PythonSyntaxError: Error {
    var location: SourceLocation
    var message: String
    init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
