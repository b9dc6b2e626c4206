import Foundation
import Testing

/// One owner for each fact (architecture.md): each fact is defined once, in SearchSpace, and
/// the copies that once lived elsewhere stay deleted. The test reads the Sources tree, so a
/// second definition fails here rather than drifting apart from the first.
struct OneOwnerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under Sources, as (path relative to the package, text).
    static let files: [(path: String, text: String)] = {
        let root = sources.deletingLastPathComponent().path + "/"
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var found: [(String, String)] = []
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            found.append((url.path.replacingOccurrences(of: root, with: ""), text))
        }
        return found.sorted { $0.0 < $1.0 }
    }()

    /// The files, and lines of code, where `pattern` (a regular expression) matches; comment
    /// lines do not count (a comment may name what a definition replaced).
    static func matches(_ pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)  // the patterns are this file's literals
        var hits: [String] = []
        for file in files {
            for (n, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let s = String(line)
                if s.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                if regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil {
                    hits.append("\(file.path):\(n + 1): \(s.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        return hits
    }

    /// A fact, the one definition it must have (in SearchSpace), and the copies it replaced.
    struct Fact: CustomStringConvertible, Sendable {
        var description: String
        var definition: String
        var deleted: [String] = []
    }

    static let facts: [Fact] = [
        Fact(description: "grid size", definition: #"static func size\(of space: SearchSpace\)"#,
             deleted: [#"func gridSize\("#, #"points\.multipliedReportingOverflow"#]),
        Fact(description: "is this a grid", definition: #"static func offenders\(in space: SearchSpace\)"#,
             deleted: [#"var isGrid = "#, #"choiceValues else \{ return "continuous""#]),
        Fact(description: "distribution kinds a field kind accepts", definition: #"var acceptedDistributionKinds:"#,
             deleted: [#"func allowedKinds\("#, #"d\.kind == \.uniform \|\| d\.kind == \.loguniform"#]),
        Fact(description: "rounding an exponent for display", definition: #"func roundedLog\("#,
             deleted: [#"func lnBound\("#, #"\* 10_000\)\.rounded\(\) / 10_000"#]),
        Fact(description: "the sampling-algorithm policy (bayesian runs as random)", definition: #"var simulated: SimulatedAlgorithm"#,
             deleted: [#"case \.bayesian:\s*$"#, #"enum SampleAlgorithm"#]),
        Fact(description: "a distribution's range", definition: #"public init\?\(_ d: Distribution, sigmas: Double\)"#,
             deleted: [#"p\[0\] - 2 \* p\[1\]"#, #"op\.a - spread"#, #"exp\(mu\.double\)"#, #"ordered\(exp\(a\.double\)"#]),
        Fact(description: "where a value comes from", definition: #"enum ValueSource\b"#,
             deleted: [#"enum BaseSource"#, #"enum Origin\b"#]),
        Fact(description: "a parameter's effective value", definition: #"func effectiveValue\("#,
             deleted: [#"struct EffectiveValues\b"#, #"struct Possible\b"#]),
        Fact(description: "is this parameter active", definition: #"func activation\(of id: ParameterID"#,
             deleted: [#"condition\.isMet\(by: \$0\)"#, #"static func tally\("#]),
        Fact(description: "the starter space of a new document", definition: #"static func new\(task: Task"#,
             deleted: [#"func starterSpace\("#, #"fresh\.space = "#]),
        Fact(description: "a finding's subject", definition: #"enum Subject\b"#,
             deleted: [#"var parameter: String\?"#, #"\* 1000 \+"#, #"\?\? 99\b"#]),
        Fact(description: "a model's default batch sizes", definition: #"static let known: \[ModelInfo\]"#,
             deleted: [#"128 vits16r224"#]),
    ]

    @Test(arguments: facts)
    func eachFactIsDefinedOnceInSearchSpace(_ fact: Fact) {
        let definitions = Self.matches(fact.definition)
        #expect(definitions.count == 1, "\(fact): \(definitions.joined(separator: "\n"))")
        #expect(definitions.allSatisfy { $0.hasPrefix("Sources/SearchSpace/") }, "\(fact): \(definitions)")
        for copy in fact.deleted {
            let found = Self.matches(copy).filter { !definitions.contains($0) }  // the owner's own line may match
            #expect(found.isEmpty, "\(fact): a copy came back:\n\(found.joined(separator: "\n"))")
        }
    }

    /// Spellings of a constraint or a default: each may appear only in the catalogue's folder.
    static let catalogueSpellings = [
        #"Constraint\.closedRange\(|\.closedRange\([0-9]"#,  // a constraint's interval
        #"defaultValue: \."#,                                  // a parameter's default
        #"\.\.\.1000\b|\.\.\.100\b"#,                          // max_trials, max_concurrent_trials
        #""accuracy"|"iou""#,                                   // a task's primary metric
        #"\[\.choice, \.uniform, \.quniform\]|case \.choice, \.uniform, \.quniform:"#,  // bayesian's kinds
        #"= 224\.0|= 224\b"#,                                  // the default crop size
    ]

    @Test(arguments: catalogueSpellings)
    func constraintsAndDefaultsAreSpelledOnlyInTheCatalogue(_ pattern: String) {
        let outside = Self.matches(pattern).filter { !$0.hasPrefix("Sources/SearchSpace/Catalogue/") }
        #expect(outside.isEmpty, "spelt outside the catalogue:\n\(outside.joined(separator: "\n"))")
    }
}
