import Yams

/// Pipeline jobs (`type: pipeline`): Azure's examples run AutoML as one step, `jobs.<node>` with
/// `type: automl` and an image classification task. The step is read as a job of its own; marks
/// stay those of the whole file, so every message points at the pipeline's own lines.
extension DocumentReader {
    /// The image classification step to read: the one `named`, or the only one. nil when the
    /// file is not a pipeline job (then `named` is refused: there is no node to pick).
    func pipelineStep(_ root: Node, named: String?, text: String) throws(LoadError) -> (name: String, node: Node)? {
        guard root.value(forKey: "type")?.string == "pipeline" else {
            if let named {
                throw fail(root.location, "--node \(named) picks a step of a pipeline job (type: pipeline); this file is not one")
            }
            return nil
        }
        guard let jobs = root.value(forKey: "jobs"), let steps = jobs.pairs else {
            throw fail(root.location, "this pipeline job has no jobs: mapping, so no AutoML step to edit")
        }
        let candidates = steps.filter { Self.isImageClassificationStep($0.value) }
        let names = candidates.map(\.key)
        let step: (key: String, keyNode: Node, value: Node)
        if let named {
            guard let found = candidates.first(where: { $0.key == named }) else {
                let what = steps.contains { $0.key == named } ? "is not an AutoML image classification step" : "is not a step of this pipeline"
                throw fail(jobs.location, "--node \(named) \(what); its image classification steps: "
                    + (names.isEmpty ? "none" : names.joined(separator: ", ")))
            }
            step = found
        } else if candidates.count == 1 {
            step = candidates[0]
        } else if candidates.isEmpty {
            let described = steps.map { "\($0.key) (\($0.value.value(forKey: "type")?.string ?? "no type"))" }
            throw fail(jobs.location, "this pipeline has no AutoML image classification step (type: automl, "
                + "task: image_classification); its steps: " + (described.isEmpty ? "none" : described.joined(separator: ", ")))
        } else {
            throw fail(jobs.location, "this pipeline has \(candidates.count) AutoML image classification steps: "
                + names.joined(separator: ", ") + "; pick one with --node NAME")
        }
        if Self.isFlowStyle(step.value, text: text) {
            throw fail(step.value.location, "jobs.\(step.key) is written in flow style ({...}); sweepedit edits "
                + "a step written in block style, one key a line")
        }
        return (step.key, step.value)
    }

    /// Whether a mapping is written `{...}` (the composed node does not keep its style: the text
    /// at its mark tells).
    static func isFlowStyle(_ node: Node, text: String) -> Bool {
        guard let mark = node.mark else { return false }
        let lines = text.unicodeScalars.split(separator: "\n", maxSplits: mark.line, omittingEmptySubsequences: false)
        guard mark.line - 1 < lines.count else { return false }
        let line = Array(lines[mark.line - 1])
        return mark.column - 1 < line.count && line[mark.column - 1] == "{"
    }

    static func isImageClassificationStep(_ node: Node) -> Bool {
        guard node.value(forKey: "type")?.string == "automl", let task = node.value(forKey: "task")?.string else { return false }
        return Task(rawValue: task.lowercased()) != nil
    }

    /// An AutoML job without search_space and sweep: Azure's AutoMode, where Azure picks the models
    /// and hyperparameters for `limits.max_trials` trials. It reads as an empty space.
    static func isAutoMode(_ job: Node) -> Bool {
        job.value(forKey: "type")?.string == "automl" && job.value(forKey: "search_space") == nil
            && job.value(forKey: "sweep") == nil
    }
}
