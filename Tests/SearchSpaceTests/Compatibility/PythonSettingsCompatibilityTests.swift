import Foundation
import Testing
import TestSupport
@testable import SearchSpace

/// The sweep settings sweepedit reads from Python and notebooks (spread over several calls and
/// cells, merged as the SDK merges them) are the settings the real SDK's job object holds after
/// running the code: limits with timeout_minutes, sampling, and the early termination policy
/// field by field. So are those of our Python export and of a notebook saved after a change.
struct PythonSettingsCompatibilityTests {
    static let cases = CompatibilityCase.all.filter { $0.folder == "python" }

    /// One SDK run for every file the tests judge: each fixture, its export, and saved changes.
    struct Batch: Sendable {
        var documents: [CompatibilityCase: Document] = [:]
        var exports: [CompatibilityCase: Document] = [:]
        var saved: [String: Document] = [:]
        var paths: [String: String] = [:]
        var facts: [String: Result<AzureSDK.SweepFacts, AzureSDK.Unavailable>] = [:]
    }

    /// The changes the saving test makes to a read notebook or file, by name.
    static let changes: [String: @Sendable (inout SearchSpace) -> Void] = [
        "limits-and-policy-field": { space in
            // in fridge-separate-cells.ipynb: max_trials and timeout_minutes from cell 9,
            // max_concurrent_trials from cell 11 (the later call), the policy from cell 13
            space.job.maxTrials = 30
            space.job.timeoutMinutes = 300
            space.job.maxConcurrentTrials = 3
            space.job.earlyTermination?.delayEvaluation = 8
        },
        "another-policy": { space in
            space.job.earlyTermination = EarlyTermination(.truncationSelection, evaluationInterval: 2, truncationPercentage: 10)
        },
        "no-policy-and-training": { space in
            space.job.earlyTermination = nil
            space.job.samplingAlgorithm = .grid
            space.trainingParameters[.optimizer] = .fixed(.string("adamw"))
            space.trainingParameters[.earlyStopping] = .unset
        },
    ]

    static let shared: Result<Batch, AzureSDK.Unavailable> = Result { () throws(AzureSDK.Unavailable) in
        var batch = Batch()
        let folder: URL
        do { folder = try TemporaryFolder.make("sweepedit-python-settings") } catch {
            throw AzureSDK.Unavailable(description: "cannot make a temporary folder: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        var all: [String] = []
        for c in cases {
            let original = Fixtures.root.appendingPathComponent(c.description).path
            guard let text = try? String(contentsOfFile: original, encoding: .utf8),
                  let doc = try? DocumentReader.read(text, path: c.description) else { continue }
            batch.documents[c] = doc
            batch.paths[c.description] = original
            all.append(original)
            let code = DocumentWriter.export(doc, as: .python)
            let export = folder.appendingPathComponent(c.name + ".export.py")
            if (try? code.write(to: export, atomically: true, encoding: .utf8)) != nil,
               let back = try? DocumentReader.read(code, path: export.path) {
                batch.exports[c] = back
                batch.paths[c.description + " as python"] = export.path
                all.append(export.path)
            }
            for (name, change) in changes {
                var edited = doc
                change(&edited.space)
                let saved = DocumentWriter.save(edited)
                let path = folder.appendingPathComponent(name + "-" + c.name)
                guard (try? saved.write(to: path, atomically: true, encoding: .utf8)) != nil,
                      let back = try? PythonDocument.reread(saved, path: path.path, as: doc.form) else { continue }
                let key = c.description + " saved " + name
                batch.saved[key] = back
                batch.paths[key] = path.path
                all.append(path.path)
            }
        }
        batch.facts = try AzureSDK.sweepFacts(all)
        return batch
    }

    /// The batch; without the SDK, the test fails with the reason (never a silent pass).
    func batch() throws -> Batch { try Self.shared.get() }

    /// What sweepedit read equals what the SDK holds; a policy field sweepedit leaves unset is
    /// the class's default in the SDK.
    func expectSame(_ job: JobSettings, _ key: String, in batch: Batch) {
        guard let path = batch.paths[key], let result = batch.facts[path] else {
            Issue.record("\(key): the SDK gave no facts")
            return
        }
        let facts: AzureSDK.SweepFacts
        switch result {
        case .failure(let error):
            Issue.record("\(key): the SDK cannot build the job: \(error)")
            return
        case .success(let f): facts = f
        }
        #expect(facts.maxTrials == job.maxTrials, "\(key)")
        #expect(facts.maxConcurrentTrials == job.maxConcurrentTrials, "\(key)")
        #expect(facts.timeoutMinutes == job.timeoutMinutes, "\(key)")
        #expect(facts.samplingAlgorithm == job.samplingAlgorithm.rawValue, "\(key)")
        #expect(facts.policy == job.earlyTermination?.policy.rawValue, "\(key)")
        for field in EarlyTermination.Field.allCases {
            let sdk = facts.policyFields[field.rawValue]
            guard let policy = job.earlyTermination else {
                #expect(sdk == nil, "\(key): no policy, yet the SDK has \(field.rawValue)")
                continue
            }
            if policy.policy.fields.contains(field) {
                #expect(sdk == (policy[field] ?? facts.policyDefaults[field.rawValue]), "\(key): \(field.rawValue)")
            } else {
                #expect(sdk == nil, "\(key): \(field.rawValue) is not a field of \(policy.policy.rawValue)")
            }
        }
    }

    @Test func theSuiteHasNotebooksWithSettingsInOtherCellsAndEveryPolicy() throws {
        #expect(Self.cases.contains { $0.name == "fridge-separate-cells.ipynb" })
        let batch = try batch()
        let policies = Set(batch.documents.values.compactMap { $0.space.job.earlyTermination?.policy })
        #expect(policies == Set(EarlyTermination.Policy.allCases))
    }

    @Test(arguments: cases)
    func theSettingsReadAreTheSDKs(_ c: CompatibilityCase) throws {
        let batch = try batch()
        let doc = try #require(batch.documents[c], "\(c): sweepedit cannot read it")
        expectSame(doc.space.job, c.description, in: batch)
    }

    @Test(arguments: cases)
    func thePythonExportKeepsTheSettings(_ c: CompatibilityCase) throws {
        let batch = try batch()
        let doc = try #require(batch.documents[c], "\(c): sweepedit cannot read it")
        let export = try #require(batch.exports[c], "\(c): the Python export does not read back")
        #expect(export.space.job.earlyTermination == doc.space.job.earlyTermination, "\(c)")
        #expect(export.space.job.timeoutMinutes == (doc.space.job.timeoutMinutes ?? 60), "\(c)")
        expectSame(export.space.job, c.description + " as python", in: batch)
    }

    /// A save writes each change where the SDK takes it from: the SDK's job after running the
    /// saved code holds the edited settings.
    @Test(arguments: cases)
    func aSavedChangeIsWhatTheSDKRuns(_ c: CompatibilityCase) throws {
        let batch = try batch()
        let doc = try #require(batch.documents[c], "\(c): sweepedit cannot read it")
        for (name, change) in Self.changes {
            let key = c.description + " saved " + name
            guard let back = batch.saved[key] else {
                Issue.record("\(key): the saved file does not read back")
                continue
            }
            var expected = doc.space
            change(&expected)
            #expect(back.space.job == expected.job, "\(key)")
            #expect(back.space.trainingParameters == expected.trainingParameters, "\(key)")
            expectSame(back.space.job, key, in: batch)
        }
    }
}
