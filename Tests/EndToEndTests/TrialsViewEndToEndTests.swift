import Foundation
import Testing
import TestSupport

/// The real binary in tmux at 80x24: P shows every sampled trial full screen (the job's
/// max_trials, here raised to 200), G reaches the last of the 200, q goes back to the list.
@Suite(.enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct TrialsViewEndToEndTests {
    @Test func pThenGShowsTheLastTrialAndQCloses() throws {
        let text = try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8)
        let example = try TemporaryFolder.file("job.yml", text.replacingOccurrences(of: "max_trials: 20\n", with: "max_trials: 200\n"))
        let tmux = try TmuxSession([Binary.path, example], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        try tmux.waitFor("subspace 1/2")
        try tmux.type("P")
        let first = try tmux.waitFor("trials 1-20 of 200")
        #expect(first.contains("#  sub  model_name  learning_rate"), "\(first)")
        try tmux.type("G")
        // the terminal may be caught between two frames: poll for the whole last page
        let last = try tmux.waitFor("the last page") { screen in
            let rows = Self.trialNumbers(screen)
            return screen.contains("trials 181-200 of 200") && rows.first == 181 && rows.last == 200
        }
        #expect(Self.trialNumbers(last) == Array(181...200), "\(last)")
        try tmux.type("q")
        let list = try tmux.waitForGone("trials 181-200 of 200")
        #expect(list.contains(">  model_name"), "back in the list, the selection where it was:\n\(list)")
        try tmux.type("q")
        try tmux.waitForExit()
    }

    /// The numbers that start the lines of the screen (the trials shown).
    static func trialNumbers(_ screen: String) -> [Int] {
        screen.components(separatedBy: "\n").compactMap { line in
            line.split(separator: " ").first.flatMap { Int($0) }
        }
    }
}
