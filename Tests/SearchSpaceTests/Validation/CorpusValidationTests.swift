import Testing
@testable import SearchSpace
import TestSupport

struct CorpusValidationTests {
    /// Azure's own example files (accepted by the SDK, or legacy forms sweepedit reads) raise no error.
    @Test(arguments: ["03-sdk-mc-hf-beit-deit.yaml", "05-sdk-mc-hf-2023-08-narrow-lr.yaml",
                      "07-sdk-mc-2023-04-fixed-literals.yaml", "09-cli-mc-2022-04-rest-strings.yaml",
                      "12-v1-mc-2021-10-conditional-shared-lr.yaml", "fridge-multiclass-current.yml",
                      "fridge-multiclass-legacy.yml", "fridge-multilabel-current.yml"])
    func corpusFilesRaiseNoError(_ name: String) throws {
        let doc = try #require(read(try Fixtures.text("corpus/" + name), path: name))
        let errors = Validator.check(doc).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }

    /// Azure's C# sample sweeps `numberOfEpochs: "choice(0, 2)"` in REST form: zero epochs.
    @Test func azuresCSharpSampleMistakeIsCaught() throws {
        let doc = try #require(read("""
            - modelName: "choice('vitb16r224')"
              numberOfEpochs: "choice(0, 2)"
            """, path: "csharp-sample.yml"))
        let errors = Validator.check(doc).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["number_of_epochs must be positive, but the choice includes 0"])
        #expect(doc.locations.locate(errors[0].scope, errors[0].subject?.name, errors[0].field) != nil)
    }

    /// The benchmark space: all 31 parameters in two subspaces, no error.
    @Test func allParametersFixtureRaisesNoError() throws {
        let doc = try #require(read(try Fixtures.text("all-parameters.yml"), path: "all-parameters.yml"))
        #expect(doc.space.subspaces.map { $0.order.count } == [31, 31])
        #expect(Validator.check(doc).filter { $0.severity == .error }.isEmpty)
    }

    /// Every fix applied to its own space removes its finding (one key repairs it).
    @Test func fixesRepairWhatTheyClaim() {
        let cases: [[(ParameterID, Setting)]] = [
            [(.learningRate, uniform(0.5, 0.1))],
            [(.learningRate, swept(.loguniform(min: .float(0.001), max: .float(0.1))))],
            [(.numberOfEpochs, choice(.int(0), .int(2)))],
            [(.numberOfEpochs, swept(.randint(upper: .int(10))))],
            [(.learningRate, uniform(0.5, 1.5))],
            [(.optimizer, fixed(.string("adamw"))), (.momentum, fixed(.float(0.9)))],
        ]
        for settings in cases {
            let space = SearchSpace(subspaces: [subspace(settings)])
            let first = Validator.check(space)
            guard let finding = first.first else {
                Issue.record("no finding for \(settings)")
                continue
            }
            #expect(finding.fix != nil, "\(finding.message)")
            let after = Validator.check(applyingFix(finding, to: space))
            #expect(!after.contains(finding), "\(finding.message)")
            #expect(after.filter { $0.severity == .error }.isEmpty, "\(after.map(\.message))")
        }
    }
}
