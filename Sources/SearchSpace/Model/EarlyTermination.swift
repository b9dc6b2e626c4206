/// A job's `sweep.early_termination`: the policy that stops poorly performing trials early
/// (azure-ai-ml 1.35.2: BanditPolicySchema, MedianStoppingPolicySchema,
/// TruncationSelectionPolicySchema). A field left nil is not written; the SDK then sends its
/// class's default (0, and 1 for median_stopping's evaluation_interval), or None for a field the
/// file writes as null.
public struct EarlyTermination: Hashable, Sendable {
    /// The `type:` of the policy.
    public enum Policy: String, CaseIterable, Hashable, Sendable {
        case bandit
        case medianStopping = "median_stopping"
        case truncationSelection = "truncation_selection"

        /// The fields the policy's schema takes, in the order Azure's docs write them.
        public var fields: [Field] {
            switch self {
            case .bandit: return [.evaluationInterval, .delayEvaluation, .slackFactor, .slackAmount]
            case .medianStopping: return [.evaluationInterval, .delayEvaluation]
            case .truncationSelection: return [.evaluationInterval, .delayEvaluation, .truncationPercentage]
            }
        }

        /// The SDK's class name (`BanditPolicy`), for Python.
        public var pythonClassName: String {
            switch self {
            case .bandit: return "BanditPolicy"
            case .medianStopping: return "MedianStoppingPolicy"
            case .truncationSelection: return "TruncationSelectionPolicy"
            }
        }
    }

    /// One field of a policy, named as the YAML writes it.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case evaluationInterval = "evaluation_interval"
        case delayEvaluation = "delay_evaluation"
        case slackFactor = "slack_factor"
        case slackAmount = "slack_amount"
        case truncationPercentage = "truncation_percentage"

        /// slack_factor and slack_amount are fractions and amounts; the others count intervals.
        public var isInteger: Bool { self != .slackFactor && self != .slackAmount }
    }

    public var policy: Policy
    public var evaluationInterval: Int?
    public var delayEvaluation: Int?
    public var slackFactor: Double?
    public var slackAmount: Double?
    public var truncationPercentage: Int?

    public init(_ policy: Policy, evaluationInterval: Int? = nil, delayEvaluation: Int? = nil,
                slackFactor: Double? = nil, slackAmount: Double? = nil, truncationPercentage: Int? = nil) {
        self.policy = policy
        self.evaluationInterval = evaluationInterval
        self.delayEvaluation = delayEvaluation
        self.slackFactor = slackFactor
        self.slackAmount = slackAmount
        self.truncationPercentage = truncationPercentage
    }

    /// A field's value as a number (nil: not set).
    public subscript(field: Field) -> Double? {
        get {
            switch field {
            case .evaluationInterval: return evaluationInterval.map(Double.init)
            case .delayEvaluation: return delayEvaluation.map(Double.init)
            case .slackFactor: return slackFactor
            case .slackAmount: return slackAmount
            case .truncationPercentage: return truncationPercentage.map(Double.init)
            }
        }
        set {
            // an integer field takes the integer part; validation never sees a fraction there
            // because the readers and the editor refuse one first
            let int = newValue.flatMap { $0.isFinite && abs($0) < 1e15 ? Int($0) : nil }
            switch field {
            case .evaluationInterval: evaluationInterval = int
            case .delayEvaluation: delayEvaluation = int
            case .slackFactor: slackFactor = newValue
            case .slackAmount: slackAmount = newValue
            case .truncationPercentage: truncationPercentage = int
            }
        }
    }

    /// The same policy as another type: the shared fields (evaluation_interval,
    /// delay_evaluation) carry over, the others start where Azure's examples start.
    public func converted(to policy: Policy) -> EarlyTermination {
        var next = EarlyTermination.starter(policy)
        next.evaluationInterval = evaluationInterval ?? next.evaluationInterval
        next.delayEvaluation = delayEvaluation ?? next.delayEvaluation
        if self.policy == policy { return self }
        return next
    }

    /// The policy a user who picks a type starts from: the values of Azure's examples
    /// (bandit: evaluation_interval 2, slack_factor 0.2, delay_evaluation 6).
    public static func starter(_ policy: Policy) -> EarlyTermination {
        switch policy {
        case .bandit: return EarlyTermination(.bandit, evaluationInterval: 2, delayEvaluation: 6, slackFactor: 0.2)
        case .medianStopping: return EarlyTermination(.medianStopping, evaluationInterval: 1, delayEvaluation: 5)
        case .truncationSelection:
            return EarlyTermination(.truncationSelection, evaluationInterval: 1, delayEvaluation: 5, truncationPercentage: 20)
        }
    }
}
