/// An AutoMode job (no search_space, no sweep) is valid as it is: a note says what Azure does
/// with it, and what a save does once the user makes a setting.
enum AutoModeRules {
    static func check(_ doc: Document, into found: inout [Diagnostic]) {
        guard doc.isAutoMode else { return }
        let trials = doc.space.job.maxTrials.map { "limits.max_trials: \($0) trials" } ?? "one trial (no limits.max_trials)"
        if doc.space.subspaces.allSatisfy(\.isEmpty) {
            found.append(Diagnostic(.note, .job, .jobKey("search_space"),
                "AutoMode: this job has no search_space and no sweep, so Azure chooses the models and their "
                    + "hyperparameters itself for \(trials). Make a setting to sweep your own space instead: "
                    + "a save then writes search_space: and sweep: (sampling_algorithm random)"))
        } else {
            found.append(Diagnostic(.note, .job, .jobKey("search_space"),
                "this AutoMode job becomes a manual sweep: a save writes search_space: and sweep: "
                    + "(sampling_algorithm \(doc.space.job.samplingAlgorithm.rawValue)), and Azure no longer chooses the models"))
        }
    }
}
