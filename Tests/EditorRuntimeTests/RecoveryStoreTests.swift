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
        let store = RecoveryStore(directory: dir + "/state")
        let edited = dir + "/job.yml"
        try "search_space: []\n".write(toFile: edited, atomically: true, encoding: .utf8)
        try store.write(text: "search_space:\n  - optimizer: sgd\n", for: edited,
                        form: FileForm(shape: .job, syntax: .yaml), now: Date(timeIntervalSince1970: 100))
        // under the named file's recovery name, <name>-<16 hex digits>.recovery, not the untitled one
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(names.count == 1, "\(names)")
        let name = try #require(names.first)
        #expect(name.hasPrefix("job.yml-") && name.hasSuffix(".recovery"), "\(name)")
        let hash = name.dropFirst("job.yml-".count).dropLast(".recovery".count)
        #expect(hash.allSatisfy { $0.isHexDigit }, "\(name)")
        #expect(name.count == "job.yml-".count + 16 + ".recovery".count, "\(name)")
        #expect(store.pending(for: nil) == nil, "nothing for an untitled session")
        let entry = try #require(store.pending(for: edited))
        #expect(entry.file == store.directory + "/" + name)
        #expect(entry.originalPath == edited)
        #expect(entry.savedAt == 100)
        #expect(entry.text == "search_space:\n  - optimizer: sgd\n")
        #expect(try String(contentsOfFile: edited, encoding: .utf8) == "search_space: []\n")
        store.discard(for: edited)
        #expect(store.pending(for: edited) == nil)
    }

    @Test func anUntitledSessionHasItsOwnRecoveryFile() throws {
        let store = RecoveryStore(directory: try temporaryFolder() + "/state")
        try store.write(text: "search_space: []\n", for: nil, form: FileForm(shape: .job, syntax: .yaml))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["untitled.recovery"])
        let entry = try #require(store.pending(for: nil))
        #expect(entry.originalPath == nil)
        #expect(entry.text == "search_space: []\n")
        #expect(store.pending(for: "/a/untitled") == nil)
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
