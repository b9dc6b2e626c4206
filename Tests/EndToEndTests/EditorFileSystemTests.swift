import Foundation
import Testing
import TestSupport

/// The editor's saves on a real file system, in tmux at 80x24: a symlinked job, Save as onto a
/// file that exists, a read-only file, a file with a byte-order mark.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct EditorFileSystemTests {
    static let example = PackageRoot.url.appendingPathComponent("Examples/image-classification-job.yml")

    struct Setup {
        let folder: String
        let state: String
        var environment: [String: String] { ["TERM": "xterm-256color", "XDG_STATE_HOME": state, "LANG": "C.UTF-8"] }
        init() throws {
            folder = try TemporaryFolder.make().path
            state = folder + "/state"
        }
        func write(_ name: String, _ text: String) throws -> String {
            try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
            return folder + "/" + name
        }
        func read(_ name: String) -> String? { try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) }
    }

    static func original() throws -> String { try String(contentsOf: example, encoding: .utf8) }

    @Test func savingASymlinkedJobWritesItsTargetAndKeepsTheLink() throws {
        let setup = try Setup()
        try FileManager.default.createDirectory(atPath: setup.folder + "/real", withIntermediateDirectories: true)
        _ = try setup.write("real/job.yml", Self.original())
        symlink("real/job.yml", setup.folder + "/job.yml")
        let tmux = try TmuxSession([Binary.path, setup.folder + "/job.yml"], environment: setup.environment)
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        try tmux.type("s")
        try tmux.waitFor("saved ")
        var info = stat()
        lstat(setup.folder + "/job.yml", &info)
        #expect(info.st_mode & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(setup.read("real/job.yml")?.contains("learning_rate: 0.0055") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder + "/real") == ["job.yml"], "no temporary file left")
    }

    @Test func saveAsOntoAnExistingFileAsksFirst() throws {
        let setup = try Setup()
        let job = try setup.write("job.yml", Self.original())
        _ = try setup.write("other.yml", "theirs\n")
        let tmux = try TmuxSession([Binary.path, job], environment: setup.environment)
        try tmux.waitFor("subspace 1/2")
        try tmux.type("S")
        try tmux.waitFor("Save as (job YAML):")
        try tmux.type(setup.folder + "/other.yml")
        try tmux.press("Enter")
        try tmux.waitFor("other.yml exists. Replace it?")
        try tmux.type("n")
        try tmux.waitFor("not written:")
        #expect(setup.read("other.yml") == "theirs\n")
        try tmux.type("S")
        try tmux.waitFor("Save as (job YAML):")
        try tmux.type(setup.folder + "/other.yml")
        try tmux.press("Enter")
        try tmux.waitFor("Replace it?")
        try tmux.type("y")
        try tmux.waitFor("saved ")
        #expect(setup.read("other.yml")?.contains("search_space:") == true)
    }

    @Test func aReadOnlyJobIsWrittenOnlyAfterYes() throws {
        let setup = try Setup()
        let job = try setup.write("job.yml", Self.original())
        chmod(job, 0o444)
        let tmux = try TmuxSession([Binary.path, job], environment: setup.environment)
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        try tmux.type("s")
        try tmux.waitFor("job.yml is read-only. Write it anyway?")
        #expect(setup.read("job.yml") == (try Self.original()))
        try tmux.type("y")
        try tmux.waitFor("saved ")
        #expect(setup.read("job.yml")?.contains("learning_rate: 0.0055") == true)
        var info = stat()
        stat(job, &info)
        #expect(info.st_mode & 0o7777 == 0o444, "still read-only")
    }

    @Test func aJobWithAByteOrderMarkSavesInPlace() throws {
        let setup = try Setup()
        let job = try setup.write("job.yml", "\u{FEFF}" + Self.original())
        let tmux = try TmuxSession([Binary.path, job], environment: setup.environment)
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        try tmux.type("s")
        try tmux.waitFor("saved ")
        let bytes = Array(FileManager.default.contents(atPath: job) ?? Data())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "the mark is kept")
        #expect(setup.read("job.yml")?.contains("learning_rate: 0.0055") == true)
    }
}
