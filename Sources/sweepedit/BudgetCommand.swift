import ArgumentParser
import Foundation
import SearchSpace

struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Say, before the run, what the job's max_trials can cover: computed exactly, not sampled.",
        discussion: """
            For random (and bayesian) sampling: the trials each subspace expects, for each choice \
            the chance that every value is tried and the trials that make it 95%, each model's \
            chance, the expected distinct values, and how much of each range no trial comes near. \
            For grid: the points that never run. For all: waves of max_concurrent_trials, expected \
            epochs, and minutes per wave under timeout_minutes.
            """)

    @Argument(help: "A job YAML, search-space YAML/JSON or REST-form file.")
    var file: String

    @Flag(help: "Print one JSON object (its fields are in README).")
    var json = false

    @Option(help: "Trials to compute for (default: the job's max_trials; Azure's default 1 for a job without it; 200 for a file without a job).")
    var trials: Int?

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be 1 or more") }
    }

    func run() throws {
        let doc = try FileInput.loadOrExit(file)
        let (n, source) = Self.trials(trials, doc)
        let budget = Budget(space: doc.space, trials: n)
        if json {
            StandardOutput.write(BudgetReport.json(budget, trialsFrom: source))
        } else {
            StandardOutput.write(BudgetReport.text(budget))
        }
    }

    /// The trial count and where it came from: `--trials`, `max_trials`, Azure's default of 1
    /// for a job that does not set it, or the preview's 200 for a file without a job.
    static func trials(_ asked: Int?, _ doc: Document) -> (Int, String) {
        if let asked { return (asked, "--trials") }
        return Budget.trials(of: doc)
    }
}
