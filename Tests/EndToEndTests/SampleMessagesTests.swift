import Foundation
import Testing
import TestSupport

/// `sample --count` on a space that is not a grid, and `sample --stats`' subspace numbers
/// (issue 16).
struct SampleMessagesTests {
    static let twoSubspaces = """
        task: image_classification
        search_space:
          - model_name: {type: choice, values: [vitb16r224, vits16r224]}
            learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
            momentum: {type: uniform, min_value: 0.85, max_value: 0.95}
          - model_name: {type: choice, values: [seresnext]}
            learning_rate: {type: loguniform, min_value: -6.9, max_value: -4.6}
        """

    @Test func countOnANonGridNamesTheParametersThatAreNotChoicesInOneLine() throws {
        let file = try TemporaryFolder.file("space.yml", Self.twoSubspaces)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file, "--count"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == file + ":4:20: error: --count counts grid points, and this space is not a grid: "
                + "learning_rate (uniform in subspace 1, loguniform in subspace 2) and momentum (uniform in subspace 1) "
                + "are not choices\n")
    }

    @Test func statsNumbersSubspacesFromOne() throws {
        let file = try TemporaryFolder.file("space.yml", Self.twoSubspaces)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file, "--stats", "-n", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("1000 trials: "))
        #expect(first.contains(" from subspace 1, ") && first.hasSuffix(" from subspace 2"), "\(first)")
        #expect(!first.contains("subspace 0"))
    }
}
