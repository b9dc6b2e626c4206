import Foundation
import Testing
@testable import Editor
import SearchSpace
import TestSupport

/// Random key sequences into the pure editor: update and view must never crash, the
/// selection and scroll stay in range, and the document always saves to text that reads back
/// to the same space. A simulated runtime answers every effect (files live in a dictionary,
/// and "another program" now and then changes or deletes the open file).
///
/// CI runs a fixed seed and a bounded number of key presses (a few seconds);
/// SWEEPEDIT_FUZZ_ITERATIONS=N runs N key presses per document and size, and
/// SWEEPEDIT_FUZZ_SEED=S another seed.
struct KeyFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let pressesPerRun = environment["SWEEPEDIT_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 200
    static let seed = environment["SWEEPEDIT_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EED_0007

    static let fixtures = PackageRoot.url("Tests/SearchSpaceTests/Fixtures")

    /// The documents typed into: a job with comments, a wide space, a legacy job with REST
    /// strings, a JSON dict-form space.
    static let documents: [(name: String, text: String)] = [
        ("job.yml", Harness.exampleJob),
        ("wide.yml", read(PackageRoot.url("Examples/wide-two-subspace.yml"))),
        ("rest.yaml", read(fixtures.appendingPathComponent("corpus/09-cli-mc-2022-04-rest-strings.yaml"))),
        ("space.json", #"{"search_space": [{"model_name": {"type": "choice", "values": ["resnet50"]}, "#
            + #""learning_rate": {"type": "uniform", "min_value": 0.001, "max_value": 0.1}, "optimizer": "sgd"}]}"#),
    ]

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 44, height: 14)]

    /// A file's text; a file that cannot be read fails the test rather than fuzzing an empty space.
    static func read(_ url: URL) -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            Issue.record("cannot read \(url.path): \(error)")
            return ""
        }
    }

    /// Every kind of key, the bound ones and the characters typed into fields more often.
    static let keyPool: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
                           .enter, .esc, .tab, .backTab, .backspace, .delete, .resize]
        for scalar in 0x20...0x7E { keys.append(.char(Character(Unicode.Scalar(UInt8(scalar))))) }
        keys += ["é", "中", "🙂"].map { Key.char($0) }
        for c in "abcdefghijklmnopqrstuvwxyz" { keys.append(.ctrl(c)) }
        for c in "jkq1s" { keys.append(.alt(c)) }
        for binding in Keymap.bindings { keys += binding.keys + binding.keys }
        for c in "0123456789.-e.-e" { keys += [.char(c), .char(c)] }
        keys += [.enter, .enter, .esc, .tab, .backspace]
        return keys
    }()

    /// The runtime, simulated: files in memory.
    struct FakeRuntime {
        var files: [String: String]
        var quits = 0

        mutating func perform(_ effect: Effect) -> [Action] {
            switch effect {
            case .quit:
                quits += 1
                return []
            case .suspend:
                return []  // the process stops and continues; the document is untouched
            case .write(let request):
                // the one check the runtime makes before writing
                if let expected = request.expected {
                    let verdict: DiskCheck.Verdict
                    switch files[request.path] {
                    case nil: verdict = .deleted
                    case let text? where text == expected.text ?? "": verdict = .unchanged
                    case _?: verdict = .changed
                    }
                    if verdict != .unchanged {
                        let report = DiskReport(path: request.path, verdict: verdict, text: files[request.path])
                        return [.wrote(WriteOutcome(request, .conflict(report)))]
                    }
                }
                files[request.path] = request.text
                return [.wrote(WriteOutcome(request, .written(nil)))]
            case .safety(.reload(let path)):
                return [.safety(.reloaded(path: path, text: files[path], stamp: nil, error: files[path] == nil ? "no such file" : nil))]
            case .safety(.discardRecovery):
                return []
            case .safety(.keepRecovered(let path, let text, let recoveryFile)):
                let target = (path ?? "untitled") + ".recovered"
                files[target] = text
                return [.safety(.keptRecovered(path: target, recoveryFile: recoveryFile, error: nil))]
            }
        }
    }

    struct Run {
        var presses = 0
        var exports = 0
        /// Key presses that found a changed-on-disk or recovery question open.
        var inSafetyOverlay = 0
        var failure: String?
    }

    /// One document at one size: `count` random keys.
    static func run(_ document: (name: String, text: String), size: Size, count: Int, seed: UInt64) -> Run {
        var random = SplitMix64(seed: seed)
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        var result = Run()
        let doc: Document
        do {
            doc = try DocumentReader.read(document.text, path: document.name)
        } catch {
            result.failure = "\(document.name) does not read: \(error)"
            return result
        }
        var state = EditorState(document: doc, size: size)
        var runtime = FakeRuntime(files: [document.name: document.text])
        var history: [String] = []
        var lastExported: SearchSpace?
        func send(_ action: Action) {
            var pending = [action]
            while !pending.isEmpty {
                for effect in update(&state, pending.removeFirst()) { pending += runtime.perform(effect) }
            }
        }
        // every other run starts with a recovery offer (edits of the file, as dying sessions leave
        // them: one, or two sessions' and an unreadable one, to choose among)
        if seed % 2 == 0 {
            var edited = doc
            if !edited.space.subspaces.isEmpty { edited.space.subspaces[0][.learningRate] = .fixed(.float(0.02)) }
            var entries = [RecoveryEntry(file: "r", originalPath: document.name, savedAt: 0, text: DocumentWriter.save(edited))]
            var unreadable: [UnreadableRecovery] = []
            if seed % 4 == 0 {
                edited.space.job.maxTrials = 7
                entries.append(RecoveryEntry(file: "r2", originalPath: document.name, savedAt: 10, text: DocumentWriter.save(edited),
                                             typing: ["learning_rate, subspace 1: value \"1e-\""]))
                unreadable.append(UnreadableRecovery(file: "r3", reason: "the file is not UTF-8 text"))
            }
            send(.safety(.recoveryFound(entries, unreadable: unreadable, now: 90)))
        }
        for _ in 0..<count {
            // now and then another program changes or deletes the file
            switch pick(150) {
            case 0: runtime.files[document.name] = (runtime.files[document.name] ?? document.text) + "\n# changed elsewhere\n"
            case 1: runtime.files[document.name] = nil
            default: break
            }
            let key = keyPool[pick(keyPool.count)]
            history.append(key.label)
            if key == .resize {
                let s = sizes[pick(sizes.count)]
                send(.resized(Size(width: s.width - pick(5), height: s.height - pick(3))))
            } else {
                send(.key(key))
            }
            result.presses += 1
            if let status = state.status { history[history.count - 1] += " (\(status.text))" }
            if case .safety? = state.overlay { result.inSafetyOverlay += 1 }
            // the save/read-back check runs whenever the space changed (most keys only move)
            let export = state.document.space != lastExported
            if let problem = check(state, export: export) {
                result.failure = "\(document.name) at \(size.width)x\(size.height), seed \(seed): \(problem)\n"
                    + "last keys: " + history.suffix(30).joined(separator: " ")
                return result
            }
            if export {
                result.exports += 1
                lastExported = state.document.space
            }
        }
        return result
    }

    /// What must hold after every key; a description of what does not.
    static func check(_ s: EditorState, export: Bool) -> String? {
        let frame = render(s, size: s.size)
        if frame.screen.lines.count != s.size.height { return "the screen has \(frame.screen.lines.count) lines" }
        if let c = frame.cursor, !(0..<s.size.height).contains(c.row) || !(0..<s.size.width).contains(c.column) {
            return "the cursor \(c) is off the screen"
        }
        let rows = s.rows.count
        // an empty space (a new AutoMode job) has no subspace: the current one is then 0
        let subspaces = s.document.space.subspaces
        if subspaces.isEmpty ? s.subspace != 0 : !subspaces.indices.contains(s.subspace) {
            return "subspace \(s.subspace) of \(subspaces.count) is current"
        }
        if rows == 0 ? s.selection != 0 : !(0..<rows).contains(s.selection) { return "selection \(s.selection) of \(rows) rows" }
        let height = Layout(size: s.size).list.height
        if s.scroll < 0 || s.scroll > max(0, rows - 1) { return "scroll \(s.scroll) of \(rows) rows" }
        if !Layout(size: s.size).tooSmall, height > 0, rows > 0, !(s.scroll...(s.scroll + height - 1)).contains(s.selection) {
            return "the selection \(s.selection) is not visible (scroll \(s.scroll), \(height) rows shown)"
        }
        guard export else { return nil }
        let text = DocumentWriter.save(s.document)
        do {
            let back = try DocumentReader.read(text, path: s.document.path)
            // a file with no job keeps its sweep settings for the preview only: they are not saved
            let saved = s.document.spaceAsSaved
            if back.space != saved {
                return "the saved text reads back to another space (\(difference(s.document.space, back.space))):\n\(text)"
            }
        } catch {
            return "the saved text does not read back (\(error)):\n\(text)"
        }
        return nil
    }

    /// Where two spaces differ, briefly.
    static func difference(_ a: SearchSpace, _ b: SearchSpace) -> String {
        var out: [String] = []
        if a.job != b.job { out.append("job \(a.job) vs \(b.job)") }
        if a.subspaces.count != b.subspaces.count { out.append("\(a.subspaces.count) vs \(b.subspaces.count) subspaces") }
        let pairs = [("training_parameters", a.trainingParameters, b.trainingParameters)]
            + zip(a.subspaces, b.subspaces).enumerated().map { ("subspace \($0.offset + 1)", $0.element.0, $0.element.1) }
        for (name, x, y) in pairs {
            for id in ParameterID.allCases where x[id] != y[id] { out.append("\(name) \(id.name): \(x[id]) vs \(y[id])") }
            if x.unknownKeys != y.unknownKeys { out.append("\(name) unknown keys \(x.unknownKeys) vs \(y.unknownKeys)") }
        }
        return out.joined(separator: "; ")
    }

    @Test func randomKeysNeverBreakTheEditorOrItsDocument() {
        var presses = 0, exports = 0, inSafety = 0
        let started = Date()
        for (d, document) in Self.documents.enumerated() {
            for (i, size) in Self.sizes.enumerated() {
                let run = Self.run(document, size: size, count: Self.pressesPerRun,
                                   seed: Self.seed &+ UInt64(d * 16 + i))
                presses += run.presses
                exports += run.exports
                inSafety += run.inSafetyOverlay
                if let failure = run.failure { Issue.record(Comment(rawValue: failure)) }
            }
        }
        print("key fuzz: \(presses) key presses, \(exports) spaces saved and read back, "
              + "\(inSafety) in a changed-on-disk or recovery question, seed \(Self.seed), "
              + String(format: "%.1f s", Date().timeIntervalSince(started)))
        #expect(presses > 0)
    }
}
