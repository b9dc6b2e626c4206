import ArgumentParser
import Foundation
import SearchSpace

extension TrialFormat: ExpressibleByArgument {}

extension SimulatedAlgorithm: ExpressibleByArgument {}

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

    @Argument(help: "A job YAML, search-space YAML/JSON, REST-form file, Python file or notebook.")
    var file: String

    @OptionGroup var node: NodeOption
    @OptionGroup var selection: CellSelection

    @Option(name: .short, help: "Trials to draw (default: the trials the job runs, its max_trials or Azure's default 1; 10 for a file with no job; 100000 with --stats). With grid: at most this many points (default: the trials the job runs; every point for a file with no job).")
    var n: Int?

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 0

    @Option(help: "random or grid (default: the file's sweep.sampling_algorithm; bayesian samples randomly).")
    var algorithm: SimulatedAlgorithm?

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
        let doc = try FileInput.loadOrExit(file, node: node.name, cell: selection.cell)
        try refuseErrors(doc)
        let space = doc.space
        if count {
            do {
                StandardOutput.line(String(describing: try Grid.size(of: space)))
            } catch {
                // one line: what --count needs, and which parameters stand in the way
                printError(placed(firstOffender(error, doc)) + "--count counts grid points, and this space is not a grid: \(error.notChoices)")
                throw ExitCode(1)
            }
            return
        }
        guard !space.subspaces.isEmpty else {
            printError(placed(doc.locations.locate(.job, "search_space", .key)) + (doc.isAutoMode
                ? "an AutoMode job has no search space to sample: Azure chooses each trial's model and hyperparameters"
                : "the search space has no subspace; nothing to sample"))
            throw ExitCode(1)
        }
        switch chosenAlgorithm(space.job.samplingAlgorithm) {
        case .random: try runRandom(space, jobTrials: jobTrials(doc))
        case .grid: try runGrid(doc)
        }
    }

    /// A space with errors (an empty choice, randint(0), q: 0) has trials Azure would never
    /// run, or none at all: the findings are printed instead of empty cells and nan.
    private func refuseErrors(_ doc: Document) throws {
        let errors = Validator.check(doc).filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        for d in errors { printError(DiagnosticText.human(d, doc: doc, path: file)) }
        printError("\(file): error: nothing is sampled from a space with errors (\(errors.count)); fix \(errors.count == 1 ? "it" : "them") first")
        throw ExitCode(1)
    }

    /// `file:line:column: error: ` (the parts that are known).
    private func placed(_ place: SourceLocation?) -> String {
        file + (place.map { ":\($0)" } ?? "") + ": error: "
    }

    /// Where the first distribution that is not a choice is written.
    private func firstOffender(_ error: GridError, _ doc: Document) -> SourceLocation? {
        error.offenders.first.flatMap { doc.locations.locate(.subspace($0.subspace), $0.parameter.name, .value) }
    }

    private func chosenAlgorithm(_ fileAlgorithm: SamplingAlgorithm) -> SimulatedAlgorithm {
        if let algorithm { return algorithm }
        if !fileAlgorithm.isSimulatedExactly {
            let instead = fileAlgorithm.simulated == .random ? "randomly" : "as a grid"
            printError("note: the file's sampling algorithm is \(fileAlgorithm.rawValue), which depends on trial results; sampling \(instead) instead (--algorithm to choose)")
        }
        return fileAlgorithm.simulated
    }

    /// The trials the job runs (`Budget`: max_trials, else Azure's default), as the editor's
    /// preview and `sweepedit budget` count them; nil for a file with no job.
    private func jobTrials(_ doc: Document) -> Int? {
        doc.form.shape == .job ? Budget.trials(of: doc).count : nil
    }

    /// Trials printed for a file with no job and no -n: a screenful, not the preview's 200.
    static let trialsWithoutJob = 10

    private func runRandom(_ space: SearchSpace, jobTrials: Int?) throws {
        if stats {
            let summary = SampleStatistics.random(space, seed: seed, count: n ?? 100_000)
            StandardOutput.write(StatisticsReport.text(summary))
            return
        }
        var sampler = RowSampler(plan: SamplingPlan(space), seed: seed)
        var writer = TrialWriter(plan: sampler.plan, format: format, sink: StandardOutput.write)
        writer.begin()
        var i = 0
        sampler.draw(n ?? jobTrials ?? Self.trialsWithoutJob) { k, row in  // the arrays stay pinned for the whole run
            writer.write(index: i, subspace: k, row: row)
            i += 1
        }
        writer.end()
    }

    private func runGrid(_ doc: Document) throws {
        let grid: Grid
        do {
            grid = try Grid(space: doc.space)
        } catch {
            printError(placed(firstOffender(error, doc)) + error.description)
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
        let limit = n ?? jobTrials(doc)  // Azure runs at most max_trials points
        while !cursor.finished, limit.map({ i < $0 }) ?? true {
            cursor.withRow { writer.write(index: i, subspace: cursor.subspace, row: $0) }
            cursor.advance()
            i += 1
        }
        writer.end()
    }
}
