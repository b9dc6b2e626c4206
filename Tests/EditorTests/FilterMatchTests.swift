import Testing
@testable import Editor
import SearchSpace

/// The filter finds what people type (issue 16): parts, word starts, abbreviations, letters in
/// order; the matched letters are highlighted and the best match is selected.
struct FilterMatchTests {
    static func best(_ filter: String) -> String? {
        let rows = Row.rows(of: Subspace(), filter: filter)
        return FilterMatch.best(filter, in: rows).map { rows[$0].name }
    }

    static func matches(_ filter: String) -> [String] { Row.rows(of: Subspace(), filter: filter).map(\.name) }

    @Test func whatMLPeopleTypeSelectsTheParameterTheyMean() {
        #expect(Self.best("lr") == "learning_rate")
        #expect(Self.best("bs") == "training_batch_size")
        #expect(Self.best("wd") == "weight_decay")
        #expect(Self.best("epochs") == "number_of_epochs")
        #expect(Self.best("sched") == "learning_rate_scheduler")
        #expect(Self.best("momentum") == "momentum")
        #expect(Self.best("rate") == "learning_rate", "a word's start before a word's middle")
        #expect(Self.best("batch size") == "training_batch_size", "a space stands for an underscore")
    }

    @Test func abbreviationsListEveryParameterTheyName() {
        #expect(Self.matches("bs").contains("validation_batch_size"))
        #expect(Self.matches("lr").contains("step_lr_gamma"), "a part still matches")
        for (abbreviation, ids) in FilterMatch.abbreviations {
            for id in ids { #expect(Self.matches(abbreviation).contains(id.name), "\(abbreviation) lists \(id.name)") }
        }
    }

    @Test func lettersInOrderCountOnlyWhenNothingMatchesBetter() {
        #expect(!Self.matches("lr").contains("layers_to_freeze"))
        #expect(!Self.matches("bs").contains("number_of_epochs"))
        #expect(Self.matches("lrte").contains("layers_to_freeze"), "with nothing better, letters in order count")
        #expect(Self.matches("lrte").contains("learning_rate"))
    }

    @Test func wordStartsAndLettersInOrderMatch() {
        #expect(FilterMatch.match("lrsch", .parameter(.learningRateScheduler))?.positions == [0, 9, 14, 15, 16])
        #expect(FilterMatch.match("lrte", .parameter(.learningRate)) != nil)
        #expect(FilterMatch.match("xyz", .parameter(.learningRate)) == nil)
        #expect(Self.matches("zzq").isEmpty)
    }

    @Test func wireNamesStillMatch() {
        for id in ParameterID.allCases {
            #expect(Self.matches(Catalogue.spec(id).wireName).contains(id.name), "\(Catalogue.spec(id).wireName)")
        }
    }

    @Test func typingSelectsTheBestMatchAndHighlightsItsLetters() {
        var h = Harness()
        h.press("/lr")
        #expect(h.state.selectedParameter == .learningRate)
        let line = h.lines.firstIndex { $0.hasPrefix(">  learning_rate ") }
        #expect(line != nil)
        if let line {
            #expect(h.screen[line, 3].style == "filter", "the l")
            #expect(h.screen[line, 4].style == "list.selected")
            #expect(h.screen[line, 12].style == "filter", "the r of rate")
        }
        h.press("<enter>")
        #expect(h.state.selectedParameter == .learningRate)
        h.press("/wd<enter>")
        #expect(h.state.selectedParameter == .weightDecay)
        h.press("/epochs<enter>")
        #expect(h.state.selectedParameter == .numberOfEpochs)
    }
}
