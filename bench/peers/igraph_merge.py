#!/usr/bin/python3
"""Merge chipgraph edge mentions (JSON Lines) into a weighted GraphML graph with python-igraph.

    igraph_merge.py EDGES.jsonl OUT.graphml

One edge per (subject, relation, object): weight = number of mentions,
first_seen / last_seen = earliest and latest mention date. Vertices keep their
name and type, edges their relation. Written as an igraph user would:
aggregate in a dict (mentions.py), then build the graph in one go from vertex and edge
lists with attribute lists, and Graph.write_graphml.
"""
import sys

import igraph as ig

import mentions


def main(src, dst):
    node_type, edges = mentions.read(src)
    names = list(node_type)
    index = {name: i for i, name in enumerate(names)}
    keys = list(edges)
    values = [edges[k] for k in keys]
    g = ig.Graph(n=len(names), edges=[(index[s], index[o]) for s, _, o in keys], directed=True,
                 vertex_attrs={"name": names, "type": [node_type[n] for n in names]},
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
