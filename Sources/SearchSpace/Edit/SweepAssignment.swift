/// One `NAME=VALUE` of `sweepedit set` about the sweep rather than a hyperparameter:
/// `sampling_algorithm=grid`, `max_trials=40`, `max_concurrent_trials=4`, `timeout_minutes=120`,
/// `early_termination=none|bandit|median_stopping|truncation_selection`, and a policy's field,
/// `early_termination.slack_factor=0.1`. `unset` removes a limit or a field; a new policy type
/// keeps evaluation_interval and delay_evaluation and starts the rest from Azure's examples
/// (`EarlyTermination.converted(to:)`).
public struct SweepAssignment: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        case samplingAlgorithm(SamplingAlgorithm)
        case maxTrials(Int?)
        case maxConcurrentTrials(Int?)
        case timeoutMinutes(Int?)
        case earlyTermination(EarlyTermination.Policy?)
        case policyField(EarlyTermination.Field, Double?)
    }

    /// The argument as given.
    public let argument: String
    public let change: Change

    /// The sweep setting the assignment changes.
    public var setting: SweepSetting {
        switch change {
        case .samplingAlgorithm: return .samplingAlgorithm
        case .maxTrials: return .maxTrials
        case .maxConcurrentTrials: return .maxConcurrentTrials
        case .timeoutMinutes: return .timeoutMinutes
        case .earlyTermination, .policyField: return .earlyTermination
        }
    }

    static let policyPrefix = SweepSetting.earlyTermination.rawValue + "."

    /// Whether `NAME=VALUE` names a sweep setting (rather than a hyperparameter).
    public static func names(_ argument: String) -> Bool {
        let name = argument.split(separator: "=", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return SweepSetting(rawValue: name) != nil || name.hasPrefix(policyPrefix)
    }

    public static func parse(_ argument: String) throws(Assignment.Failure) -> SweepAssignment {
        func fail(_ message: String) -> Assignment.Failure { Assignment.Failure(argument: argument, message: message) }
        guard let equals = argument.firstIndex(of: "=") else {
            throw fail("expected NAME=VALUE, e.g. max_trials=40 or early_termination=bandit")
        }
        let name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        let text = String(argument[argument.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw fail("no value after '='; write unset to remove \(name)") }
        let unset = text == "unset"
        func whole() throws(Assignment.Failure) -> Int? {
            if unset { return nil }
            guard let n = Int(text) else { throw fail("\(name) is a whole number, and '\(text)' is not one") }
            return n
        }
        if name.hasPrefix(policyPrefix) {
            let fieldName = String(name.dropFirst(policyPrefix.count))
            guard let field = EarlyTermination.Field(rawValue: fieldName) else {
                throw fail("'\(fieldName)' is not a field of an early termination policy; they are "
                    + Wording.list(EarlyTermination.Field.allCases.map(\.rawValue)))
            }
            if unset { return SweepAssignment(argument: argument, change: .policyField(field, nil)) }
            if field.isInteger { return SweepAssignment(argument: argument, change: .policyField(field, try whole().map(Double.init))) }
            guard let x = Double(text), x.isFinite else { throw fail("\(fieldName) is a number, and '\(text)' is not one") }
            return SweepAssignment(argument: argument, change: .policyField(field, x))
        }
        switch SweepSetting(rawValue: name) {
        case .samplingAlgorithm?:
            guard let algorithm = SamplingAlgorithm(rawValue: text.lowercased()) else {
                throw fail("sampling_algorithm is one of " + Wording.list(SamplingAlgorithm.allCases.map(\.rawValue))
                    + (unset ? " (Azure needs one; it cannot be unset)" : ""))
            }
            return SweepAssignment(argument: argument, change: .samplingAlgorithm(algorithm))
        case .maxTrials?: return SweepAssignment(argument: argument, change: .maxTrials(try whole()))
        case .maxConcurrentTrials?: return SweepAssignment(argument: argument, change: .maxConcurrentTrials(try whole()))
        case .timeoutMinutes?: return SweepAssignment(argument: argument, change: .timeoutMinutes(try whole()))
        case .earlyTermination?:
            if unset || text == "none" { return SweepAssignment(argument: argument, change: .earlyTermination(nil)) }
            guard let policy = EarlyTermination.Policy(rawValue: text) else {
                throw fail("early_termination is none or one of "
                    + Wording.list(EarlyTermination.Policy.allCases.map(\.rawValue)))
            }
            return SweepAssignment(argument: argument, change: .earlyTermination(policy))
        case nil:
            throw fail("'\(name)' is not a sweep setting; they are "
                + Wording.list(SweepSetting.allCases.map(\.rawValue)) + " and early_termination.FIELD")
        }
    }

    /// Makes the change; a field of a policy the job does not have, or does not take, is refused.
    public func apply(to job: inout JobSettings) throws(Assignment.Failure) {
        func fail(_ message: String) -> Assignment.Failure { Assignment.Failure(argument: argument, message: message) }
        switch change {
        case .samplingAlgorithm(let a): job.samplingAlgorithm = a
        case .maxTrials(let n): job.maxTrials = n
        case .maxConcurrentTrials(let n): job.maxConcurrentTrials = n
        case .timeoutMinutes(let n): job.timeoutMinutes = n
        case .earlyTermination(let policy):
            job.earlyTermination = policy.map { job.earlyTermination?.converted(to: $0) ?? .starter($0) }
        case .policyField(let field, let value):
            guard var policy = job.earlyTermination else {
                throw fail("the job has no early termination policy; set early_termination=bandit (or median_stopping, "
                    + "truncation_selection) first")
            }
            guard policy.policy.fields.contains(field) else {
                throw fail("\(policy.policy.rawValue) takes no \(field.rawValue); it takes "
                    + Wording.list(policy.policy.fields.map(\.rawValue)))
            }
            policy[field] = value
            job.earlyTermination = policy
        }
    }
}
