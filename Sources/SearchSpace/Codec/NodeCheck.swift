import Yams

/// Checks every node of a composed file before it is read as a search space: a YAML tag
/// sweepedit does not read (`!!python/object/apply:os.system`, `!custom`) is an error naming it,
/// and so is a number sweepedit cannot keep exactly (ExactNumber), each with its place.
///
/// Why one walk: tags and numbers can sit anywhere (a key, a job setting, a choice value), and
/// a check in each reader would miss the places no reader looks at.
enum NodeCheck {
    /// The tags a file may write explicitly: YAML's core schema. Everything else would be
    /// silently read as its plain value.
    static let knownTags: Set<String> = [
        Tag.Name.str, .int, .float, .bool, .null, .seq, .map,
    ].reduce(into: ["", "!"]) { $0.insert($1.rawValue) }

    static func check(_ root: Node, file: String?) throws(LoadError) {
        // Scalars are checked where they are met and only lists and mappings wait on the stack
        // (a choice of 100,000 values is one list); a list's or mapping's own scalars are
        // therefore checked before the collections nested in it.
        var pending = [root]
        func visit(_ node: Node) throws(LoadError) {
            switch node {
            case .scalar(let scalar): try checkScalar(scalar, node, file)
            case .mapping, .sequence: pending.append(node)
            case .alias: break  // aliases are refused where they matter, and walking them could expand a bomb
            }
        }
        while let node = pending.popLast() {
            switch node {
            case .mapping(let mapping):
                try checkTag(mapping.tag, node, file)
                for (key, value) in mapping {
                    try visit(key)
                    try visit(value)
                }
            case .sequence(let sequence):
                try checkTag(sequence.tag, node, file)
                for item in sequence { try visit(item) }
            case .scalar(let scalar):
                try checkScalar(scalar, node, file)  // a file that is one scalar
            case .alias:
                break
            }
        }
    }

    static func checkScalar(_ scalar: Node.Scalar, _ node: Node, _ file: String?) throws(LoadError) {
        let tag = scalar.tag.rawValue
        if tag.isEmpty, isShortDecimal(scalar.string) { return }  // the common case, decided at once
        try checkTag(scalar.tag, node, file)
        try checkNumber(scalar, node, file)
    }

    static func checkTag(_ tag: Tag, _ node: Node, _ file: String?) throws(LoadError) {
        let name = tag.rawValue
        guard !name.isEmpty, !knownTags.contains(name) else { return }  // most nodes have no tag
        throw LoadError(file: file, node.location, "the YAML tag \(shortName(tag.rawValue)) is not supported: "
            + "sweepedit reads plain values, lists and mappings (of tags, only !!str, !!int, !!float, !!bool, !!null)")
    }

    /// `tag:yaml.org,2002:python/object` as it was written, `!!python/object`.
    static func shortName(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// Numbers only: a plain scalar that starts like one (or is JSON's NaN and Infinity), or a
    /// scalar tagged !!int or !!float.
    static func checkNumber(_ scalar: Node.Scalar, _ node: Node, _ file: String?) throws(LoadError) {
        let text = scalar.string
        let tag = scalar.tag.rawValue
        let numeric = tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue
            || (scalar.style == .plain && tag.isEmpty && (text.first.map(startsANumber) == true || Node.pythonNonFinite[text] != nil))
        guard numeric, let value = node.literal, let problem = ExactNumber.problem(text, read: value) else { return }
        throw LoadError(file: file, node.location, problem)
    }

    /// At most 18 digits, signs and points, no exponent: whatever it is, an Int or a Double
    /// holds it (the common case, checked without converting: a choice of 100,000 numbers).
    static func isShortDecimal(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count <= 18 && bytes.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: "+")
        }
    }

    static func startsANumber(_ c: Character) -> Bool {
        c == "-" || c == "+" || c == "." || c.isASCII && c.isNumber
    }
}
