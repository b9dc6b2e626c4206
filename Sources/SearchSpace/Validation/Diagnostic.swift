/// How bad a finding is. Errors make `validate` exit 1; warnings and notes do not.
public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A concrete edit that repairs a finding: the editor applies it with one key, the CLI prints it.
public enum Edit: Hashable, Sendable {
    /// Set a parameter of a subspace (or of training_parameters) to a new setting.
    case set(Scope, ParameterID, Setting)
    /// Rename an unknown key to the parameter it was meant to be.
    case renameKey(Scope, from: String, to: ParameterID)
    /// Remove an unknown key.
    case removeKey(Scope, String)
    /// Change the job settings.
    case setJob(JobSettings)
    /// Remove one value of a choice, by index (a repeated or out-of-range one). Not `.set` with
    /// the shorter list: each finding would carry its own copy of the list, and 50,000 findings
    /// in a choice of 100,000 values would take tens of gigabytes.
    case removeChoiceValue(Scope, ParameterID, at: Int)
    /// Replace one value of a choice, by index (1.0 on an int field, a misspelt name). Not `.set`
    /// with the whole list, for the same reason.
    case replaceChoiceValue(Scope, ParameterID, at: Int, with: Value)

    /// Applies the edit to a space.
    public func apply(to space: inout SearchSpace) {
        switch self {
        case .set(let scope, let id, let setting):
            space.update(scope) { $0[id] = setting }
        case .renameKey(let scope, let from, let to):
            space.update(scope) { sub in
                guard let i = sub.unknownKeys.firstIndex(where: { $0.name == from }) else { return }
                let setting = sub.unknownKeys.remove(at: i).setting
                if sub[to].isUnset { sub[to] = setting }
            }
        case .removeKey(let scope, let name):
            space.update(scope) { $0.unknownKeys.removeAll { $0.name == name } }
        case .setJob(let job):
            space.job = job
        case .removeChoiceValue(let scope, let id, let index):
            space.update(scope) { sub in
                guard case .swept(.choice(var values)) = sub[id], values.indices.contains(index) else { return }
                values.remove(at: index)
                sub[id] = .swept(.choice(values))
            }
        case .replaceChoiceValue(let scope, let id, let index, let value):
            // An index the choice no longer has (the list changed since validation) does nothing,
            // as for removeChoiceValue.
            space.update(scope) { sub in
                guard case .swept(.choice(var values)) = sub[id], values.indices.contains(index) else { return }
                values[index] = value
                sub[id] = .swept(.choice(values))
            }
        }
    }
}

public struct Fix: Hashable, Sendable {
    /// What the fix does, in words: "rewrite as loguniform(-6.91, -2.3)".
    public var description: String
    public var edit: Edit
    public init(_ description: String, _ edit: Edit) {
        self.description = description
        self.edit = edit
    }
}

/// One finding of validation, as data.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var scope: Scope
    /// What it is about: a parameter, an unknown key, a sweep setting such as `max_trials`, a
    /// job key; nil for a whole scope.
    public var subject: Subject?
    /// Which bound, value or key of the setting.
    public var field: Field?
    public var message: String
    public var fix: Fix?
    /// An exact place in the file, when the finding knows it better than the source map.
    public var location: SourceLocation?

    public init(_ severity: Severity, _ scope: Scope, _ subject: Subject?, field: Field? = nil,
                _ message: String, fix: Fix? = nil, location: SourceLocation? = nil) {
        self.location = location
        self.severity = severity
        self.scope = scope
        self.subject = subject
        self.field = field
        self.message = message
        self.fix = fix
    }
}

extension SearchSpace {
    /// Runs `body` on the subspace (or training_parameters) a scope names.
    public mutating func update(_ scope: Scope, _ body: (inout Subspace) -> Void) {
        switch scope {
        case .subspace(let i) where subspaces.indices.contains(i): body(&subspaces[i])
        case .trainingParameters: body(&trainingParameters)
        case .subspace, .job: break
        }
    }

    /// The subspace (or training_parameters) a scope names.
    public func subspace(_ scope: Scope) -> Subspace? {
        switch scope {
        case .subspace(let i) where subspaces.indices.contains(i): return subspaces[i]
        case .trainingParameters: return trainingParameters
        case .subspace, .job: return nil
        }
    }
}
