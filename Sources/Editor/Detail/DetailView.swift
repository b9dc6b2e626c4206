import Foundation
import SearchSpace

/// The selected parameter: what it is, what it may be, its fields and its findings.
enum DetailView {
    /// The pane's lines at a width and where the cursor goes among them.
    typealias Lines = (lines: [[Span]], cursor: Position?)

    /// Draws the pane; `lines` are the selected row's lines when already built at the pane's width.
    static func draw(_ s: EditorState, _ layout: Layout, lines built: Lines? = nil, into screen: inout Screen) -> Position? {
        let t = layout.detailTitle
        guard let row = s.selectedRow else {
            screen.draw([], row: t.row, column: t.column, limit: t.width)
            return nil
        }
        let title = titleText(row, width: t.width, task: s.document.space.job.task)
        // The title is styled up to its end only: a plain rest is cleared with one escape, where a
        // styled fill would resend every column it covers whenever the title length changes.
        screen.draw([Span(title.fitted(to: t.width), "detail.title")], row: t.row, column: t.column, limit: t.width)
        let r = layout.detail
        let built = built ?? lines(s, row, width: r.width - 1)
        let window = PaneWindow(lines: built.lines.count, height: r.height, cursor: built.cursor?.row)
        var shown: [[Span]] = []
        if window.hiddenAbove > 0 { shown.append(marker("… \(window.hiddenAbove) line\(window.hiddenAbove == 1 ? "" : "s") above")) }
        shown += built.lines[window.shown]
        if window.hiddenBelow > 0 { shown.append(marker("… \(window.hiddenBelow) more line\(window.hiddenBelow == 1 ? "" : "s")")) }
        for (i, spans) in shown.enumerated() where i < r.height {
            screen.draw(spans, row: r.row + i, column: r.column + 1, limit: r.width - 1)
        }
        guard let c = built.cursor, window.shown.contains(c.row) else { return nil }
        let shownRow = c.row - window.shown.lowerBound + (window.hiddenAbove > 0 ? 1 : 0)
        return Position(row: r.row + shownRow, column: r.column + 1 + c.column)
    }

    /// " learning_rate · number in [0, 1] · default 0.01; ViT models differ", shortened to the
    /// width by whole parts: the default's note goes first, then the kind, then the constraint;
    /// the name and the default value stay.
    static func titleText(_ row: Row, width: Int, task: Task = .imageClassification) -> String {
        if let setting = row.sweepSetting { return SweepRowText.title(setting, width: width) }
        guard let id = row.parameter else { return " " + row.name }
        let spec = Catalogue.spec(id)
        let constraint = spec.constraint == .none ? "" : spec.constraint.summary
        let kindAndConstraint = kindName(spec.kind) + (constraint.isEmpty ? "" : (constraint.hasPrefix("in ") ? " " : ", ") + constraint)
        // a default that follows the task and the model reads from Azure's table for this task
        let note = ModelDefaultsTable.shortNote(id, task: task) ?? spec.defaultNote ?? spec.defaultValue.map(ValueFormat.plain) ?? "none"
        // the value without its note: "0.01", "chosen by Azure"
        let value = spec.defaultValue.map(ValueFormat.plain)
            ?? String(note.prefix { $0 != "(" && $0 != ";" }).trimmingCharacters(in: .whitespaces)
        let candidates = [
            " \(row.name) · \(kindAndConstraint) · default \(note)",
            " \(row.name) · \(kindAndConstraint) · default \(value)",
            " \(row.name) · \(constraint.isEmpty ? kindName(spec.kind) : constraint) · default \(value)",
            " \(row.name) · default \(value)",
        ]
        return candidates.first { $0.columns <= width } ?? candidates[candidates.count - 1]
    }

    private static func marker(_ text: String) -> [Span] { [Span(text, "inactive")] }

    /// A choice lays out at most this many value fields (more than a pane shows on a usual
    /// screen) and counts the rest: laying out the fields of 100,000 values took 100 ms a frame.
    static let choiceFieldLimit = 200

    /// The fields laid out: the first `choiceFieldLimit`, or while editing as many around the
    /// focused one (half before it where there are), so that the field typed into is among them.
    static func fieldWindow(focus: Int?, count: Int) -> Range<Int> {
        let start = focus.map { max(0, min($0 - choiceFieldLimit / 2, count - choiceFieldLimit)) } ?? 0
        return start..<min(count, start + choiceFieldLimit)
    }

    static func kindName(_ kind: ParameterKind) -> String {
        switch kind {
        case .bool: return "true/false"
        case .int: return "integer"
        case .float: return "number"
        case .string: return "name"
        case .enum: return "enum"
        }
    }

    static func lines(_ s: EditorState, _ row: Row, width: Int) -> Lines {
        if let setting = row.sweepSetting { return SweepRowText.detailLines(setting, s, width: width) }
        var b = LineBuilder(width: width)
        let findings = s.diagnostics(for: row)
        guard let id = row.parameter else {
            b.addWrapped("\(row.name) is not one of the 31 hyperparameters of image classification.")
            addFindings(findings, problems: [], into: &b)
            return (b.lines, b.cursor)
        }
        let spec = Catalogue.spec(id)
        let sub = s.currentSubspace
        b.addWrapped(spec.doc)
        if let reason = Activity.inactiveReason(id, in: sub, space: s.shownSpace) {
            b.newLine()
            b.addWrapped("No effect in this subspace: " + reason, "inactive")
        }
        b.newLine()
        let session = s.editSession.flatMap { $0.parameter == id ? $0 : nil }
        let setting = session?.candidate ?? sub[id]
        var problems: [String] = []
        switch setting {
        case .unset:
            b.addWrapped("Unset: trials get " + ListView.baseText(id, s.shownSpace, in: sub) + ". f fixes a value, d sweeps it, Enter edits.", "inactive")
        case .fixed, .swept:
            let fields = session?.fields ?? FieldCodec.fields(of: setting, spec: spec, limit: Self.choiceFieldLimit)
            let valueCount = session?.fields.count ?? setting.distribution?.choiceValues?.count ?? fields.count
            var logNote = ""
            if case .swept(let d) = setting {
                b.add(d.kind.rawValue + ": ", "detail.label")
                if d.kind.isLogScale { logNote = "(values in real units; the file holds their ln)" }
            } else {
                b.add("fixed: ", "detail.label")
            }
            let window = fieldWindow(focus: session?.focus, count: fields.count)
            if window.lowerBound > 0 {
                b.add("… \(window.lowerBound) values before", "inactive")
                b.add("  ", keepTogether: false)
            }
            // The focused field's problem goes on the line under the field rather than after
            // every field: the pane scrolls to the cursor, and the end may be pages further down.
            var focusProblem: String?
            for i in window {
                let field = fields[i]
                let text = session?.buffers[i].text ?? field.text
                let box = "[" + text + "]"
                let ln = field.logScale ? FieldCodec.lnNote(text).map { " " + $0 } ?? "" : ""
                if b.used > 0, b.used + (field.label + " " + box + ln).columns > b.width {
                    b.newLine()
                    if let problem = focusProblem {
                        addError(problem, into: &b)
                        b.newLine()
                        focusProblem = nil
                    }
                }
                let focused = session?.focus == i
                b.add(field.label + " ", "detail.label")
                addBox(text, buffer: focused ? session?.buffers[i] : nil, into: &b)
                if !ln.isEmpty { b.add(ln, "inactive", keepTogether: false) }
                // no gap at a line's end: a gap cut short would read "…" as if text were cut
                if b.used + 2 <= b.width { b.add("  ", keepTogether: false) }
                if focused { focusProblem = session?.problems[i].map { "\(field.label): \($0)" } }
            }
            if valueCount > window.upperBound { b.add("… \(valueCount - window.upperBound) more values", "inactive") }
            for (i, problem) in (session?.problems ?? [:]).sorted(by: { $0.key < $1.key })
            where fields.indices.contains(i) && i != session?.focus {
                problems.append("\(fields[i].label): \(problem)")
            }
            if !logNote.isEmpty { b.add(logNote, "inactive") }
            if session == nil, spec.kind == .bool, case .fixed = setting { b.add("(space flips it)", "inactive") }
            if let problem = focusProblem {
                b.newLine()
                addError(problem, into: &b)
            }
            // Known values show while editing (up/down picks them); while browsing, only model
            // names (the title lists enum and bool values).
            let known = SettingDefaults.knownValues(spec)
            if !known.isEmpty, spec.kind != .int, session != nil || spec.constraint == .modelName {
                b.newLine()
                b.addWrapped("known: " + known.joined(separator: " ") + (session != nil ? "  (up/down picks)" : ""), "inactive")
            }
            if session != nil, setting.distribution?.choiceValues != nil {
                b.newLine()
                b.addWrapped("C-o adds a value · C-x removes it · C-p/C-n move it", "inactive")
            }
        }
        // after the fields, so that they keep their place on a small screen
        if ModelDefaultsTable.dependsOnModel(id), let table = spec.defaultNote {
            b.newLine()
            b.addWrapped("Azure's default: " + table + ".", "inactive")
        }
        addFindings(findings, problems: problems, into: &b)
        return (b.lines, b.cursor)
    }

    /// A field's text in its box, `[0.001]`; the one being typed (`buffer`) with the cursor,
    /// its selected text (which typing replaces) in its own style inside the box.
    static func addBox(_ text: String, buffer: TextBuffer?, into b: inout LineBuilder) {
        let offset = buffer.map { 1 + $0.cursorColumns }
        if buffer?.isSelected == true {
            b.add("[", "field.editing", cursorOffset: offset)
            b.add(text, "field.selected", keepTogether: false)
            b.add("]", "field.editing", keepTogether: false)
        } else {
            b.add("[" + text + "]", buffer == nil ? "field" : "field.editing", cursorOffset: offset)
        }
    }

    /// A field's problem: an error line of its own.
    static func addError(_ problem: String, into b: inout LineBuilder) {
        b.addWrapped("E " + problem, "diag.error")
    }

    /// Problems and findings listed at most: the pane shows a few lines, and a choice of
    /// 100,000 values can have tens of thousands (one per repeat); the rest are counted.
    static let findingsListed = 50

    static func addFindings(_ findings: [Diagnostic], problems: [String], into b: inout LineBuilder) {
        let listedProblems = problems.prefix(findingsListed)
        let listedFindings = findings.prefix(findingsListed - listedProblems.count)
        for problem in listedProblems {
            b.newLine()
            addError(problem, into: &b)
        }
        for d in listedFindings {
            b.newLine()
            let (mark, style): (String, String)
            switch d.severity {
            case .error: (mark, style) = ("E ", "diag.error")
            case .warning: (mark, style) = ("W ", "diag.warning")
            case .note: (mark, style) = ("i ", "diag.note")
            }
            // a training_parameters value shows on its row in every subspace: say where it is
            b.addWrapped(mark + (d.scope == .trainingParameters ? "training_parameters: " : "") + d.message, style)
            if let fix = d.fix {
                b.newLine()
                b.addWrapped("  F: " + fix.description, "diag.fix")
            }
        }
        let more = problems.count + findings.count - listedProblems.count - listedFindings.count
        if more > 0 {
            b.newLine()
            b.add("… \(more) more problem\(more == 1 ? "" : "s") here", "inactive")
        }
    }
}
