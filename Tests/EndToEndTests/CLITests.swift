import Foundation
import Testing

/// Runs the built `sweepedit` binary as a script or CI job would.
struct CLITests {
    @Test func paramsListsAllThirtyOneParameters() throws {
        let result = try Binary.run(["params"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 31)
        #expect(lines.first?.hasPrefix("model_name ") == true)
    }

    @Test func unreadableFileGivesLineColumnAndExit2() throws {
        let file = try Binary.temporaryFile("bad.yml", "search_space:\n  - learning_rate: {type: uniform, min_value: 0.1\n")
        let result = try Binary.run(["validate", file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(file + ":"))
        #expect(result.stderr.contains("error:"))
    }
}
