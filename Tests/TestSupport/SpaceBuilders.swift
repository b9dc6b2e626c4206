import SearchSpace

/// Search spaces built in code, for tests that need a space without writing YAML.

/// A subspace from (parameter, setting) pairs, in that order.
public func subspace(_ settings: [(ParameterID, Setting)]) -> Subspace {
    var sub = Subspace()
    for (id, setting) in settings { sub[id] = setting }
    return sub
}

/// A one-subspace space from (parameter, setting) pairs.
public func searchSpace(_ settings: [(ParameterID, Setting)], training: [(ParameterID, Setting)] = [],
                        job: JobSettings = JobSettings()) -> SearchSpace {
    SearchSpace(subspaces: [subspace(settings)], trainingParameters: subspace(training), job: job)
}

/// Shorthands for settings.
public func fixed(_ v: Value) -> Setting { .fixed(v) }
public func swept(_ d: Distribution) -> Setting { .swept(d) }
public func choice(_ values: Value...) -> Setting { .swept(.choice(values)) }
public func uniform(_ a: Double, _ b: Double) -> Setting { .swept(.uniform(min: .float(a), max: .float(b))) }
