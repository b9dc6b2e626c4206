/// A colour as a theme file names it. Themes may ask for more than the terminal has: the
/// terminal layer maps each colour down to what it can show (`number(for:)`), so one theme file
/// works on an xterm with 16 million colours and on a console with 8.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (transparent backgrounds stay transparent).
    case terminalDefault
    /// A palette index: 0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm
    /// colour cube and grey ramp.
    case indexed(Int)
    /// A 24-bit colour, `#rrggbb` in the file.
    case rgb(red: Int, green: Int, blue: Int)

    /// The names a theme file may use for palette entries 0–7; `bright-NAME` is 8–15.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The ncurses colour number for a terminal of `depth`, or -1 for the terminal's default.
    /// Colours the terminal lacks become the nearest one it has (by RGB distance).
    public func number(for depth: ColorDepth) -> Int32 {
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            if index < depth.paletteSize { return Int32(index) }
            // By RGB distance, so bright-black (grey) becomes white rather than invisible black.
            return Self.nearest(to: Self.xtermRGB(index), among: depth.paletteSize)
        case .rgb(let red, let green, let blue):
            if depth == .direct { return Int32((red << 16) | (green << 8) | blue) }
            return Self.nearest(to: (red, green, blue), among: depth.paletteSize)
        }
    }

    /// The xterm palette index nearest to an RGB value, among the first `count` entries. A
    /// grey only maps to a grey (black, white, ...): by distance alone, mid-grey would be yellow.
    static func nearest(to rgb: (Int, Int, Int), among count: Int) -> Int32 {
        var best = 0
        var bestDistance = Int.max
        for index in 0..<max(1, min(count, 256)) {
            let candidate = xtermRGB(index)
            if isGrey(rgb) && !isGrey(candidate) { continue }
            let d = square(candidate.0 - rgb.0) + square(candidate.1 - rgb.1) + square(candidate.2 - rgb.2)
            if d < bestDistance {
                best = index
                bestDistance = d
            }
        }
        return Int32(best)
    }

    private static func isGrey(_ rgb: (Int, Int, Int)) -> Bool {
        max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 24
    }

    private static func square(_ x: Int) -> Int { x * x }

    /// The RGB value xterm shows for a palette index (its documented default palette).
    static func xtermRGB(_ index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        }
        let grey = 8 + 10 * (min(index, 255) - 232)
        return (grey, grey, grey)
    }
}

/// How many colours the terminal can show, from ncurses' COLORS.
public enum ColorDepth: Hashable, Sendable, Comparable {
    case none, eight, sixteen, palette256, direct

    public init(colors: Int) {
        switch colors {
        case ..<8: self = .none
        case ..<16: self = .eight
        case ..<256: self = .sixteen
        case ..<0x100_0000: self = .palette256
        default: self = .direct
        }
    }

    /// Palette entries addressable by index at this depth.
    var paletteSize: Int {
        switch self {
        case .none: return 0
        case .eight: return 8
        case .sixteen: return 16
        case .palette256, .direct: return 256
        }
    }
}
