import SearchSpace

/// How the name filter (/) matches a row, and how well: people type `lr`, `bs`, `wd` or `epochs`
/// rather than a part of `learning_rate`. A filter matches, best first:
///
/// 1. the whole name;
/// 2. an abbreviation ML people use (`abbreviations`, the one table of them);
/// 3. the start of the name, then the start of a word (`rate`), then anywhere (`ning`);
/// 4. the starts of words in order (`lr` learning_rate, `bs` training_batch_size, `lrsch`);
/// 5. its letters in order anywhere (`lrte`), which also catches the camelCase wire names.
///
/// Spaces and dashes in the filter stand for underscores (`batch size`). The list keeps the
/// catalogue's order; the best match is the one selected, and `positions` are the letters to
/// highlight.
public struct FilterMatch: Hashable, Sendable {
    /// Higher is better; ties go to the shorter name, then to the catalogue's order.
    public let score: Int
    /// The matched letters' offsets in the name's UTF-8 bytes (characters, for the ASCII names
    /// of parameters).
    public let positions: [Int]

    /// Abbreviations and other names ML people type for a parameter, best first for each.
    public static let abbreviations: [String: [ParameterID]] = [
        "lr": [.learningRate],
        "bs": [.trainingBatchSize, .validationBatchSize],
        "batch": [.trainingBatchSize, .validationBatchSize],
        "wd": [.weightDecay],
        "ep": [.numberOfEpochs],
        "epoch": [.numberOfEpochs],
        "epochs": [.numberOfEpochs],
        "arch": [.modelName],
        "backbone": [.modelName],
        "model": [.modelName],
        "sched": [.learningRateScheduler],
        "scheduler": [.learningRateScheduler],
        "lrs": [.learningRateScheduler],
        "amsgrad": [.amsGradient],
        "accum": [.gradientAccumulationStep],
        "img": [.trainingCropSize, .validationCropSize, .validationResizeSize],
        "imgsz": [.trainingCropSize, .validationCropSize, .validationResizeSize],
        "workers": [.numberOfWorkers],
        "seed": [.randomSeed],
        "onnx": [.enableOnnxNormalization],
        "es": [.earlyStopping, .earlyStoppingPatience, .earlyStoppingDelay],
    ]

    /// How `filter` matches `row`; nil when it does not (an empty filter matches everything).
    public static func match(_ filter: String, _ row: Row) -> FilterMatch? {
        let needle = normalized(filter)
        guard !needle.isEmpty else { return FilterMatch(score: 0, positions: []) }
        // bytes, not Characters: a frame matches every row a few times (names are ASCII; an
        // unknown key's other letters match byte for byte, and `positions` are byte offsets)
        let name = Array(row.name.lowercased().utf8)
        let letters = lettersMatch(needle, name)
        if let id = row.parameter, let rank = abbreviations[String(decoding: needle, as: UTF8.self)]?.firstIndex(of: id) {
            return FilterMatch(score: 900 - rank, positions: letters?.positions ?? [])
        }
        return letters
    }

    /// The rows the filter matches, in their order. Letters-in-order matches are left out when
    /// some row matches better: `/lr` lists learning_rate and step_lr_gamma, not layers_to_freeze.
    public static func matching(_ filter: String, in rows: [Row]) -> [Row] {
        guard !filter.isEmpty else { return rows }
        let scored = rows.compactMap { row in match(filter, row).map { (row, $0.score) } }
        let floor = scored.contains { $0.1 > subsequenceCeiling } ? subsequenceCeiling + 1 : 0
        return scored.filter { $0.1 >= floor }.map(\.0)
    }

    /// The highest score a letters-in-order match gets.
    static let subsequenceCeiling = 100

    /// The index of the best match among `rows` (nil: none matches).
    public static func best(_ filter: String, in rows: [Row]) -> Int? {
        var best: (index: Int, score: Int, length: Int)?
        for (i, row) in rows.enumerated() {
            guard let m = match(filter, row) else { continue }
            let length = row.name.utf8.count
            if best.map({ m.score > $0.score || (m.score == $0.score && length < $0.length) }) ?? true {
                best = (i, m.score, length)
            }
        }
        return best?.index
    }

    static let underscore = UInt8(ascii: "_")

    static func normalized(_ filter: String) -> [UInt8] {
        filter.lowercased().utf8.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") ? underscore : $0 }
    }

    /// Matches 1, 3, 4 and 5 above, on the name's own letters.
    static func lettersMatch(_ needle: [UInt8], _ name: [UInt8]) -> FilterMatch? {
        guard needle.count <= name.count else { return nil }
        if needle == name { return FilterMatch(score: 1000, positions: Array(name.indices)) }
        let starts = wordStarts(name)
        let occurrences = occurrences(of: needle, in: name)
        if let at = occurrences.first(where: starts.contains) ?? occurrences.first {
            let score = at == 0 ? 800 : starts.contains(at) ? 700 : 500
            return FilterMatch(score: score, positions: Array(at..<(at + needle.count)))
        }
        if let positions = wordPrefixes(needle, name, starts) { return FilterMatch(score: 600, positions: positions) }
        if let positions = subsequence(needle, name) {
            // letters close together read as meant: fewer gaps score higher
            let spread = (positions.last ?? 0) - (positions.first ?? 0) + 1 - positions.count
            return FilterMatch(score: max(1, subsequenceCeiling - spread), positions: positions)
        }
        return nil
    }

    /// Offsets where words begin: the start and each letter after an underscore.
    static func wordStarts(_ name: [UInt8]) -> [Int] {
        name.indices.filter { $0 == 0 || (name[$0 - 1] == underscore && name[$0] != underscore) }
    }

    static func occurrences(of needle: [UInt8], in name: [UInt8]) -> [Int] {
        guard needle.count <= name.count else { return [] }
        return (0...(name.count - needle.count)).filter { name[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The needle as prefixes of words in order (words may be skipped): `lr` is l-earning r-ate,
    /// `lrsch` l r sch-eduler. Underscores in the needle are skipped.
    static func wordPrefixes(_ needle: [UInt8], _ name: [UInt8], _ starts: [Int]) -> [Int]? {
        let letters = needle.filter { $0 != underscore }
        guard !letters.isEmpty else { return nil }
        // (needle index, word index) pairs known not to lead to a match
        var failed = [Bool](repeating: false, count: (letters.count + 1) * (starts.count + 1))
        func search(_ i: Int, _ word: Int) -> [Int]? {
            if i == letters.count { return [] }
            if failed[i * (starts.count + 1) + word] { return nil }
            for w in word..<starts.count {
                var k = 0
                while i + k < letters.count, starts[w] + k < name.count, name[starts[w] + k] == letters[i + k],
                      name[starts[w] + k] != underscore {
                    k += 1
                    if let rest = search(i + k, w + 1) { return Array(starts[w]..<(starts[w] + k)) + rest }
                }
            }
            failed[i * (starts.count + 1) + word] = true
            return nil
        }
        return search(0, 0)
    }

    /// The needle's letters in order anywhere in the name (leftmost).
    static func subsequence(_ needle: [UInt8], _ name: [UInt8]) -> [Int]? {
        var positions: [Int] = []
        var j = 0
        for c in needle {
            while j < name.count, name[j] != c { j += 1 }
            guard j < name.count else { return nil }
            positions.append(j)
            j += 1
        }
        return positions
    }
}
