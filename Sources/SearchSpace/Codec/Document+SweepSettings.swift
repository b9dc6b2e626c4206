/// Whether a save keeps the sweep settings (sampling_algorithm, the limits, early_termination):
/// only a file that holds them can. A plain search space (a list, one subspace, REST) has no
/// place for them; there they drive the preview and the budget only.
extension Document {
    /// Why a change of `setting` would not be saved, nil when it would.
    public func sweepSettingNotSaved(_ setting: SweepSetting) -> String? {
        switch (form.shape, form.syntax) {
        case (.job, .yaml), (.wrapped, .yaml):
            // an AutoMode job takes limits; a sweep block comes with the first setting of the space
            if isAutoMode, setting == .samplingAlgorithm || setting == .earlyTermination,
               !space.subspaces.contains(where: { !$0.isEmpty }) {
                return "this AutoMode job has no sweep: (Azure picks the trials); \(setting.rawValue) is saved once the search space has a setting"
            }
            return nil
        case (.job, .json), (.wrapped, .json):
            return "sweep settings are saved in YAML files only; this JSON file keeps the ones it has (edit them in the file, or export it --to job)"
        case (_, .python), (_, .notebook):
            return nil  // written into the set_sweep and set_limits calls they were read from (PythonSplice)
        case (.list, _), (.single, _):
            return "this file is a search space alone, with no job around it: \(setting.rawValue) would not be saved "
                + "(it sets the preview and the budget only); set it in the job YAML"
        }
    }

    /// Whether every sweep setting is saved with the file.
    public var savesSweepSettings: Bool { SweepSetting.allCases.allSatisfy { sweepSettingNotSaved($0) == nil } }
}

extension JobSettings {
    /// This job with one sweep setting as `other` has it.
    public func with(_ setting: SweepSetting, from other: JobSettings) -> JobSettings {
        var job = self
        switch setting {
        case .samplingAlgorithm: job.samplingAlgorithm = other.samplingAlgorithm
        case .maxTrials: job.maxTrials = other.maxTrials
        case .maxConcurrentTrials: job.maxConcurrentTrials = other.maxConcurrentTrials
        case .timeoutMinutes: job.timeoutMinutes = other.timeoutMinutes
        case .earlyTermination: job.earlyTermination = other.earlyTermination
        }
        return job
    }
}

extension Document {
    /// The space as a save writes it: the sweep settings the file cannot keep as they were read.
    public var spaceAsSaved: SearchSpace {
        var saved = space
        for setting in SweepSetting.allCases where sweepSettingNotSaved(setting) != nil {
            saved.job = saved.job.with(setting, from: originalSpace.job)
        }
        return saved
    }
}
