import SearchSpace

/// What the list and the detail pane say about a sweep setting.
enum SweepRowText {
    /// What a setting left out of the file means: "1 (Azure's default)", "none".
    static func unsetText(_ setting: SweepSetting, _ doc: Document) -> String {
        switch setting {
        case .samplingAlgorithm: return doc.space.job.samplingAlgorithm.rawValue  // always set
        case .maxTrials:
            let trials = Budget.trials(of: doc)
            return doc.form.shape == .job ? "\(trials.count) (Azure's default)" : "\(trials.count)"
        case .maxConcurrentTrials: return "1 (Azure's default)"
        case .timeoutMinutes: return "no limit set"
        case .earlyTermination: return "none: every trial runs to the end"
        }
    }

    /// The row's spans after the mark: name, mode and value, as a parameter's row has them.
    static func spans(_ setting: SweepSetting, _ document: Document, space: SearchSpace, nameWidth: Int, width: Int) -> [Span] {
        let value = SweepFieldCodec.valueText(setting, space.job)
        var spans = [Span(" " + setting.path.padded(to: nameWidth), "text"),
                     Span(ListView.mode(value == nil ? "-     " : "set   ", width), value == nil ? "inactive" : "text")]
        if let value {
            spans.append(Span(value, "text"))
        } else {
            var doc = document
            doc.space = space
            spans.append(Span(unsetText(setting, doc), "inactive"))
        }
        if document.sweepSettingNotSaved(setting) != nil { spans.append(Span("  (preview only)", "inactive")) }
        return spans
    }

    /// " limits.max_trials · integer 1..1000 · default 1".
    static func title(_ setting: SweepSetting, width: Int) -> String {
        let kind: String
        switch setting {
        case .samplingAlgorithm: kind = "random, grid or bayesian"
        case .maxTrials: kind = "integer \(Catalogue.maxTrialsRange.lowerBound)..\(Catalogue.maxTrialsRange.upperBound) · default 1"
        case .maxConcurrentTrials:
            kind = "integer \(Catalogue.maxConcurrentTrialsRange.lowerBound)..\(Catalogue.maxConcurrentTrialsRange.upperBound) · default 1"
        case .timeoutMinutes: kind = "minutes"
        case .earlyTermination: kind = "none, " + EarlyTermination.Policy.allCases.map(\.rawValue).joined(separator: ", ")
        }
        let full = " \(setting.path) · \(kind)"
        return full.columns <= width ? full : " " + setting.path
    }

    /// The pane's lines: what the setting does, its fields (typed into while editing), what
    /// the keys do here, and its findings.
    static func detailLines(_ setting: SweepSetting, _ s: EditorState, width: Int) -> DetailView.Lines {
        var b = LineBuilder(width: width)
        let session = s.sweepEditSession.flatMap { $0.setting == setting ? $0 : nil }
        let job = session?.candidate ?? s.document.space.job
        let fields = session?.fields ?? SweepFieldCodec.fields(setting, job)
        // what the setting does; of a policy, what the policy does, or while typing, what the
        // focused field means (the title names the other policies)
        let focused = session.flatMap { fields.indices.contains($0.focus) ? fields[$0.focus].role : nil }
        if case .policy(let field)? = focused {
            b.addWrapped(field.rawValue + ": " + Catalogue.doc(field))
        } else if setting == .earlyTermination, let policy = job.earlyTermination {
            b.addWrapped(Catalogue.doc(policy.policy))
        } else {
            b.addWrapped(Catalogue.doc(setting))
        }
        b.newLine()
        var problems: [String] = []
        if setting == .earlyTermination, let policy = job.earlyTermination {
            b.add(policy.policy.rawValue + ": ", "detail.label")
            addFields(fields, session: session, into: &b)
        } else if setting == .earlyTermination {
            b.addWrapped("none: every trial runs to the end.", "inactive")
        } else if SweepFieldCodec.valueText(setting, job) == nil, session == nil {
            var doc = s.document
            doc.space = s.shownSpace
            b.addWrapped("Unset: " + unsetText(setting, doc) + ". Enter sets it.", "inactive")
        } else {
            addFields(fields, session: session, into: &b)
        }
        if let session, let (i, problem) = session.problems.first(where: { $0.key == session.focus }), fields.indices.contains(i) {
            b.newLine()
            DetailView.addError("\(fields[i].label): \(problem)", into: &b)
        }
        for (i, problem) in (session?.problems ?? [:]).sorted(by: { $0.key < $1.key }) where i != session?.focus && fields.indices.contains(i) {
            problems.append("\(fields[i].label): \(problem)")
        }
        // the findings before the hints: the pane shows a few lines at 80x24
        DetailView.addFindings(s.diagnostics(for: .sweep(setting)), problems: problems, into: &b)
        if let reason = s.document.sweepSettingNotSaved(setting) {
            b.newLine()
            b.addWrapped("Not saved: " + reason + ".", "diag.note")
        }
        b.newLine()
        b.addWrapped(keysHint(setting, editing: session != nil), "inactive")
        return (b.lines, b.cursor)
    }

    static func keysHint(_ setting: SweepSetting, editing: Bool) -> String {
        if editing {
            return setting == .samplingAlgorithm ? "up/down picks · Enter keeps · Esc restores"
                : "empty leaves it out · Tab next field · Enter keeps · Esc restores"
        }
        switch setting {
        case .samplingAlgorithm: return "t/T picks the algorithm · Enter types it"
        case .earlyTermination: return "t/T picks the policy (or none) · Enter edits its fields · x removes it"
        case .maxTrials, .maxConcurrentTrials, .timeoutMinutes: return "Enter edits · x leaves it out (Azure's default)"
        }
    }

    /// The fields as boxes: "value [10]", the focused one with the cursor.
    static func addFields(_ fields: [SweepField], session: SweepEditSession?, into b: inout LineBuilder) {
        for (i, field) in fields.enumerated() {
            let text = session?.buffers[i].text ?? field.text
            let label = field.label == "value" ? "" : field.label + " "
            if b.used > 0, b.used + (label + "[" + text + "]").columns > b.width { b.newLine() }
            if !label.isEmpty { b.add(label, "detail.label") }
            DetailView.addBox(text, buffer: session?.focus == i ? session?.buffers[i] : nil, into: &b)
            if b.used + 2 <= b.width { b.add("  ", keepTogether: false) }
        }
    }
}
