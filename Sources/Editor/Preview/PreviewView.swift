import SearchSpace

/// Where the preview pane goes: beside the list under a shortened detail pane when the screen
/// is wide and tall enough, else in the detail pane's place (which comes back while a field is
/// being edited, since the fields and their cursor live there).
enum PreviewPlacement {
    case hidden
    case replacesDetail(title: Rect, body: Rect)
    /// `detailLines`: the detail pane's lines, built once to size the pane and drawn as they are.
    case belowDetail(detail: Layout, detailLines: DetailView.Lines?, title: Rect, body: Rect)

    /// The right column must be this tall to hold a detail pane and a useful preview.
    static let splitHeight = 20

    init(_ s: EditorState, _ layout: Layout) {
        guard s.preview.isVisible else {
            self = .hidden
            return
        }
        let detail = layout.detail
        let sideBySide = layout.list.row == layout.detail.row
        if sideBySide, detail.height >= Self.splitHeight {
            let built = s.selectedRow.map { DetailView.lines(s, $0, width: detail.width - 1) }
            let height = min(max(3, built?.lines.count ?? 1), detail.height * 2 / 5)
            let shortened = Layout(layout, detailHeight: height)
            let title = Rect(row: detail.row + height, column: detail.column, width: detail.width, height: 1)
            let body = Rect(row: title.row + 1, column: detail.column, width: detail.width,
                            height: detail.row + detail.height - title.row - 1)
            self = .belowDetail(detail: shortened, detailLines: built, title: title, body: body)
        } else if s.editSession != nil {
            self = .hidden
        } else {
            self = .replacesDetail(title: layout.detailTitle, body: layout.detail)
        }
    }
}

extension Layout {
    /// The same layout with the detail pane cut to `detailHeight` rows of body.
    init(_ base: Layout, detailHeight: Int) {
        size = base.size
        tooSmall = base.tooSmall
        header = base.header
        listHeading = base.listHeading
        list = base.list
        detailTitle = base.detailTitle
        detail = Rect(row: base.detail.row, column: base.detail.column, width: base.detail.width,
                      height: min(base.detail.height, detailHeight))
        status = base.status
        footer = base.footer
    }
}

/// The preview pane: a title with the method and the seed, the table of trials, and the
/// selected parameter's values as a picture.
enum PreviewView {
    /// Draws the detail pane and the preview where they go; returns the detail pane's cursor.
    static func drawWithDetail(_ s: EditorState, _ layout: Layout, into screen: inout Screen) -> Position? {
        switch PreviewPlacement(s, layout) {
        case .hidden:
            return DetailView.draw(s, layout, into: &screen)
        case .replacesDetail(let title, let body):
            draw(s, title: title, body: body, into: &screen)
            return nil
        case .belowDetail(let detail, let lines, let title, let body):
            let cursor = DetailView.draw(s, detail, lines: lines, into: &screen)
            draw(s, title: title, body: body, into: &screen)
            return cursor
        }
    }

    static func draw(_ s: EditorState, title: Rect, body: Rect, into screen: inout Screen) {
        let sample = s.preview.current(for: s.shownSpace)
        screen.draw([Span(titleText(sample).fitted(to: title.width), "preview.header")], row: title.row,
                    column: title.column, limit: title.width, fill: "preview.header")
        for row in body.row..<(body.row + body.height) {
            screen.paint(row: row, from: body.column, to: body.column + body.width, style: "text")
            screen.write(String(repeating: " ", count: body.width), row: row, column: body.column)
        }
        let width = body.width - 1
        var lines: [[Span]] = []
        if case .notAGrid(let error) = sample.method {
            lines.append([Span(notAGridLine(error), "diag.warning")])
        }
        if let line = algorithmLine(sample) { lines.append([Span(line, "inactive")]) }
        let pictureHeight = body.height < 10 ? 1 : min(8, max(3, body.height / 3))
        // the line under the table says what these trials cover (`sweepedit budget`): the spare
        // line above the picture on a tall pane, the table's last row on a short one
        let budgetHeight = body.height >= 5 ? 1 : 0
        let spare = body.height < 10 ? 0 : 1
        let tableHeight = max(0, body.height - lines.count - pictureHeight - max(spare, budgetHeight))
        lines += tableLines(sample, width: width, height: tableHeight)
        while lines.count < body.height - pictureHeight - budgetHeight { lines.append([]) }
        if budgetHeight > 0 { lines.append([Span(BudgetReport.summary(sample.budget), "inactive")]) }
        while lines.count < body.height - pictureHeight { lines.append([]) }
        if let id = s.selectedParameter {
            lines += ParameterValues(id, sample: sample).lines(width: width, height: pictureHeight, ascii: s.asciiOnly)
        } else if let setting = s.selectedRow?.sweepSetting {
            lines.append([Span("the table and budget follow \(setting.path); a hyperparameter's row shows its values here", "inactive")])
        } else {
            lines.append([Span("select a parameter to see its values", "inactive")])
        }
        for (i, spans) in lines.prefix(body.height).enumerated() {
            screen.draw(spans, row: body.row + i, column: body.column + 1, limit: width)
        }
    }

    /// "preview · random · seed 0 · max_trials 20 · r re-rolls · P full screen" (200 trials for
    /// a file with no job): the pane shows a few of the trials, the full-screen table (P)
    /// every one of them.
    static func titleText(_ sample: PreviewSample) -> String {
        let count = sample.countIsMaxTrials ? "max_trials \(sample.trials.count)" : "\(sample.trials.count) trials"
        return " preview · " + methodText(sample) + (sample.usesSeed ? " · \(count) · r re-rolls" : "")
            + " · P full screen"
    }

    /// What the trials shown are not: bayesian's later trials, a grid's points beyond max_trials.
    static func algorithmLine(_ sample: PreviewSample) -> String? {
        switch sample.method {
        case .randomStandingIn(let algorithm):
            return "\(algorithm.rawValue): only the first trials are random; later ones depend on results"
        case .grid(let size):
            guard sample.countIsMaxTrials, let never = sample.budget.grid?.neverRun, never > 0 else { return nil }
            return "max_trials \(sample.trials.count) of \(size) points: \(never) never run; Azure does not say which"
        case .random, .notAGrid:
            return nil
        }
    }

    /// How the trials were chosen: "random · seed 0", "grid · 8 points (all shown)".
    static func methodText(_ sample: PreviewSample) -> String {
        switch sample.method {
        case .random:
            return "random · seed \(sample.seed)"
        case .randomStandingIn(let algorithm):
            return "\(algorithm.rawValue), shown as random draws · seed \(sample.seed)"
        case .notAGrid:
            return "not a grid, random draws · seed \(sample.seed)"
        case .grid(let size):
            let shown = size.exactCount.map { UInt64(sample.trials.count) >= $0 } ?? false
            let points = size == .exact(1) ? "1 point" : "\(size) points"
            let part = sample.countIsMaxTrials ? " · \(sample.trials.count) run (max_trials)" : " · the first \(sample.trials.count) shown"
            return "grid · " + points + (shown ? " (all shown)" : part)
        }
    }

    /// "not a grid: learning_rate is uniform in subspace 1 (and 2 more)" (the title says what is shown).
    static func notAGridLine(_ error: GridError) -> String {
        guard let first = error.offenders.first else { return error.description }
        let more = error.offenders.count - 1
        return "not a grid: \(first.parameter.name) is \(first.kind.rawValue) in subspace \(first.subspace + 1)"
            + (more > 0 ? " (and \(more) more)" : "")
    }

    static func tableLines(_ sample: PreviewSample, width: Int, height: Int) -> [[Span]] {
        guard height > 0 else { return [] }
        if let empty = emptyTable(sample) { return [[empty]] }
        let table = PreviewTable(sample, width: width)
        var lines = [table.heading]
        for i in 0..<min(table.count, height - 1) { lines.append(table.row(i)) }
        return lines
    }

    /// Why the sample has no table to show (nil: it has trials and swept columns).
    static func emptyTable(_ sample: PreviewSample) -> Span? {
        if sample.trials.isEmpty { return Span("no trials: the space has no subspace", "inactive") }
        if sample.columns.isEmpty { return Span("nothing is swept: every trial is the same configuration", "inactive") }
        return nil
    }
}
