import Foundation
import Testing
import TestSupport
@testable import SearchSpace

/// Pipeline and AutoMode jobs saved after an edit, through the real SDK: the saved file loads,
/// and the SDK reads exactly the space sweepedit saved (as our REST export says it).
struct JobFormsCompatibilityTests {
    /// A fixture, the edit made to it, and what the SDK must then read of the sweep.
    static let cases: [(file: String, edit: @Sendable (inout Document) -> Void, algorithm: String)] = [
        ("compat/pipeline-job.yml", { doc in
            doc.space.subspaces[1][.learningRate] = .swept(.uniform(min: .float(0.002), max: .float(0.02)))
            doc.space.trainingParameters[.numberOfEpochs] = .fixed(.int(20))
        }, "random"),
        ("compat/automode-job.yml", { doc in
            doc.space.subspaces = [Subspace()]
            doc.space.subspaces[0][.modelName] = .swept(.choice([.string("vitb16r224"), .string("seresnext")]))
        }, "random"),
        ("compat/automode-pipeline-job.yml", { doc in
            doc.space.subspaces = [Subspace()]
            doc.space.subspaces[0][.learningRate] = .swept(.loguniform(min: .float(-9.21034), max: .float(-4.60517)))
            doc.space.job.samplingAlgorithm = .bayesian
        }, "bayesian"),
    ]

    @Test func editedPipelineAndAutoModeJobsLoadInTheSDKAsSaved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweepedit-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [String: (rest: String, algorithm: String)] = [:]
        for (file, edit, algorithm) in Self.cases {
            var doc = try DocumentReader.read(try Fixtures.text(file), path: file)
            edit(&doc)
            let out = folder.appendingPathComponent(file.replacingOccurrences(of: "/", with: "-"))
            try DocumentWriter.save(doc).write(to: out, atomically: true, encoding: .utf8)
            expected[out.path] = (DocumentWriter.export(doc, as: .rest), algorithm)
        }
        let verdicts: [String: AzureSDK.Verdict]
        do { verdicts = try AzureSDK.check(Array(expected.keys)) } catch {
            Issue.record("The Azure SDK could not be run: \(error)")
            return
        }
        for (path, wanted) in expected {
            let verdict = try #require(verdicts[path])
            #expect(verdict.error == nil, "\(path): \(verdict.error ?? "")")
            let ours = try JSONSerialization.jsonObject(with: Data(wanted.rest.utf8)) as? [[String: String]]
            #expect(verdict.rest == ours, "\(path)")
            #expect(verdict.job?.samplingAlgorithm == wanted.algorithm, "\(path)")
        }
    }
}
