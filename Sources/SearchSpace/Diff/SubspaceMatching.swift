/// Which subspace of the new space is which of the old one. Azure draws a subspace without
/// regard to its place in the list, so a subspace is matched by what it holds, not where:
/// first the ones with the very same settings, then those choosing the same model_name, then
/// the rest in list order (a subspace whose model names changed is still "the second one").
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
        pass { _, _ in true }
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
}
