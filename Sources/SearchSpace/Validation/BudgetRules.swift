/// Budget rules: what max_trials covers in a random sweep (`Budget`, `ChoiceBudget`). A model
/// that random sampling may never try is money spent on a sweep that cannot answer "which
/// model": warned at the model_name it is written in, with the max_trials that reaches 95%.
enum BudgetRules {
    static func check(_ space: SearchSpace, into found: inout [Diagnostic]) {
        let job = space.job
        guard job.samplingAlgorithm == .random, let trials = job.maxTrials,
              Catalogue.maxTrialsRange.contains(trials) else { return }
        let atRisk = ChoiceBudget.atRisk(.modelName, space, trials: trials)
        guard !atRisk.isEmpty else { return }
        let needed = atRisk.map(\.trialsNeeded)
        let wanted = needed.contains(where: { $0 == nil }) ? nil : needed.compactMap { $0 }.max()
        var reported = Set<Scope>()
        for (k, sub) in space.subspaces.enumerated() {
            guard let values = space.effectiveValue(.modelName, in: sub)?.values else { continue }
            let scope: Scope = sub[.modelName].isUnset ? .trainingParameters : .subspace(k)
            let here = atRisk.filter { values.contains($0.value) }
            guard !here.isEmpty, reported.insert(scope).inserted else { continue }
            let chances = here.map { "\(BudgetReport.label($0.value)) \(BudgetReport.percent($0.chanceTried))" }
            let who = here.count == 1 ? "\(BudgetReport.label(here[0].value)) has" : "\(here.count) models have"
            var message = "in \(trials) random trial\(trials == 1 ? "" : "s"), \(who) less than a 95% chance to be tried ("
                + Wording.list(chances) + ")"
            var fix: Fix?
            if let wanted {
                var better = job
                better.maxTrials = wanted
                message += "; max_trials \(wanted) reaches 95%"
                fix = Fix("set max_trials to \(wanted)", .setJob(better))
            } else {
                message += "; even max_trials \(Catalogue.maxTrialsRange.upperBound) does not reach 95%: split the sweep into jobs with fewer models each"
            }
            found.append(Diagnostic(.warning, scope, .parameter(.modelName), field: .value, message, fix: fix))
        }
    }
}
