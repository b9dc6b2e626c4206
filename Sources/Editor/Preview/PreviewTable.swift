import Foundation
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
        /// Where the column's cells are in a row of `TableCells` (nil: the number and subspace).
        let cell: Int?
    }

    let columns: [Column]
    /// Swept parameters skipped on the left (the full-screen view shifts them out of sight).
    let skipped: Int
    /// Swept parameters left out on the right for want of width.
    let hidden: Int
    private let sample: PreviewSample
    private let cells: TableCells

    /// Widths the parameter columns take at most when not all of them fit whole (a long name is
    /// cut with "…" before a column grows past its values).
    static let titleLimit = 16

    /// The pane's table: the first rows the sample spelled, from the first column.
    init(_ sample: PreviewSample, width: Int) {
        self.init(sample, cells: sample.cells, width: width, skipping: 0)
    }

    /// A table of the rows `cells` holds, the number and subspace columns first, then the swept
    /// columns from the `skipping`-th on, as many as fit in `width` (the first cut with "…" when
    /// it alone is wider than the room left). Names are whole when every
    /// column fits with them, else cut to `titleLimit` so that more columns show.
    init(_ sample: PreviewSample, cells: TableCells, width: Int, skipping: Int) {
        self.sample = sample
        self.cells = cells
        skipped = max(0, min(skipping, sample.columns.count))
        let whole = Self.layout(sample, cells, width: width, skipped: skipped, titleLimit: .max)
        (columns, hidden) = whole.hidden == 0 ? whole
            : Self.layout(sample, cells, width: width, skipped: skipped, titleLimit: Self.titleLimit)
    }

    private static func layout(_ sample: PreviewSample, _ cells: TableCells, width: Int, skipped: Int,
                               titleLimit: Int) -> (columns: [Column], hidden: Int) {
        let number = max(1, String(cells.rows.count).count)
        var columns = [Column(id: nil, title: "#", width: number, cell: nil), Column(id: nil, title: "sub", width: 3, cell: nil)]
        var used = number + 2 + 3
        var hidden = 0
        for (c, (id, values)) in zip(sample.columns, cells.widths).enumerated().dropFirst(skipped) {
            var w = max(values, min(id.name.columns, max(titleLimit, values)), 3)
            if columns.count == 2, used + 2 + w > width {
                // Not even this one column fits (a 43-character model name at 50 columns): cut
                // it to the room left beside the count of those after it, or no shift would
                // ever show it.
                let after = sample.columns.count - c - 1
                let room = width - used - 2 - (after > 0 ? "  +\(after) more".count : 0)
                if room > 0 { w = room }
            }
            if hidden > 0 || used + 2 + w > width {
                hidden += 1
                continue
            }
            columns.append(Column(id: id, title: id.name, width: w, cell: c))
            used += 2 + w
        }
        // "+N more" must fit too: give up columns from the right until it does
        while hidden > 0, columns.count > 2, used + "  +\(hidden) more".count > width {
            used -= 2 + (columns.popLast()?.width ?? 0)
            hidden += 1
        }
        return (columns, hidden)
    }

    /// A trial's cell: its text and style.
    static func cell(_ trial: Trial, _ id: ParameterID) -> Span {
        let entry = trial[id]
        guard entry.isActive else { return Span("off", "inactive") }
        guard let value = entry.value else { return Span("auto", "inactive") }
        let text: String
        if case .float(let x) = value {
            text = fourDigits(x)
        } else {
            text = ValueFormat.plain(value)
        }
        return Span(text, entry.source == .swept ? "text" : "inactive")
    }

    /// A float rounded to 4 significant digits, in its shortest spelling (0.001277, 0.9,
    /// 1.235e-05): Swift's own description, cheaper than NumberFormat's fixed-point spelling
    /// when a whole sample's cells are spelled.
    static func fourDigits(_ x: Double) -> String {
        guard x.isFinite, x != 0 else { return NumberFormat.short(x) }
        let r = NumberFormat.rounded(x, significant: 4)
        if r == r.rounded(), abs(r) < 1e15 { return String(Int(r)) }
        return r.description
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

    /// The line of trial `i` of the sample (one of the rows `cells` holds).
    func row(_ i: Int) -> [Span] {
        guard cells.rows.indices.contains(i), sample.trials.indices.contains(i) else { return [] }
        let trial = sample.trials[i]
        var spans: [Span] = []
        for (c, column) in columns.enumerated() {
            if c > 0 { spans.append(Span("  ")) }
            if let cell = column.cell.map({ cells.rows[i][$0] }) {
                spans.append(Span(cell.text.padded(to: column.width), cell.style))
            } else {
                let number = c == 0 ? trial.index + 1 : trial.subspace + 1
                spans.append(Span(String(number).leftPadded(to: column.width), "inactive"))
            }
        }
        return spans
    }

    /// Rows the table can show.
    var count: Int { cells.rows.count }
}

/// The cells of some of a sample's trials, one per swept column, with each column's widest
/// cell: spelled once per sample rather than on every frame.
struct TableCells: Hashable, Sendable {
    let rows: [[Span]]
    let widths: [Int]

    init(_ trials: some Collection<Trial>, columns: [ParameterID]) {
        let rows = trials.map { trial in columns.map { PreviewTable.cell(trial, $0) } }
        self.rows = rows
        widths = columns.indices.map { c in rows.map { $0[c].text.columns }.max() ?? 0 }
    }
}

extension String {
    /// The text right-aligned in `width` columns (cut with "…" when longer).
    func leftPadded(to width: Int) -> String {
        let cut = fitted(to: width)
        return String(repeating: " ", count: max(0, width - cut.columns)) + cut
    }
}
