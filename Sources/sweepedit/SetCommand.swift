import ArgumentParser
import EditorRuntime
import SearchSpace

/// `sweepedit set FILE NAME=VALUE...`: scriptable edits through the same model and writer as
/// the editor, so a save changes only the lines of what was set (a CI step that bumps
/// number_of_epochs leaves a one-line diff).
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set hyperparameters or sweep settings in a file, as Azure writes them, changing only their lines.",
        discussion: """
            VALUE is Azure's own notation: uniform(0.001,0.01), choice('vitb16r224','vits16r224'), \
            sgd, 15, true, or unset to remove the setting. loguniform and qloguniform bounds are \
            exponents of e, as Azure writes them; end the value with @real to give them in real \
            units: learning_rate=loguniform(1e-4,1e-2)@real is stored as loguniform(-9.2103,-4.6052).
             The sweep settings of a job YAML are set the same way: sampling_algorithm=grid, \
            max_trials=40, max_concurrent_trials=4, timeout_minutes=120 (unset removes a limit), \
            early_termination=none, bandit, median_stopping or truncation_selection (a new type keeps \
            evaluation_interval and delay_evaluation and starts the rest from Azure's examples), and a \
            field of the policy: early_termination.slack_factor=0.1, early_termination.evaluation_interval=2, \
            early_termination.delay_evaluation=5, early_termination.slack_amount=0.05, \
            early_termination.truncation_percentage=20. Assignments apply in order, so \
            early_termination=bandit early_termination.slack_factor=0.1 sets both. A file that is a \
            search space alone has no place for them: they are refused there (nothing written).
             Exit 0: written (warnings allowed); 1: written, but the file has errors (printed), or \
            it could not be written; 2: an argument or the file cannot be read (nothing written).
             Example (a CI step): sweepedit set job.yml number_of_epochs=30 --subspace all
             Example: sweepedit set job.yml max_trials=40 early_termination=truncation_selection
            """)

    @Argument(help: "A job YAML, search-space YAML/JSON or REST-form file.")
    var file: String

    @Argument(help: "NAME=VALUE, one or more: a hyperparameter or a sweep setting.")
    var assignments: [String]

    @Option(help: "The subspace to edit, counted from 1, or all (needed when the file has more than one).")
    var subspace: String?

    @Flag(help: "Set values in training_parameters (fixed values under the search space) instead.")
    var training = false

    @Option(name: .shortAndLong, help: "Write the result here instead of FILE (- is standard output).")
    var output: String?

    @Flag(help: "Print what would change, as removed (-) and added (+) lines; write nothing.")
    var dryRun = false

    @Flag(help: "Write even a read-only file, or one owned by someone else.")
    var force = false

    func run() throws {
        var doc = try FileInput.loadOrExit(file)
        var parsed: [Assignment] = []
        var sweep: [SweepAssignment] = []
        do throws(Assignment.Failure) {
            for arg in assignments {
                if SweepAssignment.names(arg) {
                    sweep.append(try SweepAssignment.parse(arg))
                } else {
                    parsed.append(try Assignment.parse(arg, training: training))
                }
            }
            // refused before anything is written: a setting the file cannot keep, a field of no policy
            for assignment in sweep {
                if let reason = doc.sweepSettingNotSaved(assignment.setting) {
                    throw Assignment.Failure(argument: assignment.argument, message: reason)
                }
                try assignment.apply(to: &doc.space.job)
            }
        } catch {
            printError("sweepedit set: error: \(error.description)")
            throw ExitCode(2)
        }
        if !parsed.isEmpty { doc.space.apply(parsed, to: try target(doc)) }
        let text = DocumentWriter.save(doc)
        if !doc.legacy.isEmpty {
            printError("note: \(file) holds forms the current SDK rejects; they are written in the modern form")
        }
        // the findings the edit leaves, placed in the text as it will be written
        let written = (try? DocumentReader.read(text, path: output ?? file)) ?? doc
        let findings = Validator.check(written)
        for d in findings { printError(DiagnosticText.human(d, doc: written, path: output ?? file)) }
        if dryRun {
            let changes = LineDiff.changes(from: doc.fileText, to: text, limit: 10_000)
            StandardOutput.write("--- \(file)\n+++ \(file) (after set)\n" + changes.map { $0 + "\n" }.joined())
        } else {
            try Output.write(text, to: output ?? file, force: force)
        }
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// The subspaces (or training_parameters) the assignments go to.
    func target(_ doc: Document) throws -> AssignmentTarget {
        if training { return .trainingParameters }
        let count = doc.space.subspaces.count
        guard count > 0 else {
            printError("\(file): error: the search space has no subspace to set values in")
            throw ExitCode(2)
        }
        switch subspace {
        case nil where count == 1: return .subspaces([0])
        case nil:
            printError("\(file): error: the search space has \(count) subspaces: add --subspace N (1 to \(count)) or --subspace all")
            throw ExitCode(2)
        case "all"?: return .subspaces(Array(0..<count))
        case let text?:
            guard let n = Int(text), (1...count).contains(n) else {
                printError("sweepedit set: error: --subspace \(text): the file has subspaces 1 to \(count), or all")
                throw ExitCode(2)
            }
            return .subspaces([n - 1])
        }
    }
}
