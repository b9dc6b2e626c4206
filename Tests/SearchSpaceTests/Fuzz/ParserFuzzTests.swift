import Foundation
import Testing
@testable import SearchSpace
import TestSupport

/// Mutation fuzzing of the YAML, JSON and REST-string readers: seeded, bounded by default
/// (a few thousand inputs, seconds), longer with SWEEPEDIT_FUZZ_ITERATIONS=N (N inputs per test).
/// Every input must either be refused with a LoadError or read into a space that re-exports in
/// every format and re-reads to an equal space. A crash fails the whole run.
struct ParserFuzzTests {
    static var iterations: Int {
        ProcessInfo.processInfo.environment["SWEEPEDIT_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 2_000
    }

    /// Pieces that matter to YAML, JSON and REST strings, spliced into the seeds.
    static let tokens = [
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "'", "\"", "#", "\n", "\n  ", "  ", "*a", "&a ", "? ", "!!str ",
        "!!int ", "|", ">", "~", "null", "true", "yes", "1e999", "-0", ".nan", ".inf", "0x1F", "1_000", "é", "😀",
        "\t", "\r\n", "type: choice", "values: [", "min_value: ", "q: 0", "uniform(", "choice(", "randint(", ")",
        "search_space:", "type: automl", "sweep:", "limits:", "max_trials: ", "image_model:", "learningRate",
        "stepLRGamma", "grad_accumulation_step", "model_name", "\\u0000", "\\ud83d", "%YAML 1.1\n", "---\n", "...\n",
    ]

    /// Seed documents: every fixture and our exports of each.
    static var seeds: [String] { seedsAndProblems.texts }

    /// The seeds, and why a fixture folder or file gave none (each a test failure: a missing
    /// folder must not quietly shrink the fuzzing).
    static let seedsAndProblems: (texts: [String], problems: [String]) = {
        var texts: [String] = [], problems: [String] = []
        for folder in ["compat", "corpus"] {
            let urls: [URL]
            do { urls = try Fixtures.files(in: folder) } catch {
                problems.append("cannot list the fixtures in \(folder): \(error)")
                continue
            }
            if urls.isEmpty { problems.append("no fixtures in \(folder)") }
            for url in urls {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    problems.append("cannot read \(url.path)")
                    continue
                }
                texts.append(text)
                if let doc = try? DocumentReader.read(text) {
                    texts += ExportFormat.allCases.map { DocumentWriter.export(doc, as: $0) }
                }
            }
        }
        return (texts, problems)
    }()

    /// The one-line form of a refusal: `file:line:column: error: message`.
    static func isOneLineError(_ error: LoadError, file: String) -> Bool {
        let text = error.description
        guard text.hasPrefix(file + ":"), !text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return false }
        let parts = text.dropFirst(file.count + 1).split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]), line >= 1, column >= 1 else { return false }
        return parts[2].hasPrefix(" error: ") && parts[2].count > " error: ".count
    }

    static func mutate(_ text: String, _ random: inout SeededRandom) -> String {
        var chars = Array(text)
        for _ in 0..<(1 + random.below(4)) {
            let at = random.below(chars.count + 1)
            switch random.below(6) {
            case 0 where !chars.isEmpty:  // delete a run
                let end = min(chars.count, at + 1 + random.below(8))
                if at < end { chars.removeSubrange(at..<end) }
            case 1:  // insert a token
                chars.insert(contentsOf: Array(random.pick(tokens)), at: at)
            case 2 where !chars.isEmpty:  // duplicate a run
                let start = random.below(chars.count)
                let run = chars[start..<min(chars.count, start + 1 + random.below(40))]
                chars.insert(contentsOf: run, at: at)
            case 3 where at < chars.count:  // replace a character
                chars[at] = random.pick(Array("0123456789.-+eE:,[]{}'\"# \nabcxyz()"))
            case 4:  // splice in a piece of another seed
                let other = Array(random.pick(seeds))
                if !other.isEmpty {
                    let start = random.below(other.count)
                    chars.insert(contentsOf: other[start..<min(other.count, start + 1 + random.below(80))], at: at)
                }
            default:  // swap two lines
                var lines = String(chars).split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count > 1 {
                    lines.swapAt(random.below(lines.count), random.below(lines.count))
                    chars = Array(lines.joined(separator: "\n"))
                }
            }
        }
        return String(chars)
    }

    /// Equal, or (NaN is not equal to itself) spelled the same in every dict-form field.
    static func same(_ a: SearchSpace, _ b: SearchSpace) -> Bool {
        a.subspaces == b.subspaces || DictWriter.json(a, shape: .list) == DictWriter.json(b, shape: .list)
    }

    static func pythonNamesOnly(_ space: SearchSpace) -> SearchSpace {
        var result = space
        for i in result.subspaces.indices {
            result.subspaces[i].unknownKeys.removeAll { !PythonWriter.isIdentifier($0.name) || $0.setting.isUnset }
        }
        // training_parameters keeps the SDK's training-only settings of a fixed value (set_training_parameters takes them)
        result.trainingParameters.unknownKeys.removeAll { Catalogue.trainingOnly(named: $0.name) == nil || $0.setting.fixedValue == nil }
        return result
    }

    static func hasQuoteInAChoice(_ space: SearchSpace) -> Bool {
        space.subspaces.contains { sub in
            sub.entries.contains { entry in
                entry.setting.distribution?.choiceValues?.contains { value in
                    if case .string(let s) = value { return s.contains("'") || s.contains("\"") }
                    return false
                } ?? false
            }
        }
    }

    @Test func mutatedDocumentsAreRefusedOrRoundTrip() {
        #expect(Self.seedsAndProblems.problems.isEmpty, "\(Self.seedsAndProblems.problems)")
        #expect(Self.seeds.count > 30)
        var random = SeededRandom(seed: 0x5EED_F0CC)
        var readCount = 0, refused = 0, failures = 0
        for i in 0..<Self.iterations where failures < 5 {
            let input = Self.mutate(random.pick(Self.seeds), &random)
            let doc: Document
            do {
                doc = try DocumentReader.read(input, path: "fuzz.yml")
            } catch {
                refused += 1
                if !Self.isOneLineError(error, file: "fuzz.yml") {
                    failures += 1
                    Issue.record("input \(i): the refusal is not `fuzz.yml:line:column: error: message`: \(error)\n--- input\n\(input)")
                }
                continue
            }
            readCount += 1
            for format in ExportFormat.allCases {
                let text = DocumentWriter.export(doc, as: format)
                guard let back = try? DocumentReader.read(text, path: "again") else {
                    // The SDK writes a quote inside a choice string without an escape; such a
                    // REST string can be unreadable (`'a')'`), ours as much as the SDK's.
                    if format == .rest, Self.hasQuoteInAChoice(doc.space) { continue }
                    failures += 1
                    Issue.record("input \(i): the \(format) export does not read back\n--- input\n\(input)\n--- export\n\(text)")
                    continue
                }
                let ok: Bool
                switch format {
                case .yaml, .json: ok = Self.same(back.space, doc.space) && back.space.job.task == doc.space.job.task
                case .job: ok = Self.same(back.space, doc.space) && back.space.trainingParameters == doc.space.trainingParameters
                // REST is typed by the field (RoundTripPropertyTests): its text must be a fixed point.
                case .rest: ok = DocumentWriter.export(back, as: .rest) == text
                // Python literals are written as the SDK's schema holds them ("SGD" is "sgd", yes
                // is True), so the SDK sends the same strings; keyword arguments hold the keys
                // that are Python names (the others are left out with a comment saying so)
                case .python:
                    let expected = Self.pythonNamesOnly(doc.space)
                    ok = RestWriter.export(back.space) == RestWriter.export(expected)
                        && RestWriter.strings(back.space.trainingParameters).map { $0.key + $0.value }
                            == RestWriter.strings(expected.trainingParameters).map { $0.key + $0.value }
                }
                if !ok {
                    failures += 1
                    Issue.record("input \(i): the \(format) export reads back as another space\n--- input\n\(input)\n--- export\n\(text)")
                }
            }
            let saved = DocumentWriter.save(doc)
            if let back = try? DocumentReader.read(saved, path: "saved") {
                // A REST file is typed by the field ("01" on a float field saves as "1.0"): a fixed point.
                let kept = doc.form.values == .rest ? DocumentWriter.save(back) == saved : Self.same(back.space, doc.space)
                if !kept {
                    failures += 1
                    Issue.record("input \(i): saving changes the space\n--- input\n\(input)\n--- saved\n\(saved)")
                }
            } else {
                failures += 1
                Issue.record("input \(i): the saved file does not read back\n--- input\n\(input)\n--- saved\n\(saved)")
            }
        }
        print("ParserFuzzTests: \(Self.iterations) mutated documents, \(readCount) read and round-tripped, \(refused) refused")
        #expect(readCount > Self.iterations / 20, "the mutations should leave many documents readable")
    }

    /// Found by the fuzzer: a refusal that quotes a value holding line breaks must still be one
    /// line, as README promises (`sweepedit validate` prints it as is).
    @Test func aRefusalQuotingSeveralLinesStaysOneLine() {
        let error = loadError("search_space:\n  - learning_rate: \"uniform(0.001,0.0\\n1)\"\n", path: "bad.yml")
        #expect(error.map { Self.isOneLineError($0, file: "bad.yml") } == true, "\(String(describing: error))")
    }

    @Test func mutatedRESTStringsAreRefusedOrRoundTrip() {
        let seeds = ["uniform(0.001,0.01)", "choice('a,b', 'c')", "choice('f(x)','y z')", "randint(3)",
                     "qlognormal(2,1,1)", "loguniform(-9.21,-2.3)", "choice(True,False)", "choice(0.9,1.0)", "True",
                     "sgd", "0.00001", "choice(15, 30)", "normal(1,0.1)", "quniform(10,30,5)"]
        var random = SeededRandom(seed: 0x0BAD_5EED)
        var parsed = 0, refused = 0
        let count = Self.iterations * 3
        for i in 0..<count {
            let input = Self.mutate(random.pick(seeds), &random)
            let setting: Setting
            do {
                setting = try RestParser.parse(input)
            } catch {
                refused += 1
                #expect(error.offset >= 0 && error.offset <= input.count + 1, "input \(i): \(input)")
                continue
            }
            parsed += 1
            for kind in [ParameterKind.float, .int, .string, .bool, .enum] {
                // The first export normalises (a bool on an enum field is written True and read
                // back as the text True, which is then lower-cased): from there it is a fixed point.
                guard let first = RestFormat.string(setting, for: kind),
                      let normalised = try? RestParser.parse(first, for: kind),
                      let text = RestFormat.string(normalised, for: kind) else { continue }
                let setting = normalised
                // A string the SDK writes with a quote inside has no REST spelling; skip those.
                if case .swept(.choice(let values)) = setting,
                   values.contains(where: { if case .string(let s) = $0 { s.contains("'") } else { false } }) { continue }
                guard let again = try? RestParser.parse(text, for: kind) else {
                    Issue.record("input \(i) \(input): its \(kind) REST string \(text) does not parse")
                    continue
                }
                #expect(RestFormat.string(again, for: kind) == text, "input \(i) \(input) as \(kind)")
            }
        }
        print("ParserFuzzTests: \(count) mutated REST strings, \(parsed) parsed, \(refused) refused")
        #expect(parsed > 0 && refused > 0)
    }
}
