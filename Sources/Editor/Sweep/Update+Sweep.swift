import SearchSpace

// The sweep settings at the top of the list: Enter edits their fields, t and T pick the
// sampling algorithm or the early termination policy, x leaves a limit or the policy out, F
// applies a finding's fix. A file with no job around its space keeps them for the preview only.

/// Enter on a sweep setting: edit its fields. A job with no early termination policy starts
/// from Azure's example bandit policy (Esc puts "none" back).
func beginSweepEditing(_ s: inout EditorState, _ setting: SweepSetting) {
    let job = s.document.space.job
    var base = job
    if setting == .earlyTermination, base.earlyTermination == nil { base.earlyTermination = .starter(.bandit) }
    var session = SweepEditSession(setting, original: job, base: base)
    guard !session.fields.isEmpty else { return }
    session.buffer.selectAll()
    s.overlay = .editingSweep(session)
    revalidate(&s)
}

/// x, t, T and F on a sweep setting's row (the keymap's reasons cover the rest: Availability).
func changeSweepSetting(_ s: inout EditorState, _ setting: SweepSetting, _ command: Command) {
    var job = s.document.space.job
    switch command {
    case .unset:
        switch setting {
        case .samplingAlgorithm: return
        case .maxTrials: job.maxTrials = nil
        case .maxConcurrentTrials: job.maxConcurrentTrials = nil
        case .timeoutMinutes: job.timeoutMinutes = nil
        case .earlyTermination: job.earlyTermination = nil
        }
    case .nextKind, .previousKind:
        let step = command == .nextKind ? 1 : -1
        switch setting {
        case .samplingAlgorithm:
            job.samplingAlgorithm = cycled(SamplingAlgorithm.allCases, from: job.samplingAlgorithm, step: step)
        case .earlyTermination:
            let choices: [EarlyTermination.Policy?] = [nil] + EarlyTermination.Policy.allCases
            let next = cycled(choices, from: job.earlyTermination?.policy, step: step)
            job.earlyTermination = next.map { job.earlyTermination?.converted(to: $0) ?? .starter($0) }
        case .maxTrials, .maxConcurrentTrials, .timeoutMinutes:
            return
        }
    case .applyFix:
        applyFix(&s, .sweep(setting))
        return
    default:
        return
    }
    setJob(&s, job, said: setting)
}

/// The next value of a cycle, wrapping around.
func cycled<T: Equatable>(_ all: [T], from current: T, step: Int) -> T {
    let at = all.firstIndex(of: current) ?? (step > 0 ? -1 : all.count)
    return all[((at + step) % all.count + all.count) % all.count]
}

/// Replaces the job settings (undoable) and says what the setting is now; in a file with no
/// job, that it drives the preview only.
func setJob(_ s: inout EditorState, _ job: JobSettings, said setting: SweepSetting) {
    var space = s.document.space
    space.job = job
    commitSpace(&s, space)
    let value = SweepFieldCodec.valueText(setting, job) ?? SweepRowText.unsetText(setting, s.document)
    var text = "\(setting.path): \(value)"
    if s.document.sweepSettingNotSaved(setting) != nil { text += " (preview only: not saved)" }
    s.status = StatusMessage(text)
}

/// Enter in a sweep setting's fields: keeps them, or points at the first that means nothing yet.
func commitSweepEditing(_ s: inout EditorState, _ session: SweepEditSession) {
    if let (i, problem) = session.problems.min(by: { $0.key < $1.key }) {
        var moved = session
        moved.focus = i
        s.overlay = .editingSweep(moved)
        s.status = StatusMessage("\(session.fields[i].label): \(problem) (Esc restores)", .error)
        return
    }
    s.overlay = nil
    let before = s.document.space
    setJob(&s, session.candidate, said: session.setting)
    if s.document.space == before {
        s.status = nil
        revalidate(&s)
    }
}
