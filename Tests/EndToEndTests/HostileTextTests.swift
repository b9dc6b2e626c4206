import Foundation
import Testing
import TestSupport

/// File text that reaches the terminal is escaped (issue 13, item 7): a value such as
/// `"\e]0;PWNED\a\e[2J"` would retitle the window and clear the screen if printed raw.
struct HostileTextTests {
    /// The escape sequence as a YAML double-quoted string spells it, and as sweepedit prints it.
    static let yaml = #""\e]0;PWNED\a\e[2J""#
    static let printed = #"\u001B]0;PWNED\u0007\u001B[2J"#

    func expectNoControlBytes(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "\(what) writes control characters: \(controls.map { $0.value })",
                sourceLocation: sourceLocation)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "validate: an unknown key", file: "search_space:\n  - \(yaml): 1\n", arguments: ["validate"]),
        Case(name: "validate: an enum value", file: "search_space:\n  - optimizer: \(yaml)\n", arguments: ["validate"]),
        Case(name: "validate: a choice value", file: "search_space:\n  - optimizer: {type: choice, values: [sgd, \(yaml)]}\n",
             arguments: ["validate"]),
        Case(name: "validate: an unreadable distribution", file: "search_space:\n  - learning_rate: {type: \(yaml)}\n",
             arguments: ["validate"]),
        Case(name: "export: an unreadable distribution", file: "search_space:\n  - learning_rate: {type: \(yaml)}\n",
             arguments: ["export", "--to", "yaml"]),
        Case(name: "sample: a table cell", file: "search_space:\n  - model_name: {type: choice, values: [\(yaml)]}\n",
             arguments: ["sample", "-n", "2"]),
        Case(name: "sample: a CSV cell", file: "search_space:\n  - model_name: {type: choice, values: [\(yaml)]}\n",
             arguments: ["sample", "-n", "2", "--format", "csv"]),
        Case(name: "sample: statistics", file: "search_space:\n  - model_name: {type: choice, values: [\(yaml), vitb16r224]}\n",
             arguments: ["sample", "-n", "20", "--stats"]),
        Case(name: "sample: a space with errors", file: "search_space:\n  - optimizer: \(yaml)\n",
             arguments: ["sample", "-n", "2"]),
    ]

    @Test(arguments: cases)
    func fileTextIsEscapedOnTheTerminal(_ c: Case) throws {
        let file = try TemporaryFolder.file("space.yml", c.file)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let arguments = [c.arguments[0], file] + c.arguments.dropFirst()
        let result = try Binary.run(arguments)
        expectNoControlBytes(result.stdout, "stdout")
        expectNoControlBytes(result.stderr, "stderr")
        #expect((result.stdout + result.stderr).contains(Self.printed), "\(result.stdout)\(result.stderr)")
    }

    @Test func jsonKeepsTheValueExactlyAndEscaped() throws {
        let file = try TemporaryFolder.file("space.yml", "search_space:\n  - model_name: {type: choice, values: [\(Self.yaml)]}\n")
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file, "-n", "1", "--format", "json"])
        expectNoControlBytes(result.stdout, "sample --format json")
        let trials = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let config = trials?.first?["config"] as? [String: Any]
        #expect(config?["model_name"] as? String == "\u{1B}]0;PWNED\u{07}\u{1B}[2J")
    }

    /// A theme's name is its file's name, which may hold anything but `/`.
    @Test func themeNamesAreEscaped() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = try String(contentsOf: PackageRoot.url.appendingPathComponent("Themes/light.theme"), encoding: .utf8)
        try theme.write(to: folder.appendingPathComponent("\u{1B}[2Jevil.theme"), atomically: false, encoding: .utf8)
        let result = try Binary.run(["themes"], environment: ["SWEEPEDIT_THEME_PATH": folder.path])
        #expect(result.status == 0)
        expectNoControlBytes(result.stdout, "themes")
        #expect(result.stdout.contains(#"\u001B[2Jevil"#), "\(result.stdout)")
    }
}
