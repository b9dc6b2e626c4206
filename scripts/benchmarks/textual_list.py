#!/usr/bin/env python3
"""Peer for the start-up and bytes-per-move benchmarks: a minimal Textual app listing a file's lines."""
import sys

from textual.app import App, ComposeResult
from textual.widgets import Footer, ListItem, ListView, Label


class Lines(App):
    def __init__(self, path):
        super().__init__()
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().splitlines()

    def compose(self) -> ComposeResult:
        yield ListView(*[ListItem(Label(line or " ")) for line in self.lines])
        yield Footer()

    BINDINGS = [("q", "quit", "Quit"), ("j", "cursor_down", "Down")]

    def action_cursor_down(self):
        self.query_one(ListView).action_cursor_down()


if __name__ == "__main__":
    Lines(sys.argv[1]).run()
