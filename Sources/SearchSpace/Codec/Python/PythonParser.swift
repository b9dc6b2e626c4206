/// Finds the job's SDK calls in Python source and parses their arguments as literals. Anything
/// else in an argument (a variable, an operator, a comprehension) is an error at its place that
/// names it: nothing is ever evaluated.
struct PythonParser {
    static let methods: Set<String> = ["extend_search_space", "set_sweep", "set_limits", "set_training_parameters"]

    let tokens: [PythonLexer.Token]
    let lexer: PythonLexer
    var position = 0
    /// How deep lists and calls nest now: a file nesting them without bound is refused rather
    /// than read by recursion until the stack runs out (as YAML nesting is).
    var depth = 0
    static let maximumDepth = 64

    init(_ text: String, cell: Int? = nil) throws(PythonSyntaxError) {
        (tokens, lexer) = try PythonLexer.tokens(text, cell: cell)
    }

    /// Where `receiver.method(` of one of the job's methods starts: the receiver's token index.
    struct CallSite {
        var receiver: String
        var method: String
        var token: Int
    }

    /// Every call of the job's methods on any plain name, in source order, arguments not yet
    /// read: a call on another object is never parsed, so what it holds is not sweepedit's concern.
    func callSites() -> [CallSite] {
        var sites: [CallSite] = []
        var i = 0
        while i + 3 < tokens.count {
            let r = tokens[i], dot = tokens[i + 1], method = tokens[i + 2], open = tokens[i + 3]
            let preceded = i > 0 && tokens[i - 1].kind == .punctuation && tokens[i - 1].text == "."
            if r.kind == .name, !preceded, dot.text == ".", dot.kind == .punctuation, method.kind == .name,
               Self.methods.contains(method.text), open.text == "(", open.kind == .punctuation {
                sites.append(CallSite(receiver: r.text, method: method.text, token: i))
                i += 4
                continue
            }
            i += 1
        }
        return sites
    }

    /// The call at `site`, its arguments read as literals.
    mutating func call(at site: CallSite) throws(PythonSyntaxError) -> PythonCall {
        let r = tokens[site.token], open = tokens[site.token + 3]
        position = site.token + 4
        let arguments = try parseArguments(closing: ")")
        return PythonCall(receiver: r.text, method: site.method, arguments: arguments, start: r.start,
                          openParen: open.start, closeParen: tokens[position - 1].start, location: r.location)
    }

    /// `name = ...` statements (a name first on its line, outside brackets, then one `=`): where
    /// a job variable is bound to a new job, so calls before it belong to another job. Each as
    /// the name and its token index.
    func assignments() -> [(name: String, token: Int)] {
        var found: [(name: String, token: Int)] = []
        var depth = 0
        for i in tokens.indices {
            let t = tokens[i]
            if t.kind == .punctuation {
                if "([{".contains(t.text) { depth += 1 } else if ")]}".contains(t.text) { depth = max(0, depth - 1) }
                continue
            }
            guard depth == 0, t.kind == .name, i + 2 < tokens.count, tokens[i + 1].text == "=",
                  tokens[i + 2].text != "=", i == 0 || tokens[i - 1].location.line < t.location.line else { continue }
            found.append((t.text, i))
        }
        return found
    }

    /// The names of the value assigned at token `i` (`automl.image_classification_multilabel`),
    /// up to its first bracket.
    func assignedNames(at i: Int) -> [String] {
        var names: [String] = []
        var j = i + 2
        while j < tokens.count, tokens[j].text != "(", tokens[j].location.line == tokens[i].location.line {
            if tokens[j].kind == .name { names.append(tokens[j].text) }
            j += 1
        }
        return names
    }

    /// Whether the source calls `name(` anywhere (the task's factory, e.g. image_classification_multilabel).
    func calls(_ name: String) -> Bool {
        tokens.indices.dropLast().contains { tokens[$0].kind == .name && tokens[$0].text == name && tokens[$0 + 1].text == "(" }
    }

    var current: PythonLexer.Token? { position < tokens.count ? tokens[position] : nil }

    func endLocation() -> SourceLocation { lexer.location(lexer.scalars.count) }

    /// Arguments up to the closing bracket, which is consumed.
    mutating func parseArguments(closing: String) throws(PythonSyntaxError) -> [PythonExpression.Argument] {
        var arguments: [PythonExpression.Argument] = []
        while true {
            guard let token = current else { throw PythonSyntaxError(endLocation(), "the file ends before '\(closing)'") }
            if token.kind == .punctuation && token.text == closing {
                position += 1
                return arguments
            }
            var keyword: String?
            var keywordLocation: SourceLocation?
            let start = token.start
            if token.kind == .name, position + 1 < tokens.count, tokens[position + 1].text == "=",
               position + 2 < tokens.count, tokens[position + 2].text != "=" {
                keyword = token.text
                keywordLocation = token.location
                position += 2
            } else if token.text == "*" {
                throw PythonSyntaxError(token.location, "unpacking (*, **) is not a literal; write the arguments out")
            }
            let value = try parseExpression()
            arguments.append(.init(keyword: keyword, keywordLocation: keywordLocation, start: start, value: value))
            guard let after = current else { throw PythonSyntaxError(endLocation(), "the file ends before '\(closing)'") }
            if after.text == "," && after.kind == .punctuation {
                position += 1
            } else if !(after.kind == .punctuation && after.text == closing) {
                throw notLiteral(after, "expected ',' or '\(closing)'")
            }
        }
    }

    func notLiteral(_ token: PythonLexer.Token, _ expected: String) -> PythonSyntaxError {
        if token.kind == .punctuation, "+-*/%@<>=!&|^~".contains(token.text) {
            return PythonSyntaxError(token.location, "an expression (operator '\(token.text)') is not read: "
                + "sweepedit reads literals only and evaluates nothing")
        }
        return PythonSyntaxError(token.location, "\(expected), found '\(token.text)'")
    }

    mutating func parseExpression() throws(PythonSyntaxError) -> PythonExpression.Located {
        let first = position
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth, let token = current {
            throw PythonSyntaxError(token.location, "lists and calls nested more than \(Self.maximumDepth) deep")
        }
        var located = try parseBareExpression()
        located.start = tokens[first].start
        located.end = tokens[position - 1].end
        return located
    }

    mutating func parseBareExpression() throws(PythonSyntaxError) -> PythonExpression.Located {
        guard let token = current else { throw PythonSyntaxError(endLocation(), "the file ends inside a call") }
        let at = token.location
        switch token.kind {
        case .string:
            var text = ""
            // adjacent literals are one string, as Python reads them
            while let t = current, t.kind == .string {
                switch t.decoded {
                case .success(let s)?: text += s
                case .failure(let e)?: throw e
                case nil: break
                }
                position += 1
            }
            return .init(expression: .literal(.string(text)), location: at)
        case .number:
            position += 1
            return .init(expression: .literal(try PythonNumber.read(token.text, at: at)), location: at)
        case .punctuation:
            if token.text == "-" || token.text == "+", position + 1 < tokens.count, tokens[position + 1].kind == .number {
                position += 2
                let value = try PythonNumber.read(token.text + tokens[position - 1].text, at: at)
                return .init(expression: .literal(value), location: at)
            }
            if token.text == "[" {
                position += 1
                let items = try parseArguments(closing: "]")
                if let named = items.first(where: { $0.keyword != nil }) {
                    throw PythonSyntaxError(named.keywordLocation ?? at, "'=' inside a list")
                }
                return .init(expression: .list(items.map(\.value)), location: at)
            }
            throw notLiteral(token, "expected a literal (a number, a string, a list, True, False, None or a call)")
        case .name:
            switch token.text {
            case "True", "False":
                position += 1
                return .init(expression: .literal(.bool(token.text == "True")), location: at)
            case "None":
                position += 1
                return .init(expression: .none, location: at)
            default:
                break
            }
            var name = token.text
            position += 1
            while let dot = current, dot.text == ".", position + 1 < tokens.count, tokens[position + 1].kind == .name {
                name = tokens[position + 1].text
                position += 2
            }
            if let open = current, open.text == "(" {
                position += 1
                let arguments = try parseArguments(closing: ")")
                return .init(expression: .call(name: name, arguments: arguments, closeParen: tokens[position - 1].start),
                             location: at)
            }
            let what = PythonLexer.keywords.contains(token.text) ? "'\(token.text)'" : "the variable '\(token.text)'"
            throw PythonSyntaxError(at, "\(what) is not a literal: sweepedit reads literals only and evaluates nothing; "
                + "write the value itself")
        }
    }
}

/// Python number literals read exactly: an int that does not fit 64 bits or a float that would
/// change is refused where it is written, as in YAML.
enum PythonNumber {
    static func read(_ text: String, at: SourceLocation) throws(PythonSyntaxError) -> Value {
        let clean = text.replacingOccurrences(of: "_", with: "")
        let sign = clean.hasPrefix("-") ? "-" : ""
        let body = clean.hasPrefix("-") || clean.hasPrefix("+") ? String(clean.dropFirst()) : clean
        let lower = body.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            guard let n = Int(sign + lower.dropFirst(2), radix: radix) else {
                throw PythonSyntaxError(at, "'\(text)' is not a 64-bit integer sweepedit can keep exactly")
            }
            return .int(n)
        }
        if lower.hasSuffix("j") { throw PythonSyntaxError(at, "'\(text)' is a complex number") }
        if lower.allSatisfy(\.isNumber) {
            guard let n = Int(sign + lower) else {
                throw PythonSyntaxError(at, "'\(text)' is not a 64-bit integer sweepedit can keep exactly")
            }
            return .int(n)
        }
        guard let x = Double(sign + lower), lower.first != "i", lower.first != "n" else {
            throw PythonSyntaxError(at, "'\(text)' is not a number")
        }
        if let problem = ExactNumber.problem(sign + lower, read: .float(x)) {
            throw PythonSyntaxError(at, problem)
        }
        return .float(x)
    }
}
