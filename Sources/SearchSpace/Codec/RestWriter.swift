/// Writes REST-form files: `{param: "rest string"}` per subspace.
public enum RestWriter {
    /// The REST strings of one subspace, keyed by snake_case (or wire camelCase) name.
    public static func strings(_ sub: Subspace, keys: FileForm.Keys = .snake) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        for (id, setting) in sub.entries {
            let spec = Catalogue.spec(id)
            guard let text = RestFormat.string(setting, for: spec.kind) else { continue }
            result.append((keys == .camel ? spec.wireName : spec.name, text))
        }
        for unknown in sub.unknownKeys {
            if let text = RestFormat.string(unknown.setting, for: .string) { result.append((unknown.name, text)) }
        }
        return result
    }

    /// Every key of a subspace with its value as JSON text (`null` for an unknown key written with
    /// no value, kept so that validation still names it), unknown keys last in file order.
    static func jsonEntries(_ sub: Subspace, keys: FileForm.Keys) -> [(key: String, json: String)] {
        var result: [(String, String)] = []
        for (id, setting) in sub.entries {
            let spec = Catalogue.spec(id)
            guard let text = RestFormat.string(setting, for: spec.kind) else { continue }
            result.append((keys == .camel ? spec.wireName : spec.name, JSONText.string(text)))
        }
        for unknown in sub.unknownKeys {
            result.append((unknown.name, RestFormat.string(unknown.setting, for: .string).map(JSONText.string) ?? "null"))
        }
        return result
    }

    /// `export --to rest`: a JSON array, one object per subspace, keys sorted, indented as
    /// Python's `json.dumps(indent=2, sort_keys=True)` prints it (what the oracle prints).
    public static func export(_ space: SearchSpace) -> String {
        document(space.subspaces, keys: .snake, sorted: true, asList: true)
    }

    /// A REST-form file in the shape it was read (list or single mapping, key spelling kept).
    public static func document(_ subspaces: [Subspace], keys: FileForm.Keys, sorted: Bool, asList: Bool) -> String {
        let objects = subspaces.map { sub -> String in
            var pairs = jsonEntries(sub, keys: keys)
            if sorted { pairs.sort { $0.0 < $1.0 } }
            if pairs.isEmpty { return "{}" }
            let indent = asList ? "    " : "  "
            let closing = asList ? "  }" : "}"
            return "{\n" + pairs.map { indent + JSONText.string($0.0) + ": " + $0.1 }
                .joined(separator: ",\n") + "\n" + closing
        }
        if !asList, let only = objects.first, objects.count == 1 { return only + "\n" }
        if objects.isEmpty { return "[]\n" }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    /// A REST-form YAML file: `param: "rest string"` lines.
    public static func yamlDocument(_ subspaces: [Subspace], keys: FileForm.Keys, asList: Bool) -> String {
        var lines: [String] = []
        for sub in subspaces {
            let pairs = jsonEntries(sub, keys: keys).map { (DictWriter.yamlString($0.key), $0.json) }
            for (i, pair) in pairs.enumerated() {
                let prefix = asList ? (i == 0 ? "- " : "  ") : ""
                lines.append(prefix + pair.0 + ": " + pair.1)
            }
            if pairs.isEmpty { lines.append(asList ? "- {}" : "{}") }
        }
        if lines.isEmpty { return "[]\n" }
        return lines.joined(separator: "\n") + "\n"
    }
}
