/// Reads the search space, sweep settings, limits and training parameters from the SDK calls
/// in Python source (`job.extend_search_space([SearchSpace(...), ...])`, `job.set_sweep(...)`,
/// `job.set_limits(...)`, `job.set_training_parameters(...)`), as azure-ai-ml 1.35.2 takes them.
struct PythonReader {
    let path: String?
    /// Put before a message without a place of its own: which notebook cell was read.
    let context: String
    var locations = SourceMap()

    /// A message at `at`, naming its notebook cell where it has one.
    func fail(_ at: SourceLocation?, _ message: String) -> LoadError {
        LoadError(file: path, at, (at?.cell.map { "in cell \($0): " } ?? context) + message)
    }

    /// The space of the job the sources build (see PythonJob for which calls are its), where each
    /// part is, and whether the job is AutoMode (calls, but no extend_search_space and no
    /// set_sweep: Azure chooses the trials); or an error naming the place sweepedit cannot read.
    /// `anchorPart`: the source that holds the job's extend_search_space (a notebook's chosen
    /// cell). `autoMode`: a job that sets limits but no search space is read (a .py file); in a
    /// notebook the space may be in another cell, so it is not.
    static func space(_ sources: [(text: String, cell: Int?)], anchorPart: Int?, path: String?, context: String = "",
                      autoMode: Bool = true) throws(LoadError) -> (SearchSpace, SourceMap, Bool) {
        var reader = PythonReader(path: path, context: context)
        do {
            guard let job = try PythonJob.find(sources, anchorPart: anchorPart, autoMode: autoMode) else {
                // the place is the file's (or the cell's) start: the call is missing from all of it
                let start = SourceLocation(line: 1, column: 1, cell: anchorPart.flatMap { sources[$0].cell })
                throw reader.fail(start, "no extend_search_space call here: expected Python code such as "
                    + "image_classification_job.extend_search_space([SearchSpace(...)])")
            }
            var space = SearchSpace(subspaces: [])
            if job.multilabel { space.job.task = .imageClassificationMultilabel }
            for found in job.calls { try reader.read(found.call, into: &space) }
            let methods = Set(job.calls.map(\.call.method))
            // a job the code builds with no search space and no sweep is AutoMode: Azure chooses
            return (space, reader.locations, !methods.contains("extend_search_space") && !methods.contains("set_sweep"))
        } catch let error as PythonSyntaxError {
            throw reader.fail(error.location, error.message)
        } catch let error as LoadError {
            throw error
        } catch {
            throw reader.fail(nil, "\(error)")
        }
    }

    /// One call of the job, over what the earlier calls set: as the SDK merges them, a keyword
    /// given a value overrides, a keyword given None keeps the earlier value.
    mutating func read(_ call: PythonCall, into space: inout SearchSpace) throws {
        switch call.method {
        case "extend_search_space":
            locations.record(.job, "search_space", .key, call.location)
            let argument = try single(call, keyword: "value")
            switch argument.expression {
            case .list(let items):
                for (i, item) in items.enumerated() { space.subspaces.append(try subspace(item, index: i)) }
            case .call:
                space.subspaces = [try subspace(argument, index: 0)]
            default:
                throw fail(argument.location, "extend_search_space takes a list of SearchSpace(...), found \(argument.expression.shapeDescription)")
            }
        case "set_sweep":
            for argument in try keywordsOnly(call) {
                switch argument.keyword {
                case "sampling_algorithm":
                    locations.record(.job, "sampling_algorithm", .value, argument.value.location)
                    guard case .literal(.string(let name)) = argument.value.expression,
                          let algorithm = SamplingAlgorithm(rawValue: name.lowercased()) else {
                        throw fail(argument.value.location, "sampling_algorithm must be \"Random\", \"Grid\" or \"Bayesian\"")
                    }
                    space.job.samplingAlgorithm = algorithm
                case "early_termination":
                    // None keeps an earlier call's policy (the SDK's `early_termination or ...`)
                    if case .none = argument.value.expression {
                        if space.job.earlyTermination == nil { locations.record(.job, "early_termination", .value, argument.value.location) }
                        continue
                    }
                    locations.record(.job, "early_termination", .value, argument.value.location)
                    space.job.earlyTermination = try policy(argument.value)
                default:
                    break
                }
            }
        case "set_limits":
            for argument in try keywordsOnly(call) {
                guard let name = argument.keyword, ["max_trials", "max_concurrent_trials", "timeout_minutes"].contains(name) else { continue }
                if case .none = argument.value.expression { continue }
                locations.record(.job, name, .value, argument.value.location)
                guard case .literal(.int(let n)) = argument.value.expression else {
                    throw fail(argument.value.location, "\(name) must be an integer, found \(argument.value.expression.shapeDescription)")
                }
                switch name {
                case "max_trials": space.job.maxTrials = n
                case "max_concurrent_trials": space.job.maxConcurrentTrials = n
                default: space.job.timeoutMinutes = n
                }
            }
        case "set_training_parameters":
            locations.record(.trainingParameters, nil, nil, call.location)
            var given = Subspace()
            for argument in try keywordsOnly(call) {
                let key = argument.keyword!
                if case .none = argument.value.expression { continue }
                let setting = try setting(argument.value, scope: .trainingParameters, key: key, keyLocation: argument.keywordLocation)
                if case .swept = setting {
                    throw fail(argument.value.location, "\(key): set_training_parameters fixes one value for every trial; "
                        + "a distribution belongs in extend_search_space")
                }
                try put(setting, key: key, at: argument.keywordLocation, in: &given)
            }
            // over an earlier call's values, keyword by keyword
            for (id, setting) in given.entries { space.trainingParameters[id] = setting }
            for key in given.unknownKeys {
                space.trainingParameters.unknownKeys.removeAll { $0.name == key.name }
                space.trainingParameters.unknownKeys.append(key)
            }
        default:
            break
        }
    }

    /// `BanditPolicy(...)`, `MedianStoppingPolicy(...)` or `TruncationSelectionPolicy(...)` with
    /// literal keyword arguments (the classes take no positional ones); a field not given is
    /// nil, as in YAML (the class's own default then applies in both).
    func policy(_ node: PythonExpression.Located) throws(LoadError) -> EarlyTermination {
        let classes = EarlyTermination.Policy.allCases.map(\.pythonClassName).joined(separator: ", ")
        guard case .call(let name, let arguments, _) = node.expression,
              let kind = EarlyTermination.Policy.allCases.first(where: { $0.pythonClassName == name }) else {
            throw fail(node.location, "early_termination must be None or one of \(classes) from azure.ai.ml.sweep, "
                + "found \(node.expression.shapeDescription)")
        }
        var policy = EarlyTermination(kind)
        var given: Set<String> = []
        for argument in arguments {
            guard let keyword = argument.keyword else {
                throw fail(argument.value.location, "\(name) takes keyword arguments only (name=value)")
            }
            guard let field = EarlyTermination.Field(rawValue: keyword), kind.fields.contains(field) else {
                throw fail(argument.keywordLocation, "\(name) has no parameter '\(keyword)'; it takes "
                    + kind.fields.map(\.rawValue).joined(separator: ", "))
            }
            guard given.insert(keyword).inserted else { throw fail(argument.keywordLocation, "\(keyword) is given twice") }
            switch argument.value.expression {
            case .none:
                continue
            case .literal(.int(let n)):
                switch field {
                case .evaluationInterval: policy.evaluationInterval = n
                case .delayEvaluation: policy.delayEvaluation = n
                case .truncationPercentage: policy.truncationPercentage = n
                case .slackFactor, .slackAmount: policy[field] = Double(n)
                }
            case .literal(.float(let x)) where !field.isInteger:
                policy[field] = x
            default:
                let expected = field.isInteger ? "an integer" : "a number"
                throw fail(argument.value.location, "\(name): \(keyword) must be \(expected), found \(argument.value.expression.shapeDescription)")
            }
        }
        return policy
    }

    /// The one argument of a call, positional or by its keyword.
    func single(_ call: PythonCall, keyword: String) throws(LoadError) -> PythonExpression.Located {
        guard call.arguments.count == 1, let only = call.arguments.first, only.keyword == nil || only.keyword == keyword else {
            throw fail(call.location, "\(call.method) takes one argument, a list of SearchSpace(...)")
        }
        return only.value
    }

    func keywordsOnly(_ call: PythonCall) throws(LoadError) -> [PythonExpression.Argument] {
        if let positional = call.arguments.first(where: { $0.keyword == nil }) {
            throw fail(positional.value.location, "\(call.method) takes keyword arguments only (name=value)")
        }
        return call.arguments
    }

    mutating func subspace(_ item: PythonExpression.Located, index: Int) throws(LoadError) -> Subspace {
        let scope = Scope.subspace(index)
        locations.record(scope, nil, nil, item.location)
        guard case .call(let name, let arguments, _) = item.expression, name == "SearchSpace" else {
            throw fail(item.location, "subspace \(index + 1) must be SearchSpace(...), found \(item.expression.shapeDescription)")
        }
        var sub = Subspace()
        for argument in arguments {
            guard let key = argument.keyword else {
                throw fail(argument.value.location, "SearchSpace takes keyword arguments only (name=value)")
            }
            let setting = try setting(argument.value, scope: scope, key: key, keyLocation: argument.keywordLocation)
            try put(setting, key: key, at: argument.keywordLocation, in: &sub)
        }
        return sub
    }

    func put(_ setting: Setting, key: String, at: SourceLocation?, in sub: inout Subspace) throws(LoadError) {
        if let id = Catalogue.parameter(named: key) {
            if !sub[id].isUnset { throw fail(at, "'\(key)' is given twice") }
            sub[id] = setting
        } else if !setting.isUnset {
            sub.unknownKeys.append(UnknownKey(name: key, setting: setting))
        }
    }

    mutating func setting(_ node: PythonExpression.Located, scope: Scope, key: String,
                          keyLocation: SourceLocation?) throws(LoadError) -> Setting {
        locations.record(scope, key, .key, keyLocation)
        locations.record(scope, key, .value, node.location)
        switch node.expression {
        case .none: return .unset
        case .literal(let v): return .fixed(v)
        case .list:
            throw fail(node.location, "\(key) is given a list; write a choice instead: Choice([...])")
        case .call(let name, let arguments, _):
            guard let kind = DistributionKind(pythonClassName: name) else {
                let known = DistributionKind.allCases.map(\.pythonClassName).joined(separator: ", ")
                throw fail(node.location, "\(key): \(name)(...) is not a distribution of azure.ai.ml.sweep (\(known))")
            }
            return .swept(try distribution(kind, arguments, at: node.location, scope: scope, key: key))
        }
    }

    /// A distribution from positional or keyword arguments, by the SDK's parameter names.
    mutating func distribution(_ kind: DistributionKind, _ arguments: [PythonExpression.Argument], at: SourceLocation,
                               scope: Scope, key: String) throws(LoadError) -> Distribution {
        let names = kind.pythonParameterNames
        var given: [String: PythonExpression.Located] = [:]
        for (i, argument) in arguments.enumerated() {
            let name: String
            if let keyword = argument.keyword {
                guard names.contains(keyword) else {
                    throw fail(argument.keywordLocation, "\(key): \(kind.pythonClassName) has no parameter '\(keyword)'; it takes "
                        + names.joined(separator: ", "))
                }
                name = keyword
            } else {
                guard i < names.count else {
                    throw fail(argument.value.location, "\(key): \(kind.pythonClassName) takes \(names.count) argument(s): "
                        + names.joined(separator: ", "))
                }
                name = names[i]
            }
            if given[name] != nil { throw fail(argument.value.location, "\(key): \(name) is given twice") }
            given[name] = argument.value
        }
        if kind == .choice {
            guard let values = given["values"] else { throw fail(at, "\(key): Choice needs its values, a list") }
            guard case .list(let items) = values.expression else {
                throw fail(values.location, "\(key): Choice values must be a list, found \(values.expression.shapeDescription)")
            }
            var result: [Value] = []
            for (i, item) in items.enumerated() {
                guard case .literal(let v) = item.expression else {
                    throw fail(item.location, "\(key): choice value \(i + 1) must be a single value, found \(item.expression.shapeDescription)")
                }
                locations.record(scope, key, .choiceValue(i), item.location)
                result.append(v)
            }
            return .choice(result)
        }
        var numbers: [Number] = []
        for name in names {
            guard let n = given[name] else { throw fail(at, "\(key): \(kind.pythonClassName) needs \(name)") }
            guard case .literal(let v) = n.expression, let number = Number(v) else {
                throw fail(n.location, "\(key): \(name) of \(kind.pythonClassName) must be a number, found \(n.expression.shapeDescription)")
            }
            locations.record(scope, key, .parameter(name), n.location)
            numbers.append(number)
        }
        return Distribution(kind: kind, parameters: numbers)!
    }
}
