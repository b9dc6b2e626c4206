import Foundation
import SearchSpace

/// Micro-benchmarks of the core loops. Prints one line per benchmark: name, time per operation.
/// Usage: sweepbench [FILE]   (default: the example job)

func measure(_ name: String, iterations: Int, _ body: () -> Void) {
    for _ in 0..<min(iterations / 10 + 1, 1000) { body() }  // warm up
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { body() }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations)
    print("\(name)\t\(String(format: "%.2f", elapsed / 1000)) µs/op")
}

let path = CommandLine.arguments.dropFirst().first ?? "Examples/image-classification-job.yml"
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("sweepbench: cannot read \(path)\n".utf8))
    exit(2)
}
do {
    let doc = try DocumentReader.read(text, path: path)
    measure("validate", iterations: 20_000) { _ = Validator.check(doc.space) }
    measure("read-job", iterations: 2_000) { _ = try? DocumentReader.read(text, path: path) }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
