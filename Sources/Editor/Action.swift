import SearchSpace

/// Everything that can happen to the editor: a key, a resize, the result of an effect.
public enum Action: Hashable, Sendable {
    case key(Key)
    case resized(Size)
    /// The runtime wrote a file for an effect; `error` says why it could not.
    case wrote(WriteOutcome)
    /// The runtime's answer to a `.safety` effect, or a recovery file found at start.
    case safety(SafetyResult)
}

