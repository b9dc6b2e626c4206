import Yams

/// `sweep.early_termination` and the limits, read as azure-ai-ml 1.35.2 reads them
/// (BanditPolicySchema, MedianStoppingPolicySchema, TruncationSelectionPolicySchema,
/// ImageLimitsSchema): what the SDK accepts is read, what it refuses is a LoadError at its place.
/// Measured: the type goes through the SDK's camel_to_snake (`Bandit`, `MedianStopping` pass); an
/// integer field takes a fraction (truncated: 20.5 is 20) and a quoted number ("2"), a float field
/// a quoted number; true/false, other strings, and a field the policy does not take are refused;
/// truncation_percentage is required; every other field may be null or absent (the SDK then
/// sends 0, or 1 for median_stopping's evaluation_interval).
extension DocumentReader {
    mutating func readEarlyTermination(_ sweep: Node?) throws(LoadError) -> EarlyTermination? {
        guard let node = sweep?.value(forKey: "early_termination"), !node.isNull else { return nil }
        // the policy as a whole is its `early_termination:` line (a block mapping's own mark is its first field)
        let keyLocation = sweep?.keyNode("early_termination")?.location
        locations.record(.job, SweepSetting.earlyTermination.rawValue, .key, keyLocation)
        locations.record(.job, SweepSetting.earlyTermination.rawValue, .value, keyLocation ?? node.location)
        let types = EarlyTermination.Policy.allCases.map(\.rawValue)
        guard let pairs = node.pairs else {
            throw fail(node.location, "early_termination must be a mapping with type: (\(oneOf(types))), "
                + "found \(node.shapeDescription); write none by removing the key")
        }
        guard let typeNode = node.value(forKey: "type") else {
            throw fail(node.location, "early_termination needs type: (\(oneOf(types)))")
        }
        let typeText = typeNode.isStringScalar ? typeNode.string ?? "" : ""
        guard let policy = EarlyTermination.Policy(rawValue: SDKCasing.snake(typeText)) else {
            let shown = typeNode.string ?? typeNode.shapeDescription
            let hint = Spelling.nearest(SDKCasing.snake(shown), in: types).map { " (did you mean \($0)?)" } ?? ""
            throw fail(typeNode.location, "early_termination type '\(shown)' is not a policy Azure knows\(hint); "
                + "use \(oneOf(types))")
        }
        locations.record(.job, SweepSetting.earlyTermination.rawValue, .parameter("type"), typeNode.location)
        var result = EarlyTermination(policy)
        let taken = policy.fields.map(\.rawValue)
        for (key, keyNode, valueNode) in pairs where key != "type" {
            guard let field = EarlyTermination.Field(rawValue: key), policy.fields.contains(field) else {
                throw fail(keyNode.location, "'\(key)' is not a field of \(policy.rawValue); it takes "
                    + Wording.list(taken) + " (remove the line, or change the type)")
            }
            locations.record(.job, SweepSetting.earlyTermination.rawValue, .parameter(key), valueNode.location)
            if valueNode.isNull {
                if field == .truncationPercentage {
                    throw fail(valueNode.location, "truncation_percentage is empty; truncation_selection needs a whole percentage "
                        + "(\(Catalogue.truncationPercentageRange.lowerBound) to \(Catalogue.truncationPercentageRange.upperBound))")
                }
                continue
            }
            let name = "early_termination \(key)"
            result[field] = field.isInteger ? Double(try sdkInteger(valueNode, name: name)) : try sdkFloat(valueNode, name: name)
        }
        if policy == .truncationSelection, result.truncationPercentage == nil {
            throw fail(typeNode.location, "truncation_selection needs truncation_percentage: the percentage of the lowest "
                + "performing trials it stops (\(Catalogue.truncationPercentageRange.lowerBound) to "
                + "\(Catalogue.truncationPercentageRange.upperBound)); add the line")
        }
        return result
    }

    /// An integer as marshmallow's `fields.Int` reads it: an integer, a fraction (truncated
    /// toward zero, with a note), or a string of an integer (with a note); nothing else.
    mutating func sdkInteger(_ node: Node, name: String) throws(LoadError) -> Int {
        let refused = fail(node.location, "\(name) must be a whole number, found \(node.shapeDescription); write one such as 2")
        switch node.literal {
        case .int(let i)?:
            return i
        case .float(let x)? where x.isFinite && abs(x) < 1e15:
            let whole = Int(x.rounded(.towardZero))
            if Double(whole) != x {
                readingNotes.append(LegacyConstruct(scope: .job, subject: subject(of: name), message:
                    "\(name) \(node.string ?? "") is not a whole number; Azure's SDK cuts it to \(whole): write \(whole)",
                    location: node.location))
            }
            return whole
        case .string(let s)? where node.isStringScalar:
            guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else { throw refused }
            readingNotes.append(LegacyConstruct(scope: .job, subject: subject(of: name), message:
                "\(name) is the string \"\(s)\"; Azure's SDK reads it as the number \(i): write \(i) without quotes",
                location: node.location))
            return i
        default:
            throw refused
        }
    }

    /// A number as marshmallow's `fields.Float` reads it: a finite number or a string of one.
    mutating func sdkFloat(_ node: Node, name: String) throws(LoadError) -> Double {
        let refused = fail(node.location, "\(name) must be a number, found \(node.shapeDescription); write one such as 0.1")
        switch node.literal {
        case .int(let i)?: return Double(i)
        case .float(let x)? where x.isFinite: return x
        case .string(let s)? where node.isStringScalar:
            guard let x = Double(s.trimmingCharacters(in: .whitespaces)), x.isFinite else { throw refused }
            readingNotes.append(LegacyConstruct(scope: .job, subject: subject(of: name), message:
                "\(name) is the string \"\(s)\"; Azure's SDK reads it as the number \(NumberFormat.pythonFloatToStr(x)): write it without quotes",
                location: node.location))
            return x
        default:
            throw refused
        }
    }

    private func oneOf(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The sweep setting a field name (`max_trials`, `early_termination slack_factor`) belongs to.
    private func subject(of name: String) -> Subject {
        let setting = name.split(separator: " ").first.map(String.init) ?? name
        return SweepSetting(rawValue: setting).map(Subject.sweepSetting) ?? .jobKey(setting)
    }
}
