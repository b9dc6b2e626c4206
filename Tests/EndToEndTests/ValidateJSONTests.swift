import Foundation
import Testing
import TestSupport

/// `validate --json` says where each finding is, and reports a file it cannot read as an error
/// object instead of an empty array (issue 13, item 18). The fields product.md specifies stay as
/// they are; `file`, `line` and `column` are added.
struct ValidateJSONTests {
    static func objects(_ stdout: String) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(parsed as? [[String: Any]], "\(stdout)")
    }

    @Test func eachFindingCarriesItsFileAndPlace() throws {
        let file = try TemporaryFolder.file("space.yml", """
            search_space:
              - model_name: vitb16r224
                learning_rate: {type: uniform, min_value: 0.1, max_value: 0.01}
            """)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let result = try Binary.run(["validate", "--json", file])
        #expect(result.status == 1)
        let found = try Self.objects(result.stdout)
        let swapped = try #require(found.first { ($0["message"] as? String)?.contains("min_value 0.1 is above") == true })
        #expect(Set(swapped.keys) == ["severity", "subspace", "parameter", "message", "fix", "file", "line", "column"])
        #expect(swapped["severity"] as? String == "error")
        #expect(swapped["subspace"] as? Int == 0)
        #expect(swapped["parameter"] as? String == "learning_rate")
        #expect(swapped["file"] as? String == file)
        #expect(swapped["line"] as? Int == 3)
        #expect(swapped["column"] as? Int == 47)
        // the same place the human form gives
        let human = try Binary.run(["validate", file])
        #expect(human.stdout.contains("\(file):3:47: error: learning_rate: min_value 0.1 is above"), "\(human.stdout)")
    }

    @Test func anUnreadableFileIsAnErrorObjectAndExit2() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yml").path
        try "search_space:\n  - learning_rate: {type: uniform, min_value: 0.1\n".write(toFile: bad, atomically: false, encoding: .utf8)
        let good = folder.appendingPathComponent("good.yml").path
        try "search_space:\n  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.1}\n"
            .write(toFile: good, atomically: false, encoding: .utf8)
        let missing = folder.appendingPathComponent("missing.yml").path

        let result = try Binary.run(["validate", "--json", good, bad, missing])
        #expect(result.status == 2)
        let found = try Self.objects(result.stdout)
        #expect(found.count == 2, "\(result.stdout)")
        let unreadable = try #require(found.first)
        #expect(Set(unreadable.keys) == ["severity", "subspace", "parameter", "message", "file", "line", "column"])
        #expect(unreadable["severity"] as? String == "error")
        #expect(unreadable["subspace"] is NSNull)
        #expect(unreadable["parameter"] is NSNull)
        #expect(unreadable["file"] as? String == bad)
        #expect(unreadable["line"] as? Int == 3)
        #expect(unreadable["column"] as? Int == 1)
        #expect((unreadable["message"] as? String)?.hasPrefix("not valid YAML or JSON") == true)
        let gone = found[1]
        #expect(gone["file"] as? String == missing)
        #expect(gone["line"] is NSNull)
        #expect(gone["message"] as? String == "no such file")
    }
}
