import Foundation
import SearchSpace

/// s, S, e, q and the questions they ask.
func fileCommand(_ s: inout EditorState, _ command: Command) -> [Effect] {
    switch command {
    case .save:
        return save(&s)
    case .saveAs:
        s.overlay = .prompt(.saveAs, suggested(s.document.path ?? "sweep-job.yml"))
    case .export:
        s.overlay = .chooseExport
    case .exportYAML: askExportPath(&s, .yaml)
    case .exportJSON: askExportPath(&s, .json)
    case .exportREST: askExportPath(&s, .rest)
    case .exportJob: askExportPath(&s, .job)
    case .quit:
        if s.isDirty {
            s.overlay = .confirmQuit
        } else {
            return [.quit]
        }
    case .confirm:
        if s.overlay == .confirmDelete {
            s.overlay = nil
            deleteCurrentSubspace(&s)
        } else {
            return [.quit]
        }
    case .saveAndQuit:
        s.overlay = nil
        s.quitAfterSave = true
        return save(&s)
    default:
        break
    }
    return []
}

/// s: the form the file was read in, to the file it was read from (a new space asks for a name).
func save(_ s: inout EditorState) -> [Effect] {
    guard let path = s.document.path else {
        s.overlay = .prompt(.saveAs, suggested("sweep-job.yml"))
        return []
    }
    return checkThenSave(&s, path: path)
}

func askExportPath(_ s: inout EditorState, _ format: ExportFormat) {
    var base = s.document.path ?? "sweep"
    for ext in [".yml", ".yaml", ".json"] where base.hasSuffix(ext) { base.removeLast(ext.count) }
    let suffix: String
    switch format {
    case .yaml: suffix = ".space.yml"
    case .json: suffix = ".space.json"
    case .rest: suffix = ".rest.json"
    case .job: suffix = ".job.yml"
    }
    s.overlay = .prompt(.export(format), suggested(base + suffix))
}

/// A path the prompt suggests, selected: typing a name replaces it (it used to be typed after
/// it: "sweep-job.ymlnew.yml"), Enter takes it, a move keeps it to change a part.
func suggested(_ path: String) -> TextBuffer {
    var buffer = TextBuffer(path)
    buffer.selectAll()
    return buffer
}

/// Enter in the path prompt.
func submitPath(_ s: inout EditorState, _ purpose: PromptPurpose, _ raw: String) -> [Effect] {
    let path = raw.trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty else {
        s.status = StatusMessage("type a file name (Esc cancels)")
        return []
    }
    s.overlay = nil
    switch purpose {
    case .saveAs:
        let expected = path == s.document.path && !s.document.originalText.isEmpty ? s.document.originalText : nil
        return [writeDocument(s, to: path, expected: expected)]
    case .export(let format):
        return [.write(path: path, text: DocumentWriter.export(s.document, as: format), purpose: .export(format), expected: nil)]
    }
}

/// The runtime's answer to a write.
func finishWrite(_ s: inout EditorState, _ outcome: WriteOutcome) -> [Effect] {
    if let error = outcome.error {
        s.quitAfterSave = false
        s.overlay = .message("Not saved: \(error)\n\nS saves under another name. Press any key.")
        return []
    }
    switch outcome.purpose {
    case .save:
        var doc = s.document
        if let fresh = try? DocumentReader.read(outcome.text, path: outcome.path) {
            doc.form = fresh.form
            doc.locations = fresh.locations
        }
        doc.originalText = outcome.text
        doc.originalSpace = doc.space
        doc.path = outcome.path
        doc.legacy = []
        s.document = doc
        revalidate(&s)
        // Azure would reject the file: the save says so, and nothing else changes
        let errors = s.findings.errors
        s.status = errors == 0 ? StatusMessage("saved \(outcome.path)")
            : StatusMessage("saved \(outcome.path) with \(errors) error\(errors == 1 ? "" : "s"): n shows them", .error)
        if s.quitAfterSave { return [.quit] }
    case .export(let format):
        s.status = StatusMessage("exported \(format.rawValue) to \(outcome.path)")
    }
    return []
}
