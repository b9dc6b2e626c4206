import Foundation
import Testing
import TestSupport

/// The real binary in tmux on the terminals people have: the preview and its re-roll, NO_COLOR,
/// a vt100 and other TERM values, a resize from tiny to huge and back, and East Asian wide
/// characters in values. Every wait polls the screen; nothing sleeps a fixed time.
@Suite(.enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct TerminalRobustnessTests {
    static let example = PackageRoot.exampleJob.path
    /// A UTF-8 locale, so the choice of glyphs is the terminal type's, not the locale's.
    static let utf8 = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    func start(term: String, _ extra: [String: String] = [:], file: String = example,
               width: Int = 80, height: Int = 24) throws -> TmuxSession {
        var environment = Self.utf8.merging(extra) { $1 }
        environment["TERM"] = term
        return try TmuxSession([Binary.path, file], width: width, height: height, environment: environment)
    }

    /// The table rows of the preview: the lines after its heading that start with a trial number.
    static func tableRows(_ screen: String) -> [String] {
        let lines = screen.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(where: { $0.contains("#  sub") }) else { return [] }
        return lines[(heading + 1)...].prefix { $0.trimmingCharacters(in: .whitespaces).first?.isNumber == true }.map { $0 }
    }

    @Test func thePreviewShowsTrialsAndRReRollsTheSeed() throws {
        let tmux = try start(term: "xterm-256color")
        try tmux.waitFor("subspace 1/2")
        try tmux.type("p")
        let first = try tmux.waitFor("preview · random · seed 0 · max_trials 20 · r re-rolls")
        let before = Self.tableRows(first)
        #expect(before.count == 4, "4 rows above the budget line: \(first)")
        try tmux.type("r")
        // one wait for the whole new frame: tmux may capture a redraw half done
        let second = try tmux.waitFor("a new seed and its status line") {
            $0.contains("preview · random · seed ") && !$0.contains("seed 0 ·") && $0.contains("draws the same trials")
        }
        let seed = second.components(separatedBy: "preview · random · seed ").dropFirst().first?
            .prefix { $0.isNumber }.description ?? ""
        #expect(!seed.isEmpty && seed != "0")
        #expect(second.contains("sweepedit sample --seed \(seed) draws the same trials"))
        let after = Self.tableRows(second)
        #expect(after.count == 4)
        #expect(after != before, "new draws:\n\(second)")

        // the CLI with the same seed draws the same first trial
        let cli = try Binary.run(["sample", Self.example, "-n", "1", "--seed", seed, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]]
        let config = json?.first?["config"] as? [String: Any]
        let model = config?["model_name"] as? String ?? "?"
        let rate = config?["learning_rate"] as? Double ?? .nan
        let cells = after.first?.split(separator: " ").map(String.init) ?? []
        #expect(cells.count >= 4)
        if cells.count >= 4 {
            #expect(cells[2] == model, "\(after[0]) vs \(cli.stdout)")
            #expect(Double(cells[3]) == Double(String(format: "%.4g", rate)), "\(after[0]) vs \(cli.stdout)")
        }

        try tmux.type("p")
        try tmux.waitForGone("preview ·")
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func noColorLeavesOnlyAttributes() throws {
        let plain = try start(term: "xterm-256color", ["NO_COLOR": "1"])
        try plain.waitFor("subspace 1/2")
        try plain.type("p")
        try plain.waitFor("preview · random")
        let codes = try SGR.codes(in: plain.screenWithEscapes())
        #expect(codes.contains(7) || codes.contains(1), "attributes show the header and selection: \(codes)")
        #expect(codes.filter(SGR.isColour).isEmpty, "colour codes under NO_COLOR: \(codes.filter(SGR.isColour))")

        // the same screen with colours allowed has them: the check can see colour. NO_COLOR is
        // emptied (no-color.org: empty means unset) since a test runner may export it.
        let coloured = try start(term: "xterm-256color", ["NO_COLOR": ""])
        try coloured.waitFor("subspace 1/2")
        try coloured.type("p")
        try coloured.waitFor("preview · random")
        // and they are the theme's (default.theme): header = black cyan bold, list.selected =
        // black cyan, a swept value in cyan
        let lines = try coloured.screenWithEscapes().components(separatedBy: "\n")
        #expect(SGR.codes(in: lines[0]).filter { $0 != 0 }.prefix(3) == [1, 30, 46], "\(lines[0])")
        // line 7: model_name, selected, under the header, the heading and the 5 sweep settings
        #expect(SGR.codes(in: lines[7]).filter(SGR.isColour).prefix(2) == [30, 46], "\(lines[7])")
        #expect(lines[7].contains("sweep \u{1B}[36mchoice('vitb16r224','vits16r224')"), "\(lines[7])")
    }

    /// A terminal of 24-bit colour (TERM=xterm-direct, from Debian's ncurses-term, which
    /// scripts/test installs) gets a theme's #rrggbb colours exactly, not the nearest of 256.
    /// Skipped without the terminfo only outside CI: CI installs ncurses-term, so there a
    /// missing xterm-direct fails the test instead of hiding it.
    static let hasDirectColourTerminfo = ["/usr/share/terminfo/x/xterm-direct", "/lib/terminfo/x/xterm-direct"]
        .contains(where: FileManager.default.fileExists(atPath:))

    @Test(.enabled(if: hasDirectColourTerminfo || ProcessInfo.processInfo.environment["CI"] != nil,
                   "no xterm-direct terminfo (Debian: ncurses-term)"))
    func aDirectColourTerminalGetsTheThemesExactColours() throws {
        #expect(Self.hasDirectColourTerminfo, "CI installs ncurses-term for the xterm-direct terminfo")
        let tmux = try start(term: "xterm-direct", ["SWEEPEDIT_THEME": "light", "NO_COLOR": ""])
        try tmux.waitFor("subspace 1/2")
        let screen = try tmux.screenWithEscapes()
        // light.theme: header = white #005f87, list.selected = black #afd7ff
        #expect(screen.contains("48;2;0;95;135m"), "\(screen)")
        #expect(screen.contains("48;2;175;215;255m"), "\(screen)")
    }

    @Test func aVT100GetsASCIIOnly() throws {
        let tmux = try start(term: "vt100")
        try tmux.waitFor("subspace 1/2")
        try tmux.type("jp")
        let screen = try tmux.waitFor("preview . random . seed 0")
        let lines = screen.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "\n" || $0.value >= 32) }, "\(screen)")
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.first?.hasPrefix(" image-classification-job.yml . subspace 1/2") == true, "\(screen)")
        #expect(lines.contains { $0.hasPrefix(">  learning_rate ") })
        // the sparkline of learning_rate in ASCII: its range around a ramp of . : - = + * #
        let spark = lines.first { $0.hasPrefix(" learning_rate 0.00") } ?? ""
        #expect(spark.contains("#"), "\(screen)")
        #expect(lines.last?.hasSuffix("? help  q quit") == true)
    }

    @Test(arguments: ["screen", "tmux-256color", "linux", "xterm-256color"])
    func startsAndDrawsOn(term: String) throws {
        let tmux = try start(term: term)
        let screen = try tmux.waitFor("? help  q quit")
        #expect(screen.contains("subspace 1/2"))
        #expect(screen.contains(">  model_name"))
        try tmux.type("p")
        let preview = try tmux.waitFor("the preview") { $0.contains(" preview ") && $0.contains("max_trials 20") }
        if term == "linux" {
            #expect(preview.unicodeScalars.allSatisfy { $0.isASCII }, "the console font has no line drawing")
        } else {
            #expect(preview.contains("preview · random"))
        }
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func resizeFromTinyToHugeAndBackKeepsTheScreen() throws {
        let tmux = try start(term: "xterm-256color")
        try tmux.waitFor("subspace 1/2")
        try tmux.type("jp")
        let initial = try tmux.waitFor("preview · random · seed 0")
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor("window too small")
        try tmux.resize(width: 200, height: 60)
        let huge = try tmux.waitFor("the wide layout") {
            $0.contains("enable_onnx_normalization") && $0.contains("preview · random") && !$0.contains("too small")
        }
        let lines = huge.components(separatedBy: "\n")
        #expect(lines.contains { $0.count > 150 }, "the preview beside the list")
        #expect(lines.contains { $0.hasPrefix(">  learning_rate") }, "\(huge)")
        #expect(lines.count > 1 && lines[1].contains("learning_rate · number"), "the detail pane beside the list:\n\(huge)")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the 80x24 screen as it was") { $0 == initial }
        #expect(try tmux.hasExited() == false)
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func wideCharactersKeepTheTableAligned() throws {
        let file = try TemporaryFolder.file("space.yml", """
            search_space:
              - model_name:
                  type: choice
                  values: ['模型a', resnet50]
                number_of_epochs:
                  type: choice
                  values: [10, 20]
            """)
        let tmux = try start(term: "xterm-256color", file: file)
        try tmux.waitFor("subspace 1/1")
        try tmux.type("p")
        let screen = try tmux.waitFor("模型a ")
        let lines = screen.components(separatedBy: "\n")
        let heading = lines.first { $0.contains("#  sub") } ?? ""
        let column = Width.columns(heading.components(separatedBy: "number_of_epochs").first ?? "")
        let rows = Self.tableRows(screen)
        #expect(rows.count == 4, "the rows above the budget line")
        #expect(rows.contains { $0.contains("模型a") } && rows.contains { $0.contains("resnet50") })
        for row in rows {
            let epochs = row.split(separator: " ").last.map(String.init) ?? ""
            let start = Width.columns(String(row.dropLast(epochs.count)))
            #expect(start == column, "\(screen)")
        }
        #expect(lines.allSatisfy { Width.columns($0) <= 80 })
        #expect(screen.contains("模型a      "), "the list row of the choice too: \(screen)")
    }
}

/// SGR (Select Graphic Rendition) parameters in captured output.
enum SGR {
    /// Every parameter of every `ESC [ ... m` sequence, in order (an empty one counts as 0).
    static func codes(in text: String) -> [Int] {
        var codes: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            rest = rest.dropFirst(body.count)
            guard rest.first == "m" else { continue }
            codes += body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        }
        return codes
    }

    /// Foreground or background colours (8, bright, 256 and RGB forms). 39 and 49, which put
    /// back the terminal's own colours, are not colours and are allowed.
    static func isColour(_ code: Int) -> Bool {
        (30...38).contains(code) || (40...48).contains(code) || (90...97).contains(code) || (100...107).contains(code)
    }
}

/// Terminal columns of text, as a person counts them: East Asian wide characters take two.
enum Width {
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            switch s.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return sum + 2
            default:
                return sum + 1
            }
        }
    }
}
