import Foundation
import Testing
@testable import SearchSpace
import TestSupport

/// The sweep settings against the real SDK (azure-ai-ml 1.35.2): Azure's example job edited
/// (algorithm, limits, each policy with its fields) and saved as the editor saves loads with
/// exactly our values; and every spelling of a policy the SDK accepts reads in sweepedit, with
/// the values the SDK sends.
struct SweepSettingsSDKTests {
    static let restType: [EarlyTermination.Policy: String] = [
        .bandit: "Bandit", .medianStopping: "MedianStopping", .truncationSelection: "TruncationSelection",
    ]

    /// `evaluation_interval` -> `evaluationInterval`.
    static func camel(_ field: EarlyTermination.Field) -> String {
        let parts = field.rawValue.split(separator: "_")
        return parts[0] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// What the SDK sends for a field left out: its classes' defaults (0; median_stopping's
    /// evaluation_interval 1).
    static func sdkDefault(_ policy: EarlyTermination.Policy, _ field: EarlyTermination.Field) -> Double {
        policy == .medianStopping && field == .evaluationInterval ? 1 : 0
    }

    /// The SDK's verdicts on texts, in one process, one for each; throws without the SDK.
    static func verdicts(_ texts: [String]) throws -> [AzureSDK.Verdict] {
        let folder = try TemporaryFolder.make("sweep-settings-sdk")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (i, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("job\(i).yml")
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let found = try AzureSDK.check(paths)
        return try paths.map { path in try #require(found[path], "the SDK gave no verdict for \(path)") }
    }

    /// The SDK sent our job: algorithm, limits, the policy's type and every field.
    static func expectSame(_ job: JobSettings, _ verdict: AzureSDK.Verdict, _ label: String,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(verdict.error == nil, "\(label): \(verdict.error ?? "")", sourceLocation: sourceLocation)
        guard let facts = verdict.job, let sweep = verdict.sweep else {
            Issue.record("\(label): the SDK reported no job facts", sourceLocation: sourceLocation)
            return
        }
        #expect(facts.samplingAlgorithm == job.samplingAlgorithm.rawValue, "\(label)", sourceLocation: sourceLocation)
        #expect(facts.maxTrials == job.maxTrials && facts.maxConcurrentTrials == job.maxConcurrentTrials, "\(label)", sourceLocation: sourceLocation)
        #expect(sweep.timeoutMinutes == job.timeoutMinutes, "\(label)", sourceLocation: sourceLocation)
        guard let policy = job.earlyTermination else {
            #expect(sweep.policyType == nil, "\(label)", sourceLocation: sourceLocation)
            return
        }
        #expect(sweep.policyType == restType[policy.policy], "\(label)", sourceLocation: sourceLocation)
        for field in policy.policy.fields {
            // a field written `null` the SDK sends as None (not its default); ours is nil either way
            let expected = sweep.policyFields[camel(field)] == nil && policy[field] == nil ? nil : policy[field] ?? sdkDefault(policy.policy, field)
            #expect(sweep.policyFields[camel(field)] == expected,
                    "\(label): \(field.rawValue) \(String(describing: sweep.policyFields[camel(field)]))", sourceLocation: sourceLocation)
        }
    }

    @Test func editedAndSavedTheExampleLoadsWithOurValues() throws {
        let text = try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8)
        let edits: [(String, (inout JobSettings) -> Void)] = [
            ("as it is", { _ in }),
            ("limits", { $0.maxTrials = 40; $0.maxConcurrentTrials = 8; $0.timeoutMinutes = 90 }),
            ("no timeout", { $0.timeoutMinutes = nil }),
            ("bandit fields", { $0.earlyTermination = EarlyTermination(.bandit, evaluationInterval: 1, delayEvaluation: 3, slackFactor: 0.15) }),
            ("bandit amount", { $0.earlyTermination?.slackFactor = nil; $0.earlyTermination?.slackAmount = 0.05 }),
            ("median", { $0.earlyTermination = $0.earlyTermination?.converted(to: .medianStopping) }),
            ("median bare", { $0.earlyTermination = EarlyTermination(.medianStopping) }),
            ("truncation", { $0.earlyTermination = EarlyTermination(.truncationSelection, evaluationInterval: 1, delayEvaluation: 2, truncationPercentage: 25) }),
            ("none", { $0.earlyTermination = nil }),
            ("bayesian", { $0.samplingAlgorithm = .bayesian; $0.earlyTermination = nil; $0.maxTrials = 200 }),
        ]
        var jobs: [JobSettings] = [], saved: [String] = []
        let original = try DocumentReader.read(text)
        for (_, edit) in edits {
            var doc = original
            edit(&doc.space.job)
            jobs.append(doc.space.job)
            saved.append(DocumentWriter.save(doc))
        }
        // a policy set on a job without one, and a job without sweep: at all, get their lines
        var bare = try DocumentReader.read(SweepSettingsDiffTests.noPolicy)
        bare.space.job.earlyTermination = .starter(.truncationSelection)
        bare.space.job.samplingAlgorithm = .random
        jobs.append(bare.space.job)
        saved.append(DocumentWriter.save(bare))
        let verdicts = try Self.verdicts(saved.map { Self.runnable($0) })
        let labels = edits.map(\.0) + ["added to a job without one"]
        for (i, verdict) in verdicts.enumerated() {
            Self.expectSame(jobs[i], verdict, labels[i])
            if i < edits.count { #expect(verdict.rest == verdicts[0].rest, "\(labels[i]): the search space is unchanged") }
        }
    }

    /// The keys the SDK needs beside the sweep (data, metric) where a fixture leaves them out.
    static func runnable(_ text: String) -> String {
        guard !text.contains("training_data:") else { return text }
        return text.replacingOccurrences(of: "task: image_classification\n", with: """
            task: image_classification
            primary_metric: accuracy
            target_column_name: label
            training_data: {path: data/training, type: mltable}
            validation_data: {path: data/validation, type: mltable}

            """)
    }

    /// Every field combination of every policy, in the spellings the SDK takes and some it does
    /// not: sweepedit reads exactly the files the SDK loads, with the values the SDK sends.
    @Test func whatTheSDKLoadsReadsInSweepeditWithTheSameValues() throws {
        let values: [EarlyTermination.Field: [String]] = [
            .evaluationInterval: ["3", "null", "\"2\"", "2.7", "-1", "true", "two"],
            .delayEvaluation: ["0", "5"],
            .slackFactor: ["0.15", "\"0.1\"", "1", "high"],
            .slackAmount: ["0.05"],
            .truncationPercentage: ["25", "12.5", "null", "\"30\""],
        ]
        var policies: [String] = []
        for policy in EarlyTermination.Policy.allCases {
            for type in [policy.rawValue, Self.restType[policy]!] {
                let fields = policy.fields
                for mask in 0..<(1 << fields.count) {
                    let chosen = fields.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
                    // each chosen field takes its first value; one more file per other value of the first
                    var entries = ["type: \(type)"] + chosen.map { "\($0.rawValue): \(values[$0]![0])" }
                    policies.append(entries.joined(separator: ", "))
                    if let first = chosen.first, type == policy.rawValue {
                        for v in values[first]!.dropFirst() {
                            entries[1] = "\(first.rawValue): \(v)"
                            policies.append(entries.joined(separator: ", "))
                        }
                    }
                }
            }
        }
        policies += ["type: bandit, slack_factor: 0.1, truncation_percentage: 20", "type: bandits", "slack_factor: 0.1",
                     "type: median_stopping, slack_amount: 0.1"]
        let texts = policies.map { Self.runnable(EarlyTerminationReadingTests.job("  early_termination: {\($0)}")) }
        let verdicts = try Self.verdicts(texts)
        var accepted = 0
        for (i, verdict) in verdicts.enumerated() {
            let ours = Result { try DocumentReader.read(texts[i]) }
            switch (verdict.accepted, ours) {
            case (true, .success(let doc)):
                accepted += 1
                var job = doc.space.job
                // the limits the fixture gives; the policy is what is compared
                job.maxConcurrentTrials = verdict.job?.maxConcurrentTrials
                Self.expectSame(job, verdict, policies[i])
            case (true, .failure(let error)):
                Issue.record("the SDK loads {\(policies[i])} but sweepedit refuses it: \(error)")
            case (false, .success):
                Issue.record("sweepedit reads {\(policies[i])} but the SDK refuses it: \(verdict.error ?? "")")
            case (false, .failure):
                break
            }
        }
        #expect(accepted >= 40, "most combinations are valid: \(accepted) of \(policies.count)")
    }
}
