import Testing
@testable import Editor
import SearchSpace

/// The preview pane (p): sampled trials as a table, the seed and its re-roll, a grid's
/// enumeration with its exact count, values a trial ignores, and how it follows edits.
struct PreviewTests {
    static let gridJob = """
        type: automl
        task: image_classification
        limits:
          max_trials: 8
        sweep:
          sampling_algorithm: grid
        search_space:
          - model_name:
              type: choice
              values: [vitb16r224, vits16r224]
            number_of_epochs:
              type: choice
              values: [15, 30]
            optimizer:
              type: choice
              values: [sgd, adam]
        """

    /// The rows of the screen from the preview's title down to the status line.
    static func pane(_ h: Harness) -> [String] {
        let lines = h.lines
        guard let title = lines.firstIndex(where: { $0.hasPrefix(" preview ·") }) else { return [] }
        return Array(lines[title..<(h.size.height - 2)])
    }

    @Test func pShowsSampledTrialsInPlaceOfTheDetailAt80x24() {
        var h = Harness()
        #expect(!h.text.contains("preview ·"), "the preview starts hidden")
        h.press("p")
        let pane = Self.pane(h)
        guard pane.count >= 8 else { Issue.record("no preview pane:\n\(h.text)"); return }
        #expect(pane.first == " preview · random · seed 0 · max_trials 20 · r re-rolls · P full screen")
        #expect(h.detailTitle == pane.first, "the pane takes the detail pane's place, under the list")
        #expect(!h.text.contains("Model architecture to train."), "the detail pane gives way")
        #expect(pane[1].hasPrefix("  #  sub  model_name  learning_rate  number_of_epochs  momentum"))
        // the table shows the sampler's trials for seed 0, as `sweepedit sample` draws them
        var sampler = Sampler(space: h.state.document.space, seed: 0)
        let trials = sampler.sample(4)  // the rows above the budget line
        for (i, trial) in trials.enumerated() {
            let cells = pane[2 + i].split(separator: " ").map(String.init)
            #expect(cells[0] == String(i + 1))
            #expect(cells[1] == String(trial.subspace + 1))
            #expect(cells[2] == trial[.modelName].value.map(ValueFormat.plain))
            let lr = trial[.learningRate].value?.number ?? .nan
            #expect(Double(cells[3]) == Double(NumberFormat.approximate(lr, significant: 4)), "4 significant digits")
        }
        // the selected parameter's values, as shares of the job's 20 trials (max_trials)
        #expect(pane.last?.hasPrefix(" model_name vitb16r224 ") == true, "\(pane)")
        #expect(h.footer.contains("p preview") || h.footer.contains("…"))
        h.press("p")
        #expect(!h.text.contains("preview ·"), "p hides it again")
        #expect(h.text.contains("Model architecture to train."))
    }

    @Test func rReRollsTheSeedAndTheRowsChange() {
        var h = Harness()
        h.press("r")
        #expect(h.status.contains("r re-rolls the preview's seed: p shows the preview first"))
        #expect(h.state.preview.seed == 0)
        h.press("p")
        let before = Self.pane(h)
        h.press("r")
        let seed = PreviewState.nextSeed(after: 0)
        #expect(seed != 0)
        let after = Self.pane(h)
        guard after.count >= 8, before.count >= 8 else { Issue.record("no preview pane:\n\(h.text)"); return }
        #expect(after.first == " preview · random · seed \(seed) · max_trials 20 · r re-rolls · P full screen")
        #expect(Array(after[2...4]) != Array(before[2...4]), "new draws")
        #expect(h.status.contains("preview seed \(seed): sweepedit sample --seed \(seed) draws the same trials"))
        var sampler = Sampler(space: h.state.document.space, seed: seed)
        let first = sampler.sample(1)[0]
        let shown = after[2].split(separator: " ").dropFirst(3).first.flatMap { Double($0) }
        #expect(shown == Double(NumberFormat.approximate(first[.learningRate].value?.number ?? .nan, significant: 4)))
        // the seeds r walks through do not come back at once
        var seeds: Set<UInt64> = [0]
        var s: UInt64 = 0
        for _ in 0..<100 {
            s = PreviewState.nextSeed(after: s)
            seeds.insert(s)
        }
        #expect(seeds.count == 101)
    }

    @Test func aGridListsItsPointsInOrderWithTheExactCount() {
        var h = Harness(text: Self.gridJob)
        h.press("p")
        let pane = Self.pane(h)
        guard pane.count >= 8 else { Issue.record("no preview pane:\n\(h.text)"); return }
        #expect(pane.first == " preview · grid · 8 points (all shown) · P full screen")
        #expect(pane.count == 8)
        guard pane.count == 8 else { return }
        #expect(Array(pane[1...6]) == [
            " #  sub  model_name  number_of_epochs  optimizer",
            " 1    1  vitb16r224  15                sgd",
            " 2    1  vitb16r224  15                adam",
            " 3    1  vitb16r224  30                sgd",
            " 4    1  vitb16r224  30                adam",
            " budget: 8 trials, 8 waves, all 8 grid points run, ~180 epochs",
        ])
        #expect(pane[7] == " model_name vitb16r224 50% · vits16r224 50%")
        h.press("r")
        #expect(h.status.contains("a grid has no seed: the preview lists its points in order"))
        #expect(h.state.preview.seed == 0)
    }

    /// A job that sets no max_trials runs Azure's default, one trial: the preview draws what
    /// the budget line and `sweepedit budget` count, not a sample of its own size.
    @Test func aJobWithoutMaxTrialsPreviewsTheOneTrialAzureRuns() {
        var h = Harness(text: Self.gridJob.replacingOccurrences(of: "limits:\n  max_trials: 8\n", with: ""))
        #expect(h.state.document.space.job.maxTrials == nil)
        h.press("p")
        #expect(Self.pane(h).first == " preview · grid · 8 points · the first 1 shown · P full screen")
        #expect(Self.pane(h).contains(" budget: 1 trials, 1 wave, grid 8: 7 never run, ~22.5 epochs"))
    }

    @Test func aLargeGridSaysHowManyOfItsPointsAreShown() {
        let values = (1...30).map(String.init).joined(separator: ", ")
        let twoHundred = Self.gridJob.replacingOccurrences(of: "max_trials: 8", with: "max_trials: 200")
        let job = twoHundred.replacingOccurrences(of: "values: [15, 30]", with: "values: [\(values)]")
        var h = Harness(text: job)
        h.press("p")
        #expect(Self.pane(h).first == " preview · grid · 120 points · the first 200 shown · P full screen"
                || Self.pane(h).first == " preview · grid · 120 points (all shown) · P full screen")
        let huge = (1...200).map(String.init).joined(separator: ", ")
        var big = Harness(text: twoHundred.replacingOccurrences(of: "values: [15, 30]", with: "values: [\(huge)]"))
        big.press("p")
        #expect(Self.pane(big).first == " preview · grid · 800 points · 200 run (max_trials) · P full screen")
    }

    @Test func aGridJobWithAContinuousDistributionFallsBackToRandomDraws() {
        let job = Harness.exampleJob.replacingOccurrences(of: "sampling_algorithm: random", with: "sampling_algorithm: grid")
        var h = Harness(text: job)
        h.press("p")
        let pane = Self.pane(h)
        guard pane.count >= 8 else { Issue.record("no preview pane:\n\(h.text)"); return }
        #expect(pane.first == " preview · not a grid, random draws · seed 0 · max_trials 20 · r re-rolls · P f…", "cut at 80 columns")
        #expect(pane[1] == " not a grid: learning_rate is uniform in subspace 1 (and 2 more)")
    }

    /// The preview runs the job's sweep: max_trials trials with its algorithm, and says what
    /// they cover; a grid larger than max_trials says how many points never run, bayesian that
    /// only its first trials are random.
    @Test func thePreviewDrawsMaxTrialsWithTheJobsAlgorithmAndItsBudget() {
        var h = Harness()
        h.press("p")
        #expect(h.state.preview.sample?.trials.count == 20)
        #expect(Self.pane(h).contains { $0.hasPrefix(" budget: 20 trials, 5 waves, P(every model_name tried) 98.7%") }, "\(Self.pane(h))")
        let fewer = Harness.exampleJob.replacingOccurrences(of: "max_trials: 20\n", with: "max_trials: 6\n")
        var g = Harness(text: Self.gridJob.replacingOccurrences(of: "max_trials: 8", with: "max_trials: 6"))
        g.press("p")
        #expect(Self.pane(g).first == " preview · grid · 8 points · 6 run (max_trials) · P full screen", "\(Self.pane(g))")
        #expect(Self.pane(g)[1] == " max_trials 6 of 8 points: 2 never run; Azure does not say which")
        #expect(g.state.preview.sample?.trials.count == 6)
        var b = Harness(text: fewer.replacingOccurrences(of: "sampling_algorithm: random", with: "sampling_algorithm: bayesian"))
        b.press("p")
        #expect(Self.pane(b).first?.hasPrefix(" preview · bayesian, shown as random draws · seed 0 · max_trials 6") == true, "\(Self.pane(b))")
        #expect(Self.pane(b)[1] == " bayesian: only the first trials are random; later ones depend on results")
        #expect(b.state.preview.sample?.trials.count == 6)
    }

    @Test func valuesATrialIgnoresReadOff() {
        var h = Harness(space: """
              - optimizer: {type: choice, values: [sgd, adam]}
                momentum: {type: uniform, min_value: 0.8, max_value: 0.9}
            """)
        h.press("p")
        let pane = Self.pane(h)
        guard pane.count >= 8 else { Issue.record("no preview pane:\n\(h.text)"); return }
        #expect(pane.count == 8)
        guard pane.count == 8 else { return }
        #expect(pane[1] == "  #  sub  optimizer  momentum")
        let rows = pane[2...5]  // pane[6] is the budget line
        #expect(pane[6].hasPrefix(" budget: 200 trials"))
        for row in rows {
            let cells = row.split(separator: " ").map(String.init)
            #expect(cells.count == 4, "\(row)")
            guard cells.count == 4 else { continue }
            if cells[2] == "adam" {
                #expect(cells[3] == "off", "momentum has no effect with adam: \(row)")
            } else {
                #expect(cells[2] == "sgd")
                #expect(Double(cells[3]).map { (0.8...0.9).contains($0) } == true, "\(row)")
            }
        }
        #expect(rows.contains { $0.hasSuffix("off") } && rows.contains { !$0.hasSuffix("off") }, "both kinds in 5 draws of seed 0")
        if let offRow = h.lines.firstIndex(where: { $0.hasSuffix(" off") && $0.contains("adam") }) {
            #expect(h.screen.style(ofText: "off", row: offRow) == "inactive")
            #expect(h.screen.style(ofText: "adam", row: offRow) == "text")
        }
        // the momentum's picture counts the trials that ignore it apart
        h.press("/momentum<enter>")
        #expect(Self.pane(h).last?.contains("no effect in ") == true, "\(Self.pane(h))")
    }

    @Test func thePreviewFollowsEditsAndDrawsOnlyWhenShownAndChanged() {
        var h = Harness()
        h.press("jf")  // learning_rate fixed while the pane is hidden: nothing is drawn
        #expect(h.state.preview.sample == nil)
        h.press("u")
        h.press("p")
        #expect(Self.pane(h).dropFirst().first?.contains("learning_rate") == true)
        let drawn = h.state.preview.sample
        h.press("jk")  // moving changes neither the space nor the seed
        #expect(h.state.preview.sample == drawn)
        h.press("f")  // learning_rate fixed: no longer swept in subspace 1
        #expect(h.state.preview.sample != drawn)
        #expect(h.state.preview.sample?.space == h.state.document.space)
        // fixed in subspace 1 now: its values there are dimmed, not swept
        let row = Self.pane(h).dropFirst(2).first { $0.split(separator: " ")[1] == "1" } ?? ""
        #expect(row.contains("0.0055"), "\(Self.pane(h))")
    }

    @Test func typingInAFieldUpdatesThePreviewAndShowsTheFieldsAt80x24() {
        var h = Harness(text: Self.gridJob)
        h.press("p")
        h.press("jjj<enter>")  // optimizer: the choice's first value
        #expect(h.text.contains("choice: value 1 [sgd]"), "editing brings the detail pane back:\n\(h.text)")
        h.press("<C-o>")  // a third value, a copy of sgd: 12 points while typing
        #expect(h.state.preview.sample?.method == .grid(size: .exact(12)))
        h.press("<esc>")
        #expect(Self.pane(h).first == " preview · grid · 8 points (all shown) · P full screen")
    }

    @Test func wideCharactersKeepTheColumnsAligned() {
        var h = Harness(space: """
              - model_name: {type: choice, values: ['模型', resnet50]}
                number_of_epochs: {type: choice, values: [10, 20]}
            """)
        h.press("p")
        let pane = Self.pane(h)
        guard pane.count >= 8 else { Issue.record("no preview pane:\n\(h.text)"); return }
        let heading = pane[1]
        let column = String(heading.prefix(upTo: heading.range(of: "number_of_epochs")!.lowerBound)).columns
        var sawWide = false
        for row in pane.dropFirst(2).prefix(4) {  // the rows above the budget line
            let cells = row.split(separator: " ")
            sawWide = sawWide || cells[2] == "模型"
            let start = String(row.prefix(upTo: row.range(of: " " + cells[3])!.lowerBound)).columns + 1
            #expect(start == column, "\(pane.joined(separator: "\n"))")
        }
        #expect(sawWide)
    }
}

/// The table's numbers: 4 significant digits, spelled shortest.
struct PreviewNumberTests {
    @Test func fourSignificantDigitsShortest() {
        #expect(PreviewTable.fourDigits(0.0012771234) == "0.001277")
        #expect(PreviewTable.fourDigits(0.9) == "0.9")
        #expect(PreviewTable.fourDigits(0.89996) == "0.9")
        #expect(PreviewTable.fourDigits(123456.7) == "123500")
        #expect(PreviewTable.fourDigits(1.23456e-5) == "1.235e-05")
        #expect(PreviewTable.fourDigits(-2.5) == "-2.5")
        #expect(PreviewTable.fourDigits(0) == "0")
        for x in [0.0012771234, 0.00998, 0.123456789, 3.14159, 9.99951, 0.000123456] {
            #expect(Double(PreviewTable.fourDigits(x)) == Double(String(format: "%.4g", x)), "\(x)")
        }
    }
}
