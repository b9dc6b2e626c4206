import Foundation
import Testing
@testable import Editor
import SearchSpace
@testable import TerminalUI
import TestSupport

/// Every style name the views use resolves in every theme file of Themes/: the theme names it,
/// or a dotted parent of it (`status.warning` falls back to `status`), as `Theme.style(named:)`
/// looks it up. A name that resolves nowhere is drawn in the theme's `default` style, unseen.
struct ThemeCoverageTests {
    /// The style names: every dotted literal in Sources/Editor (style names are the only dotted
    /// lowercase words there), and every style a tour of the editor's screens draws with.
    static func usedStyleNames() throws -> Set<String> {
        var names = try dottedLiterals(in: PackageRoot.url("Sources/Editor"))
        names.formUnion(try tourStyles())
        return names
    }

    static func dottedLiterals(in folder: URL) throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #""([a-z]+(?:\.[a-z]+)+)""#)
        var names: Set<String> = []
        var files = 0
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
            }
        }
        #expect(files > 10, "the views' sources are in \(folder.path)")
        return names
    }

    /// The styles on the screens a user meets: the list, the detail, the preview, the trials,
    /// help, dialogs, prompts, a field being edited, the filter, problems of every severity, the
    /// changed-on-disk box; at 80x24 and side by side at 160x40.
    static func tourStyles() throws -> Set<String> {
        let example = try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8)
        let troubled = "search_space:\n  - learning_rate: 2\n    model_name: xyz\n    optimizer: sgdd\n    lerning_rate: 0.1\n"
        let tours: [(text: String, keys: [Key])] = [
            (example, []), (example, [.char("j")]), (example, [.char("p")]), (example, [.char("P")]),
            (example, [.char("?")]), (example, [.char("e")]), (example, [.char("S")]), (example, [.char("D")]),
            (example, [.char("j"), .char("x"), .char("q")]), (example, [.char("/"), .char("l")]),
            (example, [.char("/"), .char("l"), .enter]), (example, [.char("j"), .enter]),
            (example, [.enter, .char("x")]), (example, [.char("Z")]),
            (troubled, []), (troubled, [.char("j")]), (troubled, [.char("j"), .char("j")]), (troubled, [.char("G")]),
        ]
        var styles: Set<String> = []
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 40)] {
            for tour in tours {
                var state = EditorState(document: try DocumentReader.read(tour.text, path: "job.yml"), size: size)
                for key in tour.keys { _ = update(&state, .key(key)) }
                styles.formUnion(view(state, size: size).cells.map(\.style))
            }
            // s on a file another program changed: the changed-on-disk box
            var state = EditorState(document: try DocumentReader.read(example, path: "job.yml"), size: size)
            var writes: [FileWrite] = []
            for key in [Key.char("j"), .char("x"), .char("s")] {
                for case .write(let request) in update(&state, .key(key)) { writes.append(request) }
            }
            if let request = writes.last {
                let report = DiskReport(path: "job.yml", verdict: .changed, text: "x: 1\n")
                _ = update(&state, .wrote(WriteOutcome(request, .conflict(report))))
            }
            styles.formUnion(view(state, size: size).cells.map(\.style))
        }
        return styles
    }

    /// Whether `name` resolves in `theme` by itself or a dotted parent. `text`, the style of
    /// plain cells, is drawn in the theme's `default`.
    static func resolves(_ name: String, in theme: Theme) -> Bool {
        if name == "text" { return theme.styles["default"] != nil }
        var key = Substring(name)
        while true {
            if theme.styles[String(key)] != nil { return true }
            guard let dot = key.lastIndex(of: ".") else { return false }
            key = key[..<dot]
        }
    }

    @Test func everyStyleTheViewsUseResolvesInEveryTheme() throws {
        let names = try Self.usedStyleNames()
        #expect(names.isSuperset(of: ["text", "header", "list.selected", "status", "footer.key", "help.title", "dialog.title",
                                      "diag.error", "diag.warning", "field.editing", "preview.bar"]),
                "the tour and the scan find the styles: \(names.sorted())")
        let folder = PackageRoot.path("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".theme") }.sorted()
        #expect(files.count >= 4, "\(files)")
        for file in files {
            let theme = try ThemeLibrary.loadFile(folder + "/" + file)
            let missing = names.filter { !Self.resolves($0, in: theme) }.sorted()
            #expect(missing.isEmpty, "\(file) has no style (nor a dotted parent) for \(missing)")
        }
    }
}
