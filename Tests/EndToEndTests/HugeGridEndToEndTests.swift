import Foundation
import Testing
import TestSupport

/// A grid of more than 2^63 points opened in the real editor at 80x24: it opens (three such
/// subspaces once trapped on every frame) and its status line shows SearchSpace's count.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct HugeGridEndToEndTests {
    /// `subspaces` search_space items, each sweeping 7 integer parameters with a choice of
    /// 1,000 values: 10^21 points each.
    static func hugeGrid(subspaces: Int) -> String {
        let parameters = ["number_of_epochs", "training_batch_size", "validation_batch_size", "training_crop_size",
                          "validation_crop_size", "validation_resize_size", "evaluation_frequency"]
        let values = (1...1000).map(String.init).joined(separator: ", ")
        let item = parameters.enumerated().map { i, name in
            (i == 0 ? "  - " : "    ") + "\(name): {type: choice, values: [\(values)]}"
        }.joined(separator: "\n")
        return "search_space:\n" + Array(repeating: item, count: subspaces).joined(separator: "\n") + "\n"
    }

    @Test(arguments: [1, 3])
    func aHugeGridOpensAndShowsItsCount(subspaces: Int) throws {
        let file = try TemporaryFolder.file("huge.yml", Self.hugeGrid(subspaces: subspaces))
        let tmux = try TmuxSession([Binary.path, file], environment: ["TERM": "xterm-256color"])
        let screen = try tmux.waitFor("grid: more than 2^63 points")
        #expect(screen.contains("subspace 1/\(subspaces)"))
        #expect(try tmux.hasExited() == false)
        try tmux.type("q")
        try tmux.waitForExit()
    }
}
