/// A job that gives a limit in both `limits:` and the old `sweep.limits:` with different values.
/// Before, the old block silently won (max_trials 1 became 20); now the space keeps the value of
/// `limits:` (the one the current SDK reads), and this warning names both until the user picks
/// one or saves (a save writes one `limits:` block).
enum LimitConflictRules {
    static func check(_ doc: Document, into found: inout [Diagnostic]) {
        let job = doc.space.job
        for conflict in doc.limitConflicts {
            let current = conflict.name == "max_trials" ? job.maxTrials : job.maxConcurrentTrials
            guard current != conflict.sweepLimitsValue else { continue }  // the user took the old value
            var other = job
            if conflict.name == "max_trials" { other.maxTrials = conflict.sweepLimitsValue } else {
                other.maxConcurrentTrials = conflict.sweepLimitsValue
            }
            found.append(Diagnostic(.warning, .job, SweepSetting(rawValue: conflict.name).map(Subject.sweepSetting) ?? .jobKey(conflict.name), field: .value,
                "\(conflict.name) is \(conflict.limitsValue) in limits: but \(conflict.sweepLimitsValue) in the old sweep.limits:; "
                    + "the current SDK reads limits: only, so \(conflict.limitsValue) is kept and a save drops sweep.limits:",
                fix: Fix("use \(conflict.sweepLimitsValue) from sweep.limits: instead", .setJob(other)),
                location: conflict.location))
        }
    }
}
