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
        var pending = [root]
        while let node = pending.popLast() {
            // children are pushed last-first so that the first problem in the file is found first
            switch node {
            case .scalar(let scalar):
                try checkTag(scalar.tag, node, file)
                try checkNumber(scalar, node, file)
            case .mapping(let mapping):
                try checkTag(mapping.tag, node, file)
                for (key, value) in mapping.reversed() { pending += [value, key] }
            case .sequence(let sequence):
                try checkTag(sequence.tag, node, file)
                pending += sequence.reversed()
            case .alias:
                break  // aliases are refused where they matter, and walking them could expand a bomb
            }
        }
    }

    static func checkTag(_ tag: Tag, _ node: Node, _ file: String?) throws(LoadError) {
        guard !knownTags.contains(tag.rawValue) else { return }
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

    static func startsANumber(_ c: Character) -> Bool {
        c == "-" || c == "+" || c == "." || c.isASCII && c.isNumber
    }
}
