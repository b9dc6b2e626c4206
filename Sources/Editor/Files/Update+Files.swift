import Foundation
import SearchSpace

/// s, S, e, q and the questions they ask.
func fileCommand(_ s: inout EditorState, _ command: Command) -> [Effect] {
    switch command {
    case .save:
        return save(&s)
    case .saveAs:
        // S in the changed-on-disk box of "save, then quit" still quits once saved elsewhere
        var quits = false
        if case .safety(.diskChanged(let conflict))? = s.overlay { quits = conflict.thenQuit }
        s.overlay = .prompt(quits ? .saveAsThenQuit : .saveAs, suggested(s.document.path ?? "sweep-job.yml"))
    case .export:
        s.overlay = .chooseExport
    case .exportYAML: askExportPath(&s, .yaml)
    case .exportJSON: askExportPath(&s, .json)
    case .exportREST: askExportPath(&s, .rest)
    case .exportJob: askExportPath(&s, .job)
    case .exportPython: askExportPath(&s, .python)
    case .quit:
        if s.isDirty {
            s.overlay = .confirmQuit
        } else {
            return [.quit]
        }
    case .confirm:
        if case .confirmWrite(var request, let question)? = s.overlay {
            s.overlay = nil
            request.confirmed.insert(question)
            return [.write(request)]
        }
        if s.overlay == .confirmDelete {
            s.overlay = nil
            deleteCurrentSubspace(&s)
        } else {
            return [.quit]
        }
    case .saveAndQuit:
        s.overlay = nil
        return save(&s, thenQuit: true)
    default:
        break
    }
    return []
}

/// s: the form the file was read in, to the file it was read from (a new space asks for a
/// name). The runtime checks once, just before writing, that the file is still as it was.
func save(_ s: inout EditorState, thenQuit: Bool = false) -> [Effect] {
    guard let path = s.document.path else {
        s.overlay = .prompt(thenQuit ? .saveAsThenQuit : .saveAs, suggested("sweep-job.yml"))
        return []
    }
    return [.write(writeDocument(s, to: path, expected: diskBaseline(s), thenQuit: thenQuit))]
}

func askExportPath(_ s: inout EditorState, _ format: ExportFormat) {
    var base = s.document.path ?? "sweep"
    for ext in [".yml", ".yaml", ".json", ".py", ".ipynb"] where base.hasSuffix(ext) { base.removeLast(ext.count) }
    let suffix: String
    switch format {
    case .yaml: suffix = ".space.yml"
    case .json: suffix = ".space.json"
    case .rest: suffix = ".rest.json"
    case .job: suffix = ".job.yml"
    case .python: suffix = ".job.py"
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
    case .saveAs, .saveAsThenQuit:
        // the file it was read from keeps its check; any other path is a new file
        let ownFile = path == s.document.path
        let expected = ownFile && !s.document.originalText.isEmpty ? diskBaseline(s) : nil
        var request = writeDocument(s, to: path, expected: expected, thenQuit: purpose == .saveAsThenQuit)
        request.isNew = !ownFile
        return [.write(request)]
    case .export(let format):
        return [.write(FileWrite(path: path, text: DocumentWriter.export(s.document, as: format),
                                 purpose: .export(format), isNew: true))]
    }
}

/// The runtime's answer to a write: the one place a save, a save as and an export end.
func finishWrite(_ s: inout EditorState, _ outcome: WriteOutcome) -> [Effect] {
    let request = outcome.request
    switch outcome.result {
    case .failed(let error):
        s.overlay = .message("Not saved: \(error)\n\nS saves under another name. Press any key.")
        return []
    case .ask(let question):
        s.overlay = .confirmWrite(request, question)
        return []
    case .conflict(let report):
        let baseline = diskBaseline(s).text ?? ""
        s.overlay = .safety(.diskChanged(DiskConflict(report: report, baselineText: baseline, thenQuit: request.thenQuit)))
        return []
    case .written(let stamp, let note):
        let aside = note.map { " (\($0))" } ?? ""
        switch request.purpose {
        case .export(let format):
            s.status = StatusMessage("exported \(format.rawValue) to \(request.path)" + aside)
            return request.thenQuit ? [.quit] : []
        case .save:
            s.document.markSaved(text: request.text, path: request.path)
            s.disk = DiskBaseline(stamp: stamp, text: nil)
            revalidate(&s)
            // Azure would reject the file: the save says so, and nothing else changes
            let errors = s.findings.errors
            s.status = errors == 0 ? StatusMessage("saved \(request.path)" + aside)
                : StatusMessage("saved \(request.path)\(aside) with \(errors) error\(errors == 1 ? "" : "s"): n shows them", .error)
            // only recovery files whose edits this save holds go; another session's stay
            return recoveriesSaved(&s) + (request.thenQuit ? [.quit] : [])
        }
    }
}
