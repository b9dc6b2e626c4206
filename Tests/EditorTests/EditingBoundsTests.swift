import Foundation
import Testing
@testable import Editor
import SearchSpace

/// Enter, typing, Tab, Esc and Enter again on the fields of a setting, with live diagnostics.
struct EditingBoundsTests {
    @Test func enterEditsTheFirstFieldWithACursor() {
        var h = Harness()
        h.press("j<enter>")
        expectLines(h.screen, """
             learning_rate · number in [0, 1] · default 0.01; depends on task and model
             Initial learning rate.
             uniform: min_value [0.001]  max_value [0.01]
            """, rows: 14...16)
        #expect(h.screen.style(ofText: "[0.001]", row: 16) == "field.editing")
        #expect(h.cursor == Position(row: 16, column: 26), "just after 0.001")
        #expect(h.footer.contains("enter ok"))
    }

    @Test func aWordInABoundIsReportedBeforeEnterAndEscRestores() {
        var h = Harness()
        h.press("j<enter><end>x")  // End keeps the selected text, to add to it
        #expect(h.detail[2] == " E min_value: '0.001x' is not a number")
        h.press("<enter>")
        #expect(h.state.editSession != nil, "Enter keeps the field open while it means nothing")
        #expect(h.status.hasPrefix(" min_value: '0.001x' is not a number (Esc restores)"))
        h.press("<esc>")
        #expect(h.state.overlay == nil)
        #expect(h.setting(.learningRate) == .swept(.uniform(min: .float(0.001), max: .float(0.01))))
        #expect(h.state.undoStack.isEmpty)
    }

    @Test func validationFollowsEveryKeystrokeBeforeEnter() {
        var h = Harness()
        h.press("jjt<enter>")  // number_of_epochs as randint(31): edit its upper
        h.press("t")           // a letter is typed into the field, not a command
        h.press("<bs><bs><bs>jt")
        #expect(h.state.editSession?.buffer.text == "jt")
        #expect(h.detail[2] == " E upper: 'jt' is not a number")
    }

    @Test func anIntegerFieldRejectsAFractionalBoundBeforeEnter() {
        var h = Harness(space: "  - number_of_epochs: {type: quniform, min_value: 15, max_value: 30, q: 1}\n")
        h.press("jj<enter><end>.5")
        #expect(h.row("number_of_epochs") == ">E number_of_epochs               sweep quniform(15.5,30,1)")
        #expect(h.text.contains("E number_of_epochs is an integer: every parameter of quniform must be an"))
        #expect(h.status.contains("1 error"))
        #expect(h.setting(.numberOfEpochs) == .swept(.quniform(min: .int(15), max: .int(30), q: .int(1))), "not committed yet")
        h.press("<esc>")
        #expect(h.status.contains("no problems"))
    }

    @Test func tabMovesBetweenFieldsAndEnterCommitsAll() {
        var h = Harness()
        h.press("j<enter><end><bs>2<tab><end><bs>2<S-tab><tab><enter>")
        #expect(h.setting(.learningRate) == .swept(.uniform(min: .float(0.002), max: .float(0.02))))
        #expect(h.row("learning_rate") == ">  learning_rate                  sweep uniform(0.002,0.02)")
        h.press("u")
        #expect(h.setting(.learningRate) == .swept(.uniform(min: .float(0.001), max: .float(0.01))))
    }

    @Test func cursorKeysMoveInsideTheField() {
        var h = Harness()
        h.press("j<enter><home><del>9<end><left><bs>")
        #expect(h.state.editSession?.buffer.text == "9.01")
        #expect(h.state.editSession?.buffer.cursor == 3)
        h.press("<right><C-a>")
        #expect(h.state.editSession?.buffer.cursor == 0)
    }

    @Test func logScaleBoundsAreTypedInRealUnitsWithTheirExponentBeside() {
        var h = Harness()
        h.press("]j")
        #expect(h.text.contains("min_value [0.001008] ln = -6.9  max_value [0.01005] ln = -4.6"))
        h.press("<enter><bs><bs><bs><bs><bs><bs><bs><bs>0.0001")
        #expect(h.text.contains("min_value [0.0001] ln = -9.21"))
        h.press("<enter>")
        #expect(h.setting(.learningRate) == .swept(.loguniform(min: .float(-9.21034), max: .float(-4.6))), "the shortest ln whose exp() shows 0.0001 again; the untouched bound stays exact")
    }

    @Test func aLogScaleBoundMustBePositive() {
        var h = Harness()
        h.press("]j<enter><C-a><del><del><del><del><del><del><del><del>0")
        #expect(h.text.contains("E min_value: min_value is typed as a value above 0; the file holds its ln"))
    }

    @Test func enterOnAnUnsetParameterFixesItsDefaultAndEscPutsItBack() {
        var h = Harness()
        h.press("jjjjjj<enter>")
        #expect(h.row("weight_decay") == ">  weight_decay                   fixed 0.0001")
        h.press("<esc>")
        #expect(h.setting(.weightDecay) == .unset)
        h.press("<enter><end><bs>2<enter>")
        #expect(h.setting(.weightDecay) == .fixed(.float(0.0002)))
    }

    @Test func upAndDownPickAKnownEnumValue() {
        var h = Harness()
        h.press("jjj<enter><down>")
        #expect(h.state.editSession?.buffer.text == "adam")
        #expect(h.text.contains("known: none sgd adam adamw  (up/down picks)"))
        h.press("<enter>")
        #expect(h.setting(.optimizer) == .fixed(.string("adam")))
        #expect(h.row("momentum")?.hasSuffix("uniform(0.85,0.95)  (no effect here)") == true)
    }

    @Test func aFixedBoolIsTypedOrPicked() {
        var h = Harness(space: "  - nesterov: true\n")
        h.press("jjjjj<enter><down><enter>")
        #expect(h.setting(.nesterov) == .fixed(.bool(false)))
        h.press("<enter><bs><bs><bs><bs><bs>maybe")
        #expect(h.text.contains("E nesterov is true or false, not the string 'maybe'"))
    }
}

struct FastKeysTests {
    @Test func escThenAKeyTypedQuicklyIsReadAsBoth() {
        var h = Harness()
        h.press("j<enter>x<A-?>")
        #expect(h.state.overlay == .help(scroll: 0))
        #expect(h.setting(.learningRate) == .swept(.uniform(min: .float(0.001), max: .float(0.01))))
    }

    @Test func aFieldThatMeansNothingCountsAsAnError() {
        var h = Harness()
        h.press("j<enter><end>x")  // End keeps the selected text, to add to it
        #expect(h.status.hasSuffix("1 error · continuous"))
    }
}

/// `d` on optimizer sweeps the optimizers Azure documents: sgd, adam, adamw (never 'none').
struct OptimizerSweepTests {
    @Test func dOnOptimizerGeneratesTheDocumentedOptimizersOnly() {
        let space = SearchSpace()
        let generated = SettingDefaults.distribution(.optimizer, current: .unset, space: space)
        #expect(generated == .choice([.string("sgd"), .string("adam"), .string("adamw")]))
        let fromNone = SettingDefaults.distribution(.optimizer, current: .fixed(.string("none")), space: space)
        #expect(fromNone == .choice([.string("sgd"), .string("adam"), .string("adamw")]))
        let fromAdam = SettingDefaults.distribution(.optimizer, current: .fixed(.string("adam")), space: space)
        #expect(fromAdam == .choice([.string("adam"), .string("sgd"), .string("adamw")]))
    }
}
