import Foundation
import Testing
@testable import Editor
import SearchSpace
import TestSupport

/// Drives the pure editor as a person would: keys in, screen lines out.
struct Harness {
    var state: EditorState
    /// Every effect update asked for, in order.
    var effects: [Effect] = []
    var size: Size

    /// The example job of the repository (two subspaces, training_parameters, comments). When it
    /// cannot be read the test fails here, saying why, rather than going on with an empty space.
    static var exampleJob: String {
        do {
            return try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8)
        } catch {
            Issue.record("cannot read the example job \(PackageRoot.exampleJob.path): \(error)")
            return ""
        }
    }

    init(text: String = Harness.exampleJob, path: String = "job.yml", size: Size = Size(width: 80, height: 24)) {
        let doc: Document
        do {
            doc = try DocumentReader.read(text, path: path)
        } catch {
            Issue.record("cannot read the test file: \(error)")
            doc = Document.new()
        }
        self.size = size
        state = EditorState(document: doc, size: size)
    }

    /// A one-subspace space given as YAML search_space items.
    init(space yaml: String, size: Size = Size(width: 80, height: 24)) {
        self.init(text: "search_space:\n" + yaml, path: "space.yml", size: size)
    }

    /// Presses keys written helix-style: "jjd", "<C-r>", "<esc>", "<enter>", "<S-tab>".
    mutating func press(_ notation: String) {
        for key in Harness.keys(notation) { send(.key(key)) }
    }

    /// The last write update asked for (kept when a test clears `effects`).
    var lastWrite: FileWrite?

    mutating func send(_ action: Action) {
        let new = update(&state, action)
        effects += new
        for case .write(let request) in new { lastWrite = request }
    }

    /// Answers the last write asked for as the runtime would: written, a conflict (the file
    /// changed or vanished since it was read) or a failure.
    mutating func answerLastWrite(_ result: WriteOutcome.Result) {
        guard let request = lastWrite else {
            Issue.record("no write to answer: \(effects)")
            return
        }
        send(.wrote(WriteOutcome(request, result)))
    }

    mutating func resize(_ size: Size) {
        self.size = size
        send(.resized(size))
    }

    var screen: Screen { view(state, size: size) }
    var lines: [String] { screen.lines }
    var text: String { lines.joined(separator: "\n") }
    var cursor: Position? { render(state, size: size).cursor }

    /// The line of the list showing a parameter.
    func row(_ name: String) -> String? { lines.first { $0.dropFirst(3).hasPrefix(name + " ") } }

    func setting(_ id: ParameterID, subspace: Int? = nil) -> Setting {
        state.document.space.subspaces[subspace ?? state.subspace][id]
    }

    static func keys(_ notation: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(notation)
        while let c = rest.first {
            if c == "<", let close = rest.firstIndex(of: ">"), close != rest.index(after: rest.startIndex) {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                keys.append(named(name))
            } else {
                keys.append(.char(c))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    static func named(_ name: String) -> Key {
        switch name {
        case "enter", "ret": return .enter
        case "esc": return .esc
        case "tab": return .tab
        case "S-tab": return .backTab
        case "space": return .char(" ")
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "home": return .home
        case "end": return .end
        case "pgup": return .pageUp
        case "pgdn": return .pageDown
        case "backspace", "bs": return .backspace
        case "del": return .delete
        case "lt": return .char("<")
        case "C-left": return .ctrlLeft
        case "C-right": return .ctrlRight
        default:
            if name.hasPrefix("C-"), let c = name.dropFirst(2).first { return .ctrl(c) }
            if name.hasPrefix("A-"), let c = name.dropFirst(2).first { return .alt(c) }
            Issue.record("unknown key name <\(name)>")
            return .resize
        }
    }
}

/// Compares screen lines, printing the whole screen (lines and style runs) when they differ.
func expectLines(_ screen: Screen, _ expected: String, rows: ClosedRange<Int>, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let actual = Array(screen.lines[rows]).joined(separator: "\n")
    #expect(actual == expected, "screen:\n\(screen)", sourceLocation: sourceLocation)
}

extension Harness {
    /// Presses keys and expects exactly the state change `change` describes, as TCA's
    /// TestStore does: whatever the keys changed that the closure does not say fails the test,
    /// naming the fields that differ.
    mutating func press(_ notation: String, changes change: (inout EditorState) -> Void,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var expected = state
        change(&expected)
        press(notation)
        if state != expected {
            // the report names only the fields that differ (#expect would print both whole states)
            let differing = zip(Mirror(reflecting: state).children, Mirror(reflecting: expected).children)
                .filter { "\($0.value)" != "\($1.value)" }
                .map { "\($0.label ?? "?"): got \($0.value)\n   expected \($1.value)" }
            Issue.record(Comment(rawValue: "after \(notation) the state differs in:\n" + differing.joined(separator: "\n")),
                         sourceLocation: sourceLocation)
        }
    }
}
