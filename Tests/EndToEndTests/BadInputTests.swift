import Foundation
import Testing
import TestSupport

/// Bad input files (issue 7): each gets ONE clear line `file[:line:column]: error: message` on
/// stderr, exit status 2, nothing on stdout, and nothing written, also with `export -o`.
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The file's bytes; nil for a path that is not a file made here (see `path`).
        var bytes: [UInt8]?
        var path: String?
        /// Where the message must point (`line:column`), nil where there is no place.
        var place: String?
        var says: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, at place: String?, says: String) {
            self.name = name
            bytes = Array(text.utf8)
            self.place = place
            self.says = says
        }

        init(_ name: String, bytes: [UInt8], at place: String?, says: String) {
            self.name = name
            self.bytes = bytes
            self.place = place
            self.says = says
        }

        init(_ name: String, path: String, says: String) {
            self.name = name
            self.path = path
            self.says = says
        }
    }

    static let aliasBomb: String = {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        return lines.joined(separator: "\n")
    }()

    static let cases: [Case] = [
        Case("an empty file", "", at: nil, says: "the file is empty"),
        Case("only blank lines", "  \n\n", at: nil, says: "the file is empty"),
        Case("not YAML", "search_space: [\n  - {a: 1\n", at: "2:3", says: "not valid YAML or JSON"),
        Case("not JSON", #"{"search_space": [{"learning_rate" 0.1}]}"#, at: "1:36",
             says: "not valid YAML or JSON: did not find expected ',' or '}'"),
        Case("YAML that is not a search space", "hello: world\nitems: [1, 2]\n", at: "1:1", says: "no search_space here"),
        Case("a list of numbers", "[1, 2, 3]\n", at: "1:2", says: "subspace 1 must be a mapping of hyperparameters"),
        Case("search_space of the wrong type", "search_space: 5\n", at: "1:15", says: "search_space must be a list"),
        Case("a word for a bound", "- learning_rate: {type: uniform, min_value: low, max_value: 0.2}\n",
             at: "1:45", says: "min_value of uniform must be a number, found a string"),
        Case("a list for a value", "- learning_rate: [0.1, 0.2]\n", at: "1:18", says: "write a choice instead"),
        Case("an unknown distribution", "- learning_rate: {type: unifrom, min_value: 0.1, max_value: 0.2}\n",
             at: "1:25", says: "unknown distribution type 'unifrom' (did you mean uniform?)"),
        Case("a bad expression", "search_space:\n  - learning_rate: \"uniform(0.1, x)\"\n", at: "2:33", says: "'x' is not a number"),
        Case("a task sweepedit does not edit", "task: object_detection\nsearch_space: []\n", at: "1:7",
             says: "not an image classification task"),
        Case("a key twice", "- optimizer: sgd\n  optimizer: adam\n", at: "1:3", says: "'optimizer' appears more than once"),
        Case("binary bytes", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], at: "1:8",
             says: "binary data"),
        Case("another encoding", bytes: Array("- model_name: caf".utf8) + [0xE9, 0x0A], at: "1:18", says: "not UTF-8 text"),
        Case("a YAML alias bomb in the space", aliasBomb + "\nsearch_space:\n  - model_name: {type: choice, values: *i}\n",
             at: "11:40", says: "YAML aliases (*i) are not supported"),
        Case("a YAML alias bomb as a key", aliasBomb + "\n? *i\n: 1\nsearch_space: []\n", at: "10:1",
             says: "a YAML alias bomb"),
        Case("nesting 100,000 deep", String(repeating: "[", count: 100_000), at: "1:1", says: "nested too deeply"),
        // YAML tags sweepedit does not read (issue 13, item 17)
        Case("a Python object tag", "search_space:\n  - learning_rate: !!python/object/apply:os.system [\"echo hi\"]\n",
             at: "2:20", says: "the YAML tag !!python/object/apply:os.system is not supported"),
        Case("a local tag", "search_space:\n  - model_name: !custom resnet50\n", at: "2:17",
             says: "the YAML tag !custom is not supported"),
        Case("a tag on a key", "!!set {search_space}\n", at: "1:1", says: "the YAML tag !!set is not supported"),
        // numbers sweepedit cannot keep exactly (issue 13, item 8)
        Case("a YAML integer past Int", "search_space:\n  - number_of_epochs: 99999999999999999999\n", at: "2:23",
             says: "the integer 99999999999999999999 is too large to keep exactly"),
        Case("a choice value past Int", "search_space:\n  - number_of_epochs: {type: choice, values: [5, 99999999999999999999]}\n",
             at: "2:50", says: "the integer 99999999999999999999 is too large to keep exactly"),
        Case("randint's upper past Int", "- layers_to_freeze: {type: randint, upper: 99999999999999999999}\n", at: "1:44",
             says: "the integer 99999999999999999999 is too large to keep exactly"),
        Case("a float past Double", "- learning_rate: {type: uniform, min_value: 1e400, max_value: 1e401}\n", at: "1:45",
             says: "1e400 is too large for a float"),
        Case("a float below Double", "- learning_rate: 1e-400\n", at: "1:18", says: "1e-400 is too small for a float"),
        Case("NaN", "- learning_rate: .nan\n", at: "1:18", says: ".nan is not a finite number"),
        Case("JSON's Infinity", #"[{"learning_rate": {"type": "uniform", "min_value": 0.1, "max_value": Infinity}}]"#,
             at: "1:71", says: "Infinity is not a finite number"),
        Case("a REST integer past Int", #"[{"learning_rate": "choice(99999999999999999999)"}]"#, at: "1:28",
             says: "the integer 99999999999999999999 is too large to keep exactly"),
        Case("a REST float past Double", "- learning_rate: \"uniform(1e400,1e401)\"\n", at: "1:27",
             says: "1e400 is too large for a float"),
        Case("a REST fixed value past Int", #"[{"number_of_epochs": "99999999999999999999", "learning_rate": "uniform(0.1,0.2)"}]"#,
             at: "1:23", says: "number_of_epochs: the integer 99999999999999999999 is too large to keep exactly"),
        Case("a control character", bytes: Array("search_space:\n  - optimizer: sg".utf8) + [0x01] + Array("d\n".utf8),
             at: "2:18", says: "control characters are not allowed"),
        Case("a missing file", path: "/nonexistent/sweepedit/space.yml", says: "no such file"),
        Case("a directory", path: "/tmp", says: "is a directory"),
        Case("a device", path: "/dev/zero", says: "is not a regular file"),
    ]

    /// Makes the case's file, runs `validate` and `export -o`, checks what the user sees.
    @Test(arguments: cases)
    func isRefusedWithOneClearLine(_ c: Case) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        var file = c.path ?? folder.appendingPathComponent("input.yml").path
        if let bytes = c.bytes {
            file = folder.appendingPathComponent("input.yml").path
            try Data(bytes).write(to: URL(fileURLWithPath: file))
        }
        let out = folder.appendingPathComponent("out.yml").path
        for arguments in [["validate", file], ["export", file, "--to", "yaml", "-o", out], ["export", file, "--to", "rest"]] {
            let result = try Binary.run(arguments, timeLimit: 20)
            #expect(!result.timedOut, "\(arguments) took more than 20 s")
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments): \(result.stderr)")
            let prefix = file + (c.place.map { ":" + $0 } ?? "") + ": error: "
            #expect(result.stderr.hasPrefix(prefix), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(c.says), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == (c.bytes == nil ? [] : ["input.yml"]), "no temporary files are left: \(left)")
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.yml")
        // 17 MiB of comments: over the 16 MiB limit.
        try Data(repeating: UInt8(ascii: "#"), count: 17 * 1024 * 1024).write(to: file)
        let result = try Binary.run(["validate", file.path], timeLimit: 20)
        #expect(result.status == 2)
        #expect(result.stderr == file.path + ": error: the file is 17,825,792 bytes; a search space is never larger than "
            + "16 MiB (16,777,216 bytes), so it is not read\n")
    }

    /// One byte over the limit is not "16 MB, never larger than 16 MB" (issue 13, item 18).
    @Test func oneByteOverTheLimitSaysByHowMuch() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.yml")
        try Data(repeating: UInt8(ascii: "#"), count: 16 * 1024 * 1024 + 1).write(to: file)
        let result = try Binary.run(["validate", file.path], timeLimit: 20)
        #expect(result.status == 2)
        #expect(result.stderr == file.path + ": error: the file is 16,777,217 bytes; a search space is never larger than "
            + "16 MiB (16,777,216 bytes), so it is not read\n")
    }

    @Test func anExistingOutputIsLeftAloneWhenTheInputIsBad() throws {
        let bad = try TemporaryFolder.file("bad.yml", "search_space: 5\n")
        let folder = URL(fileURLWithPath: bad).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.yml")
        try "keep me\n".write(to: out, atomically: false, encoding: .utf8)
        let result = try Binary.run(["export", bad, "--to", "json", "-o", out.path])
        #expect(result.status == 2)
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.yml", "out.yml"])
    }

    /// The alias bomb expands to 9^9 nodes if walked; it must be refused quickly and small.
    @Test func theAliasBombIsRefusedQuicklyWithBoundedMemory() throws {
        let file = try TemporaryFolder.file("bomb.yml", Self.aliasBomb + "\n? *i\n: 1\n? *h\n: 2\nsearch_space: *i\n")
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: file).deletingLastPathComponent()) }
        let start = Date()
        let result = try Binary.run(["validate", file], timeLimit: 10)
        #expect(!result.timedOut)
        #expect(result.status == 2)
        #expect(Date().timeIntervalSince(start) < 5, "refused within seconds, not after expanding the aliases")
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 300_000, "peak memory of the largest child so far, in KB: \(usage.ru_maxrss)")
    }
}
