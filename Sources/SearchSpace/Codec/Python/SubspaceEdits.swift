/// The edits that turn the search space a file's extend_search_space call holds into another:
/// with as many subspaces as before, only the keyword arguments that changed are rewritten,
/// added (on a line of their own where the call has one argument a line) or removed; otherwise
/// the list is written anew in its place, indented as its line is.
struct SubspaceEdits {
    let scalars: [Unicode.Scalar]

    func edits(_ call: PythonCall, new: [Subspace], old: [Subspace]) -> [PythonSplice.Edit] {
        guard let argument = call.arguments.first?.value else { return [] }
        var items: [PythonExpression.Located]
        switch argument.expression {
        case .list(let list): items = list
        case .call: items = [argument]
        default: items = []
        }
        let sameShape = items.count == new.count && new.count == old.count
            && items.allSatisfy { if case .call(_, _, _) = $0.expression { return true } else { return false } }
        guard sameShape else {
            let indent = PythonSplice.indentation(of: argument.start, in: scalars)
            var text = PythonWriter.searchSpaceArgument(new, indent: indent)
            if case .call = argument.expression, new.count == 1 {
                // one SearchSpace(...) without a list stays one
                text = "SearchSpace(" + PythonWriter.subspaceArguments(new[0]).joined(separator: ", ") + ")"
            }
            return [PythonSplice.Edit(start: argument.start, end: argument.end, text: text)]
        }
        var edits: [PythonSplice.Edit] = []
        for (i, item) in items.enumerated() where new[i] != old[i] {
            guard case .call(_, let arguments, let closeParen) = item.expression, new[i].unknownKeys == old[i].unknownKeys else {
                let text = "SearchSpace(" + PythonWriter.subspaceArguments(new[i]).joined(separator: ", ") + ")"
                edits.append(PythonSplice.Edit(start: item.start, end: item.end, text: text))
                continue
            }
            edits += parameterEdits(arguments, closeParen: closeParen, new: new[i], old: old[i])
        }
        return edits
    }

    func parameterEdits(_ arguments: [PythonExpression.Argument], closeParen: Int, new: Subspace,
                        old: Subspace) -> [PythonSplice.Edit] {
        var edits: [PythonSplice.Edit] = []
        var added: [String] = []
        let ids = old.order + new.order.filter { !old.order.contains($0) }
        for id in ids where new[id] != old[id] {
            let kind = Catalogue.spec(id).kind
            let index = arguments.firstIndex { $0.keyword.flatMap(Catalogue.parameter(named:)) == id }
            let text = PythonWriter.expression(new[id], for: kind)
            switch (index, text) {
            case (let i?, let text?):
                edits.append(.init(start: arguments[i].value.start, end: arguments[i].value.end, text: text))
            case (let i?, nil):
                edits.append(removal(arguments, i, closeParen: closeParen))
            case (nil, let text?):
                added.append(id.name + "=" + text)
            case (nil, nil):
                break
            }
        }
        if !added.isEmpty { edits.append(addition(added, to: arguments, closeParen: closeParen)) }
        return edits
    }

    /// Whether only spaces and tabs stand between the start of its line and `index`.
    func startsItsLine(_ index: Int) -> Bool {
        var i = index
        while i > 0, scalars[i - 1] == " " || scalars[i - 1] == "\t" { i -= 1 }
        return i == 0 || scalars[i - 1] == "\n"
    }

    /// Past a comma after `index` (spaces allowed before it), or `index` when there is none.
    func pastComma(_ index: Int) -> Int {
        var i = index
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        return i < scalars.count && scalars[i] == "," ? i + 1 : index
    }

    /// Removes an argument: its whole line when it has the line to itself, else the argument
    /// and one comma.
    func removal(_ arguments: [PythonExpression.Argument], _ i: Int, closeParen: Int) -> PythonSplice.Edit {
        let argument = arguments[i]
        var end = pastComma(argument.value.end)
        var j = end
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
        if startsItsLine(argument.start), j < scalars.count, scalars[j] == "\n" {
            var start = argument.start
            while start > 0, scalars[start - 1] != "\n" { start -= 1 }
            return .init(start: start, end: j + 1, text: "")
        }
        if i + 1 < arguments.count { return .init(start: argument.start, end: arguments[i + 1].start, text: "") }
        if i > 0 { end = argument.value.end; return .init(start: arguments[i - 1].value.end, end: end, text: "") }
        return .init(start: argument.start, end: end, text: "")
    }

    /// Adds `name=value` arguments after the last one, as the call lays its arguments out.
    func addition(_ added: [String], to arguments: [PythonExpression.Argument], closeParen: Int) -> PythonSplice.Edit {
        guard let last = arguments.last else {
            return .init(start: closeParen, end: closeParen, text: added.joined(separator: ", "))
        }
        if startsItsLine(last.start) {
            let indent = PythonSplice.indentation(of: last.start, in: scalars)
            let afterComma = pastComma(last.value.end)
            let hasComma = afterComma != last.value.end
            let lines = added.map { "\n" + indent + $0 + "," }.joined()
            return .init(start: afterComma, end: afterComma, text: (hasComma ? "" : ",") + (hasComma ? lines : String(lines.dropLast())))
        }
        return .init(start: last.value.end, end: last.value.end, text: ", " + added.joined(separator: ", "))
    }
}
