import Yams

/// A lexical pass over YAML text, before any parsing, that finds anchors (`&name`), aliases
/// (`*name`) and complex mapping keys.
///
/// Why: Yams resolves an alias to the anchored node itself (shared, so memory stays small),
/// but it hashes mapping keys to find duplicates while it composes. A key that is a collection
/// built from aliases ("billion laughs" used as a key) makes that hashing walk 10^9 nodes: the
/// process hangs inside Yams before sweepedit sees a single node. This scan runs first, in one
/// linear pass, so such a document is refused before composing, and it knows where each alias
/// is written, which the composed tree no longer does (an alias's node carries the anchor's mark).
///
/// It follows libyaml's lexical rules where they matter (anchor names are `[A-Za-z0-9_-]+`;
/// `*` and `&` are indicators only where a node starts; quoted scalars, comments and block
/// scalars hold no indicators). It errs on the side of seeing an alias: a continuation line of a
/// multi-line plain scalar that starts with `*word` is counted as one.
struct AliasScan {
    struct Mark: Hashable {
        var name: String
        var location: SourceLocation
    }

    private(set) var anchors: [Mark] = []
    private(set) var aliases: [Mark] = []
    /// The first complex key: `? key`, a flow collection used as a key, or an alias used as a key.
    private(set) var complexKey: SourceLocation?

    init(_ text: String) {
        var quote: Unicode.Scalar?
        var flowDepth = 0
        var blockScalarParent: Int?  // indentation a block scalar's lines must exceed
        // Lines split by scalar, not Character: "\r\n" is one Character, so a CRLF file would be
        // one line. The scalars are decoded once, and splitting them is then a scan for a number.
        let scalars = Array(text.unicodeScalars)
        for (lineIndex, lineText) in scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(lineText)
            let indentation = line.prefix { $0 == " " }.count
            if let parent = blockScalarParent {
                let blank = line.allSatisfy { $0 == " " || $0 == "\r" || $0 == "\t" }
                if blank || indentation > parent { continue }
                blockScalarParent = nil
            }
            var atNodeStart = quote == nil
            var i = 0
            var contentColumn = indentation  // where this line's innermost block node (after `- `, `? `) starts
            func at(_ k: Int) -> Unicode.Scalar? { k < line.count ? line[k] : nil }
            func spaceOrEnd(_ k: Int) -> Bool {
                guard let c = at(k) else { return true }
                return c == " " || c == "\t" || c == "\r"
            }
            func location(_ k: Int) -> SourceLocation { SourceLocation(line: lineIndex + 1, column: k + 1) }
            func nextNonSpace(_ k: Int) -> Int {
                var j = k
                while let c = at(j), c == " " || c == "\t" { j += 1 }
                return j
            }
            if quote == nil, flowDepth == 0, line.first == "%" { continue }  // a directive
            while i < line.count {
                let c = line[i]
                if let q = quote {
                    if q == "'", c == "'" {
                        if at(i + 1) == "'" { i += 2; continue }
                        quote = nil
                    } else if q == "\"", c == "\\" {
                        i += 2
                        continue
                    } else if q == "\"", c == "\"" {
                        quote = nil
                    }
                    i += 1
                    continue
                }
                if c == " " || c == "\t" || c == "\r" { i += 1; continue }
                if c == "#", i == 0 || line[i - 1] == " " || line[i - 1] == "\t" { break }
                if atNodeStart, c == "*" || c == "&" {
                    var j = i + 1
                    while let n = at(j), Self.isAnchorCharacter(n) { j += 1 }
                    let mark = Mark(name: String(String.UnicodeScalarView(line[(i + 1)..<j])), location: location(i))
                    if c == "&" {
                        anchors.append(mark)  // the node itself follows the anchor
                    } else {
                        aliases.append(mark)
                        let k = nextNonSpace(j)
                        if at(k) == ":", spaceOrEnd(k + 1) || flowDepth > 0 { noteComplexKey(location(i)) }
                        atNodeStart = false
                    }
                    i = j
                    continue
                }
                if atNodeStart, c == "!" {  // a tag: the node follows
                    while i < line.count, !spaceOrEnd(i) { i += 1 }
                    continue
                }
                if atNodeStart, c == "'" || c == "\"" {
                    quote = c
                    atNodeStart = false
                    i += 1
                    continue
                }
                if atNodeStart, flowDepth == 0, c == "|" || c == ">" {
                    blockScalarParent = contentColumn
                    break
                }
                if c == "-", i == 0, flowDepth == 0, at(1) == "-", at(2) == "-", spaceOrEnd(3) {
                    i += 3  // the document start marker
                    atNodeStart = true
                    continue
                }
                let indicator = (c == "-" || c == "?" || c == ":") && (spaceOrEnd(i + 1) || (c == ":" && flowDepth > 0))
                if indicator {
                    if c == "?" { noteComplexKey(location(i)) }
                    if flowDepth == 0, c != ":" { contentColumn = nextNonSpace(i + 1) }
                    atNodeStart = true
                } else if c == "[" || c == "{", atNodeStart || flowDepth > 0 {  // not inside a plain scalar
                    flowDepth += 1
                    atNodeStart = true
                } else if c == "]" || c == "}", flowDepth > 0 {
                    flowDepth = max(0, flowDepth - 1)
                    if at(nextNonSpace(i + 1)) == ":" { noteComplexKey(location(i)) }
                    atNodeStart = false
                } else if c == "," {
                    atNodeStart = flowDepth > 0
                } else {
                    atNodeStart = false
                }
                i += 1
            }
        }
    }

    private mutating func noteComplexKey(_ at: SourceLocation) {
        if complexKey == nil { complexKey = at }
    }

    /// libyaml's anchor name characters.
    static func isAnchorCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }
}

extension DocumentReader {
    /// Aliases where sweepedit reads (the space, the sweep settings) are refused with the place
    /// they are written: the composed tree shares the anchored node, so reading it would both
    /// lose that place and walk an expansion that can be exponential in the file's size.
    func refuseAliasesInSpace(_ scan: AliasScan, root: Node) throws(LoadError) {
        guard !scan.aliases.isEmpty else { return }
        var regions: [ClosedRange<Int>] = []
        if case .mapping(let mapping) = root, root.value(forKey: "search_space") != nil {
            let keyLines = mapping.keys.compactMap { $0.mark?.line }.sorted()
            for (key, _) in mapping where Self.sectionsRead.contains(key.string ?? "") {
                guard let line = key.mark?.line else { continue }
                let next = keyLines.first { $0 > line } ?? Int.max
                regions.append(line...(next - 1))
            }
        } else {
            regions = [1...Int.max]  // the whole document is the space
        }
        for alias in scan.aliases where regions.contains(where: { $0.contains(alias.location.line) }) {
            throw fail(alias.location, "YAML aliases (*\(alias.name)) are not supported in a search space or its "
                + "sweep settings; write the value out")
        }
    }

    /// The top-level keys of a job whose contents sweepedit reads.
    static let sectionsRead: Set<String> = ["search_space", "training_parameters", "image_model", "sweep", "limits", "task"]
}
