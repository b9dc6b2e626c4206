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
