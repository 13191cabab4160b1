#!/usr/bin/env python3
"""Reduces the scraped Bot API reference (api.json of PaulSonOfLars/telegram-bot-api-spec) to the
facts the emulator's spec check needs: each method's fields (name, types, required) and return
types, each object type's fields and subtypes, and the API version.

Usage: tools/reduce-botapi-spec.py <api.json> src/test/resources/botapi/spec.json
"""
import json
import sys


def fields(entry):
    return [
        {"name": f["name"], "types": f["types"], "required": f["required"]}
        for f in entry.get("fields", [])
    ]


def reduce(api):
    methods = {
        name: {"fields": fields(m), "returns": m.get("returns", [])}
        for name, m in sorted(api["methods"].items())
    }
    types = {}
    for name, t in sorted(api["types"].items()):
        reduced = {"fields": fields(t)}
        if t.get("subtypes"):
            reduced["subtypes"] = t["subtypes"]
        types[name] = reduced
    return {
        "version": api["version"],
        "release_date": api["release_date"],
        "methods": methods,
        "types": types,
    }


def dump(spec):
    """One line per field, so that a new API version reads as a small diff."""
    c = lambda v: json.dumps(v, ensure_ascii=False)
    lines = ["{", f' "version": {c(spec["version"])},', f' "release_date": {c(spec["release_date"])},']
    for section in ("methods", "types"):
        lines.append(f' "{section}": {{')
        entries = list(spec[section].items())
        for i, (name, entry) in enumerate(entries):
            head = [f'"{k}": {c(v)}' for k, v in entry.items() if k != "fields"]
            lines.append(f'  {c(name)}: {{{", ".join(head + [""])}"fields": [')
            fs = entry["fields"]
            lines += [f"   {c(f)}" + ("," if j < len(fs) - 1 else "") for j, f in enumerate(fs)]
            lines.append("  ]}" + ("," if i < len(entries) - 1 else ""))
        lines.append(" }" + ("," if section == "methods" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        api = json.load(f)
    with open(target, "w", encoding="utf-8") as f:
        f.write(dump(reduce(api)))
