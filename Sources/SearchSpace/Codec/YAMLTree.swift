import Yams

/// Yams' compose with the schema resolved by `YAMLCoreSchema` rather than by Yams' default
/// resolver, whose regular expressions start ICU: every YAML sweepedit reads or edits goes
/// through here, so the tags (and so the values) are the same everywhere.
enum YAMLTree {
    static func compose(_ text: String) throws -> Node? {
        guard let node = try Yams.compose(yaml: text, .basic) else { return nil }
        var walk = Walk()
        return walk.resolved(node)
    }

    /// One pass over a tree. An alias is a copy of its anchored node, so a billion-laughs
    /// file is a small tree seen exponentially often: a collection met again (same place,
    /// same content, which Array's equality finds from the shared storage) is resolved once.
    /// AliasScan then refuses such a file with a message.
    struct Walk {
        struct Place: Hashable { var line: Int, column: Int }
        var seen: [Place: (original: Node, resolved: Node)] = [:]

        /// The node with each plain, untagged scalar tagged as the core schema reads it (a
        /// quoted scalar is a string already; an explicit tag stays; a plain string stays
        /// untagged, as Yams leaves it until asked: NodeCheck tells a plain untagged scalar by
        /// its empty tag).
        mutating func resolved(_ node: Node) -> Node {
            switch node {
            case .scalar(var scalar):
                guard scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return node }
                let name = YAMLCoreSchema.tag(ofPlain: scalar.string)
                guard name != .str else { return node }
                scalar.tag = Tag(name, .basic, .default)
                return .scalar(scalar)
            case .mapping(let mapping):
                return remembered(node) { walk in
                    .mapping(Node.Mapping(mapping.map { (walk.resolved($0.key), walk.resolved($0.value)) }, mapping.tag,
                                          mapping.style, mapping.mark, mapping.anchor))
                }
            case .sequence(let sequence):
                return remembered(node) { walk in
                    .sequence(Node.Sequence(sequence.map { walk.resolved($0) }, sequence.tag, sequence.style,
                                            sequence.mark, sequence.anchor))
                }
            case .alias:
                return node
            }
        }

        mutating func remembered(_ node: Node, _ resolve: (inout Walk) -> Node) -> Node {
            guard let mark = node.mark else { return resolve(&self) }
            let place = Place(line: mark.line, column: mark.column)
            if let hit = seen[place], hit.original == node { return hit.resolved }
            let result = resolve(&self)
            seen[place] = (node, result)
            return result
        }
    }
}
