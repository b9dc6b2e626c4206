import Foundation
import Testing
import TestSupport

/// A grid of more than 2^63 points opened in the real editor at 80x24: it opens (three such
/// subspaces once trapped on every frame) and its status line shows SearchSpace's count.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct HugeGridEndToEndTests {
    @Test(arguments: [1, 3])
    func aHugeGridOpensAndShowsItsCount(subspaces: Int) throws {
        let file = try TemporaryFolder.file("huge.yml", hugeGridYAML(subspaces: subspaces))
        let tmux = try TmuxSession([Binary.path, file], environment: ["TERM": "xterm-256color"])
        let screen = try tmux.waitFor("grid: more than 2^63 points")
        #expect(screen.contains("subspace 1/\(subspaces)"))
        #expect(try tmux.hasExited() == false)
        try tmux.type("q")
        try tmux.waitForExit()
    }
}
