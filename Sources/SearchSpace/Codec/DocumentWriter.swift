/// What `export --to` and the editor's export write.
public enum ExportFormat: String, CaseIterable, Sendable {
    case yaml, json, rest, job, python
}

/// Turns a document back into text: saving writes the form it was read in; exporting writes
/// one of the four forms. Everything written is the modern form the current SDK accepts.
public enum DocumentWriter {
    /// The text `s` writes: the same form the file had, keeping what sweepedit does not edit.
    public static func save(_ doc: Document) -> String {
        doc.byteOrderMark ? Document.byteOrderMarkText + body(doc) : body(doc)
    }

    /// The saved text without a byte-order mark.
    static func body(_ doc: Document) -> String {
        let form = doc.form
        switch (form.shape, form.syntax, form.values) {
        case (_, .python, _), (_, .notebook, _):
            return PythonDocument.save(doc)
        case (.job, _, _) where doc.pipelineStep != nil && !doc.originalText.isEmpty:
            return PipelineWriter.save(doc, step: doc.pipelineStep ?? "")
        case (.job, _, _) where doc.isAutoMode && !doc.originalText.isEmpty:
            return AutoModeWriter.save(doc)
        case (.job, _, _) where doc.originalText.isEmpty:
            return jobSkeleton(doc.space)
        case (.job, .json, _):
            // the job writer edits YAML lines; a JSON job's space is edited as JSON (its sweep
            // settings are not: Document.sweepSettingNotSaved says so)
            return JSONEdits.save(doc) ?? JobWriter.splice(doc)
        case (.job, _, _), (.wrapped, .yaml, _):
            return JobWriter.splice(doc)
        case (.wrapped, .json, _):
            return JSONEdits.save(doc) ?? DictWriter.json(doc.space, shape: .wrapped)
        case (.list, _, .rest), (.single, _, .rest):
            let asList = form.shape == .list || doc.space.subspaces.count != 1
            return form.syntax == .json
                ? RestWriter.document(doc.space.subspaces, keys: form.keys, sorted: false, asList: asList)
                : RestWriter.yamlDocument(doc.space.subspaces, keys: form.keys, asList: asList)
        case (.list, .yaml, .dict) where !doc.originalText.isEmpty:
            return JobWriter.spliceList(doc) ?? DictWriter.yaml(doc.space, shape: form.shape)
        case (.single, .yaml, .dict) where !doc.originalText.isEmpty:
            return JobWriter.spliceSingle(doc) ?? DictWriter.yaml(doc.space, shape: form.shape)
        case (.list, .yaml, .dict), (.single, .yaml, .dict):
            return DictWriter.yaml(doc.space, shape: form.shape)
        case (.list, .json, .dict) where !doc.originalText.isEmpty, (.single, .json, .dict) where !doc.originalText.isEmpty:
            return JSONEdits.save(doc) ?? DictWriter.json(doc.space, shape: form.shape)
        case (.list, .json, .dict), (.single, .json, .dict):
            return DictWriter.json(doc.space, shape: form.shape)
        }
    }

    /// The text of `export --to format`.
    public static func export(_ doc: Document, as format: ExportFormat) -> String {
        switch format {
        case .yaml: return DictWriter.yaml(doc.space, shape: .wrapped)
        case .json: return DictWriter.json(doc.space, shape: .wrapped)
        case .rest: return RestWriter.export(doc.space)
        case .job:
            // a job file (a pipeline's step, an AutoMode job) keeps everything but what changed
            if doc.form.shape == .job, doc.form.syntax == .yaml, !doc.originalText.isEmpty { return body(doc) }
            return jobSkeleton(doc.space)
        case .python: return PythonWriter.export(doc.space, autoMode: doc.isAutoMode)
        }
    }

    /// A complete CLI v2 job YAML around the space: what `az ml job create --file` takes once
    /// compute and data paths are the user's own.
    public static func jobSkeleton(_ space: SearchSpace) -> String {
        let job = space.job
        var lines = [
            "$schema: https://azuremlsdk2.blob.core.windows.net/preview/0.0.1/autoMLJob.schema.json",
            "type: automl",
            "",
            "experiment_name: sweepedit-image-classification",
            "compute: azureml:gpu-cluster",
            "",
            "task: \(job.task.rawValue)",
            "primary_metric: \(Catalogue.primaryMetric(job.task))",
            "target_column_name: label",
            "training_data:",
            "  path: data/training-mltable-folder",
            "  type: mltable",
            "validation_data:",
            "  path: data/validation-mltable-folder",
            "  type: mltable",
            "",
            "limits:",
            "  timeout_minutes: \(job.timeoutMinutes ?? 60)",
            "  max_trials: \(job.maxTrials ?? 10)",
            "  max_concurrent_trials: \(job.maxConcurrentTrials ?? 2)",
            "",
        ]
        let fixed = DictWriter.yamlEntries(space.trainingParameters)
        if !fixed.isEmpty {
            lines.append("training_parameters:")
            lines += fixed.map { "  " + $0 }
            lines.append("")
        }
        // the job's own policy, or none; bayesian sampling takes none (as the Python export)
        var sweep = job
        if job.samplingAlgorithm == .bayesian { sweep.earlyTermination = nil }
        lines += JobWriter.sweepLines(sweep)
        lines.append("")
        lines.append(space.subspaces.isEmpty ? "search_space: []" : "search_space:")
        lines += DictWriter.yamlSubspaces(space.subspaces, indent: 2)
        return lines.joined(separator: "\n") + "\n"
    }
}
