import Yams

/// Reads a file's text as a search space, detecting its form (azure-contract.md, "The two
/// serialized forms" and "Older files in the wild").
public struct DocumentReader {
    let path: String?
    var locations = SourceMap()
    var legacy: [LegacyConstruct] = []
    var readingNotes: [LegacyConstruct] = []
    var limitConflicts: [LimitConflict] = []
    var autoMode = false
    var sawCamelCase = false
    var sawExpressionString = false
    var sawDictValue = false
    /// A number or bool written as such: REST files hold strings only.
    var sawPlainLiteral = false
    var sawString = false

    /// The pipeline step to read (`--node`), nil for the only one.
    var node: String?

    /// Reads `text` (YAML or JSON); `path` is used in messages only; `node` names the step of a
    /// pipeline job to read (see PipelineReading).
    public static func read(_ text: String, path: String? = nil, node: String? = nil) throws(LoadError) -> Document {
        // Python source and notebooks have a reader of their own (Codec/Python)
        if PythonDocument.syntax(of: text, path: path) != nil { return try PythonDocument.read(text, path: path) }
        var reader = DocumentReader(path: path)
        reader.node = node
        // a byte-order mark is not part of the YAML or JSON: read without it, written back
        guard text.hasPrefix(Document.byteOrderMarkText) else { return try reader.read(text) }
        var doc = try reader.read(String(text.dropFirst()))
        doc.byteOrderMark = true
        return doc
    }

    init(path: String?) { self.path = path }

    func fail(_ at: SourceLocation?, _ message: String) -> LoadError {
        LoadError(file: path, at, message)
    }

    mutating func read(_ text: String) throws(LoadError) -> Document {
        if text.allSatisfy({ $0.isWhitespace }) {
            throw fail(nil, "the file is empty; expected a search space (a list of subspaces, or a job YAML)")
        }
        let aliasScan = AliasScan(text)
        if let alias = aliasScan.aliases.first, let key = aliasScan.complexKey {
            throw fail(key, "a complex mapping key in a file that uses YAML aliases (*\(alias.name) at \(alias.location)) "
                + "is refused: such a key can expand without bound (a YAML alias bomb)")
        }
        let root = try compose(text)
        try refuseAliasesInSpace(aliasScan, root: root)
        try NodeCheck.check(root, file: path)
        let syntax: FileForm.Syntax = text.drop(while: { $0.isWhitespace }).first.map { $0 == "{" || $0 == "[" } == true
            ? .json : .yaml
        var space = SearchSpace()
        var shape: FileForm.Shape
        var stepName: String?
        if let node, root.pairs == nil {
            throw fail(root.location, "--node \(node) picks a step of a pipeline job (type: pipeline); this file is not one")
        }
        switch root {
        case .sequence(let items):
            shape = .list
            space.subspaces = try readSubspaces(Array(items))
        case .mapping:
            let step = try pipelineStep(root, named: node, text: text)
            stepName = step?.name
            let job = step?.node ?? root
            if let list = job.value(forKey: "search_space") {
                shape = job.value(forKey: "type")?.string == "automl" ? .job : .wrapped
                locations.record(.job, "search_space", .key, job.keyNode("search_space")?.location)
                space.subspaces = try readSearchSpaceValue(list)
                try readJob(job, into: &space)
            } else if Self.isAutoMode(job) {
                shape = .job
                autoMode = true
                space.subspaces = []
                try readJob(job, into: &space)
            } else if step == nil, try looksLikeSubspace(root) {
                shape = .single
                space.subspaces = [try readSubspace(root, index: 0)]
            } else {
                throw fail(root.location, "no search_space here: expected a list of subspaces, "
                    + "a mapping of hyperparameters, or a job YAML with search_space:")
            }
        default:
            throw fail(root.location, "expected a search space (a list of subspaces, or a job YAML), found \(root.shapeDescription)")
        }
        // A bare JSON list or mapping whose every value is a string is REST form (what `export
        // --to rest` and Azure's payloads hold); so is any file with the wire's camelCase keys.
        // `{search_space: [...]}` of strings only is the dict form (what `export --to json`
        // writes) unless it holds distribution expressions.
        let restJSON = syntax == .json && !sawDictValue && !sawPlainLiteral
            && (sawExpressionString || (sawString && shape != .wrapped))
        let values: FileForm.Values = shape != .job && (sawCamelCase || restJSON) ? .rest : .dict
        if values == .dict {
            legacy.append(contentsOf: expressionNotes)
        } else {
            space.subspaces = try space.subspaces.enumerated().map { (i, sub) throws(LoadError) in
                try readingRestLiterals(sub, scope: .subspace(i))
            }
        }
        let form = FileForm(shape: shape, syntax: syntax, values: values, keys: sawCamelCase ? .camel : .snake)
        var doc = Document(space: space, form: form, locations: locations, legacy: legacy,
                           originalText: text, path: path)
        doc.limitConflicts = limitConflicts
        doc.readingNotes = readingNotes
        doc.pipelineStep = stepName
        doc.isAutoMode = autoMode
        return doc
    }

    /// Notes for YAML expression strings, kept aside until the form is known (REST files use them by design).
    var expressionNotes: [LegacyConstruct] = []

    func compose(_ text: String) throws(LoadError) -> Node {
        do {
            guard let node = try YAMLTree.compose(text) else {
                throw fail(nil, "the file holds no document; expected a search space")
            }
            return node
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            throw YAMLErrorText.loadError(error, file: path)
        } catch {
            throw fail(nil, "cannot read the file as YAML or JSON: \(error)")
        }
    }

    func looksLikeSubspace(_ node: Node) throws(LoadError) -> Bool {
        guard let pairs = node.pairs, !pairs.isEmpty else { return false }
        return pairs.contains { Catalogue.parameter(named: $0.key) != nil || Catalogue.legacyNames[$0.key] != nil }
    }

    mutating func readSearchSpaceValue(_ node: Node) throws(LoadError) -> [Subspace] {
        switch node {
        case .sequence(let items): return try readSubspaces(Array(items))
        case .mapping:  // a single subspace written without the list (the SDK accepts it)
            return [try readSubspace(node, index: 0)]
        default:
            if node.isNull { return [] }
            throw fail(node.location, "search_space must be a list of subspaces, found \(node.shapeDescription)")
        }
    }

    mutating func readSubspaces(_ items: [Node]) throws(LoadError) -> [Subspace] {
        var result: [Subspace] = []
        for (i, item) in items.enumerated() {
            result.append(try readSubspace(item, index: i))
        }
        return result
    }

    mutating func readSubspace(_ node: Node, index: Int) throws(LoadError) -> Subspace {
        let scope = Scope.subspace(index)
        locations.record(scope, nil, nil, node.location)
        if node.isNull { return Subspace() }
        guard let pairs = node.pairs else {
            throw fail(node.location, "subspace \(index + 1) must be a mapping of hyperparameters, found \(node.shapeDescription)")
        }
        return try readSettings(pairs, scope: scope, allowDistributions: true)
    }

    mutating func readSettings(
        _ pairs: [(key: String, keyNode: Node, value: Node)], scope: Scope, allowDistributions: Bool
    ) throws(LoadError) -> Subspace {
        var sub = Subspace()
        for (key, keyNode, valueNode) in pairs {
            guard case .scalar = keyNode else {
                throw fail(keyNode.location, "a hyperparameter name must be a plain key, found \(keyNode.shapeDescription)")
            }
            let setting = try readSetting(valueNode, scope: scope, key: key)
            if !allowDistributions, case .swept = setting {
                throw fail(valueNode.location, "\(key): training_parameters fixes one value for every trial; "
                    + "a distribution belongs in search_space")
            }
            var id = Catalogue.parameter(named: key)
            if let known = id, known.name != key { sawCamelCase = true }
            if id == nil, let modern = Catalogue.legacyNames[key] {
                id = modern
                legacy.append(LegacyConstruct(
                    scope: scope, subject: .parameter(modern),
                    message: "'\(key)' is the old name of '\(modern.name)'; it is saved as '\(modern.name)'",
                    location: keyNode.location))
            }
            let name = id?.name ?? key
            locations.record(scope, name, .key, keyNode.location)
            if let id {
                if !sub[id].isUnset {
                    throw fail(keyNode.location, "'\(key)' sets \(id.name) a second time in the same subspace")
                }
                sub[id] = setting
            } else {
                sub.unknownKeys.append(UnknownKey(name: key, setting: setting))
            }
        }
        return sub
    }

    /// One parameter's value: a literal, a `{type: ...}` mapping, or an expression string.
    mutating func readSetting(_ node: Node, scope: Scope, key: String) throws(LoadError) -> Setting {
        let name = Catalogue.parameter(named: key)?.name ?? Catalogue.legacyNames[key]?.name ?? key
        locations.record(scope, name, .value, node.location)
        switch node {
        case .scalar(let scalar):
            guard let value = node.literal else { return .unset }
            if node.isMistypedScalar {
                let kind = [Tag.Name.int.rawValue: "an integer", Tag.Name.float.rawValue: "a float"][node.tag.rawValue] ?? "a true/false value"
                throw fail(node.location, "\(key): '\(scalar.string)' is tagged \(NodeCheck.shortName(node.tag.rawValue)) but is not \(kind)")
            }
            if case .string = value { sawString = true } else { sawPlainLiteral = true }
            if node.isStringScalar, RestParser.looksLikeExpression(scalar.string) {
                sawExpressionString = true
                let setting = try parseExpression(scalar.string, node: node)
                if case .swept(let d) = setting {
                    expressionNotes.append(LegacyConstruct(
                        scope: scope, subject: Subject(key: name),
                        message: "the expression string \"\(scalar.string)\" is an old form the current SDK rejects; "
                            + "it is saved as " + DictWriter.flowYAML(d),
                        location: node.location))
                }
                return setting
            }
            return .fixed(value)
        case .mapping:
            sawDictValue = true
            return .swept(try readDistribution(node, scope: scope, name: name))
        case .sequence:
            throw fail(node.location, "\(key) is given a list; write a choice instead: {type: choice, values: [...]}")
        case .alias:
            throw fail(node.location, "aliases are not supported in a search space")
        }
    }

    /// In a REST file a fixed value is a string the SDK wrote with `str()`: "0.01", "15", "True".
    /// Each is read as the field's kind would have it (strings of string and enum fields stay
    /// strings, and so do the values of keys that are not parameters).
    /// A number a Double or an Int cannot keep ("99999999999999999999", "1e400") is an error.
    func readingRestLiterals(_ sub: Subspace, scope: Scope) throws(LoadError) -> Subspace {
        var result = sub
        for (id, setting) in sub.entries {
            if case .fixed(.string(let text)) = setting {
                let kind = Catalogue.spec(id).kind
                let value = RestParser.literal(text, for: kind)  // as parse(_:for:)
                if kind == .int || kind == .float, let problem = ExactNumber.problem(text, read: value) {
                    throw fail(locations.locate(scope, id.name, .value), "\(id.name): \(problem)")
                }
                result[id] = .fixed(value)
            }
        }
        // An unknown key's kind is unknown: its text stays as written.
        return result
    }

    func parseExpression(_ text: String, node: Node) throws(LoadError) -> Setting {
        do {
            return try RestParser.parse(text)
        } catch {
            var at = node.location
            // Point into the string: past the opening quote when the scalar is quoted.
            if var l = at, case .scalar(let s) = node {
                l.column += error.offset + (s.style == .plain ? 0 : 1)
                at = l
            }
            throw fail(at, "cannot read \"\(text)\": \(error.message)")
        }
    }

    /// `{type: uniform, min_value: 0.1, max_value: 0.2}` and friends.
    mutating func readDistribution(_ node: Node, scope: Scope, name: String) throws(LoadError) -> Distribution {
        guard let pairs = node.pairs else { throw fail(node.location, "expected a mapping") }
        guard let typeNode = node.value(forKey: "type") else {
            throw fail(node.location, "\(name): a distribution needs 'type:' (one of "
                + DistributionKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        let typeName = typeNode.string ?? ""
        guard let kind = DistributionKind(rawValue: typeName.lowercased()) else {
            let hint = Spelling.nearest(typeName.lowercased(), in: DistributionKind.allCases.map(\.rawValue))
                .map { " (did you mean \($0)?)" } ?? ""
            throw fail(typeNode.location, "\(name): unknown distribution type '\(typeName)'\(hint)")
        }
        let expected = kind == .choice ? ["values"] : kind.parameterNames
        for pair in pairs where pair.key != "type" && !expected.contains(pair.key) {
            throw fail(pair.keyNode.location, "\(name): '\(pair.key)' is not a field of \(kind.rawValue); it takes "
                + expected.joined(separator: ", "))
        }
        if kind == .choice {
            guard let valuesNode = node.value(forKey: "values") else {
                throw fail(node.location, "\(name): choice needs 'values:' (a list)")
            }
            guard case .sequence(let items) = valuesNode else {
                throw fail(valuesNode.location, "\(name): choice values must be a list, found \(valuesNode.shapeDescription)")
            }
            var values: [Value] = []
            values.reserveCapacity(items.count)
            locations.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard let v = item.literal else {
                    throw fail(item.location, "\(name): choice value \(i + 1) must be a single value, found \(item.shapeDescription)")
                }
                locations.record(scope, name, .choiceValue(i), item.location)
                values.append(v)
            }
            return .choice(values)
        }
        var numbers: [Number] = []
        for field in kind.parameterNames {
            guard let n = node.value(forKey: field) else {
                throw fail(node.location, "\(name): \(kind.rawValue) needs '\(field)'")
            }
            guard let literal = n.literal, let number = Number(literal) else {
                throw fail(n.location, "\(name): \(field) of \(kind.rawValue) must be a number, found \(n.shapeDescription)")
            }
            locations.record(scope, name, .parameter(field), n.location)
            numbers.append(number)
        }
        return Distribution(kind: kind, parameters: numbers)!
    }
}
