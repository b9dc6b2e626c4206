/// Checks a search space against the catalogue and Azure's rules. Pure and fast: the editor
/// runs it on every keystroke.
public enum Validator {
    /// Every finding for the space, most severe first, then in subspace and catalogue order.
    public static func check(_ space: SearchSpace) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (i, sub) in space.subspaces.enumerated() {
            KindRules.check(sub, scope: .subspace(i), into: &found)
        }
        KindRules.check(space.trainingParameters, scope: .trainingParameters, into: &found)
        return sorted(found)
    }

    /// Findings for a document: the space's, plus a note for each legacy construct read.
    public static func check(_ doc: Document) -> [Diagnostic] {
        var found = check(doc.space)
        for old in doc.legacy {
            found.append(Diagnostic(.note, old.scope, old.parameter, field: .key, old.message, location: old.location))
        }
        return sorted(found)
    }

    static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }
}
