import Testing
@testable import Editor
import SearchSpace

/// The main screen as a person sees it, at 80x24 and other sizes.
struct MainScreenTests {
    @Test func theExampleJobAt80x24() {
        let h = Harness()
        expectLines(h.screen, """
             job.yml · subspace 1/2: vitb16r224, vits16r224 · image_classification · random
              parameter                      mode  value, as Azure writes it           6/36
               sweep.sampling_algorithm       set   random
               limits.max_trials              set   20
               limits.max_concurrent_trials   set   4
               limits.timeout_minutes         set   120
               sweep.early_termination        set   bandit(slack_factor=0.2, evaluation_int…
            >  model_name                     sweep choice('vitb16r224','vits16r224')
               learning_rate                  sweep uniform(0.001,0.01)
               number_of_epochs               sweep choice(15,30)
               optimizer                      fixed sgd
               momentum                       sweep uniform(0.85,0.95)
               nesterov                       -     True (default)
               weight_decay                   -     0.0001 (default)
             model_name · name, a supported model name · default chosen by Azure
             Model architecture to train.
             choice: value 1 [vitb16r224]  value 2 [vits16r224]
             known: mobilenetv2 resnet18 resnet34 resnet50 resnet101 resnet152 resnest50
               resnest101 seresnext vits16r224 vitb16r224 vitl16r224



                                                                   no problems · continuous
            """, rows: 0...22)
        #expect(h.screen.style(ofText: "job.yml", row: 0) == "header")
        #expect(h.screen.style(ofText: "model_name", row: 7) == "list.selected")
        #expect(h.screen.style(ofText: "sweep.sampling_algorithm", row: 2) == "text")
        // an inactive parameter's name is dimmed (one screen lower on a taller terminal)
        let tall = Harness(size: Size(width: 80, height: 30))
        #expect(tall.screen.style(ofText: "beta1", row: 15) == "inactive")
        #expect(h.footer.hasSuffix("? help  q quit"))
    }

    @Test func unsetParametersShowWhatTrialsGetAndWhy() {
        var h = Harness()
        h.press("/early<enter>")
        expectLines(h.screen, """
               sweep.early_termination        set   bandit(slack_factor=0.2, evaluation_int…
            >  early_stopping                 -     True (training_parameters)
               early_stopping_delay           -     5 (default)
               early_stopping_patience        -     5 (default)
            """, rows: 2...5)
        h.press("j")
        #expect(h.text.contains("Unset: trials get 5 (default). f fixes a value, d sweeps it, Enter edits."))
    }

    @Test func anInactiveParameterSaysWhyInTheDetailPane() {
        var h = Harness()
        h.press("/beta1<enter>")
        #expect(h.text.contains("No effect in this subspace: only when optimizer is adam or adamw (it is sgd)"))
    }

    @Test func theStatusLineCountsProblemsAndGridPoints() {
        var h = Harness(space: "  - optimizer: adamx\n    number_of_epochs: {type: choice, values: [10, 20, 30]}\n")
        #expect(h.status.hasSuffix("1 error · grid: 3 points"))
        h.press("jd")
        #expect(h.status.hasSuffix("1 error · continuous"))
    }

    @Test func aTinyWindowSaysSo() {
        var h = Harness()
        h.resize(Size(width: 40, height: 10))
        #expect(h.lines[4] == "            window too small")
        #expect(h.lines[5] == "        (needs 50x12, now 40x10)")
        h.resize(Size(width: 80, height: 24))
        #expect(h.listRow(0).hasPrefix(">  model_name"))
    }

    @Test func aSmallerWindowKeepsEveryPart() {
        var h = Harness()
        h.press("G")
        h.resize(Size(width: 60, height: 20))
        #expect(h.header.hasPrefix(" job.yml · subspace 1/2: vitb16r224, vits16r224"))
        #expect(h.lines.contains { $0.hasPrefix(">  enable_onnx_normalization") }, "the selection stays in view")
        #expect(h.footer.hasSuffix("? help  q quit"))
        #expect(h.status.hasSuffix("no problems · continuous"))
    }

    @Test func aWideWindowPutsTheDetailBesideTheList() {
        var h = Harness(size: Size(width: 160, height: 40))
        h.press("j")
        #expect(h.detailTitle.hasSuffix("learning_rate · number in [0, 1] · default 0.01; depends on task and model"))
        #expect(h.detail.first?.hasSuffix("Initial learning rate.") == true)
        #expect(h.lines.contains { $0.hasPrefix("   enable_onnx_normalization") }, "all 31 rows fit")
    }

    @Test func wideCharactersTakeTwoColumns() {
        let h = Harness(space: "  - model_name: 模型x\n")
        #expect(h.listRow(5) == ">W model_name                     fixed 模型x", "an unknown model is a warning")
        let column = 3 + 31 + 6
        #expect(h.screen[7, column].character == "模")
        #expect(h.screen[7, column + 1].character == Character.continuation)
        #expect(h.screen[7, column + 4].character == "x")
    }

    @Test func screenDescriptionShowsLinesThenStyleRuns() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.write("ab", row: 0, column: 0, style: "diag.error")
        #expect(screen.description == "ab\n@0:0-1 diag.error")
    }
}

struct NarrowListTests {
    @Test func below70ColumnsTheModeColumnGivesItsRoomToTheValue() {
        var h = Harness()
        h.resize(Size(width: 60, height: 20))
        #expect(h.heading == "  parameter                      value                 6/36", "whole words of the heading")
        #expect(h.listRow(0) == "   sweep.sampling_algorithm       random")
        #expect(h.listRow(5) == ">  model_name                     choice('vitb16r224','vits…")
        #expect(h.listRow(8) == "   optimizer                      sgd", "a fixed value without its mode")
    }
}
