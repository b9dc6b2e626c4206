/// A short line diff, to show a user what a recovery file (or the file on disk) changes.
public enum LineDiff {
    /// Lines prefixed "- " (only in `old`) and "+ " (only in `new`), in order, at most `limit`
    /// lines; unchanged lines are left out. Uses the longest common subsequence of lines.
    public static func changes(from old: String, to new: String, limit: Int = 40) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Trim the common head and tail first: edits are usually small and local.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        guard x.count * y.count <= 4_000_000 else {
            return Array((x.map { "- " + $0 } + y.map { "+ " + $0 }).prefix(limit))
        }
        var lcs = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while (i < x.count || j < y.count) && out.count < limit {
            if i < x.count, j < y.count, x[i] == y[j] {
                i += 1; j += 1
            } else if i < x.count, j == y.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                // a replaced line reads as the old one, then the new one
                out.append("- " + x[i]); i += 1
            } else {
                out.append("+ " + y[j]); j += 1
            }
        }
        return out
    }
}
