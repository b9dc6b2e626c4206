import ArgumentParser
import Foundation
import SearchSpace

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two sweeps by meaning. Exit 0: the same; 1: different; 2: a file cannot be read.",
        discussion: """
            A and B may be in any form sweepedit reads (job YAML, dict YAML/JSON, REST, legacy); \
            the same meaning written differently is no change, and subspaces are matched by what \
            they hold, not their place. As a git difftool: git difftool -x 'sweepedit diff'.
            """)

    @Argument(help: "The sweep before.")
    var before: String

    @Argument(help: "The sweep after.")
    var after: String

    @Flag(help: "Print a JSON object: {\"same\": ..., \"changes\": [...]}.")
    var json = false

    func run() throws {
        let old = try FileInput.loadOrExit(before)
        let new = try FileInput.loadOrExit(after)
        let diff = SweepDiff(old, new)
        let comparedJob = SweepDiff.holdsJob(old) && SweepDiff.holdsJob(new)
        var text = json ? DiffText.json(diff, comparedJob: comparedJob) : DiffText.human(diff, before: before, after: after)
        if !json, !comparedJob {
            let spaceOnly = SweepDiff.holdsJob(old) ? after : before
            text += "(sweep settings not compared: \(TerminalText.escaped(spaceOnly)) holds a search space only)\n"
        }
        StandardOutput.write(text)
        if !diff.isSame { throw ExitCode(1) }
    }
}

/// The two printed forms of a diff.
enum DiffText {
    /// Changes grouped under their scope, as a reviewer reads them; nothing for the same sweep.
    static func human(_ diff: SweepDiff, before: String, after: String) -> String {
        guard !diff.changes.isEmpty || diff.budget != nil else { return "" }
        var lines = ["--- \(before)", "+++ \(after)"]
        var scope: String?
        for change in diff.changes {
            guard change.before != nil else {
                lines.append(change.effect)
                scope = nil
                continue
            }
            if change.scope != scope {
                lines.append(change.scope + ":")
                scope = change.scope
            }
            lines.append("  " + change.line)
        }
        if let budget = diff.budget { lines.append(budget.line) }
        return lines.map { TerminalText.escaped($0) + "\n" }.joined()
    }

    static func json(_ diff: SweepDiff, comparedJob: Bool) -> String {
        let items = diff.changes.map { change -> String in
            var members = ["\"what\": \(JSONText.string(kind(change.place)))", "\"scope\": \(JSONText.string(change.scope))"]
            if let id = change.parameter { members.append("\"parameter\": \(JSONText.string(id.name))") }
            if case .unknownKey(let name, _, _) = change.place { members.append("\"key\": \(JSONText.string(name))") }
            if case .job(let name) = change.place { members.append("\"setting\": \(JSONText.string(name))") }
            let (b, a) = subspaces(change.place)
            if let b { members.append("\"subspace_before\": \(b + 1)") }
            if let a { members.append("\"subspace_after\": \(a + 1)") }
            if let before = change.before { members.append("\"before\": \(JSONText.string(before))") }
            if let after = change.after { members.append("\"after\": \(JSONText.string(after))") }
            members.append("\"effect\": \(JSONText.string(change.effect))")
            return "    {" + members.joined(separator: ", ") + "}"
        }
        var text = "{\n  \"same\": \(diff.isSame),\n  \"sweep_settings_compared\": \(comparedJob),\n"
        if let budget = diff.budget {
            text += "  \"budget\": {\"every_model_tried_before\": \(budget.before), \"every_model_tried_after\": \(budget.after)},\n"
        }
        text += "  \"changes\": " + (items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]") + "\n}\n"
        return text
    }

    static func kind(_ place: SweepChange.Place) -> String {
        switch place {
        case .job: return "job"
        case .trainingParameter: return "training_parameter"
        case .parameter: return "parameter"
        case .unknownKey: return "unknown_key"
        case .subspaceAdded: return "subspace_added"
        case .subspaceRemoved: return "subspace_removed"
        case .subspaceMoved: return "subspace_moved"
        }
    }

    /// Subspace numbers (0-based) before and after.
    static func subspaces(_ place: SweepChange.Place) -> (Int?, Int?) {
        switch place {
        case .parameter(_, let b, let a), .unknownKey(_, let b, let a), .subspaceMoved(let b, let a): return (b, a)
        case .subspaceAdded(let a): return (nil, a)
        case .subspaceRemoved(let b): return (b, nil)
        case .job, .trainingParameter: return (nil, nil)
        }
    }
}
