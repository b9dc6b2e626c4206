/// Which subspace of the new space is which of the old one. Azure draws a subspace without
/// regard to its place in the list, so a subspace is matched by what it holds, not where:
/// first the ones with the very same settings, then those choosing the same model_name, then
/// the rest in list order when they still share a setting (a subspace whose model names changed
/// but whose learning rate did not is still "the second one") or both name no model, and the
/// last one left on each side.
public struct SubspaceMatching: Sendable {
    /// (old index, new index) of each matched pair, by old index.
    public var pairs: [(old: Int, new: Int)]
    /// Old subspaces with no partner: removed.
    public var removed: [Int]
    /// New subspaces with no partner: added.
    public var added: [Int]

    public init(_ old: [Subspace], _ new: [Subspace]) {
        var freeOld = Array(old.indices)
        var freeNew = Array(new.indices)
        var found: [(old: Int, new: Int)] = []
        func pass(_ matches: (Subspace, Subspace) -> Bool) {
            for o in freeOld {
                // prefer the partner at the same place, then the first that matches
                let candidates = freeNew.filter { matches(old[o], new[$0]) }
                guard let n = candidates.first(where: { $0 == o }) ?? candidates.first else { continue }
                found.append((o, n))
                freeOld.removeAll { $0 == o }
                freeNew.removeAll { $0 == n }
            }
        }
        pass(SettingMeaning.same)
        pass { a, b in
            !a[.modelName].isUnset && SettingMeaning.same(a[.modelName], b[.modelName], kind: Catalogue.spec(.modelName).kind)
        }
        // what is left pairs up only with a subspace that keeps some setting: one whose every
        // setting changed is a removal and an addition, as a reviewer reads it
        pass { a, b in Self.sharedSettings(a, b) > 0 }
        // subspaces that name no model are told apart by nothing but their place
        pass { a, b in a[.modelName].isUnset && b[.modelName].isUnset }
        // one left on each side (a one-subspace space, say) is the same subspace, changed
        if freeOld.count == 1, freeNew.count == 1 { pass { _, _ in true } }
        pairs = found.sorted { $0.old < $1.old }
        removed = freeOld
        added = freeNew
    }

    /// The old indices of the pairs whose place in the list changed against the others: those
    /// outside the longest run kept in order (a subspace shifted by an insertion has not moved).
    public var moved: [(old: Int, new: Int)] {
        let news = pairs.map(\.new)
        guard !news.isEmpty else { return [] }
        // longest increasing subsequence, O(n^2): lists hold a handful of subspaces
        var length = Array(repeating: 1, count: news.count)
        var previous = Array(repeating: -1, count: news.count)
        for i in news.indices {
            for j in 0..<i where news[j] < news[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var inOrder = Set<Int>()
        var i = length.indices.max { length[$0] < length[$1] } ?? 0
        while i >= 0 {
            inOrder.insert(i)
            i = previous[i]
        }
        return pairs.indices.filter { !inOrder.contains($0) }.map { pairs[$0] }
    }

    /// How many parameters both subspaces set to the same meaning, model_name aside.
    static func sharedSettings(_ a: Subspace, _ b: Subspace) -> Int {
        ParameterID.allCases.filter { id in
            id != .modelName && !a[id].isUnset && SettingMeaning.same(a[id], b[id], kind: Catalogue.spec(id).kind)
        }.count
    }
}
