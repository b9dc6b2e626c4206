/// The catalogue's facts about the job around the 31 parameters: the limits Azure puts on a
/// sweep, the kinds each sampling algorithm takes, and the metric a new job of each task
/// optimizes (azure-contract.md). Validation and the writers read them here.
extension Catalogue {
    /// The max_trials Azure accepts.
    public static let maxTrialsRange = 1...1000
    /// The max_concurrent_trials Azure accepts (it silently caps it at max_trials).
    public static let maxConcurrentTrialsRange = 1...100
    /// The timeout_minutes that limit a sweep: 0 sends no timeout (the SDK treats it as absent)
    /// and a negative one a negative duration.
    public static let timeoutMinutesRange = 1...
    /// The truncation_percentage Azure's docs allow for truncation_selection (an integer).
    public static let truncationPercentageRange = 1...99

    /// The distribution kinds a sampling algorithm takes: grid enumerates choices only,
    /// bayesian models choice, uniform and quniform, random draws every kind.
    public static func acceptedKinds(_ algorithm: SamplingAlgorithm) -> [DistributionKind] {
        switch algorithm {
        case .random: return DistributionKind.allCases
        case .grid: return [.choice]
        case .bayesian: return [.choice, .uniform, .quniform]
        }
    }

    /// The primary_metric a new job of `task` optimizes.
    public static func primaryMetric(_ task: Task) -> String {
        switch task {
        case .imageClassification: return "accuracy"
        case .imageClassificationMultilabel: return "iou"
        }
    }
}

/// One line of documentation per sweep setting and per early-termination field, in our own
/// words from Azure's docs (how-to-tune-hyperparameters, reference-yaml-job-sweep): the
/// editor shows them in its detail pane.
extension Catalogue {
    public static func doc(_ setting: SweepSetting) -> String {
        switch setting {
        case .samplingAlgorithm:
            return "How Azure picks each trial: random draws, grid enumerates every choice, bayesian follows earlier results."
        case .maxTrials:
            return "How many trials the sweep runs in all (\(maxTrialsRange.lowerBound) to \(maxTrialsRange.upperBound))."
        case .maxConcurrentTrials:
            return "How many trials run at once (\(maxConcurrentTrialsRange.lowerBound) to \(maxConcurrentTrialsRange.upperBound); never more than max_trials)."
        case .timeoutMinutes:
            return "Minutes the whole sweep may run before Azure cancels the trials still going."
        case .earlyTermination:
            return "Stops trials that fall behind, to save compute: bandit, median_stopping or truncation_selection."
        }
    }

    public static func doc(_ policy: EarlyTermination.Policy) -> String {
        switch policy {
        case .bandit:
            return "Stops a trial whose metric falls outside a slack (factor or amount) of the best trial so far."
        case .medianStopping:
            return "Stops a trial whose best metric is worse than the median of the running averages of all trials."
        case .truncationSelection:
            return "At each evaluation, stops the given percentage of the lowest performing trials."
        }
    }

    public static func doc(_ field: EarlyTermination.Field) -> String {
        switch field {
        case .evaluationInterval:
            return "How often the policy looks at the trials, in metric reports (1: every time a trial logs the metric)."
        case .delayEvaluation:
            return "How many intervals pass before the first evaluation, so young trials are not stopped too soon."
        case .slackFactor:
            return "Bandit: how far below the best trial a trial may fall, as a fraction of the best (0.2: within 20%)."
        case .slackAmount:
            return "Bandit: how far below the best trial a trial may fall, as an absolute amount of the metric."
        case .truncationPercentage:
            return "Truncation selection: the percentage (\(truncationPercentageRange.lowerBound) to \(truncationPercentageRange.upperBound)) of lowest performing trials stopped at each evaluation."
        }
    }
}
