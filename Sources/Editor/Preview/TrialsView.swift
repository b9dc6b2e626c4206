import SearchSpace

/// Where the full-screen table of trials (P) is scrolled to: its first row shown, and how many
/// swept columns are shifted out on the left (the trial number and subspace never are).
public struct TrialsPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int = 0, column: Int = 0) {
        self.row = row
        self.column = column
    }
}

/// What the full-screen table shows at a size from a position: the preview's sample with
/// every trial's cells, the rows that fit and the columns that fit. The position is clamped so
/// the last page is full and no shift goes past the one that shows the last column: the view,
/// the scrolling keys and a resize all read it from here.
struct TrialsPage {
    let sample: PreviewSample
    let table: PreviewTable
    /// The position shown (the one asked for, clamped).
    let position: TrialsPosition
    /// Rows of trials the screen has room for.
    let height: Int
    /// A grid job whose space is not a grid says so above the table.
    let warning: String?
    /// Shifts at most this many columns out (0 when every column fits).
    let lastShift: Int

    /// The table's left margin, as in the preview pane.
    static let margin = 1

    init(_ s: EditorState, _ wanted: TrialsPosition, size: Size) {
        let (sample, cells) = s.preview.currentWithEveryRow(for: s.shownSpace)
        self.sample = sample
        if case .notAGrid(let error) = sample.method {
            warning = PreviewView.notAGridLine(error)
        } else {
            warning = nil
        }
        // the title, the heading, the status line and the footer take a row each
        height = max(1, size.height - 4 - (warning == nil ? 0 : 1))
        let width = size.width - Self.margin
        var lastShift = 0
        while lastShift < sample.columns.count - 1,
              PreviewTable(sample, cells: cells, width: width, skipping: lastShift).hidden > 0 {
            lastShift += 1
        }
        self.lastShift = lastShift
        let row = max(0, min(wanted.row, cells.rows.count - height))
        position = TrialsPosition(row: row, column: max(0, min(wanted.column, lastShift)))
        table = PreviewTable(sample, cells: cells, width: width, skipping: position.column)
    }

    /// The first row of the last page.
    var lastRow: Int { max(0, table.count - height) }

    /// The indices of the trials shown.
    var rows: Range<Int> { position.row..<min(table.count, position.row + height) }

    /// "trials 21-40 of 200 · columns 3-6 of 9 · random · seed 0": which rows, which columns
    /// (when some are out of sight), how they were drawn; a part that does not fit the width
    /// is left out, the rows never.
    func title(width: Int) -> String {
        var text = rows.isEmpty ? " no trials" : " trials \(rows.lowerBound + 1)-\(rows.upperBound) of \(table.count)"
        let first = table.skipped + 1, last = table.skipped + table.columns.count - 2
        var parts = [PreviewView.methodText(sample)]
        if table.skipped + table.hidden > 0 {
            let shown = last > first ? "columns \(first)-\(last)" : "column \(first)"
            parts.insert(shown + " of \(sample.columns.count)", at: 0)
        }
        for part in parts where text.columns + 3 + part.columns <= width {
            text += " · " + part
        }
        return text
    }
}

/// The full-screen table of every sampled trial (P), drawn over the main screen down to the
/// status line: a title saying which trials and columns show, the heading, the rows.
enum TrialsView {
    static func draw(_ s: EditorState, _ position: TrialsPosition, size: Size, into screen: inout Screen) {
        let page = TrialsPage(s, position, size: size)
        let bottom = size.height - 2  // the status line and the footer stay
        for row in 0..<bottom { screen.write(String(repeating: " ", count: size.width), row: row, column: 0) }
        screen.draw([Span(page.title(width: size.width).fitted(to: size.width), "preview.header")], row: 0,
                    column: 0, limit: size.width, fill: "preview.header")
        var lines: [[Span]] = []
        if let warning = page.warning { lines.append([Span(warning, "diag.warning")]) }
        if let empty = PreviewView.emptyTable(page.sample) {
            lines.append([empty])
        } else {
            lines.append(page.table.heading)
            lines += page.rows.map(page.table.row)
        }
        let width = size.width - TrialsPage.margin
        for (i, spans) in lines.prefix(max(0, bottom - 1)).enumerated() {
            screen.draw(spans, row: 1 + i, column: TrialsPage.margin, limit: width)
        }
    }
}
