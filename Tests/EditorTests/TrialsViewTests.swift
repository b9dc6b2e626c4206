import Testing
@testable import Editor
import SearchSpace

/// The full-screen table of trials (P): every sampled trial and every swept column reachable,
/// at 80x24, at the 50x12 minimum and wide; re-rolled as the preview is; closed back to the list.
struct TrialsViewTests {
    /// The example job with max_trials 200: the preview draws exactly max_trials trials, and
    /// these tests scroll through many of them.
    static let twoHundredTrials = Harness.exampleJob.replacingOccurrences(of: "max_trials: 20\n", with: "max_trials: 200\n")

    /// The trial numbers of the table's rows (the lines under the heading that start with one).
    static func numbers(_ h: Harness) -> [Int] {
        h.lines.dropFirst(2).prefix(h.size.height - 4).compactMap { line in
            line.split(separator: " ").first.flatMap { Int($0) }
        }
    }

    /// The row of trial `n`, split into its cells.
    static func cells(_ h: Harness, trial n: Int) -> [String] {
        let line = h.lines.first { $0.split(separator: " ").first == Substring(String(n)) } ?? ""
        return line.split(separator: " ").map(String.init)
    }

    @Test func pOpensEveryTrialFullScreenAt80x24() {
        var h = Harness(text: Self.twoHundredTrials)
        h.press("P")
        #expect(h.state.mode == .trials)
        expectLines(h.screen, """
             trials 1-20 of 200 · columns 1-4 of 6 · random · seed 0
               #  sub  model_name  learning_rate  number_of_epochs  momentum  +2 more
            """, rows: 0...1)
        #expect(h.screen.style(ofText: "trials 1-20", row: 0) == "preview.header")
        #expect(h.screen.style(ofText: "#  sub", row: 1) == "list.heading")
        #expect(Self.numbers(h) == Array(1...20), "\(h.screen)")
        #expect(h.status.hasSuffix("no problems · continuous"), "the status line stays")
        #expect(h.footer == " esc close  j/k scroll  pgdn page  h/l columns  G last  r re-roll        ? help")
        // the rows are the sampler's trials for seed 0, as `sweepedit sample` draws them
        var sampler = Sampler(space: h.state.document.space, seed: 0)
        for (i, trial) in sampler.sample(20).enumerated() {
            let cells = Self.cells(h, trial: i + 1)
            #expect(cells.count >= 4, "\(h.screen)")
            guard cells.count >= 4 else { continue }
            #expect(cells[1] == String(trial.subspace + 1))
            #expect(cells[2] == trial[.modelName].value.map(ValueFormat.plain))
            #expect(Double(cells[3]) == Double(NumberFormat.approximate(trial[.learningRate].value?.number ?? .nan, significant: 4)))
        }
        // momentum is fixed in subspace 2: dimmed there, as the preview pane shows it
        if let row = h.lines.firstIndex(where: { $0.split(separator: " ").dropFirst().first == "2" }) {
            #expect(h.screen.style(ofText: "0.9", row: row) == "inactive", "\(h.screen)")
        }
    }

    @Test func jkPagesAndEndsScrollTheRowsWithinTheSample() {
        var h = Harness(text: Self.twoHundredTrials)
        h.press("P")
        h.press("k")
        #expect(Self.numbers(h).first == 1, "k at the top stays there")
        h.press("jj")
        #expect(Self.numbers(h) == Array(3...22))
        h.press("<up>")
        #expect(Self.numbers(h).first == 2)
        h.press("g<pgdn>")
        #expect(h.header.hasPrefix(" trials 21-40 of 200 ·"))
        #expect(Self.numbers(h) == Array(21...40))
        h.press("<space>")
        #expect(Self.numbers(h) == Array(41...60))
        h.press("b<pgup>")
        #expect(Self.numbers(h) == Array(1...20))
        h.press("G")
        #expect(h.header.hasPrefix(" trials 181-200 of 200 ·"))
        #expect(Self.numbers(h) == Array(181...200), "the last page is full")
        #expect(h.lines[h.layout.status.row - 1].hasPrefix(" 200 "), "the last trial on the last row above the status line")
        h.press("j<pgdn><down>")
        #expect(Self.numbers(h) == Array(181...200), "nothing past the last trial")
        #expect(h.state.overlay == .trials(TrialsPosition(row: 180, column: 0)), "the position stays valid")
        h.press("<home>")
        #expect(Self.numbers(h).first == 1)
        h.press("<end>")
        #expect(Self.numbers(h).last == 200)
        // the last trial is the sampler's 200th
        var sampler = Sampler(space: h.state.document.space, seed: 0)
        let last = sampler.sample(200)[199]
        #expect(Self.cells(h, trial: 200).dropFirst().first == String(last.subspace + 1))
        #expect(Self.cells(h, trial: 200).dropFirst(2).first == last[.modelName].value.map(ValueFormat.plain))
    }

    @Test func hlShiftTheSweptColumnsAndKeepTheNumberAndSubspace() {
        var h = Harness(text: Self.twoHundredTrials)
        h.press("P")
        h.press("h")
        #expect(h.heading.hasPrefix("   #  sub  model_name"), "h at the first column stays there")
        h.press("l")
        expectLines(h.screen, """
             trials 1-20 of 200 · columns 2-5 of 6 · random · seed 0
               #  sub  learning_rate  number_of_epochs  momentum  layers_to_freeze  +1 more
            """, rows: 0...1)
        #expect(Self.numbers(h) == Array(1...20), "the rows stay")
        h.press("<right>ll")
        expectLines(h.screen, """
             trials 1-20 of 200 · columns 3-6 of 6 · random · seed 0
               #  sub  number_of_epochs  momentum  layers_to_freeze  training_crop_size
            """, rows: 0...1)
        #expect(h.state.overlay == .trials(TrialsPosition(row: 0, column: 2)), "no shift past the last column")
        let first = Self.cells(h, trial: 1)
        #expect(first.count == 6 && first[1] == "2", "trial 1, subspace 2, then its four last columns: \(first)")
        h.press("G")
        #expect(h.heading.hasPrefix("   #  sub  number_of_epochs"), "scrolling keeps the shift")
        h.press("<left>h")
        #expect(h.heading.hasPrefix("   #  sub  model_name"))
    }

    @Test func wideEveryColumnShowsAndHLSayWhyTheyDoNothing() {
        var h = Harness(text: Self.twoHundredTrials, size: Size(width: 200, height: 50))
        h.press("P")
        #expect(h.header == " trials 1-46 of 200 · random · seed 0")
        // every column fits, so names are whole (they are cut only to make room for more columns)
        #expect(h.heading.hasSuffix("layers_to_freeze  training_crop_size"))
        #expect(!h.heading.contains("more"))
        #expect(!h.footer.contains("h/l"), "no column key in the footer when every column shows")
        h.press("l")
        #expect(h.status.hasPrefix(" every column shows already"))
        #expect(h.state.overlay == .trials(TrialsPosition()))
    }

    @Test func atTheMinimum50x12() {
        var h = Harness(text: Self.twoHundredTrials, size: Size(width: 50, height: 12))
        h.press("P")
        #expect(h.header == " trials 1-8 of 200 · columns 1-2 of 6", "the method gives way to rows and columns")
        #expect(h.heading == "   #  sub  model_name  learning_rate  +4 more")
        #expect(Self.numbers(h) == Array(1...8))
        #expect(h.footer.hasPrefix(" esc close  j/k scroll"))
        #expect(h.footer.hasSuffix("? help"))
        h.press("G")
        #expect(Self.numbers(h) == Array(193...200))
        h.press("lllll")
        #expect(h.header.hasPrefix(" trials 193-200 of 200 · columns "))
        #expect(h.heading.hasPrefix("   #  sub  "))
        #expect(!h.heading.contains("more"), "the last column shows: \(h.heading)")
    }

    @Test func aColumnWiderThanTheScreenShowsCutAndLShowsTheNext() {
        var h = Harness(space: """
              - model_name: {type: choice, values: [microsoft/beit-base-patch16-224-pt22k-ft22k, vitb16r224]}
                learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}

            """, size: Size(width: 50, height: 12))
        h.press("P")
        #expect(h.header.hasPrefix(" trials 1-8 of 200 · column 1 of 2"), "\(h.screen)")
        #expect(h.heading == "   #  sub  model_name                      +1 more", "cut to the room beside the count")
        let models = h.lines.dropFirst(2).prefix(8).compactMap { $0.split(separator: " ").dropFirst(2).first }
        #expect(models.count == 8, "\(h.screen)")
        #expect(models.allSatisfy { $0 == "vitb16r224" || $0 == "microsoft/beit-base-patch16-2…" }, "\(models)")
        h.press("l")
        #expect(h.header.hasPrefix(" trials 1-8 of 200 · column 2 of 2"), "\(h.screen)")
        #expect(h.heading == "   #  sub  learning_rate")
        h.press("l")
        #expect(h.state.overlay == .trials(TrialsPosition(row: 0, column: 1)), "nothing past the last column")
        h.press("h")
        #expect(h.heading.hasPrefix("   #  sub  model_name "))
    }

    @Test func aResizeKeepsThePositionValid() {
        var h = Harness(text: Self.twoHundredTrials)
        h.press("P")
        h.press("Gll")
        #expect(h.state.overlay == .trials(TrialsPosition(row: 180, column: 2)))
        h.resize(Size(width: 50, height: 12))
        #expect(Self.numbers(h) == Array(181...188), "the first row shown stays")
        #expect(h.header == " trials 181-188 of 200 · columns 3-4 of 6")
        h.press("h")
        #expect(h.header == " trials 181-188 of 200 · column 2 of 6", "learning_rate alone fits beside # and sub")
        h.resize(Size(width: 200, height: 50))
        #expect(h.state.overlay == .trials(TrialsPosition(row: 154, column: 0)), "clamped: a full last page, every column")
        #expect(Self.numbers(h) == Array(155...200))
        h.resize(Size(width: 20, height: 5))
        #expect(h.text.contains("window too small"))
        h.resize(Size(width: 80, height: 24))
        #expect(Self.numbers(h) == Array(155...174))
        h.press("j")
        #expect(Self.numbers(h) == Array(156...175))
    }

    @Test func rReRollsTheSeedAsThePreviewDoes() {
        var h = Harness(text: Self.twoHundredTrials)
        h.press("P")
        let before = Array(h.lines[2...21])
        h.press("jjr")
        let seed = PreviewState.nextSeed(after: 0)
        #expect(h.state.preview.seed == seed)
        #expect(h.header == " trials 3-22 of 200 · columns 1-4 of 6 · random · seed \(seed)", "the rows shown stay")
        #expect(h.status.hasPrefix(" preview seed \(seed): sweepedit sample --seed \(seed) draws the same trials"))
        h.press("g")
        #expect(Array(h.lines[2...21]) != before, "new draws")
        var sampler = Sampler(space: h.state.document.space, seed: seed)
        for (i, trial) in sampler.sample(20).enumerated() {
            let cells = Self.cells(h, trial: i + 1)
            #expect(cells.dropFirst(2).first == trial[.modelName].value.map(ValueFormat.plain), "\(h.screen)")
        }
        // the preview pane draws from the same seed
        h.press("qp")
        #expect(h.detailTitle.hasPrefix(" preview · random · seed \(seed) ·"))
    }

    @Test func aGridListsEveryPointAndHasNoSeedToReRoll() {
        var h = Harness(text: PreviewTests.gridJob)
        h.press("P")
        expectLines(h.screen, """
             trials 1-8 of 8 · grid · 8 points (all shown)
             #  sub  model_name  number_of_epochs  optimizer
             1    1  vitb16r224  15                sgd
             2    1  vitb16r224  15                adam
             3    1  vitb16r224  30                sgd
             4    1  vitb16r224  30                adam
             5    1  vits16r224  15                sgd
             6    1  vits16r224  15                adam
             7    1  vits16r224  30                sgd
             8    1  vits16r224  30                adam

            """, rows: 0...10)
        h.press("Gj")
        #expect(Self.numbers(h) == Array(1...8), "every point fits: nothing to scroll")
        h.press("r")
        #expect(h.status.contains("a grid has no seed: the preview lists its points in order"))
        #expect(!h.footer.contains("re-roll"), "r leaves the footer")
    }

    @Test func aGridJobWhoseSpaceIsNotAGridSaysSo() {
        let job = Self.twoHundredTrials.replacingOccurrences(of: "sampling_algorithm: random", with: "sampling_algorithm: grid")
        var h = Harness(text: job)
        h.press("PG")
        #expect(h.header == " trials 182-200 of 200 · columns 1-4 of 6 · not a grid, random draws · seed 0")
        #expect(h.heading == " not a grid: learning_rate is uniform in subspace 1 (and 2 more)")
        #expect(Self.numbers(h) == Array(182...200), "one row fewer for the warning")
    }

    @Test func closingReturnsToTheListWithTheSelectionUnchanged() {
        var h = Harness(text: Self.twoHundredTrials)
        h.press("jjj")
        let list = h.lines
        let selection = h.state.selection
        for close in ["q", "<esc>", "P"] {
            h.press("P")
            h.press("Gl")
            h.press(close)
            #expect(h.state.overlay == nil, "\(close)")
            #expect(h.state.selection == selection)
            #expect(h.lines == list, "\(close) brings the list back as it was")
        }
        #expect(h.effects.isEmpty, "q closes the table, it does not quit")
        // ? from the table opens the help, which closes to the list
        h.press("P?")
        #expect(h.header.hasPrefix(" sweepedit keys"))
        h.press("q")
        #expect(h.state.overlay == nil)
    }

    @Test func aSpaceWithNothingSweptSaysSo() {
        var h = Harness(space: "  - learning_rate: 0.01\n")
        h.press("P")
        #expect(h.header == " trials 1-20 of 200 · random · seed 0")
        #expect(h.heading == " nothing is swept: every trial is the same configuration")
        h.press("Glj")
        #expect(h.heading == " nothing is swept: every trial is the same configuration")
    }
}
