/// The text `sweepedit sample --stats` prints: one line per written parameter with its count,
/// min, mean, max and histogram (log-scale ones say so), and for bools, strings and enums the
/// count and share of each value.
///
/// ```
/// 1000000 trials: 500122 from subspace 1, 499878 from subspace 2
/// parameter            n        min        mean       max        histogram (16 buckets, min..max)
/// learning_rate        1000000  0.0001     0.00215    0.00999    ██████████████▇█ log
/// optimizer            500122   adam 250060 (50.0%), adamw 250062 (50.0%)
/// ```
public enum StatisticsReport {
    public static func text(_ stats: SampleStatistics, ascii: Bool = false) -> String {
        let plan = stats.plan
        var lines: [String] = []
        // subspaces count from 1, as in the editor and the table of trials
        let parts = stats.perSubspace.enumerated().map { "\($0.element) from subspace \($0.offset + 1)" }
        lines.append("\(stats.trials) trials: " + parts.joined(separator: ", "))
        let nameWidth = max(9, plan.writtenColumns.map { ParameterID.allCases[$0].name.count }.max() ?? 0)
        func cell(_ text: String, _ width: Int) -> String {
            text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
        }
        let buckets = stats.numbers.compactMap { $0 }.first?.buckets.count ?? 16
        lines.append(cell("parameter", nameWidth + 2) + cell("n", 10) + cell("min", 11) + cell("mean", 11)
                     + cell("max", 11) + "histogram (\(buckets) buckets, range of the distributions)")
        for column in plan.writtenColumns {
            let name = ParameterID.allCases[column].name
            if let numbers = stats.numbers[column], numbers.count + numbers.nanCount > 0 {
                var line = cell(name, nameWidth + 2) + cell(String(numbers.count), 10)
                line += cell(numbers.count > 0 ? CellText.compact(numbers.min) : "-", 11)
                line += cell(numbers.mean.map { CellText.compact($0) } ?? "-", 11)
                line += cell(numbers.count > 0 ? CellText.compact(numbers.max) : "-", 11)
                line += numbers.sparkline(ascii: ascii)
                if numbers.logScale { line += " log" }
                if numbers.nanCount > 0 { line += " (\(numbers.nanCount) NaN: q is 0?)" }
                lines.append(line)
            }
            let counts = stats.categoryCounts[column]
            let total = counts.reduce(0, +)
            if total > 0 {
                let values = zip(plan.categories[column], counts).map { value, n in
                    "\(TerminalText.escaped(ValueFormat.plain(value))) \(n) (\(CellText.compact(100 * Double(n) / Double(total), significant: 3))%)"
                }
                lines.append(cell(name, nameWidth + 2) + cell(String(total), 10) + values.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
