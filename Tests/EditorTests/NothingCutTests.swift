import Testing
@testable import Editor
import SearchSpace

/// Nothing is cut where there is room; where something must go, whole parts go and the key and
/// the value stay (issue 16).
struct NothingCutTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 50)]

    @Test func theFooterShowsWholeEntriesOnly() {
        for size in Self.sizes {
            var h = Harness(size: size)
            for keys in ["", "j<enter>", "/lr"] {
                h.press(keys)
                let footer = h.lines[size.height - 1]
                #expect(!footer.contains("…"), "\(size.width) columns, after \(keys): \(footer)")
                h.press("<esc><esc>")
            }
        }
        let h = Harness()
        #expect(h.lines[23] == " enter edit  f fixed  d sweep  t kind  s save  p preview         ? help  q quit")
    }

    @Test func theListHeadingShowsTheWholeFilter() {
        for size in Self.sizes {
            var h = Harness(size: size)
            h.press("/weight_decay<enter>")
            #expect(h.lines[1].hasPrefix("  parameter (filter: weight_decay)"), "\(size.width) columns: \(h.lines[1])")
            #expect(!h.lines[1].contains("…"))
        }
        var narrow = Harness(size: Size(width: 60, height: 20))
        narrow.press("/number_of_epochs<enter>")
        #expect(narrow.lines[1].hasPrefix("  parameter (filter: number_of_epochs)"), "\(narrow.lines[1])")
    }

    @Test func theDetailTitleDropsWholePartsKeepingNameAndDefault() {
        for size in Self.sizes {
            var h = Harness(size: size)
            let layout = Layout(size: size)
            for _ in 0..<31 {
                let title = String(h.lines[layout.detailTitle.row].dropFirst(layout.detailTitle.column))
                let name = h.state.selectedRow?.name ?? ""
                #expect(!title.contains("…"), "\(size.width) columns: \(title)")
                #expect(title.hasPrefix(" " + name + " · ") && title.contains(" · default "), "\(size.width) columns: \(title)")
                h.press("j")
            }
        }
        var h = Harness(size: Size(width: 120, height: 40))
        h.press("j")
        #expect(h.lines[1].hasSuffix(" learning_rate · number in [0, 1] · default 0.01"), "the note goes first: \(h.lines[1])")
        h = Harness(size: Size(width: 200, height: 50))
        h.press("j")
        #expect(h.lines[1].hasSuffix(" learning_rate · number in [0, 1] · default 0.01; depends on task and model"))
    }
}
