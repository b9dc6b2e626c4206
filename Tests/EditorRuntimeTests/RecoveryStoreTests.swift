import Foundation
import Testing
@testable import EditorRuntime
import Editor
import SearchSpace
import TestSupport

struct RecoveryTests {
    func temporaryFolder() throws -> String { try TemporaryFolder.make("sweepedit-recovery").path }

    @Test func writesAndFindsTheRecoveryOfAFile() throws {
        let dir = try temporaryFolder()
        let store = RecoveryStore(directory: dir + "/state", session: "11-100")
        let edited = dir + "/job.yml"
        try "search_space: []\n".write(toFile: edited, atomically: true, encoding: .utf8)
        let written = try store.write(text: "search_space:\n  - optimizer: sgd\n", for: edited,
                                      form: FileForm(shape: .job, syntax: .yaml), now: Date(timeIntervalSince1970: 100))
        #expect(written.file == store.recoveryPath(for: edited) && written.refused == nil)
        // under the named file's recovery name, <name>-<16 hex digits>.<session>.recovery, not the untitled one
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(names.count == 1, "\(names)")
        let name = try #require(names.first)
        #expect(name.hasPrefix("job.yml-") && name.hasSuffix(".recovery"), "\(name)")
        let hash = name.dropFirst("job.yml-".count).prefix { $0 != "." }
        #expect(hash.count == 16 && hash.allSatisfy { $0.isHexDigit }, "\(name)")
        #expect(store.pending(for: nil).entries.isEmpty, "nothing for an untitled session")
        let entry = try #require(store.pending(for: edited).entries.first)
        #expect(entry.file == store.directory + "/" + name)
        #expect(entry.originalPath == edited)
        #expect(entry.savedAt == 100)
        #expect(entry.text == "search_space:\n  - optimizer: sgd\n")
        #expect(try String(contentsOfFile: edited, encoding: .utf8) == "search_space: []\n")
        store.discard(file: entry.file)
        #expect(store.pending(for: edited).entries.isEmpty)
    }

    @Test func twoSessionsWriteTwoFilesAndBothAreFound() throws {
        let dir = try temporaryFolder()
        let edited = dir + "/job.yml"
        let form = FileForm(shape: .job, syntax: .yaml)
        let first = RecoveryStore(directory: dir + "/state", session: "11-100")
        let second = RecoveryStore(directory: dir + "/state", session: "12-100")
        try first.write(text: "one\n", for: edited, form: form, now: Date(timeIntervalSince1970: 200))
        try second.write(text: "two\n", for: edited, form: form, now: Date(timeIntervalSince1970: 100))
        #expect(first.recoveryPath(for: edited) != second.recoveryPath(for: edited))
        // whichever session looks finds both, oldest first; another path's are not found
        #expect(first.pending(for: edited).entries.map(\.text) == ["two\n", "one\n"])
        try first.write(text: "other\n", for: dir + "/job.yml.bak", form: form)
        #expect(second.pending(for: edited).entries.count == 2)
        // a file from before sessions had names is found too
        let legacy = dir + "/state/" + RecoveryStore.stem(for: edited) + ".recovery"
        try "#sweepedit-recovery v1 {\"path\": \"\(edited)\", \"saved_at\": 50}\nold\n".write(toFile: legacy, atomically: false, encoding: .utf8)
        #expect(first.pending(for: edited).entries.map(\.text) == ["old\n", "two\n", "one\n"])
    }

    @Test func foldersAre0700AndFiles0600() throws {
        let dir = try temporaryFolder()
        let store = RecoveryStore(directory: dir + "/state/sweepedit/recovery", session: "1-1")
        // (not umask(0) here: it is the whole process's, and the other tests run at the same time)
        let written = try store.write(text: "x\n", for: dir + "/job.yml", form: FileForm(shape: .job, syntax: .yaml))
        #expect(mode(written.file) == 0o600)
        for folder in ["/state", "/state/sweepedit", "/state/sweepedit/recovery"] { #expect(mode(dir + folder) == 0o700, "\(folder)") }
    }

    @Test func aFolderWritableByOthersIsRefusedAndTheFallbackUsed() throws {
        let dir = try temporaryFolder()
        let store = RecoveryStore(directory: dir + "/state/sweepedit/recovery", fallback: dir + "/tmp/sweepedit-0/recovery", session: "1-1")
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        chmod(dir + "/state/sweepedit", 0o777)
        let written = try store.write(text: "x\n", for: dir + "/job.yml", form: FileForm(shape: .job, syntax: .yaml))
        #expect(written.file.hasPrefix(dir + "/tmp/sweepedit-0/recovery/job.yml-"))
        #expect(written.refused?.contains("sweepedit: refused: the folder is writable by others (mode 777)") == true, "\(written.refused ?? "")")
        #expect(store.pending(for: dir + "/job.yml").entries.count == 1, "found in the fallback")
        // both refused: the error says both reasons
        chmod(dir + "/tmp/sweepedit-0", 0o777)
        #expect(throws: AtomicFile.Failure.self) {
            try store.write(text: "x\n", for: dir + "/job.yml", form: FileForm(shape: .job, syntax: .yaml))
        }
        let found = store.pending(for: dir + "/job.yml")
        #expect(found.entries.isEmpty, "a refused folder is not read")
        #expect(found.unreadable.count == 1 && found.unreadable[0].reason.hasPrefix("not read: "), "but its file is named: \(found.unreadable)")
    }

    @Test func aStateHomeOthersCanWriteInIsRefusedUnlessSticky() throws {
        let dir = try temporaryFolder()
        let store = RecoveryStore(directory: dir + "/state/sweepedit/recovery", session: "1-1")
        try FileManager.default.createDirectory(atPath: dir + "/state", withIntermediateDirectories: true)
        chmod(dir + "/state", 0o777)
        #expect(throws: AtomicFile.Failure.self) {
            try store.write(text: "x\n", for: dir + "/job.yml", form: FileForm(shape: .job, syntax: .yaml))
        }
        chmod(dir + "/state", 0o1777)  // as /tmp is
        let written = try store.write(text: "x\n", for: dir + "/job.yml", form: FileForm(shape: .job, syntax: .yaml))
        #expect(written.refused == nil)
    }

    @Test func unreadableRecoveryFilesAreReportedNotSkipped() throws {
        let dir = try temporaryFolder()
        let store = RecoveryStore(directory: dir + "/state", session: "1-1")
        try store.write(text: "x\n", for: dir + "/job.yml", form: FileForm(shape: .job, syntax: .yaml))
        let stem = RecoveryStore.stem(for: dir + "/job.yml")
        try "no header\n".write(toFile: dir + "/state/\(stem).2-2.recovery", atomically: false, encoding: .utf8)
        try Data([0x23, 0xff, 0x0a]).write(to: URL(fileURLWithPath: dir + "/state/\(stem).3-3.recovery"))
        let found = store.pending(for: dir + "/job.yml")
        #expect(found.entries.count == 1)
        #expect(found.unreadable.map(\.file) == [dir + "/state/\(stem).2-2.recovery", dir + "/state/\(stem).3-3.recovery"])
        #expect(found.unreadable.first?.reason == "its first line is not a sweepedit recovery header")
        #expect(found.unreadable.last?.reason.contains("not UTF-8") == true, "\(found.unreadable)")
    }

    @Test func anUntitledSessionHasItsOwnRecoveryFile() throws {
        let store = RecoveryStore(directory: try temporaryFolder() + "/state")
        try store.write(text: "search_space: []\n", for: nil, form: FileForm(shape: .job, syntax: .yaml))
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(names.count == 1 && names[0].hasPrefix("untitled.") && names[0].hasSuffix(".recovery"), "\(names)")
        let entry = try #require(store.pending(for: nil).entries.first)
        #expect(entry.originalPath == nil)
        #expect(entry.text == "search_space: []\n")
        #expect(store.pending(for: "/a/untitled").entries.isEmpty)
    }

    @Test func recoveryFilesOfDifferentFoldersDoNotCollide() {
        let store = RecoveryStore(directory: "/state")
        #expect(store.recoveryPath(for: "/a/job.yml") != store.recoveryPath(for: "/b/job.yml"))
        #expect(store.recoveryPath(for: "/a/job.yml").hasPrefix("/state/job.yml-"))
    }

    @Test func standardStoreFollowsXDGStateHome() {
        #expect(RecoveryStore.standard(environment: ["XDG_STATE_HOME": "/x"]).directory == "/x/sweepedit/recovery")
        #expect(RecoveryStore.standard(environment: ["HOME": "/home/u"]).directory
            == "/home/u/.local/state/sweepedit/recovery")
        // the XDG spec: a relative path is ignored
        #expect(RecoveryStore.standard(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/u"]).directory
            == "/home/u/.local/state/sweepedit/recovery")
        #expect(RecoveryStore.standard(environment: ["TMPDIR": "/t"]).fallback == "/t/sweepedit-\(geteuid())/recovery")
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func lineDiffShowsOnlyWhatChanged() {
        let old = "a\nb\nc\nd\n"
        let new = "a\nB\nc\nd\ne\n"
        #expect(LineDiff.changes(from: old, to: new) == ["+ B", "- b", "+ e"]
            || LineDiff.changes(from: old, to: new) == ["- b", "+ B", "+ e"])
    }

    @Test func diskCheckTellsTouchFromChange() throws {
        let dir = try temporaryFolder()
        let path = dir + "/f.yml"
        try "x: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let stamp = FileStamp.of(path)
        #expect(DiskCheck.verdict(path: path, stamp: stamp, text: "x: 1\n") == .unchanged)
        try "x: 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(DiskCheck.verdict(path: path, stamp: stamp, text: "x: 1\n") == .changed)
        try "x: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(DiskCheck.verdict(path: path, stamp: stamp, text: "x: 1\n") == .unchanged)
        try FileManager.default.removeItem(atPath: path)
        #expect(DiskCheck.verdict(path: path, stamp: stamp, text: "x: 1\n") == .deleted)
    }
}
