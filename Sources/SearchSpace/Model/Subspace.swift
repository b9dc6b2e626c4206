/// One element of Azure's `search_space:` list: a setting for each of the 31 parameters,
/// plus keys the catalogue does not know (kept so that nothing the user wrote is lost, and
/// reported by validation).
public struct Subspace: Hashable, Sendable {
    /// One slot per catalogue parameter, indexed by `ParameterID.index`.
    private var slots: [Setting]
    /// The order parameters were written in (set ones only); new ones go at the end.
    public private(set) var order: [ParameterID]
    /// Keys that are not parameters, in file order, with what was written.
    public var unknownKeys: [UnknownKey]

    public init() {
        slots = Array(repeating: .unset, count: ParameterID.allCases.count)
        order = []
        unknownKeys = []
    }

    public subscript(_ id: ParameterID) -> Setting {
        get { slots[id.index] }
        set {
            slots[id.index] = newValue
            let listed = order.contains(id)
            if newValue.isUnset, listed {
                order.removeAll { $0 == id }
            } else if !newValue.isUnset, !listed {
                order.append(id)
            }
        }
    }

    /// The set parameters in written order with their settings.
    public var entries: [(id: ParameterID, setting: Setting)] { order.map { ($0, slots[$0.index]) } }

    public var isEmpty: Bool { order.isEmpty && unknownKeys.isEmpty }

    /// Equality ignores the written order: two subspaces mean the same when every slot agrees.
    public static func == (a: Subspace, b: Subspace) -> Bool {
        a.slots == b.slots && a.unknownKeys == b.unknownKeys
    }

    public func hash(into h: inout Hasher) {
        h.combine(slots)
        h.combine(unknownKeys)
    }

    /// A short summary for headers: the model names it chooses, or the number of settings.
    public var summary: String {
        switch self[.modelName] {
        case .fixed(let v): return ValueFormat.plain(v)
        case .swept(.choice(let values)): return values.map(ValueFormat.plain).joined(separator: ", ")
        case .swept(let d): return d.kind.rawValue
        case .unset: return order.isEmpty ? "empty" : "\(order.count) set"
        }
    }
}

/// A key in a subspace that is not one of the 31 parameters.
public struct UnknownKey: Hashable, Sendable {
    public var name: String
    public var setting: Setting
    public init(name: String, setting: Setting) {
        self.name = name
        self.setting = setting
    }
}
