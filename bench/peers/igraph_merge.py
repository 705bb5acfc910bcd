#!/usr/bin/python3
"""Merge chipgraph edge mentions (JSON Lines) into a weighted GraphML graph with python-igraph.

    igraph_merge.py EDGES.jsonl OUT.graphml

One edge per (subject, relation, object): weight = number of mentions,
first_seen / last_seen = earliest and latest mention date. Vertices keep their
name and type, edges their relation. Written as an igraph user would:
aggregate in a dict, then build the graph in one go from vertex and edge
lists with attribute lists, and Graph.write_graphml.
"""
import json
import sys

import igraph as ig


def main(src, dst):
    index = {}
    names, types = [], []
    edges = {}

    def vertex(name, t):
        i = index.get(name)
        if i is None:
            i = index[name] = len(names)
            names.append(name)
            types.append(t)
        return i

    with open(src, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            m = json.loads(line)
            s = vertex(m["subject"], m["subject_type"])
            o = vertex(m["object"], m["object_type"])
            rel = m["relation"]
            date = m.get("date") or ""
            e = edges.get((s, rel, o))
            if e is None:
                edges[(s, rel, o)] = [1, date, date]
            else:
                e[0] += 1
                if date and (not e[1] or date < e[1]):
                    e[1] = date
                if date > e[2]:
                    e[2] = date

    keys = list(edges)
    values = [edges[k] for k in keys]
    g = ig.Graph(n=len(names), edges=[(s, o) for s, _, o in keys], directed=True,
                 vertex_attrs={"name": names, "type": types},
                 edge_attrs={"relation": [r for _, r, _ in keys],
                             "weight": [float(v[0]) for v in values],
                             "first_seen": [v[1] for v in values],
                             "last_seen": [v[2] for v in values]})
    g.write_graphml(dst)
    print(f"igraph: {g.vcount()} nodes, {g.ecount()} edges", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
