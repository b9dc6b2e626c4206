/// An early-termination policy in words, for the canonical listing and the sweep diff:
/// `bandit(evaluation_interval=2, delay_evaluation=6, slack_factor=0.2)`, and what a change of
/// it does to the trials.
public enum PolicyWording {
    /// The policy with the fields it sets, in Azure's order; "none" without one.
    public static func summary(_ policy: EarlyTermination?) -> String {
        guard let policy else { return "none" }
        let fields = policy.policy.fields.compactMap { field in policy[field].map { "\(field.rawValue)=\(number($0, field))" } }
        return "\(policy.policy.rawValue)(\(fields.joined(separator: ", ")))"
    }

    static func number(_ x: Double, _ field: EarlyTermination.Field) -> String {
        field.isInteger ? String(Int(x)) : NumberFormat.pythonFloatToStr(x)
    }

    /// What going from `a` to `b` does, in words.
    static func effect(_ a: EarlyTermination?, _ b: EarlyTermination?) -> String {
        guard let b else { return "every trial now runs to the end" }
        guard let a else { return "poor trials are now stopped early by \(b.policy.rawValue)" }
        if a.policy != b.policy { return "poor trials are now stopped by \(b.policy.rawValue) instead of \(a.policy.rawValue)" }
        let changed = b.policy.fields.filter { a[$0] != b[$0] }
        return changed.map { fieldEffect($0, a[$0], b[$0]) }.joined(separator: "; ")
    }

    /// One field's change; an unset field is what the SDK sends for it (0, or 1 for
    /// median_stopping's evaluation_interval, which its class defaults to).
    static func fieldEffect(_ field: EarlyTermination.Field, _ x: Double?, _ y: Double?) -> String {
        func shown(_ v: Double?) -> String { v.map { number($0, field) } ?? "unset" }
        let was = "instead of \(shown(x))"
        switch field {
        case .evaluationInterval:
            return y.map { "the policy now looks every \(number($0, field)) metric reports \(was)" } ?? "evaluation_interval now left to the SDK's default"
        case .delayEvaluation:
            return y.map { "the first evaluation now waits \(number($0, field)) intervals \(was)" } ?? "delay_evaluation now left to the SDK's default (0)"
        case .slackFactor:
            return y.map { "trials may now fall \(Wording.percent($0)) behind the best instead of \(x.map(Wording.percent) ?? "unset")" }
                ?? "slack_factor removed"
        case .slackAmount:
            return y.map { "trials may now fall \(number($0, field)) behind the best metric \(was)" } ?? "slack_amount removed"
        case .truncationPercentage:
            return y.map { "each evaluation now stops the lowest \(number($0, field))% of trials \(was)" } ?? "truncation_percentage removed"
        }
    }
}
