/// Kind rules: unknown keys, values of the wrong kind, enum values outside their set,
/// distributions a field's kind does not accept, and the spellings the SDK silently converts
/// (`SGD`, `ams_gradient: 1`), which get a note so the file says what it means.
enum KindRules {
    /// The catalogue's names, the candidates for a misspelt key (built once, not per key).
    private static let parameterNames = Catalogue.all.map(\.name)

    static func checkUnknownKeys(_ sub: Subspace, scope: Scope, into found: inout [Diagnostic]) {
        for unknown in sub.unknownKeys {
            if let setting = Catalogue.trainingOnly(named: unknown.name) {
                checkTrainingOnly(setting, unknown.setting, scope: scope, into: &found)
                continue
            }
            if let near = Spelling.nearest(unknown.name, in: parameterNames), let id = ParameterID(rawValue: near) {
                found.append(Diagnostic(.error, scope, .unknownKey(unknown.name), field: .key,
                    "'\(unknown.name)' is not a hyperparameter of image classification; did you mean \(near)?",
                    fix: Fix("rename to \(near)", .renameKey(scope, from: unknown.name, to: id))))
            } else {
                found.append(Diagnostic(.error, scope, .unknownKey(unknown.name), field: .key,
                    "'\(unknown.name)' is not a hyperparameter of image classification (see `sweepedit params`)",
                    fix: Fix("remove \(unknown.name)", .removeKey(scope, unknown.name))))
            }
        }
    }

    /// A training-only setting (checkpoint_frequency, ...): Azure accepts it in training_parameters
    /// with a value of its kind, and nowhere in search_space. Never a fix that deletes it: the
    /// user's value is not sweepedit's to drop.
    static func checkTrainingOnly(_ setting: TrainingOnlySetting, _ value: Setting, scope: Scope,
                                  into found: inout [Diagnostic]) {
        guard scope == .trainingParameters else {
            found.append(Diagnostic(.error, scope, .trainingSetting(setting.name), field: .key,
                "\(setting.name) is a training setting Azure cannot sweep; move it to training_parameters"))
            return
        }
        guard case .fixed(let v) = value else { return }
        let fits: Bool
        switch (setting.kind, v) {
        case (.int, .int(let n)): fits = setting.constraint.admits(Double(n))
        case (.string, .string): fits = true
        default: fits = false
        }
        if !fits {
            let wanted = setting.kind == .int ? "an integer, " + setting.constraint.summary : "a string"
            found.append(Diagnostic(.error, scope, .trainingSetting(setting.name), field: .value,
                "\(setting.name) is \(wanted), not \(describe(v))"))
        }
    }

    /// Checks one setting's kind. Returns false when a value or the distribution has the wrong
    /// kind: the numeric rules (shape, range) then have nothing sound to reason on.
    static func check(_ id: ParameterID, _ setting: Setting, scope: Scope, into found: inout [Diagnostic]) -> Bool {
        let spec = Catalogue.spec(id)
        switch setting {
        case .unset:
            return true
        case .fixed(let v):
            guard let problem = kindProblem(v, spec) else { return true }
            let fix = problem.replacement.map {
                Fix("set \(spec.name) to \(ValueFormat.plain($0))", .set(scope, id, .fixed($0)))
            }
            found.append(Diagnostic(problem.severity, scope, .parameter(spec.id), field: .value, problem.message, fix: fix))
            return problem.severity != .error
        case .swept(let d):
            return checkDistribution(d, spec, scope, &found)
        }
    }

    struct Problem {
        var message: String
        /// A value of the right kind meaning what the user wrote, where there is one.
        var replacement: Value?
        var severity: Severity = .error
    }

    /// Why a literal does not fit the field's kind, nil when it fits as written. The name is
    /// spelt only in a message: this runs for every value on every validation.
    static func kindProblem(_ v: Value, _ spec: ParameterSpec) -> Problem? {
        switch spec.kind {
        case .bool:
            if case .bool = v { return nil }
            if let b = Coercion.bool(v) {  // 1/0, "yes": the SDK converts them
                return Problem(message: "\(spec.name) is true or false; the SDK reads \(describe(v)) as \(b), write \(b)",
                               replacement: .bool(b), severity: .note)
            }
            return Problem(message: "\(spec.name) is true or false, not \(describe(v))")
        case .int:
            switch v {
            case .int: return nil
            case .float(let f):
                let whole = f == f.rounded() && abs(f) < 1e15
                return Problem(message: "\(spec.name) is an integer; \(ValueFormat.plain(v)) is not" + (whole ? " (write \(Int(f)))" : ""),
                               replacement: whole ? .int(Int(f)) : nil)
            default: return Problem(message: "\(spec.name) is an integer, not \(describe(v))")
            }
        case .float:
            if v.isNumber { return nil }
            return Problem(message: "\(spec.name) is a number, not \(describe(v))")
        case .string:
            if case .string = v { return nil }
            return Problem(message: "\(spec.name) is a name (a string), not \(describe(v))")
        case .enum:
            guard case .string(let s) = v else { return Problem(message: "\(spec.name) is one of \(enumList(spec)), not \(describe(v))") }
            guard case .enumValues(let allowed) = spec.constraint else { return nil }
            if allowed.contains(s) { return nil }
            let lower = s.lowercased()
            if allowed.contains(SDKCasing.snake(s)) {
                return Problem(message: "\(spec.name) values are written in lower case; the SDK reads '\(s)' as \(lower)",
                               replacement: .string(lower), severity: .note)
            }
            if allowed.contains(lower) {
                return Problem(message: "the SDK turns \(spec.name) '\(s)' into '\(SDKCasing.snake(s))' and rejects it; write \(lower)",
                               replacement: .string(lower))
            }
            let near = Spelling.nearest(s, in: allowed)
            return Problem(message: "\(spec.name) '\(s)' is not one of \(enumList(spec))" + (near.map { "; did you mean \($0)?" } ?? ""),
                           replacement: near.map(Value.string))
        }
    }

    /// Returns false when the distribution cannot be read as values of the field's kind.
    static func checkDistribution(_ d: Distribution, _ spec: ParameterSpec, _ scope: Scope, _ found: inout [Diagnostic]) -> Bool {
        if case .choice(let values) = d {
            var fits = true
            for (i, v) in values.enumerated() {
                guard let p = kindProblem(v, spec) else { continue }
                // By index, not a copy of the list per finding: 8,000 seeds written 1.0, 2.0, …
                // took 1.5 GB.
                let fix = p.replacement.map {
                    Fix("write \(ValueFormat.plain($0))", .replaceChoiceValue(scope, spec.id, at: i, with: $0))
                }
                found.append(Diagnostic(p.severity, scope, .parameter(spec.id), field: .choiceValue(i), "choice value \(i + 1): " + p.message, fix: fix))
                if p.severity == .error { fits = false }
            }
            return fits
        }
        if !spec.kind.acceptedDistributionKinds.contains(d.kind) {
            switch spec.kind {
            case .int:
                found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .value,
                    "\(spec.name) is an integer; \(d.kind.rawValue) draws fractions. Use q\(d.kind.rawValue) with integer parameters, randint or choice",
                    fix: integerForm(d, spec, scope)))
            case .bool, .string, .enum, .float:
                found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .value,
                    "\(spec.name) takes a fixed value or a choice, not \(d.kind.rawValue)"))
            }
            return false
        }
        var fits = true
        if spec.kind == .int, d.kind.isQuantized {
            for (field, n) in zip(d.kind.parameterNames, d.parameters) where !n.isIntegerLiteral {
                let whole = n.double == n.double.rounded() && abs(n.double) < 1e15
                let fix = whole ? replacing(field, with: .int(Int(n.double)), in: d, spec, scope) : nil
                found.append(Diagnostic(.error, scope, .parameter(spec.id), field: .parameter(field),
                    "\(spec.name) is an integer: every parameter of \(d.kind.rawValue) must be an integer, and \(field) is \(ValueFormat.plain(n))",
                    fix: fix))
                fits = false
            }
        }
        return fits
    }

    /// The q-form with q 1 and rounded parameters, when the rounded bounds still make sense:
    /// `uniform(1, 10)` on an int field becomes `quniform(1, 10, 1)`.
    static func integerForm(_ d: Distribution, _ spec: ParameterSpec, _ scope: Scope) -> Fix? {
        let p = d.parameters.map { $0.double.rounded() }
        guard p.count == 2, p.allSatisfy({ abs($0) < 1e15 }) else { return nil }
        let a = Number.int(Int(p[0])), b = Number.int(Int(p[1])), one = Number.int(1)
        let replacement: Distribution
        switch d.kind {
        case .uniform: replacement = .quniform(min: a, max: b, q: one)
        case .loguniform: replacement = .qloguniform(min: a, max: b, q: one)
        case .normal:
            guard p[1] >= 1 else { return nil }
            replacement = .qnormal(mu: a, sigma: b, q: one)
        case .lognormal:
            guard p[1] >= 1 else { return nil }
            replacement = .qlognormal(mu: a, sigma: b, q: one)
        case .choice, .randint, .quniform, .qloguniform, .qnormal, .qlognormal: return nil
        }
        return Fix("use \(Wording.distribution(replacement))", .set(scope, spec.id, .swept(replacement)))
    }

    /// A fix setting one numeric parameter of a distribution.
    static func replacing(_ field: String, with n: Number, in d: Distribution, _ spec: ParameterSpec, _ scope: Scope) -> Fix? {
        guard let i = d.kind.parameterNames.firstIndex(of: field) else { return nil }
        var p = d.parameters
        p[i] = n
        guard let changed = Distribution(kind: d.kind, parameters: p) else { return nil }
        return Fix("set \(field) to \(ValueFormat.plain(n))", .set(scope, spec.id, .swept(changed)))
    }

    static func enumList(_ spec: ParameterSpec) -> String {
        if case .enumValues(let values) = spec.constraint { return values.joined(separator: ", ") }
        return "its values"
    }

    static func describe(_ v: Value) -> String {
        switch v {
        case .string(let s): return "the string '\(s)'"
        default: return "\(v.kindDescription) (\(ValueFormat.plain(v)))"
        }
    }
}
