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

    /// `export --to rest`: a JSON array, one object per subspace, keys sorted, indented as
    /// Python's `json.dumps(indent=2, sort_keys=True)` prints it (what the oracle prints).
    public static func export(_ space: SearchSpace) -> String {
        document(space.subspaces, keys: .snake, sorted: true, asList: true)
    }

    /// A REST-form file in the shape it was read (list or single mapping, key spelling kept).
    public static func document(_ subspaces: [Subspace], keys: FileForm.Keys, sorted: Bool, asList: Bool) -> String {
        let objects = subspaces.map { sub -> String in
            var pairs = strings(sub, keys: keys)
            if sorted { pairs.sort { $0.key < $1.key } }
            if pairs.isEmpty { return "{}" }
            let indent = asList ? "    " : "  "
            let closing = asList ? "  }" : "}"
            return "{\n" + pairs.map { indent + JSONText.string($0.key) + ": " + JSONText.string($0.value) }
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
            let pairs = strings(sub, keys: keys)
            for (i, pair) in pairs.enumerated() {
                let prefix = asList ? (i == 0 ? "- " : "  ") : ""
                lines.append(prefix + pair.key + ": " + JSONText.string(pair.value))
            }
            if pairs.isEmpty { lines.append(asList ? "- {}" : "{}") }
        }
        if lines.isEmpty { return "[]\n" }
        return lines.joined(separator: "\n") + "\n"
    }
}
