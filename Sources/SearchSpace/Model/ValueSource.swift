/// Where the value of a parameter in a subspace's trials comes from: the one answer the
/// sampler's cells, validation's messages and the editor's list all give (the subspace's own
/// setting, else the job's `training_parameters:`, else Azure's documented default).
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

    /// The source of a subspace's own setting; nil when it is unset (the value then comes
    /// from `SearchSpace.baseValue`).
    public init?(of setting: Setting) {
        switch setting {
        case .swept: self = .swept
        case .fixed: self = .fixed
        case .unset: return nil
        }
    }

    /// Whether the subspace itself sets the value (swept or fixed there).
    public var isSubspaceOwn: Bool { self == .swept || self == .fixed }
}
