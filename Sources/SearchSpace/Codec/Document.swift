/// The shape of a file sweepedit read, so that saving writes the same form back.
public struct FileForm: Hashable, Sendable {
    public enum Shape: String, Hashable, Sendable {
        /// A top-level list of subspaces.
        case list
        /// One subspace as a top-level mapping.
        case single
        /// `{search_space: [...]}` with or without other keys (not a job).
        case wrapped
        /// A CLI v2 job YAML (`type: automl`).
        case job
    }
    /// `python`: a `.py` file of SDK calls; `notebook`: one code cell of an `.ipynb` (`cell`).
    public enum Syntax: String, Hashable, Sendable { case yaml, json, python, notebook }
    /// How values are written: dict form (`{type: uniform, ...}`) or REST strings (`"uniform(0.1,0.2)"`).
    public enum Values: String, Hashable, Sendable { case dict, rest }
    /// How keys are spelled: snake_case, or the wire's camelCase.
    public enum Keys: String, Hashable, Sendable { case snake, camel }

    public var shape: Shape
    public var syntax: Syntax
    public var values: Values
    public var keys: Keys
    /// The notebook cell read (0-based index among all cells), nil for other files.
    public var cell: Int?

    public init(shape: Shape, syntax: Syntax, values: Values = .dict, keys: Keys = .snake, cell: Int? = nil) {
        self.shape = shape
        self.syntax = syntax
        self.values = values
        self.keys = keys
        self.cell = cell
    }

    /// A short name for the header and messages.
    public var label: String {
        switch (shape, syntax) {
        case (_, .python): return "Python"
        case (_, .notebook): return "notebook cell \((cell ?? 0) + 1)"
        case (.job, _): return "job YAML"
        case (.list, _), (.single, _), (.wrapped, _):
            return (values == .rest ? "REST " : "") + syntax.rawValue.uppercased()
        }
    }
}

/// An old construct Azure's earlier examples used, read and to be written in the modern form.
public struct LegacyConstruct: Hashable, Sendable {
    public var scope: Scope
    /// What the note is about (nil: the whole scope).
    public var subject: Subject?
    public var message: String
    public var location: SourceLocation?
}

/// A sweep limit a job gives twice, with different values: in top-level `limits:` and in the old
/// `sweep.limits:`. The space holds the top-level value (the one the current SDK reads).
public struct LimitConflict: Hashable, Sendable {
    /// `max_trials` or `max_concurrent_trials`.
    public var name: String
    public var limitsValue: Int
    public var sweepLimitsValue: Int
    public var location: SourceLocation?
}

/// A file read as a search space: the model, the form it came in, where things are, and the
/// original text (so a job file's other keys and comments survive a save byte for byte).
public struct Document: Equatable, Sendable {
    public var space: SearchSpace
    /// The space as read, to tell whether the search space changed since.
    public var originalSpace: SearchSpace
    public var form: FileForm
    public var locations: SourceMap
    public var legacy: [LegacyConstruct]
    /// What the file spells in a way the SDK reads leniently (a quoted number, a fraction in a
    /// whole-number field): read as the SDK reads it and noted, but kept as written by a save
    /// that does not change the value (unlike `legacy`, which a save modernises).
    public var readingNotes: [LegacyConstruct] = []
    public var originalText: String
    public var path: String?
    /// The file began with a UTF-8 byte-order mark: `originalText` is read without it, and a
    /// save writes it back (some Windows editors add one; Azure's tools accept it).
    public var byteOrderMark = false
    /// Limits the file gave twice with different values (validation reports each).
    public var limitConflicts: [LimitConflict] = []
    /// The step of a pipeline job (`jobs.<name>`) the space is read from; nil for other files.
    public var pipelineStep: String?
    /// The job is in AutoMode (no search_space, no sweep: Azure picks models and
    /// hyperparameters); a save that has settings writes search_space: and sweep:.
    public var isAutoMode = false

    /// U+FEFF, the byte-order mark as text.
    public static let byteOrderMarkText = "\u{FEFF}"

    /// The file's text as it is on disk after a read or save: `originalText` with the
    /// byte-order mark it had.
    public var fileText: String { byteOrderMark ? Self.byteOrderMarkText + originalText : originalText }

    public init(space: SearchSpace, form: FileForm, locations: SourceMap = SourceMap(),
                legacy: [LegacyConstruct] = [], originalText: String = "", path: String? = nil) {
        self.space = space
        self.originalSpace = space
        self.form = form
        self.locations = locations
        self.legacy = legacy
        self.originalText = originalText
        self.path = path
    }

    /// The document once `text` (what `DocumentWriter.save` gave) is written to `path`: that
    /// text and space are the new baseline, and the legacy constructs are gone (the save wrote
    /// them modern). Not read back: `locations` stay those of the text as read, which the
    /// editor never shows (the commands read each file afresh).
    public mutating func markSaved(text: String, path: String) {
        originalText = byteOrderMark && text.hasPrefix(Self.byteOrderMarkText) ? String(text.dropFirst()) : text
        // a note stays while its value is the one read: the save rewrote only changed values
        readingNotes.removeAll { note in
            guard case .sweepSetting(let setting)? = note.subject else { return false }
            return originalSpace.job.value(of: setting) != space.job.value(of: setting)
        }
        originalSpace = space
        self.path = path
        legacy = []
        limitConflicts = []  // the save wrote one limits: block
        if space.subspaces.contains(where: { !$0.isEmpty }) { isAutoMode = false }  // search_space: is written
    }

    /// The new document of `sweepedit new` and of the editor without a file: a job holding a
    /// small, valid sweep a user edits from (unmodified until they do).
    public static func new(task: Task = .imageClassification) -> Document {
        var sub = Subspace()
        sub[.modelName] = .swept(.choice([.string("vitb16r224"), .string("seresnext")]))
        sub[.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.01)))
        sub[.numberOfEpochs] = .swept(.choice([.int(15), .int(30)]))
        let space = SearchSpace(subspaces: [sub], job: JobSettings(task: task, maxTrials: 10, maxConcurrentTrials: 2))
        return Document(space: space, form: FileForm(shape: .job, syntax: .yaml))
    }
}
