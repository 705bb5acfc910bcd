#!/usr/bin/python3
"""Merge chipgraph edge mentions (JSON Lines) into a weighted GraphML graph with NetworkX.

    networkx_merge.py EDGES.jsonl OUT.graphml

One edge per (subject, relation, object): weight = number of mentions,
first_seen / last_seen = earliest and latest mention date. Nodes keep their
type, edges their relation. Written as a NetworkX user would: aggregate in a
dict, build a MultiDiGraph (two entities can be linked by several relations),
write_graphml.
"""
import sys

import networkx as nx

import mentions


def main(src, dst):
    node_type, edges = mentions.read(src)

    g = nx.MultiDiGraph()
    for name, t in node_type.items():
        g.add_node(name, type=t)
    for (s, rel, o), (count, first, last) in edges.items():
        g.add_edge(s, o, key=rel, relation=rel, weight=float(count),
                   first_seen=first, last_seen=last)
    nx.write_graphml(g, dst)
    print(f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
