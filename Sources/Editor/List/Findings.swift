import SearchSpace

/// The validator's findings sorted for drawing, once per validation rather than on every frame:
/// a frame asks for the counts, the findings of each row, and those of the selected row, and a
/// choice of 100,000 values with 50,000 repeats has 50,000 findings to sort through.
public struct Findings: Equatable, Sendable {
    public private(set) var errors = 0
    public private(set) var warnings = 0
    /// Findings about a parameter (or unknown key) of a subspace, by subspace index, then row.
    private var bySubspace: [Int: [Row: [Diagnostic]]] = [:]
    /// Findings that show in every subspace: about a sweep setting (the job), or about a value
    /// of training_parameters (beneath every subspace), by row.
    private var everywhere: [Row: [Diagnostic]] = [:]

    /// `space`: where a finding about a whole scope shows (`Row.of`).
    public init(_ diagnostics: [Diagnostic], space: SearchSpace = SearchSpace()) {
        for d in diagnostics {
            switch d.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: break
            }
            guard let row = Row.of(d, in: space) else { continue }
            switch d.scope {
            case .subspace(let index): bySubspace[index, default: [:]][row, default: []].append(d)
            case .job, .trainingParameters: everywhere[row, default: []].append(d)
            }
        }
    }

    /// The findings of each row of a subspace.
    public func rows(of subspace: Int) -> [Row: [Diagnostic]] {
        guard !everywhere.isEmpty else { return bySubspace[subspace] ?? [:] }
        return (bySubspace[subspace] ?? [:]).merging(everywhere) { $1 + $0 }
    }

    /// The findings about one row of a subspace.
    public func row(_ row: Row, of subspace: Int) -> [Diagnostic] {
        (everywhere[row] ?? []) + (bySubspace[subspace]?[row] ?? [])
    }
}
