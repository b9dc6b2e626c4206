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
            return "sweep settings are saved in job YAML files; this \(form.label) file is saved without them"
        case (.list, _), (.single, _):
            return "this file is a search space alone, with no job around it: \(setting.rawValue) would not be saved "
                + "(it sets the preview and the budget only); set it in the job YAML"
        }
    }

    /// Whether every sweep setting is saved with the file.
    public var savesSweepSettings: Bool { SweepSetting.allCases.allSatisfy { sweepSettingNotSaved($0) == nil } }
}
