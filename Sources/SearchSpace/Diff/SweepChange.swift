/// One difference between two sweeps, with what it does to the sampled values in words.
public struct SweepChange: Hashable, Sendable {
    /// Where the difference is. Subspace indices are 0-based; `before` in the old space,
    /// `after` in the new one.
    public enum Place: Hashable, Sendable {
        /// A job setting: "task", "sweep.sampling_algorithm", "limits.max_trials", ...
        case job(String)
        case trainingParameter(ParameterID)
        case parameter(ParameterID, before: Int, after: Int)
        /// A key that is not a parameter (kept from the file, reported by validation).
        case unknownKey(String, before: Int, after: Int)
        case subspaceAdded(Int)
        case subspaceRemoved(Int)
        /// The subspace is elsewhere in the list: what Azure draws is the same.
        case subspaceMoved(before: Int, after: Int)
    }

    public var place: Place
    /// The old and new spelling ("uniform(0.001,0.01)", "unset", "random"); nil for whole subspaces.
    public var before: String?
    public var after: String?
    /// What it does to the sampled values: "now 0.0001..0.01 on a log scale".
    public var effect: String
    /// Where, for people: "subspace 2 (seresnext)", "training_parameters", "sweep".
    public var scope: String

    public init(place: Place, before: String?, after: String?, effect: String, scope: String) {
        self.place = place
        self.before = before
        self.after = after
        self.effect = effect
        self.scope = scope
    }

    /// False for a moved subspace: the sweep draws the same trials.
    public var changesSweep: Bool {
        if case .subspaceMoved = place { return false }
        return true
    }

    /// The parameter it is about, if any (the editor's `c` jumps to it).
    public var parameter: ParameterID? {
        switch place {
        case .trainingParameter(let id), .parameter(let id, _, _): return id
        default: return nil
        }
    }

    /// The subspace in the new space it is about, if any.
    public var subspaceAfter: Int? {
        switch place {
        case .parameter(_, _, let n), .unknownKey(_, _, let n), .subspaceAdded(let n), .subspaceMoved(_, let n): return n
        default: return nil
        }
    }

    /// The name the line starts with: "learning_rate", "max_trials", "subspace".
    public var subject: String {
        switch place {
        case .job(let name): return name
        case .trainingParameter(let id), .parameter(let id, _, _): return id.name
        case .unknownKey(let name, _, _): return name
        case .subspaceAdded, .subspaceRemoved, .subspaceMoved: return "subspace"
        }
    }

    /// "learning_rate: uniform(0.001,0.01) -> loguniform(-9.2103,-4.6052): now 0.0001..0.01 on a log scale".
    public var line: String {
        guard let before, let after else { return effect }
        return "\(subject): \(before) -> \(after): \(effect)"
    }
}
