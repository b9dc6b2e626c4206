/// Algorithm rules: what the job's sampling algorithm and limits allow (azure-contract.md).
/// The kinds each algorithm takes and the limits of max_trials and max_concurrent_trials are
/// the catalogue's (Catalogue+Job); bayesian also takes one subspace and no early termination,
/// and Azure silently caps max_concurrent_trials at max_trials.
enum AlgorithmRules {
    /// Azure's advice for bayesian sampling: at least this many trials per swept parameter.
    static let bayesianTrialsPerParameter = 20
    /// A grid offender with at most this many values gets a fix enumerating them as a choice.
    static let enumerableLimit = 100

    static func check(_ space: SearchSpace, into found: inout [Diagnostic]) {
        let job = space.job
        switch job.samplingAlgorithm {
        case .random: break
        case .grid: checkGrid(space, &found)
        case .bayesian: checkBayesian(space, &found)
        }
        checkLimits(job, &found)
        EarlyTerminationRules.check(job, into: &found)
    }

    private static func checkGrid(_ space: SearchSpace, _ found: inout [Diagnostic]) {
        let offenders = Grid.offenders(in: space)
        for offender in offenders {
            let i = offender.subspace, id = offender.parameter
            guard let d = space.subspaces[i][id].distribution else { continue }
            let fix = enumerated(d).map {
                Fix("list its values: \(Wording.distribution($0))", .set(.subspace(i), id, .swept($0)))
            } ?? switchTo(.random, space.job)
            found.append(Diagnostic(.error, .subspace(i), .parameter(id), field: .value,
                "grid sampling takes choice only, and \(id.name) is \(Wording.distribution(d)); list the values as a choice or use random sampling",
                fix: fix))
        }
        guard offenders.isEmpty, let maxTrials = space.job.maxTrials, maxTrials >= 1,
              let size = try? Grid.size(of: space) else { return }
        guard size.exactCount.map({ $0 > UInt64(maxTrials) }) ?? true else { return }
        found.append(Diagnostic(.note, .job, .sweepSetting(.maxTrials), field: .value,
            "the grid has \(size) points but max_trials is \(maxTrials): only \(maxTrials) of them are tried"))
    }

    private static func checkBayesian(_ space: SearchSpace, _ found: inout [Diagnostic]) {
        let job = space.job
        if space.subspaces.count > 1 {
            found.append(Diagnostic(.error, .job, .sweepSetting(.samplingAlgorithm), field: .value,
                "bayesian sampling takes a single subspace, and this space has \(space.subspaces.count); use random or grid sampling, or merge the subspaces",
                fix: switchTo(.random, job)))
        }
        if job.hasEarlyTermination {
            var withoutPolicy = job
            withoutPolicy.earlyTermination = nil
            found.append(Diagnostic(.error, .job, .sweepSetting(.earlyTermination), field: .value,
                "bayesian sampling supports no early termination policy; remove sweep.early_termination or use random sampling",
                fix: Fix("remove the early termination policy", .setJob(withoutPolicy))))
        }
        var swept = 0
        for (i, sub) in space.subspaces.enumerated() {
            for id in sub.order {
                guard case .swept(let d) = sub[id] else { continue }
                swept += 1
                if Catalogue.acceptedKinds(.bayesian).contains(d.kind) { continue }
                found.append(Diagnostic(.error, .subspace(i), .parameter(id), field: .value,
                    "bayesian sampling takes \(Wording.list(Catalogue.acceptedKinds(.bayesian).map(\.rawValue))) only, and \(id.name) is \(Wording.distribution(d)); change the distribution or use random sampling",
                    fix: switchTo(.random, job)))
            }
        }
        let advised = swept * bayesianTrialsPerParameter
        if let maxTrials = job.maxTrials, Catalogue.maxTrialsRange.contains(maxTrials), maxTrials < advised {
            let wanted = min(advised, Catalogue.maxTrialsRange.upperBound)
            var better = job
            better.maxTrials = wanted
            found.append(Diagnostic(.note, .job, .sweepSetting(.maxTrials), field: .value,
                "Azure recommends at least \(bayesianTrialsPerParameter) bayesian trials per swept hyperparameter: \(advised) for \(swept); max_trials is \(maxTrials)",
                fix: Fix("set max_trials to \(wanted)", .setJob(better))))
        }
    }

    private static func checkLimits(_ job: JobSettings, _ found: inout [Diagnostic]) {
        if let n = job.maxTrials, !Catalogue.maxTrialsRange.contains(n) {
            let clamped = min(max(n, Catalogue.maxTrialsRange.lowerBound), Catalogue.maxTrialsRange.upperBound)
            var fixed = job
            fixed.maxTrials = clamped
            found.append(Diagnostic(.error, .job, .sweepSetting(.maxTrials), field: .value,
                "max_trials must be \(Catalogue.maxTrialsRange.lowerBound) to \(Catalogue.maxTrialsRange.upperBound), and it is \(n)", fix: Fix("set max_trials to \(clamped)", .setJob(fixed))))
        }
        guard let c = job.maxConcurrentTrials else { return }
        if !Catalogue.maxConcurrentTrialsRange.contains(c) {
            let clamped = min(max(c, Catalogue.maxConcurrentTrialsRange.lowerBound), Catalogue.maxConcurrentTrialsRange.upperBound)
            var fixed = job
            fixed.maxConcurrentTrials = clamped
            found.append(Diagnostic(.error, .job, .sweepSetting(.maxConcurrentTrials), field: .value,
                "max_concurrent_trials must be \(Catalogue.maxConcurrentTrialsRange.lowerBound) to \(Catalogue.maxConcurrentTrialsRange.upperBound), and it is \(c)",
                fix: Fix("set max_concurrent_trials to \(clamped)", .setJob(fixed))))
        } else if let n = job.maxTrials, Catalogue.maxTrialsRange.contains(n), c > n {
            var fixed = job
            fixed.maxConcurrentTrials = n
            found.append(Diagnostic(.note, .job, .sweepSetting(.maxConcurrentTrials), field: .value,
                "max_concurrent_trials \(c) is above max_trials \(n); Azure silently caps it at \(n)",
                fix: Fix("set max_concurrent_trials to \(n)", .setJob(fixed))))
        }
    }

    private static func switchTo(_ algorithm: SamplingAlgorithm, _ job: JobSettings) -> Fix {
        var changed = job
        changed.samplingAlgorithm = algorithm
        return Fix("use \(algorithm.rawValue) sampling", .setJob(changed))
    }

    /// The values of a distribution with few, evenly spaced draws, as a choice: randint(4) ->
    /// choice(0, 1, 2, 3), quniform(0, 1, 0.25) -> choice(0, 0.25, 0.5, 0.75, 1).
    static func enumerated(_ d: Distribution) -> Distribution? {
        switch d {
        case .randint(let upper):
            let n = upper.double.rounded(.towardZero)
            guard n >= 1, n <= Double(enumerableLimit) else { return nil }
            return .choice((0..<Int(n)).map(Value.int))
        case .quniform(let a, let b, let q):
            // Only ordinary numbers: these are whatever the user typed, possibly 1e300 or nan.
            guard q.double > 0, a.double <= b.double,
                  [a, b, q].allSatisfy({ $0.double.isFinite && abs($0.double) < 1e15 }) else { return nil }
            let lo = (a.double / q.double).rounded(.toNearestOrEven), hi = (b.double / q.double).rounded(.toNearestOrEven)
            guard hi - lo < Double(enumerableLimit), abs(hi * q.double) < 1e15, abs(lo * q.double) < 1e15 else { return nil }
            let whole = [a, b, q].allSatisfy(\.isIntegerLiteral)
            return .choice((Int(lo)...Int(hi)).map { k in
                whole ? .int(k * Int(q.double)) : .float(Wording.tidy(Double(k) * q.double))
            })
        case .choice, .uniform, .loguniform, .qloguniform, .normal, .lognormal, .qnormal, .qlognormal:
            return nil
        }
    }
}
