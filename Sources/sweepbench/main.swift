import Foundation
import SearchSpace
import Editor

/// Micro-benchmarks of the core loops. Prints one line per benchmark: name, time per operation.
/// Usage: sweepbench [--list] [--only=NAME] [--iterations=N] [FILE]   (--list also prints the diagnostics the space raises)
///   move, edit-key: what one key costs the editor at 80x24 in CPU, without the terminal:
///   update (and, for a keystroke in a field, validation) and the render into a Screen.
///   (default: Tests/SearchSpaceTests/Fixtures/all-parameters.yml,
/// a two-subspace space with all 31 parameters set: the figure product.md asks under 50 µs)

func measure(_ name: String, iterations: Int, _ body: () -> Void) {
    if let only, only != name { return }
    let iterations = iterationsOverride ?? iterations
    for _ in 0..<min(iterations / 10 + 1, 1000) { body() }  // warm up
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { body() }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations)
    print("\(name)\t\(String(format: "%.2f", elapsed / 1000)) µs/op")
}

let arguments = CommandLine.arguments.dropFirst()
let listDiagnostics = arguments.contains("--list")
/// `--only=validate`: run one benchmark (for profiling it alone).
let only = arguments.first { $0.hasPrefix("--only=") }.map { String($0.dropFirst("--only=".count)) }
/// `--iterations=N`: every benchmark N times (a huge file makes the default counts too long).
let iterationsOverride = arguments.first { $0.hasPrefix("--iterations=") }.flatMap { Int($0.dropFirst("--iterations=".count)) }
let path = arguments.first { !$0.hasPrefix("--") } ?? "Tests/SearchSpaceTests/Fixtures/all-parameters.yml"
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("sweepbench: cannot read \(path)\n".utf8))
    exit(2)
}
do {
    let doc = try DocumentReader.read(text, path: path)
    let space = doc.space
    let found = Validator.check(space)
    let set = space.subspaces.map { $0.order.count }.map(String.init).joined(separator: "+")
    let counts = Severity.allCases.map { severity in "\(found.filter { $0.severity == severity }.count) \(severity.rawValue)s" }
    print("space\t\(space.subspaces.count) subspaces, \(set) parameters set; \(counts.joined(separator: ", "))")
    if listDiagnostics {
        for d in found { print("\(d.severity.rawValue)\t\(d.scope)\t\(d.subject?.name ?? "-")\t\(d.message)" + (d.fix.map { " (fix: \($0.description))" } ?? "")) }
    }
    // The document, as the editor validates it on every keystroke (legacy notes included).
    measure("validate", iterations: 20_000) { _ = Validator.check(doc) }
    measure("read-job", iterations: 2_000) { _ = try? DocumentReader.read(text, path: path) }
    measureEditor(doc)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

/// A list move (j, then k: the selection goes down and back) and a keystroke in a field (a
/// digit typed into the second parameter's first field, then deleted): update + render per key.
func measureEditor(_ doc: Document) {
    let size = Size(width: 80, height: 24)
    var state = EditorState(document: doc, size: size)
    var keys: [Key] = [.char("j"), .char("k")]
    var next = 0
    let press = {
        _ = update(&state, .key(keys[next % keys.count]))
        _ = render(state, size: size)
        next += 1
    }
    measure("move", iterations: 20_000, press)
    _ = update(&state, .key(.char("j")))
    _ = update(&state, .key(.enter))
    keys = [.char("5"), .backspace]
    measure("edit-key", iterations: 20_000, press)
}
