import Testing
@testable import SearchSpace

/// Random sweep settings, saved in place from files of every layout (block, flow, comments, no
/// policy, no sweep, a null field, a pipeline step): the save always reads back as the job edited,
/// and the search space is untouched.
struct SweepSettingsSaveFuzzTests {
    static func randomPolicy(_ r: inout SeededRandom) -> EarlyTermination? {
        guard r.chance(0.85) else { return nil }
        let policy = r.pick(EarlyTermination.Policy.allCases)
        var p = EarlyTermination(policy)
        for field in policy.fields where r.chance(0.5) || field == .truncationPercentage {
            p[field] = field.isInteger ? Double(r.below(40)) : r.pick([0.05, 0.1, 0.25, 1, 1e-3])
        }
        return p
    }

    static func randomJob(_ r: inout SeededRandom, from job: JobSettings) -> JobSettings {
        var job = job
        if r.chance(0.3) { job.samplingAlgorithm = r.pick(SamplingAlgorithm.allCases) }
        if r.chance(0.3) { job.maxTrials = r.chance(0.2) ? nil : 1 + r.below(200) }
        if r.chance(0.3) { job.maxConcurrentTrials = r.chance(0.2) ? nil : 1 + r.below(20) }
        if r.chance(0.3) { job.timeoutMinutes = r.chance(0.3) ? nil : r.below(500) }
        if r.chance(0.7) { job.earlyTermination = randomPolicy(&r) }
        return job
    }

    static var starts: [String] {
        let commented = SweepSettingsDiffTests.commented
        return [
            SweepSettingsDiffTests.noPolicy,
            SweepSettingsDiffTests.noPolicy.replacingOccurrences(of: "sweep:\n  sampling_algorithm: grid  # every point\n", with: ""),
            commented,
            SweepSettingsDiffTests.noPolicy.replacingOccurrences(of: "limits:\n  max_trials: 10\n", with: ""),
            commented.replacingOccurrences(of: "evaluation_interval: 1", with: "evaluation_interval: null"),
            SweepSettingsDiffTests.noPolicy.replacingOccurrences(of: "  sampling_algorithm: grid  # every point\n",
                with: "  early_termination: {type: truncation_selection, truncation_percentage: 5}\n  sampling_algorithm: random\n"),
            EarlyTerminationReadingTests.job("  early_termination:   # none yet"),
            EarlyTerminationReadingTests.job("  early_termination: ~\n  # the end of the sweep"),
            EarlyTerminationReadingTests.job("  early_termination:\n    type: median_stopping\n\n    # later\n    delay_evaluation: 3\n"),
        ]
    }

    @Test func randomEditsReadBackAsTheJob() throws {
        var r = SeededRandom(seed: 15)
        let example = try SweepSettingsDiffTests.example()
        for (n, start) in (Self.starts + [example]).enumerated() {
            let original = try DocumentReader.read(start)
            var text = start, doc = original
            for step in 0..<40 {
                doc = try DocumentReader.read(text)
                let job = Self.randomJob(&r, from: doc.space.job)
                doc.space.job = job
                text = DocumentWriter.save(doc)
                guard let back = try? DocumentReader.read(text) else {
                    Issue.record("start \(n) step \(step): the save does not read:\n\(text)")
                    break
                }
                #expect(back.space.job == job, "start \(n) step \(step):\n\(text)")
                #expect(back.space.subspaces == original.space.subspaces, "start \(n) step \(step)")
                if back.space.job != job { break }
            }
        }
    }
}
