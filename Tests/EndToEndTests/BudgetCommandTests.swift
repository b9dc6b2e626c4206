import Foundation
import Testing
import TestSupport

/// `sweepedit budget` on Azure's example job: the figures of README, as text and as JSON.
struct BudgetCommandTests {
    static let job = PackageRoot.url.appendingPathComponent("Examples/image-classification-job.yml").path

    @Test func theExampleJobsBudgetIsPrinted() throws {
        let result = try Binary.run(["budget", Self.job])
        #expect(result.status == 0)
        // 20 trials, 4 at a time, 120 minutes: 5 waves of 24 minutes
        #expect(result.stdout.hasPrefix("20 trials, random sampling, 4 at a time: 5 waves\n"))
        #expect(result.stdout.contains("each wave has 24 minutes"))
        #expect(result.stdout.contains("model_name: P(all 4 values tried)"))
    }

    @Test func theJSONHasTheDocumentedShape() throws {
        let result = try Binary.run(["budget", Self.job, "--json", "--trials", "8"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["trials", "trials_from", "runs", "algorithm", "concurrent_trials", "waves", "timeout_minutes",
                                     "minutes_per_wave", "expected_epochs_per_trial", "expected_total_epochs", "subspaces",
                                     "choices", "ranges", "grid", "bayesian"])
        #expect(object["trials"] as? Int == 8)
        #expect(object["trials_from"] as? String == "--trials")
        #expect(object["waves"] as? Int == 2)
        let choices = try #require(object["choices"] as? [[String: Any]])
        let models = try #require(choices.first { $0["parameter"] as? String == "model_name" })
        #expect((models["values"] as? [[String: Any]])?.count == 4)
        #expect(models["trials_needed_for_all"] as? Int == 16)
    }

    @Test func aTrialCountBelowOneIsRefused() throws {
        let result = try Binary.run(["budget", Self.job, "--trials", "0"])
        #expect(result.status != 0)
    }
}

/// `sample` runs the job's sweep by default: max_trials trials, with its algorithm.
struct SampleDefaultsTests {
    @Test func sampleDrawsTheJobsMaxTrialsUnlessTold() throws {
        let all = try Binary.run(["sample", BudgetCommandTests.job, "--format", "csv"])
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count == 1 + 20, "a heading and max_trials 20 rows")
        let three = try Binary.run(["sample", BudgetCommandTests.job, "--format", "csv", "-n", "3"])
        #expect(three.stdout.split(separator: "\n").count == 1 + 3)
    }
}
