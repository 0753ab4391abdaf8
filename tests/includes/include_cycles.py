#!/usr/bin/env python3
"""Fails when the include graph of core/ has a cycle.

A header and its source are one unit (api.hpp and api.cpp are "api"), so
two units that include each other through their .cpp files count as a
cycle too. Usage: include_cycles.py CORE_DIR; exit 1 with the cycle named.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def unit(path):
    return path.stem


def graph(core):
    files = [p for p in core.rglob("*") if p.suffix in (".hpp", ".cpp")]
    by_name = {}
    for p in files:
        if p.suffix == ".hpp":
            rel = p.relative_to(core / "include").as_posix() if (core / "include") in p.parents else p.name
            by_name[rel] = p
    edges = {unit(p): set() for p in files}
    for p in files:
        for name in INCLUDE.findall(p.read_text(encoding="utf-8")):
            target = by_name.get(name)
            if target is not None and unit(target) != unit(p):
                edges[unit(p)].add(unit(target))
    return edges


def find_cycle(edges):
    state, stack = {}, []

    def visit(n):
        state[n] = "open"
        stack.append(n)
        for m in sorted(edges.get(n, ())):
            if state.get(m) == "open":
                return stack[stack.index(m):] + [m]
            if m not in state:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = "done"
        return None

    for n in sorted(edges):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def main():
    core = pathlib.Path(sys.argv[1])
    edges = graph(core)
    if len(edges) < 2:
        print(f"include_cycles: no sources under {core}", file=sys.stderr)
        return 2
    cycle = find_cycle(edges)
    if cycle:
        print("include cycle: " + " -> ".join(cycle), file=sys.stderr)
        return 1
    print(f"include_cycles: {len(edges)} units, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
