import Foundation

/// The budget as text (`sweepedit budget`, the editor's pane) and as JSON (`--json`, README).
public enum BudgetReport {
    /// "94.7%": one decimal, so that a figure just under 95% never reads as 95%.
    public static func percent(_ p: Double) -> String {
        if p > 0.999 && p < 1 { return ">99.9%" }
        if p < 0.001 && p > 0 { return "<0.1%" }
        let tenths = Int((max(0, min(1, p)) * 1000).rounded(.down))  // rounded down: 94.96% is not 95%
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func short(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return NumberFormat.short(x) }
        if x == x.rounded() || abs(x) >= 100 { return String(Int(x.rounded())) }
        let tenths = Int((abs(x) * 10).rounded())
        return (x < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// "95% needs 16 trials", or past max_trials' limit "95% needs more than 1000 trials (split the sweep)".
    static func needs(_ n: Int?) -> String {
        n.map { "95% needs \($0) trial\($0 == 1 ? "" : "s")" } ?? "95% needs more than 1000 trials (split the sweep)"
    }

    static func label(_ v: Value) -> String {
        switch v {
        case .string(let s): return TerminalText.escaped(s)
        case .int(let i): return String(i)
        case .float(let f): return NumberFormat.short(f)
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// One line for the editor: the figure that matters most for the algorithm.
    public static func summary(_ b: Budget) -> String {
        var parts = ["\(b.runs) trials", "\(b.waves) wave\(b.waves == 1 ? "" : "s")"]
        if let grid = b.grid {
            parts.append(grid.runsAll ? "all \(grid.size) grid points run"
                : "grid \(grid.size): \(grid.neverRun.map(String.init) ?? "most") never run")
        } else if let models = b.choices.first(where: { $0.parameter == .modelName }) ?? b.choices.first {
            parts.append("P(every \(models.parameter.name) tried) \(percent(models.chanceAllTried))")
        }
        if let bayes = b.bayesian, !bayes.isEnough { parts.append("Azure advises \(bayes.advisedTrials)") }
        if let epochs = b.expectedTotalEpochs { parts.append("~\(short(epochs)) epochs") }
        return "budget: " + parts.joined(separator: ", ")
    }

    /// The full report, one fact a line.
    public static func text(_ b: Budget) -> String {
        var lines: [String] = []
        let concurrency = "\(b.concurrentTrials) at a time"
        let runs = b.runs < b.trials ? " (the grid's \(b.runs) points run)" : ""
        lines.append("\(b.trials) trials\(runs), \(b.algorithm.rawValue) sampling, \(concurrency): \(b.waves) wave\(b.waves == 1 ? "" : "s")")
        if let minutes = b.minutesPerWave, let t = b.timeoutMinutes {
            lines.append("timeout \(t) minutes: each wave has \(short(minutes)) minutes for the sweep to finish")
        }
        if let perTrial = b.expectedEpochsPerTrial, let total = b.expectedTotalEpochs {
            lines.append("expected epochs: \(short(perTrial)) a trial, \(short(total)) over the sweep")
        } else {
            lines.append("expected epochs: unknown (number_of_epochs is drawn from a distribution without a known mean)")
        }
        if let grid = b.grid {
            if grid.runsAll {
                lines.append("grid: \(grid.size) points, all run (\(grid.size) trials run them all)")
            } else {
                lines.append("grid: \(grid.size) points, \(grid.neverRun.map(String.init) ?? "nearly all") never run; \(grid.size) trials run them all"
                    + " (Azure does not say which points it picks)")
            }
        }
        if let bayes = b.bayesian {
            lines.append("bayesian: Azure advises at least \(AlgorithmRules.bayesianTrialsPerParameter) trials per swept hyperparameter: \(bayes.advisedTrials) for \(bayes.sweptParameters)"
                + (bayes.isEnough ? "" : "; \(b.trials) is fewer"))
            lines.append("bayesian: the figures below are for random trials; only the first bayesian trials are random")
        }
        for (k, expected) in b.expectedTrialsPerSubspace.enumerated() where b.expectedTrialsPerSubspace.count > 1 {
            lines.append("subspace \(k + 1): \(short(expected)) trials expected")
        }
        for choice in b.choices {
            lines.append("\(choice.parameter.name): P(all \(choice.values.count) values tried) \(percent(choice.chanceAllTried)); "
                + "\(needs(choice.trialsNeededForAll)); \(short(choice.expectedDistinct)) distinct expected")
            if choice.parameter == .modelName {
                for v in choice.values {
                    lines.append("  \(label(v.value)): \(percent(v.chanceTried)) tried (\(needs(v.trialsNeeded)))")
                }
            }
        }
        for r in b.ranges {
            lines.append("\(r.parameter.name) (\(r.kind.rawValue), subspace \(r.subspace + 1)): \(percent(r.expectedUnexplored)) of the range more than a tenth of it from every trial")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON object documented in README ("sweepedit budget --json").
    public static func json(_ b: Budget, trialsFrom source: String) -> String {
        func num(_ x: Double?) -> String { x.map { JSONText.number($0) } ?? "null" }
        func int(_ x: Int?) -> String { x.map(String.init) ?? "null" }
        var members: [String] = [
            "\"trials\": \(b.trials)",
            "\"trials_from\": \(JSONText.string(source))",
            "\"runs\": \(b.runs)",
            "\"algorithm\": \(JSONText.string(b.algorithm.rawValue))",
            "\"concurrent_trials\": \(b.concurrentTrials)",
            "\"waves\": \(b.waves)",
            "\"timeout_minutes\": \(int(b.timeoutMinutes))",
            "\"minutes_per_wave\": \(num(b.minutesPerWave))",
            "\"expected_epochs_per_trial\": \(num(b.expectedEpochsPerTrial))",
            "\"expected_total_epochs\": \(num(b.expectedTotalEpochs))",
        ]
        members.append("\"subspaces\": [" + b.expectedTrialsPerSubspace.enumerated().map {
            "{\"subspace\": \($0.offset + 1), \"expected_trials\": \(JSONText.number($0.element))}"
        }.joined(separator: ", ") + "]")
        members.append("\"choices\": [" + b.choices.map { c in
            let values = c.values.map {
                "{\"value\": \(JSONText.value($0.value)), \"per_trial\": \(JSONText.number($0.perTrial)), "
                    + "\"chance_tried\": \(JSONText.number($0.chanceTried)), \"trials_needed\": \(int($0.trialsNeeded))}"
            }
            return "{\"parameter\": \(JSONText.string(c.parameter.name)), \"values\": [" + values.joined(separator: ", ") + "], "
                + "\"other_per_trial\": \(JSONText.number(c.otherPerTrial)), \"chance_all_tried\": \(JSONText.number(c.chanceAllTried)), "
                + "\"trials_needed_for_all\": \(int(c.trialsNeededForAll)), \"expected_distinct\": \(JSONText.number(c.expectedDistinct))}"
        }.joined(separator: ", ") + "]")
        members.append("\"ranges\": [" + b.ranges.map {
            "{\"subspace\": \($0.subspace + 1), \"parameter\": \(JSONText.string($0.parameter.name)), \"kind\": \(JSONText.string($0.kind.rawValue)), "
                + "\"expected_unexplored\": \(JSONText.number($0.expectedUnexplored))}"
        }.joined(separator: ", ") + "]")
        if let g = b.grid {
            let size = g.size.exactCount.map { String($0) } ?? "null"
            members.append("\"grid\": {\"size\": \(size), \"never_run\": \(g.neverRun.map { String($0) } ?? "null"), \"runs_all\": \(g.runsAll)}")
        } else {
            members.append("\"grid\": null")
        }
        if let y = b.bayesian {
            members.append("\"bayesian\": {\"swept_parameters\": \(y.sweptParameters), \"advised_trials\": \(y.advisedTrials), \"enough\": \(y.isEnough)}")
        } else {
            members.append("\"bayesian\": null")
        }
        return "{\n" + members.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
    }
}
