import Foundation
import Testing
import TestSupport

/// The real binary in tmux at 80x24, doing what a person does: open a job, find a parameter,
/// fix it, type a bad bound, sweep it, read the help, try to quit, save, quit. Then the saved
/// file: every other key and comment kept, and accepted by Azure's SDK (a missing .venv fails the test).
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct EditorSessionTests {
    static let example = PackageRoot.exampleJob

    @Test func editAJobFileAndSaveIt() throws {
        let original = try String(contentsOf: Self.example, encoding: .utf8)
        let file = try TemporaryFolder.file("job.yml", original)
        let tmux = try TmuxSession([Binary.path, file], environment: ["TERM": "xterm-256color"])

        try tmux.waitFor("subspace 1/2: vitb16r224, vits16r224")
        #expect(try tmux.screen().contains("? help  q quit"))

        // filter to a parameter and make it fixed
        try tmux.fixLearningRate()

        // a bad value: the message shows before Enter, Esc restores
        try tmux.press("Enter")
        try tmux.waitFor("fixed: value [0.0055]")
        try tmux.press("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("2")
        let typed = try tmux.waitFor("learning_rate must be in [0, 1], and 2 is not")
        #expect(typed.contains("fixed 2"), "the list follows the field as it is typed")
        #expect(typed.contains("1 error"))
        try tmux.press("Escape")
        try tmux.waitFor(">  learning_rate                  fixed 0.0055")

        // a distribution, then its kind cycled
        try tmux.type("d")
        try tmux.waitFor("learning_rate swept") { $0.contains(">  learning_rate                  sweep uniform(") }
        try tmux.type("t")
        try tmux.waitFor("sweep loguniform(")
        #expect(try tmux.screen().contains("ln = "), "log-scale bounds show their exponent")

        // the help overlay lists the keys, Esc closes it
        try tmux.type("?")
        try tmux.waitFor("sweepedit keys")
        try tmux.press("Escape")
        try tmux.waitForGone("sweepedit keys")

        // q with unsaved changes asks; Esc goes back
        try tmux.type("q")
        try tmux.waitFor("Quit with unsaved changes?")
        try tmux.press("Escape")
        try tmux.waitForGone("Quit with unsaved changes?")
        #expect(try tmux.hasExited() == false)

        // save, then quit
        try tmux.type("s")
        try tmux.waitFor("saved ")
        #expect(try tmux.screen().contains("[modified]") == false)
        try tmux.type("q")
        try tmux.waitForExit()

        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("# An AutoML image classification job with a two-subspace sweep."))
        #expect(saved.contains("  path: data/training-mltable-folder   # an MLTable folder"))
        #expect(saved.contains("experiment_name: sweepedit-example"))
        #expect(saved.contains("training_parameters:\n  early_stopping: True\n  evaluation_frequency: 1"))
        #expect(saved.contains("type: loguniform"))
        let validation = try Binary.run(["validate", file])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        let sdk = try AzureSDK.verdict(file)
        #expect(sdk.accepted, "the Azure SDK rejects the saved file: \(sdk.error ?? "")")
    }

    /// `s` keeps the file's mode even where the umask would strip it (the temporary file the
    /// save renames over it is made through the umask).
    @Test func aSaveKeepsPermissionsTheUmaskWouldStrip() throws {
        let file = try TemporaryFolder.file("job.yml", try String(contentsOf: Self.example, encoding: .utf8))
        #expect(chmod(file, 0o664) == 0)
        let strict = ["/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"", Binary.path, file]
        let tmux = try TmuxSession(strict, environment: ["TERM": "xterm-256color"])
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        try tmux.type("s")
        try tmux.waitFor("saved ")
        try tmux.type("q")
        try tmux.waitForExit()
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("learning_rate: 0.0055"))
        var info = stat()
        #expect(stat(file, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o664, "mode \(String(info.st_mode & 0o7777, radix: 8))")
    }

    @Test func anUnreadableFileLeavesTheTerminalAloneAndExits2() throws {
        let file = try TemporaryFolder.file("bad.yml", "search_space:\n  - learning_rate: {type: uniform, min_value: 0.1\n")
        let result = try Binary.run([file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(file + ":"))
        #expect(result.stdout.isEmpty, "no escape sequences were written")
    }

    @Test func resizingKeepsTheScreenWhole() throws {
        let file = try TemporaryFolder.file("job.yml", try String(contentsOf: Self.example, encoding: .utf8))
        let tmux = try TmuxSession([Binary.path, file], width: 100, height: 30, environment: ["TERM": "xterm-256color"])
        try tmux.waitFor("subspace 1/2")
        try tmux.type("G")
        try tmux.waitFor(">  enable_onnx_normalization")
        try tmux.resize(width: 60, height: 20)
        let small = try tmux.waitFor("the 60x20 footer") { $0.split(separator: "\n").count <= 20 && $0.contains("? help  q quit") }
        #expect(small.contains(">  enable_onnx_normalization"), "the selection stays in view")
        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor("window too small")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("subspace 1/2")
        try tmux.type("q")
        try tmux.waitForExit()
    }
}
