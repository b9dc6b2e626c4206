import Foundation
import Testing
import TestSupport

/// Issue 13 item 19: Ctrl-Z suspends the editor as it does any program in a shell: the
/// terminal is restored, the shell says the job stopped, and `fg` brings the editor back,
/// drawn again, with its edits.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun && FileManager.default.isExecutableFile(atPath: "/bin/bash"),
                             "tmux or bash is not installed"))
struct SuspendTests {
    @Test func ctrlZStopsTheEditorAndFgBringsItBack() throws {
        let setup = try SafetyTests.Setup()
        var environment = setup.environment
        environment["PS1"] = "shell$ "
        let shell = try TmuxSession(["/bin/bash", "--norc", "--noprofile", "-i"], environment: environment)
        try shell.waitFor("shell$")
        try shell.type("'\(Binary.path)' '\(setup.file)'")
        try shell.press("Enter")
        try shell.waitFor("subspace 1/2")
        try shell.fixLearningRate()
        try shell.waitFor("[modified]")

        try shell.press("C-z")
        let stopped = try shell.waitFor("Stopped")
        #expect(stopped.contains("shell$"), "the shell has the terminal back:\n\(stopped)")
        #expect(!stopped.contains("learning_rate"), "the editor's screen is gone (alternate screen left)")
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == setup.original)

        try shell.type("fg")
        try shell.press("Enter")
        let back = try shell.waitFor("the editor drawn again") { $0.contains("[modified]") && $0.contains("fixed 0.0055") }
        #expect(back.contains("enter edit"), "the whole screen, footer included:\n\(back)")
        try shell.type("q")
        try shell.waitFor("Quit with unsaved changes?")
        try shell.type("y")
        try shell.waitFor("the shell again") { $0.contains("shell$") && !$0.contains("[modified]") }
    }
}
