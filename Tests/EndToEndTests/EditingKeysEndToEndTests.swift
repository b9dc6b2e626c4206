import Foundation
import Testing
import TestSupport

/// The keys of issue 16 through a real terminal (tmux, xterm-256color, 80x24): ncurses and the
/// decoder turn Ctrl-Left and Alt-B into word moves, a field entered is selected, the filter
/// finds `lr`, undo says what it changed.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct EditingKeysEndToEndTests {
    @Test func wordKeysSelectionFilterAndUndoInATerminal() throws {
        let original = try String(contentsOf: EditorSessionTests.example, encoding: .utf8)
        let file = try TemporaryFolder.file("job.yml", original)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let state = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: state) }
        let tmux = try TmuxSession([Binary.path, file], environment: ["TERM": "xterm-256color", "XDG_STATE_HOME": state.path])
        try tmux.waitFor("subspace 1/2: vitb16r224, vits16r224")

        // the filter: lr selects learning_rate
        try tmux.type("/lr")
        try tmux.waitFor("filter: lr")
        try tmux.press("Enter")
        try tmux.waitFor(">  learning_rate                  sweep uniform(0.001,0.01)")

        // Enter selects 0.001: typing replaces it
        try tmux.press("Enter")
        try tmux.waitFor("min_value [0.001]")
        try tmux.type("0.002")
        try tmux.press("Enter")
        try tmux.waitFor(">  learning_rate                  sweep uniform(0.002,0.01)")

        // Ctrl-Left to the 002, Ctrl-K clears it, 5 is typed: 0.5
        try tmux.press("Enter")
        try tmux.waitFor("min_value [0.002]")
        try tmux.press("C-Left")
        try tmux.press("C-k")
        try tmux.type("5")
        try tmux.press("Enter")
        try tmux.waitFor(">E learning_rate                  sweep uniform(0.5,0.01)")

        // Alt-B then Ctrl-U: the 0. goes, 5 stays
        try tmux.press("Enter")
        try tmux.waitFor("min_value [0.5]")
        try tmux.press("M-b")
        try tmux.press("C-u")
        try tmux.press("Enter")
        try tmux.waitFor(">E learning_rate                  sweep uniform(5,0.01)")
        #expect(!(try tmux.screen().contains("does nothing here")))

        // undo says what it changed
        try tmux.type("u")
        try tmux.waitFor("undo: learning_rate min_value 5 -> 0.5 (subspace 1)")
        try tmux.type("q")
        try tmux.waitFor("Quit with unsaved changes?")
        try tmux.type("y")
        try tmux.waitForExit()
    }
}
