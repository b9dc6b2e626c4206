import SearchSpace

/// Editing the fields of one parameter's setting: Esc puts `original` back, Enter keeps the
/// typed values. Diagnostics follow the candidate on every keystroke.
public struct EditSession: Hashable, Sendable {
    public var parameter: ParameterID
    /// The setting before editing began (unset when Enter opened an unset parameter).
    public var original: Setting
    /// The setting whose fields are being typed (a fixed default for an unset parameter).
    public var base: Setting
    public var fields: [FieldSpec]
    /// One buffer per field; unchanged buffers keep their field's exact value.
    public var buffers: [TextBuffer]
    public var focus: Int
    /// What the typed text means now, and why some field cannot mean anything yet.
    public var candidate: Setting
    public var problems: [Int: String]

    public var buffer: TextBuffer {
        get { buffers[focus] }
        set { buffers[focus] = newValue }
    }
}
