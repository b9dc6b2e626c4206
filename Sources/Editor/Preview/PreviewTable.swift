import SearchSpace

/// The preview's table: one row a trial (its number and subspace, 1-based as the editor counts
/// them), one column a swept parameter. A value the trial ignores (its condition fails, e.g.
/// momentum under adam) reads "off"; a value Azure picks reads "auto"; values the trial's
/// subspace does not sweep (fixed, training_parameters, default) are dimmed.
struct PreviewTable {
    struct Column {
        let id: ParameterID?
        let title: String
        let width: Int
    }

    let columns: [Column]
    /// Swept parameters left out for want of width.
    let hidden: Int
    private let trials: [Trial]

    /// Widths the parameter columns take at most (a long name is cut with "…" before a
    /// column grows past its values).
    static let titleLimit = 16

    init(_ sample: PreviewSample, width: Int) {
        trials = sample.trials
        let number = max(1, String(sample.trials.count).count)
        var columns = [Column(id: nil, title: "#", width: number), Column(id: nil, title: "sub", width: 3)]
        var used = number + 2 + 3
        var hidden = 0
        for id in sample.columns {
            let values = sample.trials.map { Self.cell($0, id).text.columns }.max() ?? 0
            let w = max(values, min(id.name.columns, max(Self.titleLimit, values)), 3)
            if hidden > 0 || used + 2 + w > width {
                hidden += 1
                continue
            }
            columns.append(Column(id: id, title: id.name, width: w))
            used += 2 + w
        }
        // "+N more" must fit too: give up columns from the right until it does
        while hidden > 0, columns.count > 2, used + "  +\(hidden) more".count > width {
            used -= 2 + (columns.popLast()?.width ?? 0)
            hidden += 1
        }
        self.columns = columns
        self.hidden = hidden
    }

    /// A trial's cell: its text and style.
    static func cell(_ trial: Trial, _ id: ParameterID) -> Span {
        let entry = trial[id]
        guard entry.isActive else { return Span("off", "inactive") }
        guard let value = entry.value else { return Span("auto", "inactive") }
        let text: String
        if case .float(let x) = value {
            text = NumberFormat.approximate(x, significant: 4)
        } else {
            text = ValueFormat.plain(value)
        }
        return Span(text, entry.source == .swept ? "text" : "inactive")
    }

    /// The heading line.
    var heading: [Span] {
        var text = ""
        for (i, column) in columns.enumerated() {
            let title = column.id == nil ? column.title.leftPadded(to: column.width) : column.title.padded(to: column.width)
            text += (i == 0 ? "" : "  ") + title
        }
        if hidden > 0 { text += "  +\(hidden) more" }
        return [Span(text, "list.heading")]
    }

    /// The line of trial `i` of the sample.
    func row(_ i: Int) -> [Span] {
        guard trials.indices.contains(i) else { return [] }
        let trial = trials[i]
        var spans: [Span] = []
        for (c, column) in columns.enumerated() {
            if c > 0 { spans.append(Span("  ")) }
            switch (column.id, c) {
            case (nil, 0): spans.append(Span(String(trial.index + 1).leftPadded(to: column.width), "inactive"))
            case (nil, _): spans.append(Span(String(trial.subspace + 1).leftPadded(to: column.width), "inactive"))
            case (let id?, _):
                let cell = Self.cell(trial, id)
                spans.append(Span(cell.text.padded(to: column.width), cell.style))
            }
        }
        return spans
    }

    var count: Int { trials.count }
}

extension String {
    /// The text right-aligned in `width` columns (cut with "…" when longer).
    func leftPadded(to width: Int) -> String {
        let cut = fitted(to: width)
        return String(repeating: " ", count: max(0, width - cut.columns)) + cut
    }
}
