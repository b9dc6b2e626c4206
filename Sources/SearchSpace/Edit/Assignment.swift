import Foundation

/// One `NAME=VALUE` of `sweepedit set`: a hyperparameter and the setting Azure's own notation
/// gives it (`uniform(0.001,0.01)`, `choice('vitb16r224','vits16r224')`, `sgd`, `15`, `unset`).
///
/// loguniform and qloguniform bounds are exponents of e, as Azure writes them; a value ending
/// in `@real` gives them in real units instead (`loguniform(1e-4,1e-2)@real`), and they are
/// stored as their natural logs. A value the field cannot take (a string for a number, a
/// distribution the kind does not accept, a choice of the wrong kind) is refused, naming it.
public struct Assignment: Hashable, Sendable {
    /// The argument as given.
    public let argument: String
    public let parameter: ParameterID
    public let setting: Setting

    /// The suffix that marks loguniform-family bounds as real units.
    public static let realUnitsSuffix = "@real"

    public struct Failure: Error, CustomStringConvertible, Hashable, Sendable {
        public let argument: String
        public let message: String
        public var description: String { "'\(argument)': \(message)" }
        public init(argument: String, message: String) {
            self.argument = argument
            self.message = message
        }
    }

    /// Reads `NAME=VALUE`. `training`: a training setting (a fixed value; no distribution).
    public static func parse(_ argument: String, training: Bool = false) throws(Failure) -> Assignment {
        func fail(_ message: String) -> Failure { Failure(argument: argument, message: message) }
        guard let equals = argument.firstIndex(of: "=") else {
            throw fail("expected NAME=VALUE, e.g. number_of_epochs=30 or learning_rate=uniform(0.001,0.01)")
        }
        let name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        var text = String(argument[argument.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        guard let id = Catalogue.parameter(named: name) ?? Catalogue.legacyNames[name] else {
            throw fail("\(name.isEmpty ? "no name" : "'\(name)'") is not a hyperparameter (`sweepedit params` lists them)")
        }
        let spec = Catalogue.spec(id)
        guard !text.isEmpty else { throw fail("no value after '='; write unset to remove \(name)") }
        if text == "unset" { return Assignment(argument: argument, parameter: id, setting: .unset) }
        let realUnits = text.hasSuffix(realUnitsSuffix)
        if realUnits { text.removeLast(realUnitsSuffix.count) }
        var setting: Setting
        do {
            setting = try RestParser.parse(text, for: spec.kind)
        } catch {
            throw fail(error.message + " (at character \(error.offset + 1) of the value)")
        }
        if realUnits {
            guard case .swept(let d) = setting, d.kind == .loguniform || d.kind == .qloguniform else {
                throw fail("\(realUnitsSuffix) gives loguniform or qloguniform bounds in real units; this value has none")
            }
            setting = .swept(try inRealUnits(d, fail: fail))
        }
        if training, case .swept = setting {
            throw fail("training_parameters hold fixed values; a distribution belongs in the search space (leave out --training)")
        }
        var found: [Diagnostic] = []
        _ = KindRules.check(id, setting, scope: training ? .trainingParameters : .subspace(0), into: &found)
        if let error = found.first(where: { $0.severity == .error }) { throw fail(error.message) }
        return Assignment(argument: argument, parameter: id, setting: setting)
    }

    /// A loguniform-family distribution whose bounds were typed in real units, with the bounds
    /// as exponents (rounded for display by the one rule the editor uses too).
    static func inRealUnits(_ d: Distribution, fail: (String) -> Failure) throws(Failure) -> Distribution {
        var numbers = d.parameters
        for i in 0..<2 {
            let x = numbers[i].double
            guard x > 0 else { throw fail("a bound in real units must be above 0, found \(ValueFormat.plain(numbers[i].value))") }
            numbers[i] = .float(NumberFormat.roundedLog(x))
        }
        guard let converted = Distribution(kind: d.kind, parameters: numbers) else {
            throw fail("\(d.kind.rawValue) takes \(d.kind.parameterNames.joined(separator: ", "))")
        }
        return converted
    }
}

/// Where `sweepedit set` applies its assignments.
public enum AssignmentTarget: Hashable, Sendable {
    /// These subspaces (0-based).
    case subspaces([Int])
    case trainingParameters
}

extension SearchSpace {
    /// The space with the assignments made, in order (a later one wins).
    public mutating func apply(_ assignments: [Assignment], to target: AssignmentTarget) {
        for assignment in assignments {
            switch target {
            case .trainingParameters:
                trainingParameters[assignment.parameter] = assignment.setting
            case .subspaces(let indexes):
                for i in indexes where subspaces.indices.contains(i) {
                    subspaces[i][assignment.parameter] = assignment.setting
                }
            }
        }
    }
}
