import Testing
@testable import Editor
import SearchSpace

/// A choice of thousands of values: the list row shows its start, the detail pane its first
/// fields and how many more there are.
struct LongChoiceTests {
    /// random_seed a choice of 0..<count, selected.
    static func harness(_ count: Int) -> Harness {
        let values = (0..<count).map(String.init).joined(separator: ", ")
        var h = Harness(space: "  - random_seed: {type: choice, values: [\(values)]}\n")
        select(&h.state, .parameter(.randomSeed))
        return h
    }

    /// The detail pane's lines as text, laid out at the width the 80-column screen gives them.
    static func detailText(_ h: Harness) -> [String] {
        DetailView.lines(h.state, .parameter(.randomSeed), width: 78).lines.map { $0.map(\.text).joined() }
    }

    @Test func theListRowShowsTheStartOfTheChoice() {
        let h = Self.harness(5_000)
        #expect(h.row("random_seed") == ">  random_seed                    sweep choice(0,1,2,3,4,5,6,7,8,9,10,11,12,13,…")
    }

    @Test func theDetailPaneLaysOutTheFirstFieldsAndCountsTheRest() {
        let text = Self.detailText(Self.harness(1_000)).joined(separator: "\n")
        #expect(text.contains("value 1 [0]"))
        #expect(text.contains("value 200 [199]"))
        #expect(!text.contains("value 201"))
        #expect(text.contains("… 800 more values"))
        #expect(!Self.detailText(Self.harness(200)).joined().contains("more values"))
    }

    @Test func aProblemInAFieldBeyondTheFirstIsStillListed() {
        var h = Self.harness(1_000)
        h.press("<enter><S-tab><bs><bs><bs>")
        #expect(h.state.editSession?.focus == 999)
        #expect(Self.detailText(h).contains("E value 1000: type a value"))
    }

    @Test func aRepeatAtTheEndIsAWarningOnThatValue() {
        var h = Self.harness(1_000)
        h.press("<enter><S-tab><bs><bs><bs>5<enter>")
        let repeats = h.state.diagnostics.filter { $0.subject == .parameter(.randomSeed) && $0.severity == .warning }
        #expect(repeats.map(\.field) == [.choiceValue(999)])
    }

    /// Each repeat is a finding: 1,000 values written twice are 1,000 warnings on one row. The
    /// pane lists the first ones and counts the rest; the status counts them all.
    @Test func manyFindingsOnOneRowAreListedUpToALimitAndCounted() {
        let values = (0..<2_000).map { String($0 % 1_000) }.joined(separator: ", ")
        var h = Harness(space: "  - random_seed: {type: choice, values: [\(values)]}\n")
        select(&h.state, .parameter(.randomSeed))
        #expect(h.state.findings.warnings == 1_000)
        #expect(h.state.diagnostics(for: .parameter(.randomSeed)).count == 1_000)
        let text = Self.detailText(h)
        #expect(text.filter { $0.hasPrefix("W ") }.count == DetailView.findingsListed)
        #expect(text.last == "… \(1_000 - DetailView.findingsListed) more problems here")
        #expect(h.status.contains("1000 warnings"), "the status counts them all: \(h.status)")
    }
}

/// The findings as a frame reads them: counts, and by row of a subspace.
struct FindingsTests {
    @Test func countsAndRowsOfEachSubspace() {
        let d = { (severity: Severity, scope: Scope, subject: Subject?) in Diagnostic(severity, scope, subject, "m") }
        let findings = Findings([d(.error, .subspace(0), .parameter(.momentum)), d(.warning, .subspace(0), .parameter(.momentum)),
                                 d(.warning, .subspace(1), .parameter(.beta1)), d(.note, .trainingParameters, .parameter(.beta2)),
                                 d(.error, .job, nil), d(.note, .job, .sweepSetting(.maxTrials))])
        #expect(findings.errors == 2 && findings.warnings == 2)
        #expect(findings.row(.parameter(.momentum), of: 0).map(\.severity) == [.error, .warning])
        #expect(findings.row(.parameter(.momentum), of: 1).isEmpty)
        // training_parameters is beneath every subspace and the sweep settings above them:
        // their findings show in each subspace, on the row they concern (one about the whole
        // job on its first row, the sampling algorithm)
        let everywhere: Set<Row> = [.parameter(.beta2), .sweep(.maxTrials), .sweep(.samplingAlgorithm)]
        #expect(Set(findings.rows(of: 1).keys) == everywhere.union([.parameter(.beta1)]))
        #expect(Set(findings.rows(of: 2).keys) == everywhere)
        #expect(findings.row(.sweep(.maxTrials), of: 7).map(\.severity) == [.note])
    }
}
