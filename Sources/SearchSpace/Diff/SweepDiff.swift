/// The semantic difference between two sweeps: per subspace (matched by content, not place)
/// and per parameter, the job's sweep settings, and training_parameters. The same meaning
/// written differently (another form, casing, key order, subspace order) is no change.
public struct SweepDiff: Hashable, Sendable {
    /// Every difference, in reading order: job settings, training_parameters, subspaces.
    public var changes: [SweepChange]
    /// P(every model tried) before and after, when the budget gives one for both (`DiffBudget`).
    public var budget: BudgetChange?

    /// No difference in what the sweep draws (moved subspaces do not count). The budget line
    /// follows from the changes and is never a change of its own.
    public var isSame: Bool { !changes.contains { $0.changesSweep } }

    /// `comparingJob` false: the sweep settings (task, algorithm, limits) are left out, as when
    /// one side is a bare search space that says nothing about them.
    public init(_ old: SearchSpace, _ new: SearchSpace, comparingJob: Bool = true, trials: (Int, Int)? = nil) {
        var changes = comparingJob ? Self.jobChanges(old.job, new.job) : []
        for id in ParameterID.allCases {
            let (a, b) = (old.trainingParameters[id], new.trainingParameters[id])
            guard !SettingMeaning.same(a, b, kind: Catalogue.spec(id).kind) else { continue }
            changes.append(Self.change(.trainingParameter(id), a, b, id, old: old, new: new, scope: "training_parameters"))
        }
        changes += Self.subspaceChanges(old, new)
        self.changes = changes
        guard changes.contains(where: \.changesSweep) else {
            budget = nil
            return
        }
        // sweep settings not compared: both sides are judged with the same job (the one that has
        // one), so the line says what the space's change does, not what a missing limit does
        var (a, b) = (old, new)
        if !comparingJob {
            let job = old.job.maxTrials != nil ? old.job : new.job
            a.job = job
            b.job = job
        }
        budget = BudgetChange(a, b, trials: comparingJob ? trials : nil)
    }

    /// Two documents: the sweep settings are compared only when both files can hold them (a
    /// job, or a mapping with search_space: beside other keys); a list of subspaces or a REST
    /// payload says nothing about the sweep, which is not a change.
    public init(_ old: Document, _ new: Document) {
        self.init(old.space, new.space, comparingJob: Self.holdsJob(old) && Self.holdsJob(new),
                  trials: (Budget.trials(of: old).count, Budget.trials(of: new).count))
    }

    public static func holdsJob(_ doc: Document) -> Bool {
        doc.form.shape == .job || doc.form.shape == .wrapped
    }

    static func jobChanges(_ a: JobSettings, _ b: JobSettings) -> [SweepChange] {
        func job(_ name: String, _ x: String, _ y: String, _ effect: String) -> SweepChange? {
            x == y ? nil : SweepChange(place: .job(name), before: x, after: y, effect: effect, scope: "sweep")
        }
        func limit(_ n: Int?) -> String { n.map(String.init) ?? "unset" }
        return [
            job("task", a.task.rawValue, b.task.rawValue, "the defaults of another task apply"),
            job("sampling_algorithm", a.samplingAlgorithm.rawValue, b.samplingAlgorithm.rawValue,
                "trials are now drawn by \(b.samplingAlgorithm.rawValue) sampling"),
            job("max_trials", limit(a.maxTrials), limit(b.maxTrials),
                b.maxTrials.map { "now at most \($0) trials" } ?? "now no limit on trials"),
            job("max_concurrent_trials", limit(a.maxConcurrentTrials), limit(b.maxConcurrentTrials),
                b.maxConcurrentTrials.map { "now \($0) at a time" } ?? "now no limit on trials at a time"),
            job("timeout_minutes", limit(a.timeoutMinutes), limit(b.timeoutMinutes),
                b.timeoutMinutes.map { $0 > 0 ? "the sweep now stops after \($0) minutes" : "now no time limit" } ?? "now no time limit"),
            job("early_termination", PolicyWording.summary(a.earlyTermination), PolicyWording.summary(b.earlyTermination),
                PolicyWording.effect(a.earlyTermination, b.earlyTermination)),
        ].compactMap { $0 }
    }

    static func subspaceChanges(_ old: SearchSpace, _ new: SearchSpace) -> [SweepChange] {
        let matching = SubspaceMatching(old.subspaces, new.subspaces)
        var changes: [SweepChange] = []
        for i in matching.removed {
            changes.append(SweepChange(place: .subspaceRemoved(i), before: nil, after: nil,
                                       effect: "\(label(i, old.subspaces[i])) removed", scope: label(i, old.subspaces[i])))
        }
        for i in matching.added {
            changes.append(SweepChange(place: .subspaceAdded(i), before: nil, after: nil,
                                       effect: "\(label(i, new.subspaces[i])) added", scope: label(i, new.subspaces[i])))
        }
        for (o, n) in matching.moved {
            let scope = label(n, new.subspaces[n])
            changes.append(SweepChange(place: .subspaceMoved(before: o, after: n), before: nil, after: nil,
                                       effect: "subspace \(o + 1) is now \(scope): moved, the same draws",
                                       scope: scope))
        }
        for (o, n) in matching.pairs {
            let (a, b) = (old.subspaces[o], new.subspaces[n])
            let scope = label(n, b)
            for id in ParameterID.allCases where !SettingMeaning.same(a[id], b[id], kind: Catalogue.spec(id).kind) {
                changes.append(change(.parameter(id, before: o, after: n), a[id], b[id], id, old: old, new: new, scope: scope))
            }
            let names = (a.unknownKeys + b.unknownKeys).map(\.name)
            for name in names.enumerated().filter({ names.firstIndex(of: $0.element) == $0.offset }).map(\.element) {
                let (x, y) = (SettingMeaning.unknownSetting(name, in: a), SettingMeaning.unknownSetting(name, in: b))
                guard !SettingMeaning.same(x, y, kind: .string) else { continue }
                changes.append(change(.unknownKey(name, before: o, after: n), x, y, nil, old: old, new: new, scope: scope))
            }
        }
        return changes
    }

    static func change(_ place: SweepChange.Place, _ a: Setting, _ b: Setting, _ id: ParameterID?,
                       old: SearchSpace, new: SearchSpace, scope: String) -> SweepChange {
        let kind = id.map { Catalogue.spec($0).kind } ?? .string
        return SweepChange(place: place, before: ChangeWording.shortSpelling(a, kind: kind),
                           after: ChangeWording.shortSpelling(b, kind: kind),
                           effect: ChangeWording.effect(a, b, id, old: old, new: new), scope: scope)
    }

    /// "subspace 2 (seresnext)", numbered from 1 as people count.
    public static func label(_ index: Int, _ sub: Subspace) -> String {
        "subspace \(index + 1) (\(sub.summary))"
    }
}
