import Foundation
import Testing
import TestSupport

/// The editor's c in a real terminal: the quit question offers the changes, Esc comes back to it.
struct ChangesEndToEndTests {
    @Test func theQuitQuestionShowsTheChangesBeforeQuitting() throws {
        let folder = try TemporaryFolder.make().path
        let job = folder + "/job.yml"
        try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8).write(toFile: job, atomically: false, encoding: .utf8)
        let tmux = try TmuxSession([Binary.path, job],
                                   environment: ["TERM": "xterm-256color", "XDG_STATE_HOME": folder + "/state", "LANG": "C.UTF-8"])
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        try tmux.press("q")
        try tmux.waitFor("c  show the changes")
        try tmux.press("c")
        try tmux.waitFor("learning_rate: uniform(0.001,0.01) -> 0.0055")
        try tmux.waitFor("now always 0.0055 (was 0.001..0.01, evenly)")
        try tmux.press("Escape")
        try tmux.waitFor("Quit with unsaved changes?")
        try tmux.press("y")
        try tmux.waitForExit()
    }
}
