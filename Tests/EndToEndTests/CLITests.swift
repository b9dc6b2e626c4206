import Foundation
import Testing
import TestSupport

/// Runs the built `sweepedit` binary as a script or CI job would.
struct CLITests {
    static let space = """
        task: image_classification
        search_space:
          - model_name: {type: choice, values: [vitb16r224, seresnext]}
            learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
        """

    @Test func paramsListsAllThirtyOneParameters() throws {
        let result = try Binary.run(["params"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 31)
        #expect(lines.first?.hasPrefix("model_name ") == true)
        let json = try Binary.run(["params", "--json"])
        let objects = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(objects?.count == 31)
        #expect(objects?.first?["wire_name"] as? String == "modelName")
    }

    @Test func unreadableFileGivesLineColumnAndExit2() throws {
        let file = try TemporaryFolder.file("bad.yml", "search_space:\n  - learning_rate: {type: uniform, min_value: 0.1\n")
        let result = try Binary.run(["validate", file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(file + ":"))
        #expect(result.stderr.contains("error:"))
    }

    @Test func exportPrintsEveryFormat() throws {
        let file = try TemporaryFolder.file("space.yml", Self.space)
        let rest = try Binary.run(["export", file, "--to", "rest"])
        #expect(rest.status == 0)
        #expect(rest.stdout == """
            [
              {
                "learning_rate": "uniform(0.001,0.01)",
                "model_name": "choice('vitb16r224','seresnext')"
              }
            ]

            """)
        for format in ["yaml", "json", "job"] {
            let result = try Binary.run(["export", file, "--to", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("learning_rate"), "\(format)")
        }
    }

    @Test func exportToAFileIsAtomicAndKeepsPermissions() throws {
        let file = try TemporaryFolder.file("space.yml", Self.space)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.json").path
        try "old contents\n".write(toFile: out, atomically: false, encoding: .utf8)
        // a mode the umask would strip: the temporary file is made through it, so only the
        // write's own chmod keeps 0664
        try FileManager.default.setAttributes([.posixPermissions: 0o664], ofItemAtPath: out)

        let result = try Binary.run(["export", file, "--to", "json", "-o", out], umask: "077")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let expected = try Binary.run(["export", file, "--to", "json"]).stdout
        #expect(try String(contentsOfFile: out, encoding: .utf8) == expected)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o664, "the output keeps its permissions: \(String(mode ?? 0, radix: 8))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out.json", "space.yml"],
                "no temporary file is left beside it")
    }

    @Test func exportToAFolderThatDoesNotExistFailsCleanly() throws {
        let file = try TemporaryFolder.file("space.yml", Self.space)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("missing/out.yml").path
        let result = try Binary.run(["export", file, "--to", "yaml", "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(out + ": cannot write: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["space.yml"])
    }

    @Test func newWritesAJobThatValidatesAndDoesNotOverwrite() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("job.yml").path
        let made = try Binary.run(["new", "--task", "image_classification_multilabel", "-o", out])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("task: image_classification_multilabel"))
        #expect(try Binary.run(["validate", out]).status == 0)

        let again = try Binary.run(["new", "-o", out])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == text)
        #expect(try Binary.run(["new", "--force", "-o", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("task: image_classification\n"))
    }

    @Test func sampleRunsABayesianJobAsRandomAndSaysSo() throws {
        let file = try TemporaryFolder.file("bayesian.yml", "sweep:\n  sampling_algorithm: bayesian\n" + Self.space)
        let bayesian = try Binary.run(["sample", file, "-n", "3", "--seed", "7"])
        let random = try Binary.run(["sample", file, "-n", "3", "--seed", "7", "--algorithm", "random"])
        #expect(bayesian.status == 0)
        #expect(bayesian.stdout == random.stdout)
        #expect(bayesian.stderr == "note: the file's sampling algorithm is bayesian, which depends on trial results; sampling randomly instead (--algorithm to choose)\n")
        #expect(random.stderr.isEmpty)
    }

    /// `sweepedit FILE` opens the editor without ArgumentParser (EditCommand.plainStart): a
    /// single argument that names a subcommand, an alias or `help` must still run that, and
    /// a file must end as it does through ArgumentParser (`sweepedit edit FILE`): same
    /// message, same status.
    @Test func aPlainFileArgumentEndsAsTheEditCommandDoes() throws {
        let help = try Binary.run(["help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE:"), "\(help.stdout)\(help.stderr)")
        let themes = try Binary.run(["themes"])
        #expect(themes.status == 0)
        #expect(themes.stdout.contains("default"), "\(themes.stdout)\(themes.stderr)")
        for file in ["/nonexistent/sweepedit/space.yml", "Examples/image-classification-job.yml"] {
            let plain = try Binary.run([file])
            let parsed = try Binary.run(["edit", file])
            #expect(plain.status == 2, "\(file): \(plain.stderr)")
            #expect(plain.status == parsed.status, "\(file)")
            #expect(plain.stderr == parsed.stderr, "\(file)")
            #expect(plain.stdout == parsed.stdout, "\(file)")
        }
    }
}
