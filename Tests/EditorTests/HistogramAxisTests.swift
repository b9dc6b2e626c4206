import Testing
@testable import Editor
import SearchSpace

/// The preview's histogram has an axis and counts in the buckets `sample --stats` uses (issue 16).
struct HistogramAxisTests {
    @Test func thePreviewCountsInTheBucketsOfSampleStats() {
        let h = Harness()
        let space = h.state.document.space
        let sample = PreviewSample(space: space, seed: 0, count: 200)
        let stats = SampleStatistics.random(space, seed: 0, count: 1000).numbers
        for id in [ParameterID.learningRate, .momentum] {
            let preview = ParameterValues(id, sample: sample).histogram
            guard let cli = stats[id.index] else {
                Issue.record("sample --stats has no numbers for \(id.name)")
                continue
            }
            #expect(preview.lower == cli.lower && preview.upper == cli.upper, "\(id.name)")
            #expect(preview.buckets.count == cli.buckets.count && preview.logScale == cli.logScale, "\(id.name)")
        }
        // uniform in subspace 1, loguniform in subspace 2: the pane said log, --stats linear
        #expect(ParameterValues(.learningRate, sample: sample).histogram.logScale == false)
    }

    @Test func theTallHistogramWritesItsEdgesAndScale() {
        var h = Harness(size: Size(width: 120, height: 40))
        h.press("jp")
        guard let axis = h.lines.first(where: { $0.hasSuffix(" 0.01005") && $0.contains(" linear ") }) else {
            Issue.record("no axis line\n\(h.screen)")
            return
        }
        let words = axis.split(separator: " ").map(String.init)
        #expect(words.suffix(3) == ["0.001", "linear", "0.01005"], "the first bucket's lower edge, the scale, the last's upper edge: \(axis)")
        var wide = Harness(size: Size(width: 200, height: 50))
        wide.press("jp")
        #expect(wide.lines.contains { $0.contains("linear · 16 buckets") },
                "with room, the bucket count too\n\(wide.screen)")
        #expect(!h.lines.contains { $0.contains("ma…") }, "whole parts of the heading only\n\(h.screen)")
    }

    @Test func aLogScaleSweepSaysSoAt80Columns() {
        var h = Harness(space: "  - learning_rate: {type: loguniform, min_value: -9.21, max_value: -4.61}\n")
        h.press("jp")
        let line = h.lines.first { $0.hasPrefix(" learning_rate 0.0001") }
        #expect(line?.hasSuffix(" 0.009952 log") == true, "\(h.screen)")
    }
}

/// A job's few trials still draw a range as a histogram: 5 draws of a uniform are 5 distinct
/// numbers, which once listed as categories at full precision ("0.0013448394784176547 20%").
struct FewTrialsHistogramTests {
    @Test func aRangeWithFewTrialsIsAHistogramNotAListOfRawNumbers() {
        var h = Harness(text: """
            type: automl
            task: image_classification
            limits:
              max_trials: 5
            search_space:
              - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
            """, path: "job.yml")
        h.press("jp")  // learning_rate, then the preview
        let rows = h.lines.filter { $0.contains("learning_rate") }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.range(of: #"\d\.\d{8,}"#, options: .regularExpression) == nil, "a raw double: \(row)")
        }
        #expect(h.text.contains("linear"), "the histogram's axis says its scale:\n\(h.text)")
    }
}
