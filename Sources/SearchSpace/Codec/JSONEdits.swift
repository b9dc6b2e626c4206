import Yams

/// The smallest save of a dict-form JSON file: a changed value is rewritten where it stands
/// (Yams' node marks find it: JSON is YAML's flow syntax), a parameter whose kind changed gets
/// its value rewritten, a new one is added after its subspace's last member, an unset one goes
/// with its comma (JSONMemberEdits); the file keeps its indentation, key order and spelling.
/// A subspace added or deleted adds or removes its own object and comma. Anything the read-back
/// check finds wrong returns nil and the file is written anew.
enum JSONEdits {
    static func save(_ doc: Document) -> String? {
        guard doc.legacy.isEmpty, doc.form.values == .dict, doc.space.job == doc.originalSpace.job,
              doc.space.trainingParameters == doc.originalSpace.trainingParameters,
              let root = try? YAMLTree.compose(doc.originalText) else { return nil }
        let list: Node?
        switch doc.form.shape {
        case .list: list = root
        // a JSON job: its search_space is edited as a wrapped file's; every other member stays
        case .wrapped, .job: list = root.value(forKey: "search_space")
        // one subspace as the file's object: its members are edited, and it stays one
        case .single: list = doc.space.subspaces.count == 1 ? Node.sequence(Node.Sequence([root])) : nil
        default: return nil
        }
        guard case .sequence(let itemNodes)? = list, itemNodes.count == doc.originalSpace.subspaces.count,
              let pairs = ListEdits.align(doc.originalSpace.subspaces, doc.space.subspaces) else { return nil }
        let items = Array(itemNodes)
        let lines = TextEdits(doc.originalText).lines
        let members = JSONMemberEdits(doc.originalText)
        var edits: [JSONMemberEdits.Edit] = []
        for pair in pairs {
            let index: Int, old: Subspace, new: Subspace
            switch pair {
            case .same(let i, let j):
                (index, old, new) = (i, doc.originalSpace.subspaces[i], doc.space.subspaces[j])
            case .removed(let i):
                guard let edit = members.removal(ofElement: items[i], in: items) else { return nil }
                edits.append(edit)
                continue
            case .added(let j, let before):
                guard let edit = members.insertion(doc.space.subspaces[j], before: before < items.count ? items[before] : nil,
                                                   in: items) else { return nil }
                edits.append(edit)
                continue
            }
            let item = items[index]
            guard old != new else { continue }
            guard old.unknownKeys == new.unknownKeys else { return nil }
            // a changed value is rewritten where it stands; what is left (a kind changed, a
            // parameter set or unset) is a member edit
            var handled = old
            for id in ParameterID.allCases where old[id] != new[id] && !old[id].isUnset && !new[id].isUnset {
                guard let value = ScalarEdits.valueNode(of: id, in: item),
                      let spans = ScalarEdits.spans(old[id], new[id], value: value, lines: lines, render: JSONText.value)
                else { continue }
                edits += spans.map { span in
                    let start = members.lineStarts[span.line]
                    return JSONMemberEdits.Edit(start: start + span.start, end: start + span.end, text: span.text)
                }
                handled[id] = new[id]
            }
            guard let rest = members.edits(item: item, old: handled, new: new) else { return nil }
            edits += rest
        }
        let result = members.applied(edits)
        guard let back = try? DocumentReader.read(result), back.space.subspaces == doc.space.subspaces else { return nil }
        return result
    }
}
