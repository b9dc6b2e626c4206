import Testing
@testable import Editor
import SearchSpace

/// Before a write the runtime may ask (a file that exists, is read-only, has another owner):
/// the editor shows the question naming the file, y writes, n or Esc writes nothing.
struct WriteQuestionTests {
    @Test func saveAsOntoAnotherPathAsksForANewFile() {
        var h = Harness()
        h.press("S")
        h.press("other.yml<enter>")
        #expect(h.lastWrite?.isNew == true, "another path must be new: replacing a file is a question")
        h.press("S<enter>")
        #expect(h.lastWrite?.path == "job.yml")
        #expect(h.lastWrite?.isNew == false, "its own file is not a new one")
    }

    @Test func exportAlwaysAsksBeforeReplacingAFile() {
        var h = Harness()
        h.press("e3<enter>")
        #expect(h.lastWrite?.isNew == true)
    }

    @Test func yesWritesWithTheAnswerAndNoWritesNothing() {
        var h = Harness()
        h.press("jx")
        h.press("S")
        h.press("other.yml<enter>")
        h.answerLastWrite(.ask(.replaceExisting))
        #expect(h.text.contains("other.yml exists. Replace it?"))
        #expect(h.lines.filter { $0.contains("other.yml") }.count == 1, "a bare name is said once, not again as a path:\n\(h.text)")
        #expect(h.text.contains("y  write it"))
        h.effects = []
        h.press("n")
        #expect(h.effects.isEmpty)
        #expect(h.state.overlay == nil)
        #expect(h.state.status?.text == "not written: other.yml is as it was")
        #expect(h.state.isDirty, "nothing was saved")
        h.press("S")
        h.press("other.yml<enter>")
        h.answerLastWrite(.ask(.replaceExisting))
        h.press("y")
        guard case .write(let request)? = h.effects.last else {
            Issue.record("y asks for the write again: \(h.effects)")
            return
        }
        #expect(request.path == "other.yml")
        #expect(request.confirmed == [.replaceExisting])
        h.answerLastWrite(.written(nil, note: nil))
        #expect(h.state.status?.text == "saved other.yml")
        #expect(!h.state.isDirty)
    }

    @Test func aReadOnlyFileAndAnotherOwnerAreAskedInWords() {
        #expect(WriteQuestion.readOnly.text("job.yml") == "job.yml is read-only. Write it anyway?")
        #expect(WriteQuestion.changesOwner(owner: "alice:ml").text("job.yml")
            == "job.yml belongs to alice:ml; saving makes the new file yours. Save anyway?")
    }

    @Test func aSaveThatLeftHardLinksBehindSaysSo() {
        var h = Harness()
        h.press("jxs")
        h.answerLastWrite(.written(nil, note: "its other hard link keeps the old text"))
        #expect(h.state.status?.text == "saved job.yml (its other hard link keeps the old text)")
    }
}
