import SearchSpace

/// The selected parameter's values over the preview's trials, drawn as a picture: a histogram
/// of numbers (a sparkline when one line is all there is), or a bar per category for names,
/// true/false and short lists of numbers. Trials where the parameter has no effect, or where
/// Azure chooses the value, are counted apart from the picture.
struct ParameterValues {
    let id: ParameterID
    let trials: Int
    /// Numbers drawn in trials where the parameter is active (numeric parameters only).
    let numbers: [Double]
    /// Counts per value, in a stable order, when the values read best as categories.
    let categories: [(label: String, count: Int)]
    let off: Int
    let chosenByAzure: Int
    /// Buckets even in log(x): the space sweeps the parameter with a log-scale distribution.
    let logScale: Bool

    /// At most this many different numbers are shown as categories (a choice of epochs).
    static let categoryLimit = 12
    /// Buckets of a tall histogram: a few hundred values fill about 24 of them readably.
    static let tallBuckets = 24

    init(_ id: ParameterID, sample: PreviewSample) {
        self.id = id
        trials = sample.trials.count
        var values: [Value] = []
        var off = 0, chosen = 0
        for trial in sample.trials {
            let entry = trial[id]
            if !entry.isActive {
                off += 1
            } else if let value = entry.value {
                values.append(value)
            } else {
                chosen += 1
            }
        }
        self.off = off
        chosenByAzure = chosen
        logScale = sample.space.subspaces.contains { $0[id].distribution?.kind.isLogScale ?? false }
        let numeric = values.compactMap(\.number)
        let kind = Catalogue.spec(id).kind
        let isNumberKind = kind == .int || kind == .float
        if isNumberKind, numeric.count == values.count, Set(numeric).count > Self.categoryLimit {
            numbers = numeric
            categories = []
        } else {
            numbers = []
            categories = Self.count(values, order: Self.order(of: id, in: sample.space))
        }
    }

    /// The order categories are listed in: numbers ascending; names in the order the space
    /// writes them (choice lists, fixed values), then the rest alphabetically.
    static func order(of id: ParameterID, in space: SearchSpace) -> [String: Int] {
        var rank: [String: Int] = [:]
        for setting in space.subspaces.map({ $0[id] }) + [space.trainingParameters[id]] {
            let written = setting.distribution?.choiceValues ?? setting.fixedValue.map { [$0] } ?? []
            for value in written where rank[ValueFormat.plain(value)] == nil {
                rank[ValueFormat.plain(value)] = rank.count
            }
        }
        return rank
    }

    static func count(_ values: [Value], order: [String: Int]) -> [(label: String, count: Int)] {
        var counts: [String: Int] = [:]
        var numberOf: [String: Double] = [:]
        for value in values {
            let label = ValueFormat.plain(value)
            counts[label, default: 0] += 1
            if let x = value.number { numberOf[label] = x }
        }
        let labels = counts.keys.sorted { a, b in
            if let x = numberOf[a], let y = numberOf[b] { return x < y }
            switch (order[a], order[b]) {
            case let (i?, j?): return i < j
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        return labels.map { ($0, counts[$0] ?? 0) }
    }

    /// "off in 12 · Azure chooses in 3": the trials left out of the picture.
    var leftOut: String {
        var parts: [String] = []
        if off > 0 { parts.append("no effect in \(off)") }
        if chosenByAzure > 0 { parts.append("Azure chooses in \(chosenByAzure)") }
        return parts.joined(separator: " · ")
    }

    static func number(_ x: Double) -> String { NumberFormat.approximate(x, significant: 4) }

    /// Each category's share of the trials in whole percent, rounded so that the shares and
    /// the trials left out add up to 100 (largest remainder), as a reader adds them.
    var percents: [String] {
        guard trials > 0 else { return categories.map { _ in "-" } }
        let counts = categories.map(\.count) + [off, chosenByAzure]
        let exact = counts.map { Double($0) * 100 / Double(trials) }
        var whole = exact.map { Int($0.rounded(.down)) }
        let missing = 100 - whole.reduce(0, +)
        let byRemainder = exact.indices.sorted { exact[$0] - Double(whole[$0]) > exact[$1] - Double(whole[$1]) }
        for i in byRemainder.prefix(max(0, missing)) { whole[i] += 1 }
        return whole.prefix(categories.count).map { "\($0)%" }
    }

    /// The picture in `height` lines of `width` columns (one line: a sparkline or a list of
    /// shares; more: a heading, then bars).
    func lines(width: Int, height: Int, ascii: Bool) -> [[Span]] {
        guard height > 0, width > 0 else { return [] }
        let name = Span(id.name + " ", "detail.label")
        if numbers.isEmpty && categories.isEmpty {
            let why = trials == 0 ? "no trials to show" : off == trials ? "no effect in any trial" : "Azure chooses it in every trial"
            return [[name, Span(why, "inactive")]]
        }
        return height == 1 ? [compactLine(name, width: width, ascii: ascii)] : tallLines(name, width: width, height: height, ascii: ascii)
    }

    private func compactLine(_ name: Span, width: Int, ascii: Bool) -> [Span] {
        let notes = leftOut.isEmpty ? "" : " · " + leftOut
        if !numbers.isEmpty {
            let stats = Statistics(values: numbers, buckets: 1, logScale: logScale)
            let lo = Self.number(stats.min) + " ", hi = " " + Self.number(stats.max)
            let room = width - name.text.columns - lo.columns - hi.columns - notes.columns
            let buckets = max(4, min(Self.tallBuckets, room))
            let line = Statistics(values: numbers, buckets: buckets, logScale: logScale)
            return [name, Span(lo, "inactive"), Span(Histogram.sparkline(line.buckets, ascii: ascii), "preview.bar"),
                    Span(hi, "inactive"), Span(notes, "inactive")]
        }
        var spans = [name]
        for (i, (category, share)) in zip(categories, percents).enumerated() {
            spans.append(Span((i == 0 ? "" : " · ") + category.label + " ", "text"))
            spans.append(Span(share, "preview.bar"))
        }
        spans.append(Span(notes, "inactive"))
        return spans
    }

    private func tallLines(_ name: Span, width: Int, height: Int, ascii: Bool) -> [[Span]] {
        var parts: [String] = []
        if !numbers.isEmpty {
            let stats = Statistics(values: numbers, buckets: 1, logScale: logScale)
            parts = ["min \(Self.number(stats.min))", "mean \(Self.number(stats.mean ?? 0))", "max \(Self.number(stats.max))"]
            if stats.logScale { parts.append("log scale") }
        } else {
            parts = ["\(categories.count) value\(categories.count == 1 ? "" : "s")"]
        }
        if !leftOut.isEmpty { parts.append(leftOut) }
        var out: [[Span]] = [[name, Span(parts.joined(separator: " · "), "inactive")]]
        if !numbers.isEmpty {
            // about 24 buckets for a few hundred values, each drawn as wide as the pane allows
            let buckets = max(4, min(Self.tallBuckets, width - 2))
            let repeatEach = max(1, min(3, (width - 2) / buckets))
            let stats = Statistics(values: numbers, buckets: buckets, logScale: logScale)
            for row in Histogram.bars(stats.buckets, height: max(1, height - 2), ascii: ascii) {
                let wide = String(row.flatMap { String(repeating: $0, count: repeatEach) })
                out.append([Span(" "), Span(wide, "preview.bar")])
            }
            if height >= 3 {
                let lo = Self.number(stats.min), hi = Self.number(stats.max)
                let gap = max(1, buckets * repeatEach - lo.columns - hi.columns)
                out.append([Span(" " + lo + String(repeating: " ", count: gap) + hi, "inactive")])
            }
            return out
        }
        let labelWidth = min(24, categories.map(\.label.columns).max() ?? 0)
        let top = categories.map(\.count).max() ?? 1
        let barWidth = max(4, min(40, width - labelWidth - 16))
        let room = height - 1
        let shares = percents
        for (i, category) in categories.enumerated() where i < room {
            if i == room - 1, categories.count > room {
                out.append([Span("  … \(categories.count - i) more values", "inactive")])
                break
            }
            let bar = Histogram.bar(Double(category.count) / Double(top), width: barWidth, ascii: ascii)
            out.append([Span("  " + category.label.padded(to: labelWidth) + " "), Span(bar.padded(to: barWidth), "preview.bar"),
                        Span(" " + shares[i].padded(to: 4) + " (\(category.count))", "inactive")])
        }
        return out
    }
}
