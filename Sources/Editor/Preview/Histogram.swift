/// Pictures of counts in text: vertical bars of block characters (a sparkline when one row
/// high) and horizontal bars, each with an ASCII form for terminals that draw only ASCII.
///
/// Unicode bars are drawn in eighths of a cell (`▁▂▃▄▅▆▇█` upwards, `▏▎▍▌▋▊▉█` sideways). The
/// ASCII forms use `#` for whole cells and a small ramp (`.:-=+*%` upwards) for the top of a
/// bar, so heights still read. Pure functions: the tests compare strings.
public enum Histogram {
    /// Eighths of a cell upwards, index 1...8.
    static let upward: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The ASCII stand-ins for the same eighths.
    static let upwardASCII: [Character] = [" ", ".", ".", ":", "-", "=", "+", "*", "#"]
    /// Eighths of a cell sideways, index 1...8.
    static let sideways: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// Vertical bars, one column per count, `height` rows, returned top row first. The
    /// fullest count fills every row; any count above zero shows at least its lowest eighth.
    public static func bars(_ counts: [Int], height: Int, ascii: Bool) -> [String] {
        let rows = max(1, height)
        let top = counts.max() ?? 0
        let levels = ascii ? upwardASCII : upward
        let eighths = counts.map { n -> Int in
            guard top > 0, n > 0 else { return 0 }
            return max(1, Int((Double(n) / Double(top) * Double(rows * 8)).rounded()))
        }
        return (0..<rows).reversed().map { row in
            String(eighths.map { e -> Character in
                let inCell = min(8, max(0, e - row * 8))
                return levels[inCell]
            })
        }
    }

    /// One row of bars: the sparkline of the counts.
    public static func sparkline(_ counts: [Int], ascii: Bool) -> String {
        bars(counts, height: 1, ascii: ascii)[0]
    }

    /// A horizontal bar `fraction` (0...1) of `width` columns long, in eighths of a cell
    /// (whole `#` cells in ASCII, rounded); at least a sliver when the fraction is above zero.
    public static func bar(_ fraction: Double, width: Int, ascii: Bool) -> String {
        guard width > 0, fraction > 0 else { return "" }
        let f = min(1, fraction)
        if ascii {
            return String(repeating: "#", count: max(1, Int((f * Double(width)).rounded())))
        }
        let eighths = max(1, Int((f * Double(width * 8)).rounded()))
        return String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? String(sideways[eighths % 8]) : "")
    }
}
