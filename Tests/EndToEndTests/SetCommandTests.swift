import Foundation
import Testing
import TestSupport

/// `sweepedit set`: scriptable edits that change only what was set, refuse what a field cannot
/// take, and leave a file the SDK accepts.
@Suite struct SetCommandTests {
    static let example = PackageRoot.exampleJob

    func copy() throws -> (path: String, original: String) {
        let original = try String(contentsOf: Self.example, encoding: .utf8)
        return (try TemporaryFolder.file("job.yml", original), original)
    }

    func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    /// The lines of `b` not in `a` and of `a` not in `b` (as multisets would differ).
    func changed(_ a: String, _ b: String) -> (removed: [String], added: [String]) {
        let x = lines(a), y = lines(b)
        var left = x, right = y
        for line in x { if let i = right.firstIndex(of: line) { right.remove(at: i); left.remove(at: left.firstIndex(of: line)!) } }
        return (left, right)
    }

    @Test func bumpingABoundChangesOneLine() throws {
        let (path, original) = try copy()
        let result = try Binary.run(["set", path, "momentum=uniform(0.8,0.95)", "--subspace", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let diff = changed(original, saved)
        #expect(diff.removed == ["      min_value: 0.85"] && diff.added == ["      min_value: 0.8"], "\(diff)")
    }

    @Test func settingEveryOrOneSubspaceAndTheTrainingParameters() throws {
        let (path, original) = try copy()
        let refused = try Binary.run(["set", path, "number_of_epochs=30"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the search space has 2 subspaces: add --subspace N (1 to 2) or --subspace all"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original, "nothing written")
        let all = try Binary.run(["set", path, "number_of_epochs=30", "--subspace", "all"])
        #expect(all.status == 0, "\(all.stderr)")
        let training = try Binary.run(["set", path, "evaluation_frequency=3", "--training"])
        #expect(training.status == 0, "\(training.stderr)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains("    number_of_epochs: 30\n    optimizer: sgd"))
        #expect(saved.contains("  evaluation_frequency: 3\n"))
        #expect(saved.contains("# An AutoML image classification job"), "comments stay")
        let verdicts = try AzureSDK.check([path])
        #expect(verdicts[path]?.accepted == true, "\(String(describing: verdicts[path]?.error))")
        #expect(verdicts[path]?.rest?.allSatisfy { $0["number_of_epochs"] == "30" } == true)
    }

    @Test func realUnitsForALogScaleAndUnset() throws {
        let (path, _) = try copy()
        let result = try Binary.run(["set", path, "learning_rate=loguniform(1e-4,1e-2)@real", "momentum=unset", "--subspace", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains("    learning_rate:\n      type: loguniform\n      min_value: -9.2103\n      max_value: -4.6052\n"))
        #expect(!saved.components(separatedBy: "  - model_name")[1].contains("momentum"), "momentum is gone from subspace 1")
    }

    @Test func aValueTheFieldCannotTakeIsRefusedNamingIt() throws {
        let (path, original) = try copy()
        for (argument, message) in [
            ("optimizer=sgdd", "'optimizer=sgdd': optimizer 'sgdd' is not one of none, sgd, adam, adamw; did you mean sgd?"),
            ("number_of_epochs=abc", "'number_of_epochs=abc': number_of_epochs is an integer, not the string 'abc'"),
            ("epochs=3", "'epochs=3': 'epochs' is not a hyperparameter (`sweepedit params` lists them)"),
            ("learning_rate=uniform(0.1", "'learning_rate=uniform(0.1': "),
            ("learning_rate=uniform(0.1,0.2)@real", "'learning_rate=uniform(0.1,0.2)@real': @real gives loguniform"),
        ] {
            let result = try Binary.run(["set", path, argument, "--subspace", "1"])
            #expect(result.status == 2, "\(argument)")
            #expect(result.stderr.hasPrefix("sweepedit set: error: " + message), "\(argument): \(result.stderr)")
        }
        let training = try Binary.run(["set", path, "learning_rate=uniform(0.1,0.2)", "--training"])
        #expect(training.status == 2)
        #expect(training.stderr.contains("training_parameters hold fixed values"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original, "nothing was written")
    }

    @Test func dryRunPrintsTheChangeAndWritesNothing() throws {
        let (path, original) = try copy()
        let result = try Binary.run(["set", path, "momentum=uniform(0.8,0.95)", "--subspace", "1", "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout == "--- \(path)\n+++ \(path) (after set)\n-       min_value: 0.85\n+       min_value: 0.8\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func anEditThatLeavesErrorsIsWrittenAndSaysSo() throws {
        let (path, _) = try copy()
        let result = try Binary.run(["set", path, "momentum=uniform(0.95,0.85)", "--subspace", "1", "-o", path + ".out"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(path + ".out:"), "findings are placed in the written file: \(result.stderr)")
        #expect(result.stderr.contains("error"))
        #expect(FileManager.default.fileExists(atPath: path + ".out"))
    }

    @Test func theSweepSettingsChangeOnlyTheirLines() throws {
        let (path, original) = try copy()
        let result = try Binary.run(["set", path, "sampling_algorithm=grid", "max_trials=40", "timeout_minutes=unset",
                                     "early_termination=truncation_selection", "early_termination.truncation_percentage=30"])
        #expect(result.status == 1, "grid over uniforms leaves errors: \(result.stderr)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let diff = changed(original, saved)
        #expect(diff.removed == ["  timeout_minutes: 120", "  max_trials: 20", "  sampling_algorithm: random",
                                 "    type: bandit", "    slack_factor: 0.2"], "\(diff)")
        #expect(diff.added == ["  max_trials: 40", "  sampling_algorithm: grid", "    type: truncation_selection",
                               "    truncation_percentage: 30"], "\(diff)")
        let none = try Binary.run(["set", path, "early_termination=none", "sampling_algorithm=random"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("early_termination"))
    }

    @Test func aSweepSettingTheFileCannotKeepIsRefused() throws {
        let (path, original) = try copy()
        for (argument, message) in [
            ("early_termination.slack_amount=x", "'early_termination.slack_amount=x': slack_amount is a number, and 'x' is not one"),
            ("early_termination=hyperband", "'early_termination=hyperband': early_termination is none or one of bandit, median_stopping and truncation_selection"),
            ("early_termination.truncation_percentage=20", "'early_termination.truncation_percentage=20': bandit takes no truncation_percentage; it takes evaluation_interval, delay_evaluation, slack_factor and slack_amount"),
            ("max_trials=2.5", "'max_trials=2.5': max_trials is a whole number, and '2.5' is not one"),
            ("sampling_algorithm=unset", "'sampling_algorithm=unset': sampling_algorithm is one of random, grid and bayesian (Azure needs one; it cannot be unset)"),
        ] {
            let result = try Binary.run(["set", path, argument])
            #expect(result.status == 2, "\(argument)")
            #expect(result.stderr.hasPrefix("sweepedit set: error: " + message), "\(argument): \(result.stderr)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original, "nothing was written")
        let list = try TemporaryFolder.file("space.yml", "- learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}\n")
        let plain = try Binary.run(["set", list, "max_trials=3"])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("is a search space alone, with no job around it: max_trials would not be saved"), "\(plain.stderr)")
    }
}
