import SearchSpace

/// One editable field of a sweep setting: its value (`max_trials`), or one field of the early
/// termination policy (`slack_factor`).
public struct SweepField: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case value
        case policy(EarlyTermination.Field)
    }
    public var role: Role
    public var label: String
    /// The text the field starts with (empty: not set).
    public var text: String
}

/// Between a sweep setting and the texts of its fields, as FieldCodec is for a parameter: what
/// the detail pane shows, and the job settings a half-typed field means (validated on every key).
public enum SweepFieldCodec {
    /// The fields of a sweep setting; none for an early termination policy that is not set.
    public static func fields(_ setting: SweepSetting, _ job: JobSettings) -> [SweepField] {
        switch setting {
        case .earlyTermination:
            guard let policy = job.earlyTermination else { return [] }
            return order(policy.policy).map { field in
                SweepField(role: .policy(field), label: field.rawValue, text: policy[field].map { number($0, field) } ?? "")
            }
        case .samplingAlgorithm, .maxTrials, .maxConcurrentTrials, .timeoutMinutes:
            return [SweepField(role: .value, label: "value", text: valueText(setting, job) ?? "")]
        }
    }

    /// A setting's value as the file writes it; nil when not set.
    public static func valueText(_ setting: SweepSetting, _ job: JobSettings) -> String? {
        switch setting {
        case .samplingAlgorithm: return job.samplingAlgorithm.rawValue
        case .maxTrials: return job.maxTrials.map(String.init)
        case .maxConcurrentTrials: return job.maxConcurrentTrials.map(String.init)
        case .timeoutMinutes: return job.timeoutMinutes.map(String.init)
        case .earlyTermination:
            guard let policy = job.earlyTermination else { return nil }
            let fields = order(policy.policy).compactMap { field in policy[field].map { "\(field.rawValue)=\(number($0, field))" } }
            return policy.policy.rawValue + "(" + fields.joined(separator: ", ") + ")"
        }
    }

    /// A policy's fields, those that tell the policies apart first (slack_factor, the
    /// truncation percentage): a list row shows only its start, and Enter edits the first.
    static func order(_ policy: EarlyTermination.Policy) -> [EarlyTermination.Field] {
        let shared: [EarlyTermination.Field] = [.evaluationInterval, .delayEvaluation]
        return policy.fields.filter { !shared.contains($0) } + shared
    }

    /// The values Up/Down pick from in a field (empty: type it).
    public static func knownValues(_ setting: SweepSetting, _ role: SweepField.Role) -> [String] {
        setting == .samplingAlgorithm && role == .value ? SamplingAlgorithm.allCases.map(\.rawValue) : []
    }

    /// The job settings the typed texts mean, from `base`, and why a field means nothing yet.
    /// An empty field is a setting left out of the file (Azure's default applies); ranges are
    /// validation's, so that they show as findings with their fixes.
    public static func job(_ texts: [String], fields: [SweepField], setting: SweepSetting,
                           base: JobSettings) -> (job: JobSettings, problems: [Int: String]) {
        var job = base
        var problems: [Int: String] = [:]
        for (i, (field, raw)) in zip(fields, texts).enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            switch (setting, field.role) {
            case (.samplingAlgorithm, _):
                if let algorithm = SamplingAlgorithm(rawValue: text.lowercased()) {
                    job.samplingAlgorithm = algorithm
                } else {
                    problems[i] = "one of random, grid, bayesian (up/down picks)"
                }
            case (.maxTrials, _), (.maxConcurrentTrials, _), (.timeoutMinutes, _):
                switch integer(text) {
                case .success(let n):
                    if setting == .maxTrials { job.maxTrials = n }
                    if setting == .maxConcurrentTrials { job.maxConcurrentTrials = n }
                    if setting == .timeoutMinutes { job.timeoutMinutes = n }
                case .failure(let problem): problems[i] = problem.text
                }
            case (.earlyTermination, .policy(let policyField)):
                guard job.earlyTermination != nil else { continue }
                if policyField.isInteger {
                    switch integer(text) {
                    case .success(let n): job.earlyTermination?[policyField] = n.map(Double.init)
                    case .failure(let problem): problems[i] = problem.text
                    }
                } else if text.isEmpty {
                    job.earlyTermination?[policyField] = nil
                } else if let x = Double(text), x.isFinite {
                    job.earlyTermination?[policyField] = x
                } else {
                    problems[i] = "a number, such as 0.1 (empty leaves it out)"
                }
            case (.earlyTermination, .value):
                continue
            }
        }
        return (job, problems)
    }

    struct Problem: Error { var text: String }

    /// A whole number; empty is nil (left out of the file).
    static func integer(_ text: String) -> Result<Int?, Problem> {
        if text.isEmpty { return .success(nil) }
        if let n = Int(text) { return .success(n) }
        if let x = Double(text), x.isFinite, x == x.rounded(), abs(x) < 1e15 { return .success(Int(x)) }
        return .failure(Problem(text: "a whole number, such as 10 (empty leaves it out)"))
    }

    /// A policy field's number as the file writes it: 2, 0.2.
    static func number(_ x: Double, _ field: EarlyTermination.Field) -> String {
        field.isInteger ? String(Int(x)) : NumberFormat.short(x)
    }
}
