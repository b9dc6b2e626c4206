import ArgumentParser
import Editor
import Foundation
import SearchSpace
import TerminalUI

/// `sweepedit [--theme NAME|PATH] [FILE]`: the editor.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open FILE in the terminal editor (a new space when FILE is omitted).",
        shouldDisplay: false)

    @Option(help: "A theme name from `sweepedit themes`, or a theme file's path.")
    var theme: String?

    @Argument(help: "A job YAML, search-space YAML/JSON or REST-form file.")
    var file: String?

    func run() throws {
        let doc: Document
        // taken before reading: a change made while reading shows as a change at the next s
        let stamp = file.flatMap(FileStamp.of)
        if let file {
            do {
                doc = try FileInput.load(file)
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        } else {
            var fresh = Document.new()
            fresh.space = DocumentWriter.starterSpace(task: .imageClassification)
            fresh.originalSpace = fresh.space
            doc = fresh
        }
        let config = UserConfig.load()
        let resolved = Theme.resolve(nameOrPath: theme, configured: config.theme)
        Self.unblockTerminatingSignals()
        let terminal: Terminal
        do {
            terminal = try Terminal.start(theme: resolved.theme)
        } catch {
            printError("sweepedit: " + error.description)
            throw ExitCode(2)
        }
        defer {
            terminal.stop()
            // Said in the status line while editing, and here again where it stays readable.
            if let warning = resolved.warning { printError("sweepedit: " + warning) }
            config.warnings.forEach { printError("sweepedit: " + $0) }
        }
        var runLoop = EditorRunLoop(terminal: terminal, document: doc)
        runLoop.state.disk.stamp = stamp
        if let warning = resolved.warning { runLoop.state.status = StatusMessage(warning, .error) }
        runLoop.state.asciiOnly = !terminal.capabilities.unicodeGlyphs
        config.apply(to: &runLoop.state)
        runLoop.run()
    }
}

extension EditCommand {
    /// A parent may start us with SIGTERM/SIGHUP blocked (a test runner's worker thread, some
    /// supervisors): the signal would then stay pending for ever and no recovery file would
    /// be written. Unblock them before the terminal installs its handlers.
    static func unblockTerminatingSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

/// The thin runtime around the pure editor: read a key, send it as an action, perform the
/// effects (feeding their results back as actions), draw.
struct EditorRunLoop {
    let terminal: Terminal
    var state: EditorState
    let recovery: RecoverySnapshot

    init(terminal: Terminal, document: Document) {
        self.terminal = terminal
        state = EditorState(document: document, size: terminal.size)
        recovery = RecoverySnapshot(document)
        let snapshot = recovery
        terminal.onTerminate = { _ in snapshot.write() }
    }

    /// The most keys handled between two frames.
    static let keysPerFrame = 64

    mutating func run() {
        // unsaved edits of a session on this file that died are offered before anything else
        if let offer = SafetyRuntime.startupOffer(for: state.document.path) { _ = handle([offer]) }
        draw()
        while true {
            guard let key = terminal.nextKey(timeoutMilliseconds: -1) else { continue }
            if handle([action(for: key)]) { return }
            // Keys already waiting (a held j, a paste) are handled before the next frame: the
            // terminal gets the screen they lead to, not every screen in between; that matters
            // over a slow SSH link. A bound keeps the screen alive during a long paste.
            var burst = 0
            while burst < Self.keysPerFrame, let next = terminal.nextKey(timeoutMilliseconds: 0) {
                if handle([action(for: next)]) { return }
                burst += 1
            }
            recovery.update(state.document, dirty: state.isDirty)
            draw()
        }
    }

    /// A key as the editor's action: a resize carries the terminal's new size.
    func action(for key: Key) -> Action { key == .resize ? .resized(terminal.size) : .key(key) }

    /// Sends actions to update, performing the effects and feeding their results back;
    /// true when the editor should quit.
    mutating func handle(_ actions: [Action]) -> Bool {
        var pending = actions
        var quit = false
        while !pending.isEmpty {
            for effect in update(&state, pending.removeFirst()) {
                switch effect {
                case .quit:
                    quit = true
                case .write(let path, let text, let purpose, let expected):
                    pending.append(.wrote(Self.write(path: path, text: text, purpose: purpose, expected: expected)))
                case .safety(let effect):
                    pending += SafetyRuntime.perform(effect)
                }
            }
        }
        return quit
    }

    func draw() {
        let frame = render(state, size: terminal.size)
        terminal.draw(frame.screen, cursor: frame.cursor.map { (row: $0.row, column: $0.column) })
    }

    /// Writes a file atomically, refusing to overwrite one that changed on disk since it was
    /// read or last saved.
    static func write(path: String, text: String, purpose: WritePurpose, expected: String?) -> WriteOutcome {
        var outcome = WriteOutcome(path: path, text: text, purpose: purpose)
        if let expected, let data = FileManager.default.contents(atPath: path), data != Data(expected.utf8) {
            outcome.error = "\(path) changed on disk since it was opened (another program wrote it)"
            return outcome
        }
        do {
            try AtomicFile.write(text, to: path)
            outcome.stamp = FileStamp.of(path)
        } catch {
            outcome.error = "\(error)"
        }
        return outcome
    }
}

/// What a dying session (SSH dropped, SIGTERM) writes to the recovery file: the latest
/// document, kept behind a lock because the signal handler may run on another thread.
final class RecoverySnapshot: @unchecked Sendable {
    private let lock = NSLock()
    private var document: Document
    private var dirty = false

    init(_ document: Document) { self.document = document }

    func update(_ document: Document, dirty: Bool) {
        lock.lock()
        defer { lock.unlock() }
        self.document = document
        self.dirty = dirty
    }

    /// Writes the recovery file when there are unsaved edits; returns what to tell the user.
    func write(store: RecoveryStore = .standard()) -> String? {
        lock.lock()
        let doc = document, dirty = dirty
        lock.unlock()
        guard dirty else { return nil }
        do {
            try store.write(text: DocumentWriter.save(doc), for: doc.path, form: doc.form)
            let reopen = doc.path.map { "sweepedit " + shellWord($0) } ?? "sweepedit"
            return "sweepedit: unsaved edits kept in \(store.recoveryPath(for: doc.path)); "
                + "the next `\(reopen)` offers them back"
        } catch {
            return "sweepedit: unsaved edits lost, no recovery file: \(error)"
        }
    }
}

/// A path as a shell word to copy: as it is when plain, else in single quotes.
func shellWord(_ text: String) -> String {
    let plain = !text.isEmpty && text.unicodeScalars.allSatisfy {
        CharacterSet.alphanumerics.contains($0) || "/._-+,:@%=".unicodeScalars.contains($0)
    }
    return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
