import ArgumentParser
import Foundation
import SearchSpace

extension TrialFormat: ExpressibleByArgument {}

/// The algorithms `sample` can run (bayesian is not simulated: it samples randomly).
enum SampleAlgorithm: String, ExpressibleByArgument, CaseIterable {
    case random, grid
}

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Print the configurations a sweep would try (seeded, reproducible), their grid count, or their statistics.",
        discussion: """
            Random sampling picks a subspace uniformly per trial and draws each distribution with \
            Azure's formulas; the generator is xoshiro256** seeded by SplitMix64, so the same --seed \
            gives the same trials on every machine. Grid sampling enumerates the cartesian product of \
            each subspace's choices, subspaces one after another.
            """)

    @Argument(help: "A job YAML, search-space YAML/JSON or REST-form file.")
    var file: String

    @OptionGroup var node: NodeOption

    @Option(name: .short, help: "Trials to draw (default 10; 100000 with --stats). With grid: at most this many points (default all).")
    var n: Int?

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 0

    @Option(help: "random or grid (default: the file's sweep.sampling_algorithm; bayesian samples randomly).")
    var algorithm: SampleAlgorithm?

    @Option(help: "table, json or csv (the table counts trials and subspaces from 1, as the editor does; json and csv from 0).")
    var format: TrialFormat = .table

    @Flag(help: "Print the exact number of grid points and exit.")
    var count = false

    @Flag(help: "Print per-parameter min / mean / max and a histogram instead of the trials.")
    var stats = false

    /// `--stats` on a larger grid needs `-n` (a grid of 2^40 points would never finish).
    static let largestGridSummarisedWhole: UInt64 = 100_000_000

    func validate() throws {
        if let n, n < 0 { throw ValidationError("-n must be 0 or more") }
    }

    func run() throws {
        let doc = try FileInput.loadOrExit(file, node: node.name)
        let space = doc.space
        if count {
            do {
                print(try Grid.size(of: space))
            } catch {
                printError("\(file): error: \(error.description)")
                throw ExitCode(1)
            }
            return
        }
        guard !space.subspaces.isEmpty else {
            printError("\(file): error: " + (doc.isAutoMode
                ? "an AutoMode job has no search space to sample: Azure chooses each trial's model and hyperparameters"
                : "the search space has no subspace; nothing to sample"))
            throw ExitCode(1)
        }
        switch chosenAlgorithm(space.job.samplingAlgorithm) {
        case .random: try runRandom(space)
        case .grid: try runGrid(space)
        }
    }

    private func chosenAlgorithm(_ fileAlgorithm: SamplingAlgorithm) -> SampleAlgorithm {
        if let algorithm { return algorithm }
        switch fileAlgorithm {
        case .random: return .random
        case .grid: return .grid
        case .bayesian:
            printError("note: the file's sampling algorithm is bayesian, which depends on trial results; sampling randomly instead (--algorithm to choose)")
            return .random
        }
    }

    private func runRandom(_ space: SearchSpace) throws {
        if stats {
            let summary = SampleStatistics.random(space, seed: seed, count: n ?? 100_000)
            StandardOutput.write(StatisticsReport.text(summary))
            return
        }
        var sampler = RowSampler(plan: SamplingPlan(space), seed: seed)
        var writer = TrialWriter(plan: sampler.plan, format: format, sink: StandardOutput.write)
        writer.begin()
        var i = 0
        sampler.draw(n ?? 10) { k, row in  // the arrays stay pinned for the whole run
            writer.write(index: i, subspace: k, row: row)
            i += 1
        }
        writer.end()
    }

    private func runGrid(_ space: SearchSpace) throws {
        let grid: Grid
        do {
            grid = try Grid(space: space)
        } catch {
            printError("\(file): error: \(error.description)")
            throw ExitCode(1)
        }
        if stats {
            if n == nil, (grid.size.exactCount ?? .max) > Self.largestGridSummarisedWhole {
                printError("\(file): error: the grid has \(grid.size) points; summarise the first ones with -n N")
                throw ExitCode(1)
            }
            StandardOutput.write(StatisticsReport.text(SampleStatistics.grid(grid, limit: n)))
            return
        }
        var writer = TrialWriter(plan: grid.plan, format: format, sink: StandardOutput.write)
        var cursor = GridCursor(grid: grid)
        writer.begin()
        var i = 0
        while !cursor.finished, n.map({ i < $0 }) ?? true {
            cursor.withRow { writer.write(index: i, subspace: cursor.subspace, row: $0) }
            cursor.advance()
            i += 1
        }
        writer.end()
    }
}

/// Unbuffered writes of whole blocks to standard output (the callers buffer).
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let start = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let done = Foundation.write(1, start + offset, raw.count - offset)
                if done <= 0 { return }  // a closed pipe: stop quietly
                offset += done
            }
        }
    }

    static func write(_ text: String) { write(Array(text.utf8)) }
}
