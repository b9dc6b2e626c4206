/// Early-termination and timeout rules: what Azure's docs require of `sweep.early_termination`
/// and `limits.timeout_minutes` beyond what the SDK's schema checks (azure-ai-ml 1.35.2 loads a
/// bandit without slack, a negative interval, truncation_percentage 150 or timeout_minutes -5
/// without a word; the service is left to refuse them, after the upload).
/// Each finding names the field (`.parameter("slack_factor")`) so the editor can point at it.
enum EarlyTerminationRules {
    static func check(_ job: JobSettings, into found: inout [Diagnostic]) {
        checkTimeout(job, &found)
        guard let policy = job.earlyTermination else { return }
        if policy.policy == .bandit { checkSlack(policy, job, &found) }
        if policy.policy == .truncationSelection, let p = policy.truncationPercentage,
           !Catalogue.truncationPercentageRange.contains(p) {
            let range = Catalogue.truncationPercentageRange
            let clamped = min(max(p, range.lowerBound), range.upperBound)
            found.append(problem(.truncationPercentage, "truncation_percentage must be \(range.lowerBound) to \(range.upperBound), and it is \(p)",
                                 fix: ("set truncation_percentage to \(clamped)", { $0.truncationPercentage = clamped }), job))
        }
        if let n = policy.evaluationInterval, n < 0 {
            found.append(problem(.evaluationInterval,
                "evaluation_interval counts metric reports between evaluations and must be 0 or more (0 is what the SDK sends when it is left out), and it is \(n)",
                fix: ("set evaluation_interval to 1", { $0.evaluationInterval = 1 }), job))
        }
        if let n = policy.delayEvaluation, n < 0 {
            found.append(problem(.delayEvaluation, "delay_evaluation counts intervals and must be 0 or more, and it is \(n)",
                                 fix: ("set delay_evaluation to 0", { $0.delayEvaluation = 0 }), job))
        }
    }

    /// Bandit measures slack one way: a factor of the best metric, or an amount of it.
    private static func checkSlack(_ policy: EarlyTermination, _ job: JobSettings, _ found: inout [Diagnostic]) {
        let starterFactor = EarlyTermination.starter(.bandit).slackFactor ?? 0
        switch (policy.slackFactor, policy.slackAmount) {
        case (nil, nil):
            found.append(problem(.slackFactor,
                "bandit needs slack_factor or slack_amount (without either the SDK sends 0 for both and no slack is allowed); set slack_factor",
                fix: ("set slack_factor to \(starterFactor)", { $0.slackFactor = starterFactor }), job))
        case (_?, _?):
            found.append(problem(.slackAmount, "bandit takes one of slack_factor or slack_amount, and both are set; remove one",
                                 fix: ("keep slack_factor, remove slack_amount", { $0.slackAmount = nil }), job))
        default: break
        }
        if let f = policy.slackFactor, !(f > 0) {
            found.append(problem(.slackFactor, "slack_factor is a fraction of the best metric and must be above 0, and it is \(Wording.number(f))",
                                 fix: ("set slack_factor to \(starterFactor)", { $0.slackFactor = starterFactor }), job))
        }
        if let a = policy.slackAmount, !(a > 0) {
            found.append(problem(.slackAmount, "slack_amount is a distance from the best metric and must be above 0, and it is \(Wording.number(a))",
                                 fix: ("use slack_factor \(starterFactor) instead", { $0.slackAmount = nil; $0.slackFactor = starterFactor }), job))
        }
    }

    private static func checkTimeout(_ job: JobSettings, _ found: inout [Diagnostic]) {
        guard let t = job.timeoutMinutes, t < Catalogue.timeoutMinutesRange.lowerBound else { return }
        var fixed = job
        fixed.timeoutMinutes = nil
        let fix = Fix("remove timeout_minutes (no time limit)", .setJob(fixed))
        if t == 0 {
            found.append(Diagnostic(.note, .job, .sweepSetting(.timeoutMinutes), field: .value,
                "timeout_minutes 0 sets no time limit: the SDK sends no timeout, as when the line is left out", fix: fix))
        } else {
            found.append(Diagnostic(.error, .job, .sweepSetting(.timeoutMinutes), field: .value,
                "timeout_minutes must be \(Catalogue.timeoutMinutesRange.lowerBound) or more, and it is \(t); give the minutes the whole sweep may take, or remove it",
                fix: fix))
        }
    }

    private static func problem(_ field: EarlyTermination.Field, _ message: String,
                                fix: (String, (inout EarlyTermination) -> Void), _ job: JobSettings) -> Diagnostic {
        var fixed = job
        if var policy = fixed.earlyTermination {
            fix.1(&policy)
            fixed.earlyTermination = policy
        }
        return Diagnostic(.error, .job, .sweepSetting(.earlyTermination), field: .parameter(field.rawValue), message,
                          fix: Fix(fix.0, .setJob(fixed)))
    }
}
