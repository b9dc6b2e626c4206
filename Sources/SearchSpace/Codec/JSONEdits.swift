import Yams

/// The smallest save of a dict-form JSON file: when only values changed (the same subspaces,
/// parameters and distribution kinds, choices of the same length), each changed scalar is
/// rewritten where it stands, so the file keeps its indentation, key order and number
/// spelling. JSON is YAML's flow syntax, so Yams' node marks find the scalars. Anything more
/// (a parameter added or removed, a kind changed) returns nil and the file is written anew:
/// JSON's commas make entry-level edits a different job, not done here.
enum JSONEdits {
    static func save(_ doc: Document) -> String? {
        guard doc.legacy.isEmpty, doc.form.values == .dict, doc.space.job == doc.originalSpace.job,
              doc.space.trainingParameters == doc.originalSpace.trainingParameters,
              let root = try? Yams.compose(yaml: doc.originalText) else { return nil }
        let list: Node?
        switch doc.form.shape {
        case .list: list = root
        case .wrapped: list = root.value(forKey: "search_space")
        default: return nil
        }
        guard case .sequence(let items)? = list, items.count == doc.originalSpace.subspaces.count,
              doc.space.subspaces.count == items.count else { return nil }
        var text = TextEdits(doc.originalText)
        let lines = text.lines
        var spans: [ScalarEdits.Span] = []
        for (index, item) in items.enumerated() {
            let old = doc.originalSpace.subspaces[index], new = doc.space.subspaces[index]
            guard old != new else { continue }
            guard old.unknownKeys == new.unknownKeys else { return nil }
            for id in ParameterID.allCases where old[id] != new[id] {
                guard let value = ScalarEdits.valueNode(of: id, in: item),
                      let found = ScalarEdits.spans(old[id], new[id], value: value, lines: lines, render: JSONText.value)
                else { return nil }
                spans += found
            }
        }
        ScalarEdits.apply(spans, to: &text)
        let result = text.applied()
        guard let back = try? DocumentReader.read(result), back.space.subspaces == doc.space.subspaces else { return nil }
        return result
    }
}
