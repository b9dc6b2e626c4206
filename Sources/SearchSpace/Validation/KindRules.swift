/// Kind rules: unknown keys, values of the wrong kind, enum values outside their set,
/// distributions a field's kind does not accept.
enum KindRules {
    static func check(_ sub: Subspace, scope: Scope, into found: inout [Diagnostic]) {
        for unknown in sub.unknownKeys {
            let names = Catalogue.all.map(\.name)
            if let near = Spelling.nearest(unknown.name, in: names), let id = ParameterID(rawValue: near) {
                found.append(Diagnostic(.error, scope, unknown.name, field: .key,
                    "'\(unknown.name)' is not a hyperparameter of image classification; did you mean \(near)?",
                    fix: Fix("rename to \(near)", .renameKey(scope, from: unknown.name, to: id))))
            } else {
                found.append(Diagnostic(.error, scope, unknown.name, field: .key,
                    "'\(unknown.name)' is not a hyperparameter of image classification (see `sweepedit params`)",
                    fix: Fix("remove \(unknown.name)", .removeKey(scope, unknown.name))))
            }
        }
        for (id, setting) in sub.entries {
            let spec = Catalogue.spec(id)
            switch setting {
            case .unset: break
            case .fixed(let v):
                if let problem = kindProblem(v, spec) {
                    let fix = problem.replacement.map {
                        Fix("set \(spec.name) to \(ValueFormat.plain($0))", .set(scope, id, .fixed($0)))
                    }
                    found.append(Diagnostic(.error, scope, spec.name, field: .value, problem.message, fix: fix))
                }
            case .swept(let d):
                checkDistribution(d, spec, scope, &found)
            }
        }
    }

    struct Problem {
        var message: String
        /// A value of the right kind meaning what the user wrote, where there is one.
        var replacement: Value?
    }

    /// Why a literal does not fit the field's kind, nil when it fits.
    static func kindProblem(_ v: Value, _ spec: ParameterSpec, inChoice: Bool = false) -> Problem? {
        let name = spec.name
        switch spec.kind {
        case .bool:
            if case .bool = v { return nil }
            if Coercion.bool(v) != nil { return nil }  // 1/0, "yes": the SDK converts them
            return Problem(message: "\(name) is true or false, not \(describe(v))")
        case .int:
            switch v {
            case .int: return nil
            case .float(let f):
                let whole = f == f.rounded() && abs(f) < 1e15
                return Problem(message: "\(name) is an integer; \(ValueFormat.plain(v)) is not" + (whole ? " (write \(Int(f)))" : ""),
                               replacement: whole ? .int(Int(f)) : nil)
            default: return Problem(message: "\(name) is an integer, not \(describe(v))")
            }
        case .float:
            if v.isNumber { return nil }
            return Problem(message: "\(name) is a number, not \(describe(v))")
        case .string:
            if case .string = v { return nil }
            return Problem(message: "\(name) is a name (a string), not \(describe(v))")
        case .enum:
            guard case .string(let s) = v else { return Problem(message: "\(name) is one of \(enumList(spec)), not \(describe(v))") }
            guard case .enumValues(let allowed) = spec.constraint else { return nil }
            if allowed.contains(s.lowercased()) { return nil }
            let near = Spelling.nearest(s, in: allowed)
            return Problem(message: "\(name) '\(s)' is not one of \(enumList(spec))" + (near.map { "; did you mean \($0)?" } ?? ""),
                           replacement: near.map(Value.string))
        }
    }

    static func checkDistribution(_ d: Distribution, _ spec: ParameterSpec, _ scope: Scope, _ found: inout [Diagnostic]) {
        let name = spec.name
        if case .choice(let values) = d {
            for (i, v) in values.enumerated() {
                if let p = kindProblem(v, spec, inChoice: true) {
                    found.append(Diagnostic(.error, scope, name, field: .choiceValue(i), "choice value \(i + 1): " + p.message))
                }
            }
            return
        }
        switch spec.kind {
        case .bool, .string, .enum:
            found.append(Diagnostic(.error, scope, name, field: .value,
                "\(name) takes a fixed value or a choice, not \(d.kind.rawValue)"))
        case .float:
            break
        case .int:
            if d.kind == .uniform || d.kind == .loguniform || d.kind == .normal || d.kind == .lognormal {
                found.append(Diagnostic(.error, scope, name, field: .value,
                    "\(name) is an integer; \(d.kind.rawValue) draws fractions. Use q\(d.kind.rawValue) with integer parameters, randint or choice"))
            } else if d.kind.isQuantized {
                for (field, n) in zip(d.kind.parameterNames, d.parameters) where !n.isIntegerLiteral {
                    found.append(Diagnostic(.error, scope, name, field: .parameter(field),
                        "\(name) is an integer: every parameter of \(d.kind.rawValue) must be an integer, and \(field) is \(ValueFormat.plain(n))"))
                }
            }
        }
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
