"""Reads a sweepedit search-space file for the peer samplers (dict form only).

Accepts a job YAML (`search_space:` inside), `{search_space: [...]}`, a top-level list of
subspaces, or a single subspace mapping. Returns a list of subspaces, each a dict
{name: ("fixed", value) | (kind, params)}, where params is a dict of the distribution's
keys (values, upper, min_value, max_value, q, mu, sigma).
"""
import yaml


def load(path):
    with open(path) as f:
        data = yaml.safe_load(f)
    if isinstance(data, dict) and "search_space" in data:
        data = data["search_space"]
    if isinstance(data, dict):
        data = [data]
    spaces = []
    for sub in data:
        parsed = {}
        for name, setting in sub.items():
            if isinstance(setting, dict) and "type" in setting:
                params = {k: v for k, v in setting.items() if k != "type"}
                parsed[name] = (setting["type"], params)
            else:
                parsed[name] = ("fixed", setting)
        spaces.append(parsed)
    return spaces
