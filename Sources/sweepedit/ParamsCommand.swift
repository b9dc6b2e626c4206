import ArgumentParser
import SearchSpace

struct ParamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "params",
        abstract: "List the 31 hyperparameters: name, kind, constraint, default, condition, doc.")

    @Flag(help: "Print a JSON array of objects instead of one line per parameter.")
    var json = false

    func run() throws {
        if json {
            let objects = Catalogue.all.map { spec -> String in
                var members = [
                    "\"name\": \(JSONText.string(spec.name))",
                    "\"wire_name\": \(JSONText.string(spec.wireName))",
                    "\"kind\": \(JSONText.string(spec.kind.rawValue))",
                    "\"constraint\": \(JSONText.string(spec.constraint.summary))",
                ]
                if case .enumValues(let values) = spec.constraint {
                    members.append("\"values\": [" + values.map(JSONText.string).joined(separator: ", ") + "]")
                }
                if case .modelName = spec.constraint {
                    members.append("\"known_models\": [" + Models.names.map(JSONText.string).joined(separator: ", ") + "]")
                }
                members.append("\"default\": " + (spec.defaultValue.map(JSONText.value) ?? "null"))
                members.append("\"active_when\": " + (spec.activeWhen.map { JSONText.string($0.summary) } ?? "null"))
                members.append("\"doc\": \(JSONText.string(spec.doc))")
                return "  {" + members.joined(separator: ", ") + "}"
            }
            StandardOutput.line("[\n" + objects.joined(separator: ",\n") + "\n]")
            return
        }
        let width = Catalogue.all.map(\.name.count).max() ?? 0
        for spec in Catalogue.all {
            let name = spec.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let kind = spec.kind.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            var line = "\(name)  \(kind)  \(spec.constraint.summary)"
            if let d = spec.defaultNote ?? spec.defaultValue.map(ValueFormat.plain) { line += "; default \(d)" }
            if let c = spec.activeWhen { line += "; \(c.summary)" }
            line += " — \(spec.doc)"
            StandardOutput.line(line)
        }
    }
}
