import Testing
@testable import Editor
import SearchSpace

/// Where the preview goes: beside the list under a shortened detail pane on a wide screen, in
/// the detail pane's place at 80x24 (which comes back while a field is edited).
struct PreviewLayoutTests {
    @Test func sideBySideWithTheListAt160x40() {
        var h = Harness(size: Size(width: 160, height: 40))
        h.press("jp")
        let lines = h.lines
        let layout = Layout(size: h.size)
        let right = layout.detail.column
        // the list keeps its place and its rows
        #expect(h.listRow(6).hasPrefix(">  learning_rate                  sweep uniform(0.001,0.01)"))
        #expect(h.listRow(35).hasPrefix("   enable_onnx_normalization"), "the whole list still shows")
        // the detail pane first, shortened, then the preview under it in the same column
        #expect(h.detailTitle.hasPrefix(" learning_rate · number in [0, 1]"))
        #expect(h.detail.first?.hasPrefix(" Initial learning rate.") == true)
        guard let title = lines.firstIndex(where: { $0.dropFirst(right).hasPrefix(" preview · random · seed 0") }) else {
            Issue.record("no preview title in the right column:\n\(h.screen)")
            return
        }
        #expect(title <= 8, "the detail pane gives the preview most of the column")
        #expect(h.screen.style(ofText: "preview · random", row: title) == "preview.header")
        #expect(String(lines[title + 1].dropFirst(right)).hasPrefix("  #  sub  model_name  learning_rate  number_of_epochs  momentum"))
        let rows = lines[(title + 2)...].prefix { $0.dropFirst(right).drop { $0 == " " }.first?.isNumber == true }
        #expect(rows.count >= 15, "a long table: \(rows.count) rows\n\(h.screen)")
        // the selected parameter's histogram: a heading, bars several rows high, its range
        let heading = lines.firstIndex { $0.dropFirst(right).hasPrefix(" learning_rate min 0.001") } ?? 0
        #expect(heading > title, "\(h.screen)")
        let bars = lines[(heading + 1)...].prefix { $0.contains("█") || $0.contains("▁") || $0.contains("▅") }
        #expect(bars.count >= 3, "\(h.screen)")
        #expect(h.footer.hasSuffix("? help  q quit"))
        #expect(h.status.hasSuffix("no problems · continuous"))
    }

    @Test func aToggledPaneInPlaceOfTheDetailAt80x24() {
        var h = Harness()
        h.press("p")
        #expect(h.detailTitle.hasPrefix(" preview · random"))
        #expect(h.listRow(5) == ">  model_name                     sweep choice('vitb16r224','vits16r224')", "the list is unchanged")
        #expect(h.detail.last?.hasPrefix(" model_name ") == true, "the picture ends the pane")
        // editing needs the detail pane's fields: it comes back, then gives way again
        h.press("<enter>")
        #expect(h.detailTitle.hasPrefix(" model_name · name"))
        #expect(h.cursor == Position(row: 16, column: 28), "at the end of value 1 [vitb16r224]:\n\(h.screen)")
        h.press("<esc>")
        #expect(h.detailTitle.hasPrefix(" preview · random"))
    }

    @Test func resizingWithThePaneOpenNeverBreaksTheScreen() {
        var h = Harness()
        h.press("p")
        for size in [Size(width: 20, height: 5), Size(width: 50, height: 12), Size(width: 200, height: 60),
                     Size(width: 110, height: 20), Size(width: 80, height: 24)] {
            h.resize(size)
            let lines = h.lines
            #expect(lines.count == size.height)
            #expect(lines.allSatisfy { $0.columns <= size.width }, "\(h.screen)")
            if size.width < Layout.minimum.width || size.height < Layout.minimum.height {
                #expect(h.text.contains("window too small"))
            } else {
                #expect(h.text.contains("preview ·"), "at \(size.width)x\(size.height):\n\(h.screen)")
            }
        }
        #expect(h.detailTitle.hasPrefix(" preview · random · seed 0"))
    }

    @Test func theHelpListsPAndR() {
        let help = HelpView.lines(width: 80).map(\.text)
        #expect(help.contains { $0.contains("p ") && $0.contains("preview: sampled trials, histogram of the selected parameter") })
        #expect(help.contains { $0.contains("r ") && $0.contains("re-roll the preview's seed") })
    }
}
