import Testing
@testable import Editor
import SearchSpace

/// Counts drawn as block characters, and their ASCII forms for terminals without them.
struct HistogramTests {
    @Test func aSparklineScalesToTheFullestCountInEighths() {
        #expect(Histogram.sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8], ascii: false) == " ▁▂▃▄▅▆▇█")
        #expect(Histogram.sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8], ascii: true) == " ..:-=+*#")
    }

    @Test func anyCountAboveZeroShowsAndNothingShowsForZero() {
        #expect(Histogram.sparkline([1000, 1, 0], ascii: false) == "█▁ ")
        #expect(Histogram.sparkline([1000, 1, 0], ascii: true) == "#. ")
        #expect(Histogram.sparkline([0, 0], ascii: false) == "  ")
        #expect(Histogram.sparkline([], ascii: false) == "")
    }

    @Test func tallBarsFillWholeCellsBelowAPartialTop() {
        // 16 eighths over two rows: 8 -> one full cell, 12 -> a full cell and a half, 16 -> two
        #expect(Histogram.bars([8, 12, 16, 0], height: 2, ascii: false) == [
            " ▄█ ",
            "███ ",
        ])
        #expect(Histogram.bars([8, 12, 16, 0], height: 2, ascii: true) == [
            " -# ",
            "### ",
        ])
    }

    @Test func horizontalBarsInEighthsOrWholeASCIICells() {
        #expect(Histogram.bar(1, width: 4, ascii: false) == "████")
        #expect(Histogram.bar(0.5, width: 4, ascii: false) == "██")
        #expect(Histogram.bar(0.3, width: 4, ascii: false) == "█▎")  // 9.6 eighths -> 10: a cell and a quarter
        #expect(Histogram.bar(0.01, width: 4, ascii: false) == "▏", "a sliver, never nothing, above zero")
        #expect(Histogram.bar(0, width: 4, ascii: false) == "")
        #expect(Histogram.bar(0.5, width: 4, ascii: true) == "##")
        #expect(Histogram.bar(0.01, width: 4, ascii: true) == "#")
    }

    @Test func theSelectedParametersSparklineAt80x24IsUnicodeOrASCIIAsTheScreenAllows() {
        var h = Harness(space: "  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}\n")
        h.press("jp")
        let line = h.detail.last ?? ""
        #expect(line.hasPrefix(" learning_rate 0.001"), "\(h.screen)")
        #expect(line.contains("█"), "the fullest bucket is a full block: \(line)")
        #expect(line.hasSuffix(" 0.009998") || line.hasSuffix(" 0.01") || line.contains(" 0.00"), "\(line)")
        #expect(h.screen.style(ofText: "█", row: h.layout.detail.row + h.layout.detail.height - 1) == "preview.bar")
        h.state.asciiOnly = true
        let ascii = h.detail.last ?? ""
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "\(ascii)")
        #expect(ascii.contains("#"))
        #expect(ascii.count == line.count, "the same picture, other characters")
    }

    @Test func categoriesAreSharesOnOneLineAndBarsWhenThereIsRoom() {
        var h = Harness(space: "  - optimizer: {type: choice, values: [sgd, adam, adamw]}\n")
        h.press("jjjp")
        #expect(h.selectedRowName == "optimizer")
        let line = h.detail.last ?? ""
        #expect(line.hasPrefix(" optimizer sgd "), "choice order: \(line)")
        #expect(line.contains(" · adam ") && line.contains(" · adamw "))
        var wide = Harness(space: "  - optimizer: {type: choice, values: [sgd, adam, adamw]}\n", size: Size(width: 160, height: 40))
        wide.press("jjjp")
        let text = wide.text
        #expect(text.contains("optimizer 3 values"), "\(wide.screen)")
        let bars = wide.lines.filter { $0.contains("sgd ") || $0.contains("adam ") || $0.contains("adamw ") }.filter { $0.contains("█") }
        #expect(bars.count == 3, "\(wide.screen)")
        #expect(bars.allSatisfy { $0.contains("%") && $0.contains("(") })
        wide.state.asciiOnly = true
        #expect(wide.lines.filter { $0.contains("#") && $0.contains("%") }.count == 3)
        #expect(!wide.text.contains("█"))
    }
}

extension Harness {
    var selectedRowName: String? { state.selectedRow?.name }
}
