/// The SDK calls that make one job, found over one or more sources: a `.py` file is one source,
/// a notebook's code cells are several, in notebook order.
///
/// The rule (README, "Python and notebooks"): the job is the receiver of the chosen
/// `extend_search_space` call (the anchor; for a .py AutoMode job, its first `set_limits`). Its
/// other calls are the calls on the same name between the last `name = ...` before the anchor
/// and the first `name = ...` after it: Azure's notebooks build a new job under the same name in
/// several cells, and a call before that new job was made belongs to the old one. Within that
/// stretch the calls apply in order, keyword by keyword, as azure-ai-ml 1.35.2 merges them: a
/// keyword given a value overrides an earlier one, a keyword given None keeps it
/// (set_limits, set_training_parameters, set_sweep's early_termination). Another
/// `extend_search_space` on the job in that stretch is not read: `--cell` chooses which one.
struct PythonJob {
    struct Part {
        /// The source as written (what a save splices into).
        var text: String
        /// The notebook cell (1-based over all cells), nil for a .py file.
        var cell: Int?
        /// Nil for a cell that is not Python sweepedit can lex (it holds no call of the job).
        var parser: PythonParser?
    }

    /// A call of the job and the part it is in.
    struct Found {
        var part: Int
        var call: PythonCall
    }

    var parts: [Part]
    var anchor: Found
    /// Every call of the job, in order, the anchor among them.
    var calls: [Found]
    var receiver: String { anchor.call.receiver }
    /// Whether the job is built by `automl.image_classification_multilabel`.
    var multilabel: Bool

    /// `anchorPart`: the part the anchor is in (a notebook's chosen cell); nil: the first part with
    /// an extend_search_space call (or, when `autoMode`, a set_limits call in code that builds an
    /// image classification job). Nil when there is no anchor. Parts whose text cannot be lexed
    /// are skipped unless they mention the job (then their error is the error).
    static func find(_ sources: [(text: String, cell: Int?)], anchorPart: Int?, autoMode: Bool) throws(PythonSyntaxError) -> PythonJob? {
        var parsers: [Int: PythonParser] = [:]
        var firstError: [Int: PythonSyntaxError] = [:]
        for (i, source) in sources.enumerated() {
            do { parsers[i] = try PythonParser(lexable(source.text, notebook: source.cell != nil), cell: source.cell) } catch {
                firstError[i] = error
            }
        }
        var anchorSite: (part: Int, site: PythonParser.CallSite)?
        for i in anchorPart.map({ [$0] }) ?? Array(sources.indices) {
            guard let parser = parsers[i] else {
                if anchorPart != nil || sources[i].text.contains("extend_search_space"), let e = firstError[i] { throw e }
                continue
            }
            let sites = parser.callSites()
            if let site = sites.first(where: { $0.method == "extend_search_space" }) {
                anchorSite = (i, site)
                break
            }
            if autoMode, let site = sites.first(where: { $0.method == "set_limits" }),
               parser.calls("image_classification") || parser.calls("image_classification_multilabel") {
                anchorSite = (i, site)
                break
            }
        }
        guard let anchorSite else { return nil }
        let receiver = anchorSite.site.receiver
        for (i, error) in firstError where sources[i].text.contains(receiver + ".") { throw error }

        // the stretch of code where the name holds the anchor's job: (part, token) bounds
        typealias Place = (part: Int, token: Int)
        func before(_ a: Place, _ b: Place) -> Bool { a.part < b.part || (a.part == b.part && a.token < b.token) }
        let here: Place = (anchorSite.part, anchorSite.site.token)
        var start: Place?, end: Place?
        for i in sources.indices {
            guard let parser = parsers[i] else { continue }
            for assignment in parser.assignments() where assignment.name == receiver {
                let at: Place = (i, assignment.token)
                if before(at, here) { start = at } else if end == nil { end = at }
            }
        }
        var parts: [Part] = []
        var calls: [Found] = []
        var anchor: Found?
        for i in sources.indices {
            guard var parser = parsers[i] else { continue }
            for site in parser.callSites() where site.receiver == receiver {
                let at: Place = (i, site.token)
                guard start.map({ before($0, at) }) ?? true, end.map({ before(at, $0) }) ?? true else { continue }
                let isAnchor = i == anchorSite.part && site.token == anchorSite.site.token
                if site.method == "extend_search_space" && !isAnchor { continue }
                let found = Found(part: i, call: try parser.call(at: site))
                if isAnchor { anchor = found }
                calls.append(found)
            }
            parsers[i] = parser
        }
        for i in sources.indices {
            // a part that cannot be lexed holds no call of the job (checked above); it stays as it is
            parts.append(Part(text: sources[i].text, cell: sources[i].cell, parser: parsers[i]))
        }
        let multilabel: Bool
        if let start, let parser = parsers[start.part] {
            multilabel = parser.assignedNames(at: start.token).contains("image_classification_multilabel")
        } else {
            multilabel = parsers.values.contains { $0.calls("image_classification_multilabel") }
        }
        // the anchor lies between the assignments that bound the stretch, so it is always found
        guard let anchor else { return nil }
        return PythonJob(parts: parts, anchor: anchor, calls: calls, multilabel: multilabel)
    }

    /// A notebook cell's IPython lines (`%pip ...`, `!ls`) blanked out, so the lexer does not read
    /// them as Python; a cell magic (`%%writefile`) blanks the whole cell, which is not Python.
    /// Every other character keeps its place, so the save splices the original.
    static func lexable(_ text: String, notebook: Bool) -> String {
        guard notebook, text.contains("%") || text.contains("!") else { return text }
        let cellMagic = text.drop(while: \.isWhitespace).hasPrefix("%%")
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var lineStart = true, magic = cellMagic
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                lineStart = true
                magic = cellMagic
                out.append(scalar)
                continue
            }
            if lineStart, scalar != " ", scalar != "\t" {
                lineStart = false
                // `!=` or `% x` starting a continuation line is Python, not a magic
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                magic = cellMagic || (scalar == "!" && next != "=") || (scalar == "%" && (next == "%" || next.properties.isAlphabetic))
            }
            out.append(magic ? " " : scalar)
        }
        return String(out)
    }

    /// The job's calls of `method`, in order.
    func calls(_ method: String) -> [Found] { calls.filter { $0.call.method == method } }

    /// The calls giving `keyword` of `method` a value other than None: the last one is where the
    /// job's value was read from.
    func setters(_ method: String, _ keyword: String) -> [(found: Found, argument: PythonExpression.Argument)] {
        calls(method).compactMap { found in
            guard let argument = found.call.arguments.last(where: { $0.keyword == keyword }) else { return nil }
            if case .none = argument.value.expression { return nil }
            return (found, argument)
        }
    }
}
