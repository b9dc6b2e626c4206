import Testing
@testable import Editor
import SearchSpace
import TestSupport

/// A grid too big to count in 64 bits: the status line shows what SearchSpace's Grid counts
/// ("more than 2^63"), where its own count once wrapped (one subspace) or trapped (three).
struct HugeGridTests {
    @Test(arguments: [1, 3])
    func theStatusLineSaysMoreThan2To63(subspaces: Int) {
        let h = Harness(text: hugeGridYAML(subspaces: subspaces), path: "huge.yml")
        #expect(h.state.document.space.subspaces.count == subspaces)
        #expect(h.lines[22].hasSuffix(" · grid: more than 2^63 points"), "\(h.lines[22])")
    }

    @Test func theStatusLineCountsExactlyUpTo2To63() {
        // 2^63 itself is exact: 2^9 * 2^9 * ... (seven choices of 512, 2^63 exactly)
        let values = (1...512).map(String.init).joined(separator: ", ")
        let parameters = ["number_of_epochs", "training_batch_size", "validation_batch_size", "training_crop_size",
                          "validation_crop_size", "validation_resize_size", "evaluation_frequency"]
        let yaml = parameters.enumerated().map { i, name in
            (i == 0 ? "  - " : "    ") + "\(name): {type: choice, values: [\(values)]}"
        }.joined(separator: "\n") + "\n"
        let h = Harness(space: yaml)
        #expect(h.lines[22].hasSuffix(" · grid: \(UInt64(1) << 63) points"), "\(h.lines[22])")
    }
}
