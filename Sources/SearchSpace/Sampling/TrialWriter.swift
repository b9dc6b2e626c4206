import Foundation

/// Streams sampled trials as table, JSON or CSV into an `OutputBuffer`.
///
/// Everything that does not change between trials (JSON keys, category spellings, column
/// widths) is encoded once; per trial only numbers are formatted. The columns are the plan's
/// written columns (parameters some subspace or training_parameters sets). JSON's "config"
/// holds the values the file or the job writes for the trial's subspace; the table and CSV
/// also show, in other subspaces' columns, the value Azure would use (training_parameters or
/// its default, the trial's model's for batch sizes; empty when Azure decides).
public struct TrialWriter {
    public let plan: SamplingPlan
    public let format: TrialFormat
    public private(set) var out: OutputBuffer
    public private(set) var written = 0
    private let columns: [Int]
    /// Per written column (by position in `columns`): `"name": ` for JSON, the header cell for
    /// table and CSV.
    private let keys: ByteTable
    /// Per category of every column, the value as this format spells it; column c's codes
    /// start at `categoryStarts[c]`.
    private let categoryText: ByteTable
    private let categoryStarts: [Int]
    private let widths: [Int]
    /// JSON: per subspace, the positions in `columns` of the cells its config holds;
    /// subspace k's are `configCells[configStarts[k]..<configStarts[k + 1]]`.
    private let configCells: [Int]
    private let configStarts: [Int]

    public init(plan: SamplingPlan, format: TrialFormat, sink: @escaping ([UInt8]) -> Void) {
        self.plan = plan
        self.format = format
        out = OutputBuffer(sink: sink)
        columns = plan.writtenColumns
        let names = columns.map { ParameterID.allCases[$0].name }
        switch format {
        case .json: keys = ByteTable(names.map { JSONText.string($0) + ": " })
        case .table, .csv: keys = ByteTable(names)
        }
        var starts: [Int] = []
        var spelled: [String] = []
        for values in plan.categories {
            starts.append(spelled.count)
            for value in values {
                switch format {
                case .json: spelled.append(JSONText.value(value))
                // file text bound for a terminal: control characters escaped (JSON escapes its own)
                case .table: spelled.append(TerminalText.escaped(ValueFormat.plain(value)))
                case .csv: spelled.append(Self.csvField(TerminalText.escaped(ValueFormat.plain(value))))
                }
            }
        }
        categoryText = ByteTable(spelled)
        categoryStarts = starts
        widths = names.map { max($0.count, 10) }
        var cells: [Int] = []
        var cellStarts: [Int] = []
        for k in 0..<plan.subspaceCount {
            cellStarts.append(cells.count)
            for (i, column) in columns.enumerated()
            where plan.source(k, column).isWritten && plan.kind(k, column) != .absent {
                cells.append(i)
            }
        }
        configCells = cells
        configStarts = cellStarts + [cells.count]
    }

    /// Writes what comes before the first trial (the header, or `[`).
    public mutating func begin() {
        switch format {
        case .json: break
        case .table:
            out.append("trial     subspace")
            for i in columns.indices {
                out.append("  ")
                out.append(keys, i)
                if i < columns.count - 1 { out.pad(widths[i] - keys.count(i)) }
            }
            out.append("\n")
        case .csv:
            out.append("trial,subspace")
            for i in columns.indices {
                out.append(",")
                out.append(keys, i)
            }
            out.append("\n")
        }
    }

    /// Writes one trial of subspace `k` (0-based) whose cells are `row`.
    public mutating func write(index: Int, subspace k: Int, row: UnsafeBufferPointer<Double>) {
        switch format {
        case .json: writeJSON(index, k, row)
        case .table: writeTable(index, k, row)
        case .csv: writeCSV(index, k, row)
        }
        written += 1
        if out.bytes.count >= out.capacity { out.flush() }
    }

    /// Writes what follows the last trial and flushes.
    public mutating func end() {
        if format == .json { out.append(written == 0 ? "[]\n" : "\n]\n") }
        out.flush()
    }

    private mutating func writeJSON(_ index: Int, _ k: Int, _ row: UnsafeBufferPointer<Double>) {
        out.append(written == 0 ? "[\n  {\"trial\": " : ",\n  {\"trial\": ")
        out.append(int: index)
        out.append(", \"subspace\": ")
        out.append(int: k)
        out.append(", \"config\": {")
        for j in configStarts[k]..<configStarts[k + 1] {
            if j > configStarts[k] { out.append(", ") }
            let i = configCells[j]
            let column = columns[i]
            out.append(keys, i)
            appendCell(row[column], plan.kind(k, column), column, json: true)
        }
        out.append("}}")
    }

    /// The table is for people: trials and subspaces count from 1, as the editor, its preview
    /// and validate's messages ("subspace 2: ...") do. JSON and CSV, read by programs, keep the
    /// 0-based indexes of product.md's JSON contract.
    private mutating func writeTable(_ index: Int, _ k: Int, _ row: UnsafeBufferPointer<Double>) {
        let start = out.bytes.count
        out.append(int: index + 1)
        out.pad(10 - (out.bytes.count - start))
        out.append(int: k + 1)
        out.pad(18 - (out.bytes.count - start))
        for (i, column) in columns.enumerated() {
            out.append("  ")
            let cellStart = out.bytes.count
            let kind = plan.kind(k, column)
            let x = plan.effectiveCell(k, column, row)
            // The table shortens floats; every other cell is written as in CSV.
            if kind == .float { CellText.appendCompact(x, to: &out) } else { appendCell(x, kind, column, json: false) }
            if i < columns.count - 1 { out.pad(widths[i] - (out.bytes.count - cellStart)) }
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    private mutating func writeCSV(_ index: Int, _ k: Int, _ row: UnsafeBufferPointer<Double>) {
        out.append(int: index)
        out.append(byte: UInt8(ascii: ","))
        out.append(int: k)
        for column in columns {
            out.append(byte: UInt8(ascii: ","))
            appendCell(plan.effectiveCell(k, column, row), plan.kind(k, column), column, json: false)
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    private mutating func appendCell(_ x: Double, _ kind: CellKind, _ column: Int, json: Bool) {
        switch kind {
        case .int: out.append(int: x.nearestInt)
        case .float: CellText.appendFloat(x, json: json, to: &out)
        case .category:
            let code = Int(x)
            if code >= 0, code < plan.categories[column].count { out.append(categoryText, categoryStarts[column] + code) }
        case .absent: if json { out.append("null") }
        }
    }

    /// Quotes a CSV field that holds a comma, a quote or a line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Double {
    /// The nearest Int, clamped into Int's range; 0 for NaN (int cells never hold one).
    var nearestInt: Int {
        guard !isNaN else { return 0 }
        return Int(Swift.min(Swift.max(rounded(), -9.2e18), 9.2e18))
    }
}
