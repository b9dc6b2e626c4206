import Foundation
import Testing
import TestSupport

/// Numbers at the edges of what Int and Double hold go through export unchanged, and JSON
/// output is always JSON (issue 13, item 8; the ones they cannot hold are BadInputTests cases).
struct ExactNumberTests {
    static let edges = """
        search_space:
          - number_of_epochs: {type: choice, values: [9223372036854775807, -9223372036854775808, 9007199254740993]}
            learning_rate: {type: uniform, min_value: 4.9e-324, max_value: 1.7976931348623157e308}
            weight_decay: 1e-310
        """

    @Test func edgeNumbersSurviveEveryExport() throws {
        let file = try TemporaryFolder.file("edges.yml", Self.edges)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["yaml", "json", "rest", "job"] {
            let out = folder.appendingPathComponent("out.\(format)").path
            let first = try Binary.run(["export", file, "--to", format, "-o", out])
            #expect(first.status == 0, "\(format): \(first.stderr)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            for number in ["9223372036854775807", "-9223372036854775808", "9007199254740993"] {
                #expect(text.contains(number), "\(format) keeps \(number):\n\(text)")
            }
            if format == "json" || format == "rest" {
                #expect(throws: Never.self, "\(format) is JSON") { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
            }
            // reading the export back and exporting it again changes nothing
            let again = try Binary.run(["export", out, "--to", format])
            #expect(again.status == 0, "\(format): \(again.stderr)")
            #expect(again.stdout == text, "\(format) round trip")
        }
    }

    @Test func sampledJSONIsAlwaysJSON() throws {
        let file = try TemporaryFolder.file("edges.yml", """
            search_space:
              - learning_rate: {type: lognormal, mu: 700, sigma: 10}
                weight_decay: {type: normal, mu: 0, sigma: 1e308}
            """)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["sample", file, "-n", "50", "--format", "json"])
        if result.status == 0 {
            #expect(throws: Never.self, "sample --format json is JSON") {
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            }
        } else {
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
