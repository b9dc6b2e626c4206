import Foundation
import Testing
import TestSupport

/// `sweepedit diff` and `sweepedit textconv` as a reviewer runs them, and through a real git:
/// `git diff` with the textconv driver, `git difftool -x`.
struct DiffEndToEndTests {
    static let before = """
        type: automl
        task: image_classification
        sweep:
          sampling_algorithm: random
        search_space:
          - model_name: {type: choice, values: [vitb16r224, vits16r224]}
            learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
          - model_name: seresnext
            layers_to_freeze: {type: choice, values: [0, 2]}
        """

    /// The same sweep as legacy expression strings, keys and subspaces in another order.
    static let sameWrittenDifferently = """
        sweep:
          sampling_algorithm: random
        task: image_classification
        type: automl
        search_space:
          - layers_to_freeze: "choice(2, 0)"
            model_name: seresnext
          - learning_rate: "uniform(0.001, 0.01)"
            model_name: "choice('vits16r224', 'vitb16r224')"
        """

    /// `before` with learning_rate on a log scale and max_trials set.
    static let after = """
        type: automl
        task: image_classification
        sweep:
          sampling_algorithm: random
        limits:
          max_trials: 20
        search_space:
          - model_name: {type: choice, values: [vitb16r224, vits16r224]}
            learning_rate: {type: loguniform, min_value: -9.2103, max_value: -4.6052}
          - model_name: seresnext
            layers_to_freeze: {type: choice, values: [0, 2]}
        """

    @Test func theSameSweepWrittenDifferentlyIsNoChange() throws {
        let a = try TemporaryFolder.file("a.yml", Self.before)
        let b = try TemporaryFolder.file("b.yml", Self.sameWrittenDifferently)
        let result = try Binary.run(["diff", a, b])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // the move is said, and is no change
        #expect(result.stdout.split(separator: "\n").dropFirst(2) == ["subspace 2 is now subspace 1 (seresnext): moved, the same draws"])
        let json = try Binary.run(["diff", "--json", a, b])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["same"] as? Bool == true)
        // the move is listed, as no change
        #expect((object?["changes"] as? [[String: Any]])?.map { $0["what"] as? String } == ["subspace_moved"])
    }

    @Test func aChangeIsSaidInWordsWithExit1() throws {
        let a = try TemporaryFolder.file("a.yml", Self.before)
        let b = try TemporaryFolder.file("b.yml", Self.after)
        let result = try Binary.run(["diff", a, b])
        #expect(result.status == 1)
        #expect(result.stdout == """
            --- \(a)
            +++ \(b)
            sweep:
              max_trials: unset -> 20: now at most 20 trials
            subspace 1 (vitb16r224, vits16r224):
              learning_rate: uniform(0.001,0.01) -> loguniform(-9.2103,-4.6052): now 0.0001..0.01 on a log scale (was 0.001..0.01, evenly)
            budget: P(every model tried) 0 -> 0.994

            """, "a job without max_trials runs Azure's 1 trial: two models cannot both be tried")
        let json = try Binary.run(["diff", "--json", a, b])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let changes = object?["changes"] as? [[String: Any]]
        #expect(changes?.last?["parameter"] as? String == "learning_rate")
        #expect(changes?.last?["subspace_after"] as? Int == 1)
        #expect(changes?.last?["after"] as? String == "loguniform(-9.2103,-4.6052)")
    }

    @Test func aBareSearchSpaceSaysNothingAboutTheSweepSettings() throws {
        let job = try TemporaryFolder.file("job.yml", Self.after)
        let rest = try TemporaryFolder.file("space.json", """
            [{"modelName": "choice('vitb16r224','vits16r224')", "learningRate": "loguniform(-9.2103,-4.6052)"},
             {"modelName": "seresnext", "layersToFreeze": "choice(0,2)"}]
            """)
        let result = try Binary.run(["diff", job, rest])
        #expect(result.status == 0, "max_trials is not compared with a file that cannot hold it")
        #expect(result.stdout == "(sweep settings not compared: \(rest) holds a search space only)\n")
        let json = try Binary.run(["diff", "--json", job, rest])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["sweep_settings_compared"] as? Bool == false)
    }

    @Test func anUnreadableFileIsExit2WithItsPlace() throws {
        let a = try TemporaryFolder.file("a.yml", Self.before)
        let bad = try TemporaryFolder.file("bad.yml", "search_space:\n  - learning_rate: [\n")
        let result = try Binary.run(["diff", a, bad])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(bad + ":3:1: error:"), "\(result.stderr)")
    }

    @Test func textconvListsTheSameForTheSameMeaning() throws {
        let a = try Binary.run(["textconv", try TemporaryFolder.file("a.yml", Self.before)])
        #expect(a.status == 0)
        #expect(a.stdout.contains("subspace 1 (vitb16r224, vits16r224):\n  model_name: choice('vitb16r224','vits16r224')  # one of 2 values\n"
            + "  learning_rate: uniform(0.001,0.01)  # 0.001..0.01, evenly\n"), "\(a.stdout)")
    }

    @Test func textconvShowsAFileItCannotReadAsItIs() throws {
        let text = "search_space:\n  - learning_rate: [\n"
        let bad = try TemporaryFolder.file("bad.yml", text)
        let result = try Binary.run(["textconv", bad])
        #expect(result.status == 0, "a half-written file must not stop git diff")
        #expect(result.stdout == text)
        #expect(result.stderr.hasPrefix(bad + ":3:1: error:"), "\(result.stderr)")
    }

    @Test func gitDiffReadsJobFilesThroughTextconv() throws {
        let repo = try TemporaryFolder.make("sweepedit-git")
        try git(["init", "-q"], in: repo)
        try Data("*.yml diff=sweepedit\n".utf8).write(to: repo.appendingPathComponent(".gitattributes"))
        try git(["config", "diff.sweepedit.textconv", "\(Binary.path) textconv"], in: repo)
        try Data(Self.before.utf8).write(to: repo.appendingPathComponent("job.yml"))
        try git(["add", "."], in: repo)
        try git(["commit", "-qm", "a sweep"], in: repo)
        // rewritten in the legacy form with the subspaces swapped, and learning_rate on a log scale
        let changed = Self.sameWrittenDifferently.replacingOccurrences(of: "uniform(0.001, 0.01)", with: "loguniform(-9.2103, -4.6052)")
        try Data(changed.utf8).write(to: repo.appendingPathComponent("job.yml"))
        let diff = try git(["diff", "--no-color"], in: repo)
        let changedLines = diff.split(separator: "\n").filter { ($0.hasPrefix("-") || $0.hasPrefix("+")) && !$0.hasPrefix("---") && !$0.hasPrefix("+++") }
        #expect(changedLines.contains("-  learning_rate: uniform(0.001,0.01)  # 0.001..0.01, evenly"), "\(diff)")
        #expect(changedLines.contains("+  learning_rate: loguniform(-9.2103,-4.6052)  # 0.0001..0.01 on a log scale"), "\(diff)")
        // the rewrite into another form shows as nothing but the order of the subspaces
        #expect(!diff.contains("type: uniform"), "\(diff)")
        #expect(!diff.contains("min_value"), "\(diff)")
    }

    @Test func sweepeditDiffWorksAsAGitDifftool() throws {
        let repo = try TemporaryFolder.make("sweepedit-git")
        try git(["init", "-q"], in: repo)
        try Data(Self.before.utf8).write(to: repo.appendingPathComponent("job.yml"))
        try git(["add", "."], in: repo)
        try git(["commit", "-qm", "a sweep"], in: repo)
        try Data(Self.after.utf8).write(to: repo.appendingPathComponent("job.yml"))
        let out = try git(["difftool", "--no-prompt", "-x", "\(Binary.path) diff", "--", "job.yml"], in: repo)
        #expect(out.contains("  learning_rate: uniform(0.001,0.01) -> loguniform(-9.2103,-4.6052): now 0.0001..0.01 on a log scale"), "\(out)")
        #expect(out.contains("  max_trials: unset -> 20: now at most 20 trials"), "\(out)")
    }

    /// Runs git in `dir` with no user or system configuration; returns its output.
    @discardableResult
    func git(_ arguments: [String], in dir: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=test", "-c", "user.email=test@example.com",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_PAGER"] = "cat"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if process.terminationStatus != 0 { Issue.record("git \(arguments.joined(separator: " ")) failed: \(text)") }
        return text
    }
}
