import Foundation
import Testing
@testable import EditorRuntime
import Editor
import SearchSpace

/// The runtime's write: links, kinds of file, modes, owners, hard links, the size limit, and
/// the questions it asks before writing.
@Suite struct WriteTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "sweepedit-write-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ text: String, mode: mode_t = 0o644) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, mode)
        return path
    }

    func info(_ path: String) -> stat {
        var s = stat()
        lstat(path, &s)
        return s
    }

    func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    func save(_ path: String, _ text: String, expected: DiskBaseline? = nil, isNew: Bool = false,
              confirmed: Set<WriteQuestion> = []) -> WriteOutcome.Result {
        EffectInterpreter.write(FileWrite(path: path, text: text, purpose: .save, expected: expected,
                                          isNew: isNew, confirmed: confirmed)).result
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let target = try file("real.yml", "old\n")
        let link = folder + "/link.yml"
        symlink("real.yml", link)
        guard case .written = save(link, "new\n") else { Issue.record("not written"); return }
        #expect(info(link).st_mode & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(read(target) == "new\n")
        // a link to a link, with an absolute target
        let second = folder + "/second.yml"
        symlink(link, second)
        guard case .written = save(second, "newer\n") else { Issue.record("not written"); return }
        #expect(read(target) == "newer\n")
        #expect(info(second).st_mode & S_IFMT == S_IFLNK)
    }

    @Test func aFIFOADeviceOrAFolderIsNeverReplaced() throws {
        let fifo = folder + "/fifo"
        mkfifo(fifo, 0o644)
        guard case .failed(let message) = save(fifo, "x\n") else { Issue.record("a FIFO was written"); return }
        #expect(message == fifo + ": cannot write: is not a regular file (a device, FIFO or socket); sweepedit writes "
            + "regular files only (-o - writes to standard output)")
        #expect(info(fifo).st_mode & S_IFMT == S_IFIFO)
        guard case .failed(let dirMessage) = save(folder, "x\n") else { Issue.record("a folder was written"); return }
        #expect(dirMessage == folder + ": cannot write: is a directory; give a file name")
        if geteuid() == 0 {
            let device = folder + "/null"
            mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3))  // major 1, minor 3: what /dev/null is
            guard case .failed = save(device, "x\n") else { Issue.record("a device was written"); return }
            #expect(info(device).st_mode & S_IFMT == S_IFCHR, "the device is still a device")
        }
    }

    @Test func theModeIsKeptWhateverTheUmaskAndANewFileFollowsTheUmask() throws {
        let old = umask(0o077)
        defer { umask(old) }
        let path = try file("job.yml", "old\n", mode: 0o664)
        guard case .written = save(path, "new\n") else { Issue.record("not written"); return }
        #expect(info(path).st_mode & 0o7777 == 0o664, "fchmod puts back what the umask 077 would strip")
        let fresh = folder + "/fresh.yml"
        guard case .written = save(fresh, "x\n") else { Issue.record("not written"); return }
        #expect(info(fresh).st_mode & 0o7777 == 0o600, "0666 less the umask 077")
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a file to another user"))
    func rootKeepsTheOwnerAndGroupOfTheFileItSaves() throws {
        let path = try file("theirs.yml", "old\n", mode: 0o600)
        chown(path, 65534, 65534)
        guard case .written = save(path, "new\n") else { Issue.record("not written"); return }
        #expect(info(path).st_uid == 65534 && info(path).st_gid == 65534)
        #expect(info(path).st_mode & 0o7777 == 0o600)
    }

    @Test func aReadOnlyFileIsWrittenOnlyOnceTheUserSaysYes() throws {
        let path = try file("locked.yml", "old\n", mode: 0o444)
        guard case .ask(.readOnly) = save(path, "new\n") else { Issue.record("did not ask"); return }
        #expect(read(path) == "old\n")
        guard case .written = save(path, "new\n", confirmed: [.readOnly]) else { Issue.record("not written"); return }
        #expect(read(path) == "new\n")
        #expect(info(path).st_mode & 0o7777 == 0o444, "still read-only")
    }

    @Test func aFileThatMustBeNewButExistsIsAQuestion() throws {
        let path = try file("other.yml", "theirs\n")
        guard case .ask(.replaceExisting) = save(path, "mine\n", isNew: true) else { Issue.record("did not ask"); return }
        #expect(read(path) == "theirs\n")
        guard case .written = save(path, "mine\n", isNew: true, confirmed: [.replaceExisting]) else {
            Issue.record("not written")
            return
        }
        #expect(read(path) == "mine\n")
    }

    @Test func hardLinksKeepTheOldTextAndTheSaveSaysSo() throws {
        let path = try file("job.yml", "old\n")
        let other = folder + "/copy.yml"
        link(path, other)
        guard case .written(_, let note) = save(path, "new\n") else { Issue.record("not written"); return }
        #expect(note == "its other hard link keeps the old text")
        #expect(read(path) == "new\n")
        #expect(read(other) == "old\n")
    }

    @Test func nothingOverTheReadLimitIsWritten() throws {
        let path = try file("job.yml", "old\n")
        let text = String(repeating: "#", count: TextFile.maximumBytes + 1)
        guard case .failed(let message) = save(path, text) else { Issue.record("written"); return }
        #expect(message == path + ": cannot write: the text is 16,777,217 bytes, over the 16 MiB (16,777,216 bytes) "
            + "sweepedit reads back; nothing was written")
        #expect(read(path) == "old\n")
        guard case .written = save(path, String(repeating: "#", count: TextFile.maximumBytes)) else {
            Issue.record("exactly the limit is written")
            return
        }
    }

    @Test func aFileWithAByteOrderMarkSavesInPlaceAndKeepsTheMark() throws {
        let path = try file("bom.yml", "\u{FEFF}search_space:\n  - learning_rate: 0.01\n")
        let text = try TextFile.read(path)
        var doc = try DocumentReader.read(text, path: path)
        #expect(doc.byteOrderMark)
        doc.space.subspaces[0][.learningRate] = .fixed(.float(0.02))
        let saved = DocumentWriter.save(doc)
        #expect(saved.hasPrefix("\u{FEFF}"))
        let expected = DiskBaseline(stamp: FileStamp.of(path), text: doc.fileText)
        guard case .written = save(path, saved, expected: expected) else {
            Issue.record("the file was taken as changed on disk")
            return
        }
        let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try DocumentReader.read(TextFile.read(path)).space.subspaces[0][.learningRate] == .fixed(.float(0.02)))
    }

    @Test func aFileChangedSinceItWasReadIsAConflictNotAWrite() throws {
        let path = try file("job.yml", "mine\n")
        let baseline = DiskBaseline(stamp: FileStamp.of(path), text: "mine\n")
        _ = try file("job.yml", "theirs, longer\n")
        guard case .conflict(let report) = save(path, "new\n", expected: baseline) else { Issue.record("no conflict"); return }
        #expect(report.verdict == .changed)
        #expect(report.text == "theirs, longer\n")
        #expect(read(path) == "theirs, longer\n")
    }
}
