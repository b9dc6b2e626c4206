import Foundation
@testable import SearchSpace
import TestSupport

/// One fixture file the compatibility suite runs through the SDK.
struct CompatibilityCase: Hashable, Sendable, CustomStringConvertible {
    var folder: String
    var name: String
    var description: String { folder + "/" + name }

    /// Every file of Fixtures/compat (ours), Fixtures/corpus (copied from the shared corpus) and
    /// Fixtures/python (SDK code in the style of Azure's notebooks, which the SDK runs).
    static let all: [CompatibilityCase] = ["compat", "corpus", "python"].flatMap { folder in
        ((try? Fixtures.files(in: folder)) ?? []).map { CompatibilityCase(folder: folder, name: $0.lastPathComponent) }
    }
}

/// Everything the suite compares, for every case, from ONE run of the SDK: the original files
/// and our yaml, json and job exports of each.
struct CompatibilityBatch: Sendable {
    struct Entry: Sendable {
        var document: Document
        /// Our `export --to rest`, parsed.
        var ourRest: [[String: String]]
        var original: AzureSDK.Verdict
        var exports: [ExportFormat: AzureSDK.Verdict]
    }

    var entries: [CompatibilityCase: Entry] = [:]
    /// Cases sweepedit itself could not read or export (each a failure).
    var problems: [CompatibilityCase: String] = [:]

    /// Built once, on first use, for all the tests of the suite.
    static let shared: Result<CompatibilityBatch, AzureSDK.Unavailable> = Result { () throws(AzureSDK.Unavailable) in
        try CompatibilityBatch.build()
    }

    static func build() throws(AzureSDK.Unavailable) -> CompatibilityBatch {
        var batch = CompatibilityBatch()
        let folder: URL
        do { folder = try TemporaryFolder.make("sweepedit-compat") } catch {
            throw AzureSDK.Unavailable(description: "cannot make a temporary folder for the exports: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        var documents: [CompatibilityCase: (Document, [[String: String]])] = [:]
        var paths: [String] = []
        var exportPaths: [CompatibilityCase: [ExportFormat: String]] = [:]
        for c in CompatibilityCase.all {
            let original = Fixtures.root.appendingPathComponent(c.description).path
            do {
                let text = try String(contentsOfFile: original, encoding: .utf8)
                let doc = try DocumentReader.read(text, path: c.description)
                let rest = DocumentWriter.export(doc, as: .rest)
                guard let parsed = try JSONSerialization.jsonObject(with: Data(rest.utf8)) as? [[String: String]] else {
                    batch.problems[c] = "our REST export is not a JSON array of string maps:\n\(rest)"
                    continue
                }
                documents[c] = (doc, parsed)
                paths.append(original)
                for format in [ExportFormat.yaml, .json, .job, .python] {
                    let suffix = format == .json ? "json" : format == .python ? "py" : "yml"
                    let out = folder.appendingPathComponent("\(c.folder)-\(c.name).export.\(suffix)")
                    try DocumentWriter.export(doc, as: format).write(to: out, atomically: true, encoding: .utf8)
                    exportPaths[c, default: [:]][format] = out.path
                    paths.append(out.path)
                }
            } catch {
                batch.problems[c] = "sweepedit cannot read or export it: \(error)"
            }
        }
        let verdicts = try AzureSDK.check(paths)
        for (c, (doc, rest)) in documents {
            let original = Fixtures.root.appendingPathComponent(c.description).path
            guard let verdict = verdicts[original] else {
                batch.problems[c] = "the SDK script gave no verdict"
                continue
            }
            var exports: [ExportFormat: AzureSDK.Verdict] = [:]
            for (format, path) in exportPaths[c] ?? [:] { exports[format] = verdicts[path] }
            batch.entries[c] = Entry(document: doc, ourRest: rest, original: verdict, exports: exports)
        }
        return batch
    }
}
