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
    /// Per column: `"name": ` for JSON, the header cell for table and CSV.
    private let keys: [[UInt8]]
    /// Per column, per category code: the value as this format spells it.
    private let categoryText: [[[UInt8]]]
    private let widths: [Int]

    public init(plan: SamplingPlan, format: TrialFormat, sink: @escaping ([UInt8]) -> Void) {
        self.plan = plan
        self.format = format
        out = OutputBuffer(sink: sink)
        columns = plan.writtenColumns
        let names = columns.map { ParameterID.allCases[$0].name }
        switch format {
        case .json: keys = names.map { Array((JSONText.string($0) + ": ").utf8) }
        case .table, .csv: keys = names.map { Array($0.utf8) }
        }
        categoryText = plan.categories.map { values in
            values.map { value in
                switch format {
                case .json: return Array(JSONText.value(value).utf8)
                case .table: return Array(ValueFormat.plain(value).utf8)
                case .csv: return Array(Self.csvField(ValueFormat.plain(value)).utf8)
                }
            }
        }
        widths = names.map { max($0.count, 10) }
    }

    /// Writes what comes before the first trial (the header, or `[`).
    public mutating func begin() {
        switch format {
        case .json: break
        case .table:
            out.append("trial     subspace")
            for (i, key) in keys.enumerated() {
                out.append("  ")
                out.append(String(decoding: key, as: UTF8.self))
                if i < keys.count - 1 { out.pad(widths[i] - key.count) }
            }
            out.append("\n")
        case .csv:
            out.append("trial,subspace")
            for key in keys {
                out.append(",")
                out.append(String(decoding: key, as: UTF8.self))
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
        var first = true
        for (i, column) in columns.enumerated() where plan.source(k, column).isWritten {
            let kind = plan.kind(k, column)
            if kind == .absent { continue }
            if !first { out.append(", ") }
            first = false
            out.append(bytes: keys[i])
            appendCell(row[column], kind, column, json: true)
        }
        out.append("}}")
    }

    private mutating func writeTable(_ index: Int, _ k: Int, _ row: UnsafeBufferPointer<Double>) {
        let start = out.bytes.count
        out.append(int: index)
        out.pad(10 - (out.bytes.count - start))
        out.append(int: k)
        out.pad(18 - (out.bytes.count - start))
        for (i, column) in columns.enumerated() {
            out.append("  ")
            let cellStart = out.bytes.count
            let kind = plan.kind(k, column)
            let x = plan.effectiveCell(k, column, row)
            switch kind {
            case .int: out.append(int: x.nearestInt)
            case .float: CellText.appendCompact(x, to: &out)
            case .category, .absent: appendCell(x, kind, column, json: false)
            }
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
            let texts = categoryText[column]
            let code = Int(x)
            if texts.indices.contains(code) { out.append(bytes: texts[code]) }
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
