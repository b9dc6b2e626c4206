import SearchSpace

/// Editing the fields of one sweep setting (Enter on `limits.max_trials`): Esc puts `original`
/// back, Enter keeps the typed values. The preview, the budget and the findings follow the
/// candidate on every keystroke, as they do for a parameter.
public struct SweepEditSession: Hashable, Sendable {
    public var setting: SweepSetting
    /// The job settings before editing began.
    public var original: JobSettings
    /// The settings whose fields are being typed (Azure's example policy when there was none).
    public var base: JobSettings
    public var fields: [SweepField]
    public var buffers: [TextBuffer]
    public var focus: Int
    public var candidate: JobSettings
    public var problems: [Int: String]

    init(_ setting: SweepSetting, original: JobSettings, base: JobSettings) {
        self.setting = setting
        self.original = original
        self.base = base
        fields = SweepFieldCodec.fields(setting, base)
        buffers = fields.map { TextBuffer($0.text) }
        focus = 0
        candidate = base
        problems = [:]
    }

    public var buffer: TextBuffer {
        get { buffers[focus] }
        set { buffers[focus] = newValue }
    }

    /// Recomputes the candidate from the buffers.
    mutating func reinterpret() {
        let result = SweepFieldCodec.job(buffers.map(\.text), fields: fields, setting: setting, base: base)
        candidate = result.job
        problems = result.problems
    }
}
