import ArgumentParser

/// `--cell N`: which cell of a notebook holds the search space (the first code cell that
/// calls extend_search_space without it).
struct CellSelection: ParsableArguments {
    @Option(name: .customLong("cell"), help: "The notebook cell to read, counted from 1 over all cells (default: the first that calls extend_search_space).")
    var cell: Int?
}
