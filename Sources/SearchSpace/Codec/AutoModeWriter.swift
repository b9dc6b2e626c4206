/// Saves an AutoMode job (no search_space, no sweep). While the space has no setting the job
/// stays in AutoMode; the first setting turns it into a manual sweep: `sweep:` (with the
/// sampling algorithm, random unless the user picked another) and `search_space:` are added at
/// the end of the job, where Azure's job YAML examples put them, and every other line stays.
enum AutoModeWriter {
    static func save(_ doc: Document) -> String {
        guard doc.space.subspaces.contains(where: { !$0.isEmpty }) else {
            // still AutoMode: a `sweep:` without search_space would make the job unreadable, so the
            // sweep settings wait for the first setting of the space
            var still = doc
            still.space.job.samplingAlgorithm = doc.originalSpace.job.samplingAlgorithm
            still.space.job.earlyTermination = doc.originalSpace.job.earlyTermination
            return JobWriter.splice(still)
        }
        // Everything but the sweep through the job writer (limits, training_parameters) ...
        var rest = doc
        rest.space.subspaces = doc.originalSpace.subspaces
        rest.space.job.samplingAlgorithm = doc.originalSpace.job.samplingAlgorithm
        rest.space.job.earlyTermination = doc.originalSpace.job.earlyTermination
        var text = JobWriter.splice(rest)
        // ... then the two new blocks, in the file's line ending.
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        // by scalars: "\r\n" is one Character, so hasSuffix("\n") is false on it
        if !text.isEmpty, text.unicodeScalars.last != "\n" { text += newline }
        var lines: [String] = []
        if !text.isEmpty, !text.hasSuffix(newline + newline) { lines.append("") }
        lines += JobWriter.sweepLines(doc.space.job) + ["", "search_space:"]
        lines += DictWriter.yamlSubspaces(doc.space.subspaces.filter { !$0.isEmpty }, indent: 2)
        return text + lines.joined(separator: newline) + newline
    }
}
