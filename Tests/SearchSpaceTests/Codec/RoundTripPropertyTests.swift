import Testing
@testable import SearchSpace

/// parse(export(x)) == x over generated spaces (Support/SpaceGenerator.swift): every parameter,
/// every distribution kind, awkward strings, floats across the double range. Seeds 0..<cases
/// per format; a failure names its seed.
struct RoundTripPropertyTests {
    static let cases = 2_500

    /// Reads exported text back, recording which seed failed.
    func reread(_ text: String, path: String, seed: UInt64) -> Document? {
        do {
            return try DocumentReader.read(text, path: path)
        } catch {
            Issue.record("seed \(seed): cannot read the export back: \(error)\n\(text)")
            return nil
        }
    }

    @Test func yamlAndJSONCarryEverySubspaceAndTheTask() {
        var failures = 0
        for seed in 0..<UInt64(Self.cases) where failures < 5 {
            var generator = SpaceGenerator(seed: seed)
            let space = generator.space()
            let doc = Document(space: space, form: FileForm(shape: .wrapped, syntax: .yaml))
            for format in [ExportFormat.yaml, .json] {
                let text = DocumentWriter.export(doc, as: format)
                guard let back = reread(text, path: "x.\(format)", seed: seed) else { failures += 1; continue }
                if back.space.subspaces != space.subspaces || back.space.job.task != space.job.task {
                    failures += 1
                    Issue.record("seed \(seed), \(format): the space changed through\n\(text)")
                }
            }
        }
    }

    @Test func aJobCarriesTheWholeSpace() {
        var failures = 0
        for seed in 0..<UInt64(Self.cases) where failures < 5 {
            var generator = SpaceGenerator(seed: seed)
            let space = generator.space()
            let text = DocumentWriter.export(Document(space: space, form: FileForm(shape: .job, syntax: .yaml)), as: .job)
            guard let back = reread(text, path: "job.yml", seed: seed) else { failures += 1; continue }
            // The skeleton writes limits Azure requires (10, 2 and 60 minutes when the space had none), and no
            // early termination policy under bayesian, which supports none.
            var expected = space
            expected.job.maxTrials = space.job.maxTrials ?? 10
            expected.job.maxConcurrentTrials = space.job.maxConcurrentTrials ?? 2
            expected.job.timeoutMinutes = space.job.timeoutMinutes ?? 60
            expected.job.earlyTermination = space.job.samplingAlgorithm != .bayesian ? space.job.earlyTermination : nil
            if back.space != expected {
                failures += 1
                Issue.record("seed \(seed): the job changed through\n\(text)")
            }
        }
    }

    /// The REST form is typed by the field, as the SDK writes it, so the round trip compares
    /// meanings, not spellings: a fixed integer on a float field is sent as a float (`1.0`); a
    /// float of 1e16 or more is written without a point and reads back as an integer; bools and
    /// enums are normalised (True, lower case); a float field's choice mixing integers and floats
    /// sends every integer as a float. `meaning` applies those rules to the generated space and
    /// compares numbers by value. Spaces are generated REST-safe (see `SpaceGenerator.restSafe`).
    /// Separately, REST text must be a fixed point: export(parse(export(x))) == export(x).
    @Test func restCarriesTheMeaningAndIsAFixedPoint() {
        var failures = 0
        for seed in 0..<UInt64(Self.cases) where failures < 5 {
            var generator = SpaceGenerator(seed: seed, restSafe: true)
            let space = generator.space()
            let text = RestWriter.export(space)
            guard let back = reread(text, path: "rest.json", seed: seed) else { failures += 1; continue }
            if back.space.subspaces.map(Self.meaning) != space.subspaces.map(Self.meaning) {
                failures += 1
                Issue.record("seed \(seed): the meaning changed through\n\(text)")
            } else if RestWriter.export(back.space) != text {
                failures += 1
                Issue.record("seed \(seed): REST text is not a fixed point\n\(text)\n\(RestWriter.export(back.space))")
            }
        }
    }

    /// What the SDK would send for each parameter, with every number as a double.
    static func meaning(_ sub: Subspace) -> [ParameterID: Setting] {
        var result: [ParameterID: Setting] = [:]
        for (id, setting) in sub.entries {
            let kind = Catalogue.spec(id).kind
            switch setting {
            case .unset: continue
            case .fixed(let v): result[id] = .fixed(value(v, kind: kind))
            case .swept(.choice(let values)): result[id] = .swept(.choice(values.map { value($0, kind: kind) }))
            case .swept(.randint(let upper)):
                result[id] = .swept(.randint(upper: .float(upper.double.rounded(.towardZero))))
            case .swept(let d):
                result[id] = .swept(Distribution(kind: d.kind, parameters: d.parameters.map { .float($0.double) })!)
            }
        }
        return result
    }

    static func value(_ v: Value, kind: ParameterKind) -> Value {
        switch (kind, v) {
        case (.enum, .string(let s)): return .string(s.lowercased())
        case (.bool, _): return Coercion.bool(v).map(Value.bool) ?? v
        case (_, .int(let i)): return .float(Double(i))
        default: return v
        }
    }
}
