/// Which part of a document a place or a diagnostic belongs to.
public enum Scope: Hashable, Sendable, Comparable {
    case subspace(Int)
    case trainingParameters
    case job

    /// The 0-based subspace index, nil for the other scopes.
    public var subspaceIndex: Int? {
        if case .subspace(let i) = self { return i }
        return nil
    }
}

/// What exactly a diagnostic or a place is about inside one parameter's setting.
public enum Field: Hashable, Sendable {
    /// The key itself (an unknown or legacy name).
    case key
    /// The whole setting (a fixed value, or the distribution as a whole).
    case value
    /// One numeric parameter of a distribution, by its dict-form name (`min_value`, `q`).
    case parameter(String)
    /// The i-th value of a choice.
    case choiceValue(Int)
}

/// Places of the things a document holds, for `file:line:column` messages.
public struct SourceMap: Hashable, Sendable {
    public struct Key: Hashable, Sendable {
        public var scope: Scope
        public var name: String?
        public var field: Field?
    }

    private var places: [Key: SourceLocation] = [:]
    public init() {}

    public mutating func record(_ scope: Scope, _ name: String?, _ field: Field?, _ at: SourceLocation?) {
        guard let at else { return }
        places[Key(scope: scope, name: name, field: field)] = at
    }

    /// Room for `count` more places at once: a long choice records one per value, and growing
    /// step by step rehashes every key each time.
    mutating func reserveCapacity(_ count: Int) {
        places.reserveCapacity(places.count + count)
    }

    /// The most precise place known: the field, else the parameter's value, else its key, else the scope.
    public func locate(_ scope: Scope, _ name: String?, _ field: Field?) -> SourceLocation? {
        if let field, let l = places[Key(scope: scope, name: name, field: field)] { return l }
        if let l = places[Key(scope: scope, name: name, field: .value)] { return l }
        if let l = places[Key(scope: scope, name: name, field: .key)] { return l }
        if name != nil, let l = places[Key(scope: scope, name: nil, field: nil)] { return l }
        return places[Key(scope: scope, name: name, field: nil)]
    }
}
