/// How one cell of a sampled trial is stored, printed and summarised.
///
/// Every cell is held as a `Double` (the sampler's rows are flat arrays of doubles, so the inner
/// loop never allocates); the kind says how to read it back.
public enum CellKind: UInt8, Hashable, Sendable {
    /// An integer (randint, an int field's q-forms, a choice of integers, a fixed integer).
    case int
    /// A float.
    case float
    /// A code into the column's `categories` (bools, strings, enums, mixed choices).
    case category
    /// No value: Azure decides (an unset parameter without a documented default), or a
    /// distribution that cannot draw anything (an empty choice, randint with upper below 1).
    case absent
}

/// Where a trial's value of a parameter comes from.
public enum ValueSource: String, Hashable, Sendable {
    /// Drawn from the subspace's distribution.
    case swept
    /// A literal the subspace fixes.
    case fixed
    /// Unset in the subspace; the job's `training_parameters:` fixes it.
    case trainingParameters = "training_parameters"
    /// Unset everywhere; Azure's documented default (the catalogue's).
    case azureDefault = "default"
    /// Unset everywhere and Azure documents no default: Azure decides.
    case none

    /// Whether the value belongs in a trial's config (what the file or the job says), as
    /// opposed to what Azure would use on its own.
    public var isWritten: Bool {
        switch self {
        case .swept, .fixed, .trainingParameters: return true
        case .azureDefault, .none: return false
        }
    }
}
