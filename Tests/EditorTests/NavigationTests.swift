import Testing
@testable import Editor
import SearchSpace

/// Moving in the list, filtering by name and jumping to problems.
struct NavigationTests {
    @Test func jkgGAndPagesMoveTheSelectionAndScroll() {
        var h = Harness()
        h.press("jjk")
        #expect(h.state.selectedParameter == .learningRate)
        h.press("G")
        #expect(h.state.selectedParameter == .enableOnnxNormalization)
        #expect(h.listRow(11) == ">  enable_onnx_normalization      -     False (default)")
        #expect(h.heading.hasSuffix("36/36"), "5 sweep settings and 31 parameters")
        h.press("g")
        #expect(h.listRow(0).hasPrefix(">  sweep.sampling_algorithm"), "the sweep settings come first")
        h.press("<pgdn>")
        #expect(h.state.selection == 11)
        h.press("<pgup><up><down><down>")
        #expect(h.state.selection == 2)
    }

    @Test func slashFiltersByNameAsYouTypeAndEnterSelectsTheFirstMatch() {
        var h = Harness()
        h.press("G/learn")
        expectLines(h.screen, """
              parameter (filter: learn)      mode  value, as Azure writes it
            >  learning_rate                  sweep uniform(0.001,0.01)
               learning_rate_scheduler        -     warmup_cosine (default)
            """, rows: 1...3)
        #expect(h.status.hasPrefix(" filter: learn"))
        #expect(h.cursor == Position(row: 22, column: 14))
        h.press("<enter>")
        #expect(h.state.selectedParameter == .learningRate)
        #expect(h.status.hasPrefix(" filter: learn (Esc clears)"))
        h.press("f<esc>")
        #expect(h.state.filter == "")
        #expect(h.state.selectedParameter == .learningRate, "clearing the filter keeps the selection")
        #expect(h.listRow(6).hasPrefix(">  learning_rate"), "below the 5 sweep settings and model_name")
    }

    @Test func theFilterMatchesCamelCaseNamesAndSaysWhenNothingMatches() {
        var h = Harness()
        h.press("/stepLR")
        #expect(h.state.rows == [.parameter(.stepLRGamma), .parameter(.stepLRStepSize)])
        h.press("<esc>/zzz<enter>")
        #expect(h.listRow(0) == "  no parameter matches 'zzz' (Esc clears the filter)")
        #expect(h.status.hasPrefix(" no parameter matches 'zzz' (Esc clears the filter)"))
        h.press("f")
        #expect(h.status.hasPrefix(" no parameter matches the filter (Esc clears it)"))
    }

    @Test func nJumpsToTheNextProblemAndFApplyItsFix() {
        var h = Harness(space: "  - optimizer: sgdd\n    nesterov: maybe\n")
        h.press("n")
        #expect(h.state.selectedParameter == .optimizer)
        #expect(h.status.hasPrefix(" optimizer 'sgdd' is not one of none, sgd, adam, adamw; did you mean sgd?"))
        #expect(h.row("optimizer")?.hasPrefix(">E optimizer") == true)
        h.press("n")
        #expect(h.state.selectedParameter == .nesterov)
        h.press("n")
        #expect(h.state.selectedParameter == .optimizer, "wraps around")
        #expect(h.text.contains("F: set optimizer to sgd"))
        h.press("F")
        #expect(h.setting(.optimizer) == .fixed(.string("sgd")))
        h.press("jjF")
        #expect(h.status.hasPrefix(" no fix to apply for nesterov"))
    }

    @Test func unknownKeysAreListedAndRenamedByTheirFix() {
        var h = Harness(space: "  - lerning_rate: 0.1\n")
        h.press("G")
        #expect(h.listRow(11).hasPrefix(">E lerning_rate"))
        #expect(h.text.contains("F: rename to learning_rate"))
        h.press("F")
        #expect(h.setting(.learningRate) == .fixed(.float(0.1)))
        #expect(h.state.selectedParameter == .learningRate)
    }
}

struct FilterArrowsTests {
    @Test func arrowsPickAnotherMatchBeforeEnter() {
        var h = Harness()
        h.press("/learn<down><enter>")
        #expect(h.state.selectedParameter == .learningRateScheduler)
        h.press("/<end><bs><bs>")  // / selects the filter; End keeps it to shorten it
        #expect(h.state.selectedParameter == .learningRate, "typing selects the first match again")
    }
}
