import Foundation
import Testing
import TestSupport

/// `sweepedit sample` prints what it draws exactly, and draws nothing from a space with errors
/// (issue 13, items 15 and 16).
struct SampleCommandTests {
    static let bigIntegers = """
        search_space:
          - number_of_epochs: {type: choice, values: [9223372036854775807, 9007199254740993]}
            warmup_cosine_lr_warmup_epochs: 9007199254740993
        """

    @Test(arguments: ["table", "csv", "json"])
    func integersPrintExactly(_ format: String) throws {
        let file = try TemporaryFolder.file("ints.yml", Self.bigIntegers)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file, "-n", "20", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("9223372036854775807"), "\(result.stdout)")
        #expect(result.stdout.contains("9007199254740993"), "\(result.stdout)")
        #expect(!result.stdout.contains("9007199254740992"), "\(result.stdout)")
        #expect(!result.stdout.contains("9200000000000000000"), "\(result.stdout)")
    }

    @Test func gridIntegersPrintExactly() throws {
        let file = try TemporaryFolder.file("ints.yml", Self.bigIntegers)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file, "--algorithm", "grid", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            trial,subspace,number_of_epochs,warmup_cosine_lr_warmup_epochs
            0,0,9223372036854775807,9007199254740993
            1,0,9007199254740993,9007199254740993

            """)
    }

    /// Without -n, `sample` draws the trials the job runs, as the preview and `budget` count
    /// them: max_trials, else Azure's default of one; a file with no job gets a screenful.
    @Test func theDefaultCountIsTheTrialsTheJobRuns() throws {
        let space = "  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}\n"
        let job = "type: automl\ntask: image_classification\nsweep:\n  sampling_algorithm: random\nsearch_space:\n" + space
        let cases = [("job.yml", job, 1), ("limited.yml", job.replacingOccurrences(of: "sweep:", with: "limits:\n  max_trials: 7\nsweep:"), 7),
                     ("space.yml", "search_space:\n" + space, 10)]
        for (name, text, trials) in cases {
            let file = try TemporaryFolder.file(name, text)
            let result = try Binary.run(["sample", file, "--format", "csv"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").count == 1 + trials, "\(name): \(result.stdout)")
        }
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var says: String
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "an empty choice", yaml: "  - number_of_epochs: {type: choice, values: []}\n", says: "choice has no values"),
        Broken(name: "randint(0)", yaml: "  - layers_to_freeze: {type: randint, upper: 0}\n", says: "randint(0) has nothing to draw"),
        Broken(name: "q: 0", yaml: "  - learning_rate: {type: quniform, min_value: 0.1, max_value: 0.2, q: 0}\n", says: "q is 0"),
    ]

    @Test(arguments: broken)
    func aSpaceWithErrorsIsRefusedWithItsFindings(_ b: Broken) throws {
        let file = try TemporaryFolder.file("broken.yml", "search_space:\n" + b.yaml)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        for extra in [[], ["--format", "json"], ["--algorithm", "grid"], ["--stats", "-n", "100"]] {
            let result = try Binary.run(["sample", file, "-n", "3"] + extra)
            #expect(result.status == 1, "\(extra): \(result.stdout)")
            #expect(result.stdout.isEmpty, "\(extra): \(result.stdout)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.first?.hasPrefix(file + ":2:") == true, "\(extra): \(result.stderr)")
            #expect(lines.first?.contains(b.says) == true, "\(extra): \(result.stderr)")
            #expect(lines.last == "\(file): error: nothing is sampled from a space with errors (1); fix it first")
        }
    }
}

/// The messages of `sample` that are about a place in the file give it (issue 13, item 18).
struct SampleMessagePlaceTests {
    @Test func notAGridPointsAtTheFirstDistributionThatIsNotAChoice() throws {
        let file = try TemporaryFolder.file("space.yml", """
            search_space:
              - model_name: {type: choice, values: [vitb16r224, seresnext]}
                learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
            """)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let sampled = try Binary.run(["sample", file, "--algorithm", "grid"])
        #expect(sampled.status == 1)
        #expect(sampled.stderr == "\(file):3:20: error: not a grid: learning_rate (uniform in subspace 1) is not a choice; "
            + "grid sampling takes choices only\n")
        let counted = try Binary.run(["sample", file, "--algorithm", "grid", "--count"])
        #expect(counted.status == 1)
        #expect(counted.stderr == "\(file):3:20: error: --count counts grid points, and this space is not a grid: "
            + "learning_rate (uniform in subspace 1) is not a choice\n")
    }

    @Test func anEmptySpacePointsAtSearchSpace() throws {
        let file = try TemporaryFolder.file("space.yml", "task: image_classification\nsearch_space: []\n")
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file])
        #expect(result.status == 1)
        #expect(result.stderr == "\(file):2:1: error: the search space has no subspace; nothing to sample\n")
    }
}
