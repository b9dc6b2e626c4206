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
    /// The buckets `sample --stats` counts this parameter in (nil: no subspace writes a number
    /// for it; the values' own range is bucketed then).
    let bucketing: Bucketing?

    /// At most this many different numbers are shown as categories (a choice of epochs).
    static let categoryLimit = 12

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
        bucketing = sample.bucketings.indices.contains(id.index) ? sample.bucketings[id.index] : nil
        let numeric = values.compactMap(\.number)
        let kind = Catalogue.spec(id).kind
        let isNumberKind = kind == .int || kind == .float
        // a range is drawn as a histogram however few trials there are (11 draws of a uniform
        // are 11 distinct numbers, not categories); values from a choice or a fixed value are
        // categories unless there are too many of them
        let drawsFromARange = sample.space.subspaces.contains { sub in
            if case .swept(let d) = sub[id] { return d.kind != .choice }
            return false
        }
        if isNumberKind, numeric.count == values.count, !numeric.isEmpty,
           drawsFromARange || Set(numeric).count > Self.categoryLimit {
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

    /// The numbers counted in the parameter's buckets, the same as `sample --stats`'.
    var histogram: Statistics {
        guard let bucketing else { return Statistics(values: numbers, buckets: Bucketing.standardCount) }
        var stats = bucketing.statistics()
        for x in numbers { stats.add(x) }
        return stats
    }

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
            let stats = histogram
            let lo = Self.number(stats.lower) + " ", hi = " " + Self.number(stats.upper)
            let scale = " " + (stats.logScale ? "log" : "linear")
            return [name, Span(lo, "inactive"), Span(Histogram.sparkline(stats.buckets, ascii: ascii), "preview.bar"),
                    Span(hi, "inactive"), Span(scale + notes, "inactive")]
        }
        var spans = [name]
        for (i, (category, share)) in zip(categories, percents).enumerated() {
            spans.append(Span((i == 0 ? "" : " · ") + category.label + " ", "text"))
            spans.append(Span(share, "preview.bar"))
        }
        spans.append(Span(notes, "inactive"))
        return spans
    }

    /// The line under the bars: the first bucket's lower edge, the scale and the bucket count,
    /// the last bucket's upper edge ("0.001   linear · 16 buckets   0.01"); the middle goes
    /// first when the bars are narrow, the edges stay.
    func axis(_ stats: Statistics, width: Int) -> String {
        let lo = Self.number(stats.lower), hi = Self.number(stats.upper)
        for middle in ["\(stats.logScale ? "log scale" : "linear") · \(stats.buckets.count) buckets", stats.logScale ? "log" : "linear", ""] {
            let gap = width - lo.columns - hi.columns - middle.columns
            guard gap >= (middle.isEmpty ? 1 : 2) else { continue }
            let left = gap / 2
            return lo + String(repeating: " ", count: left) + middle + String(repeating: " ", count: gap - left) + hi
        }
        return lo + " " + hi
    }

    private func tallLines(_ name: Span, width: Int, height: Int, ascii: Bool) -> [[Span]] {
        var parts: [String] = []
        if !numbers.isEmpty {
            let stats = Statistics(values: numbers, buckets: 1)
            parts = ["min \(Self.number(stats.min))", "mean \(Self.number(stats.mean ?? 0))", "max \(Self.number(stats.max))"]
        } else {
            parts = ["\(categories.count) value\(categories.count == 1 ? "" : "s")"]
        }
        if !leftOut.isEmpty { parts.append(leftOut) }
        // whole parts only, as many as fit: "mean 0.0043" rather than "ma…"
        var heading = ""
        for part in parts where name.text.columns + heading.columns + (heading.isEmpty ? 0 : 3) + part.columns <= width {
            heading += (heading.isEmpty ? "" : " · ") + part
        }
        var out: [[Span]] = [[name, Span(heading, "inactive")]]
        if !numbers.isEmpty {
            // the buckets of sample --stats, each drawn as wide as the pane allows
            let stats = histogram
            let buckets = stats.buckets.count
            let repeatEach = max(1, min(3, (width - 2) / buckets))
            for row in Histogram.bars(stats.buckets, height: max(1, height - 2), ascii: ascii) {
                let wide = String(row.flatMap { String(repeating: $0, count: repeatEach) })
                out.append([Span(" "), Span(wide, "preview.bar")])
            }
            if height >= 3 { out.append([Span(" " + axis(stats, width: buckets * repeatEach), "inactive")]) }
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
